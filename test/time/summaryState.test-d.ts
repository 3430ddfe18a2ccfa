// Type tests: the streaming overload of summarizeTransactions and the summary-state trio.
import { describe, expectTypeOf, it } from 'vitest';
import { finalizeSummary, mergeSummaryStates, summarizeTransactions, summaryState } from '../../src/time/index';
import type { SummaryState, TransactionSummary } from '../../src/time/index';

declare function rows(): AsyncGenerator<{ customerId: number; date: string; amount: number }>;
declare function batches(): AsyncGenerator<{ customerId: string; date: string; amount: string }[]>;

describe('streaming and state types', () => {
  it('an array gives a summary, an async iterable a Promise of one', () => {
    expectTypeOf(summarizeTransactions([{ customerId: 'a', date: '2024-01-01', amount: 1 }])).toEqualTypeOf<TransactionSummary<'a'>>();
    expectTypeOf(summarizeTransactions(rows())).toEqualTypeOf<Promise<TransactionSummary<number>>>();
    expectTypeOf(summarizeTransactions(batches(), { unit: 'week' })).toEqualTypeOf<Promise<TransactionSummary<string>>>();
    // @ts-expect-error: a sync iterable that is not an array is not accepted
    summarizeTransactions(new Set([{ customerId: 'a', date: '2024-01-01', amount: 1 }]));
  });

  it('states merge and finalise, keeping the identifier type', () => {
    const state = summaryState([{ customerId: 1, date: '2024-01-01', amount: 1 }], { firstIndex: 0 });
    expectTypeOf(state).toEqualTypeOf<SummaryState<1>>();
    expectTypeOf(summaryState(rows())).toEqualTypeOf<Promise<SummaryState<number>>>();
    expectTypeOf(mergeSummaryStates([state, state])).toEqualTypeOf<SummaryState<1>>();
    expectTypeOf(finalizeSummary(state).customers[0]?.customerId).toEqualTypeOf<1 | undefined>();
    // @ts-expect-error: rowIndices are numbers
    summaryState([], { rowIndices: ['0'] });
  });
});
