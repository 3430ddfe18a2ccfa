// Type tests: the summary fits the CLV model inputs, and identifiers keep their type.
import { describe, expectTypeOf, it } from 'vitest';
import type { RfmCustomer, SpendCustomer } from '../../src/clv/types';
import { summarizeTransactionColumns, summarizeTransactions } from '../../src/time/index';
import type { CustomerSummary, TransactionSummary } from '../../src/time/index';

describe('summarizeTransactions types', () => {
  it('returns customers usable as RfmCustomer and SpendCustomer', () => {
    const result = summarizeTransactions([{ customerId: 'a', date: '2024-01-01', amount: 1 }]);
    expectTypeOf(result).toEqualTypeOf<TransactionSummary<'a'>>();
    expectTypeOf(result.customers[0]).toEqualTypeOf<CustomerSummary<'a'> | undefined>();
    expectTypeOf<CustomerSummary>().toExtend<RfmCustomer>();
    expectTypeOf<CustomerSummary>().toExtend<SpendCustomer>();
    expectTypeOf<CustomerSummary['frequencyHoldout']>().toEqualTypeOf<number | undefined>();
  });

  it('types identifiers from the input', () => {
    const rows: { customerId: number; date: string; amount: number }[] = [];
    expectTypeOf(summarizeTransactions(rows).customers[0]?.customerId).toEqualTypeOf<number | undefined>();
    const columns = summarizeTransactionColumns({ customer: [0], epochDay: [0], amountMinor: [1] });
    expectTypeOf(columns.customers[0]?.customerId).toEqualTypeOf<number | undefined>();
    const named = summarizeTransactionColumns({ customer: [0], epochDay: [0], amountMinor: [1], customerIds: ['x'] as string[] });
    expectTypeOf(named.customers[0]?.customerId).toEqualTypeOf<string | undefined>();
    // @ts-expect-error: the unit is a string literal union or a number
    summarizeTransactions(rows, { unit: 'year' });
    // @ts-expect-error: mergeBy has no 'none'
    summarizeTransactions(rows, { mergeBy: 'none' });
  });

  it('takes rows with other field names, a return policy and a Date reading', () => {
    const crm = [{ customer_id: 'c1', order_date: '2024-01-05', total: '19.90' }];
    const summary = summarizeTransactions(crm, { fields: { customerId: 'customer_id', date: 'order_date', amount: 'total' } });
    expectTypeOf(summary.customers[0]?.spendExcluded).toEqualTypeOf<string | undefined>();
    expectTypeOf(summary.options.returns).toEqualTypeOf<'net' | 'drop' | 'refuse'>();
    summarizeTransactions(crm, { returns: 'drop', dateObjects: 'local' });
    // @ts-expect-error: returns is 'net', 'drop' or 'refuse'
    summarizeTransactions(crm, { returns: 'keep' });
    // @ts-expect-error: dateObjects is 'strict', 'utc' or 'local'
    summarizeTransactions(crm, { dateObjects: 'tokyo' });
    // @ts-expect-error: fields names only customerId, date, amount, returned
    summarizeTransactions(crm, { fields: { customer: 'customer_id' } });
  });
});
