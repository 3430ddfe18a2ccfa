import { describe, expectTypeOf, it } from 'vitest';
import { scoreCustomers } from '../../src/clv/scoreCustomers';
import type { ScoreColumnsResult, ScoreRowsResult } from '../../src/clv/scoreCustomers';
import { scoreCustomersInParallel } from '../../src/parallel/index';
import type { ScoreInParallelOptions } from '../../src/parallel/index';

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
});
