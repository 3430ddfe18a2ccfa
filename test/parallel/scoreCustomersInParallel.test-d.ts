import { describe, expectTypeOf, it } from 'vitest';
import { scoreCustomers } from '../../src/clv/scoreCustomers';
import type { ScoreColumnsResult, ScoreRowsResult } from '../../src/clv/scoreCustomers';
import { scoreCustomersInParallel } from '../../src/parallel/index';
import { createScorePool } from '../../src/parallel/index';
import type { ScoreCustomerColumns, ScoreInParallelOptions, ScorePool } from '../../src/parallel/index';

describe('public signature of scoreCustomersInParallel', () => {
  const fit = { model: 'bgNbd', params: { r: 1, alpha: 1, a: 1, b: 1 }, timeUnit: 'week' } as const;
  const customers = [{ customerId: 'a', frequency: 1, recency: 1, T: 2 }];
  const horizon = { value: 52, unit: 'week' } as const;
  it('promises what scoreCustomers returns, rows or columns by `as`', () => {
    expectTypeOf(scoreCustomersInParallel(fit, customers, { horizon })).toEqualTypeOf<Promise<ScoreRowsResult>>();
    expectTypeOf(scoreCustomersInParallel(fit, customers, { horizon, as: 'columns', workers: 2 })).toEqualTypeOf<Promise<ScoreColumnsResult>>();
    expectTypeOf(scoreCustomersInParallel(fit, customers, { horizon, as: 'rows' })).resolves.toEqualTypeOf(scoreCustomers(fit, customers, { horizon, as: 'rows' }));
    const options: ScoreInParallelOptions = { horizon };
    expectTypeOf(scoreCustomersInParallel(fit, customers, options)).toEqualTypeOf<Promise<ScoreRowsResult | ScoreColumnsResult>>();
  });
  it('takes the options of scoreCustomers and a number of workers', () => {
    expectTypeOf<ScoreInParallelOptions['workers']>().toEqualTypeOf<number | undefined>();
    // @ts-expect-error: workers is a number
    void scoreCustomersInParallel(fit, customers, { horizon, workers: '2' });
  });
  it('takes customers as columns and a pool from createScorePool', () => {
    const columns: ScoreCustomerColumns = { customerIds: ['a'], frequency: Float64Array.of(1), recency: Float64Array.of(1), T: Float64Array.of(2) };
    expectTypeOf(createScorePool({ workers: 2 })).toEqualTypeOf<Promise<ScorePool>>();
    const pool = {} as ScorePool;
    expectTypeOf(scoreCustomersInParallel(fit, columns, { horizon, as: 'columns', pool })).toEqualTypeOf<Promise<ScoreColumnsResult>>();
    // @ts-expect-error: the columns need T
    void scoreCustomersInParallel(fit, { customerIds: ['a'], frequency: [1], recency: [1] }, { horizon });
  });
});
