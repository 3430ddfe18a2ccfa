import { describe, expectTypeOf, it } from 'vitest';
import { drawParameters } from '../../../src/clv/drawParameters';
import type { FitResult } from '../../../src/clv/fitModel';
import type { BgNbdParams } from '../../../src/clv/bgNbd/types';
import { predictionIntervals } from '../../../src/clv/predictionIntervals';
import type { PredictionInterval, PredictionIntervalsColumnsResult, PredictionIntervalsRowsResult } from '../../../src/clv/predictionIntervals';
import { scoreCustomers } from '../../../src/clv/scoreCustomers';
import type { ScoreBounds } from '../../../src/clv/scoreCustomers';

declare const fit: FitResult<BgNbdParams>;
const customers = [{ customerId: 'a', frequency: 1, recency: 2, T: 3 }];
const horizon = { value: 4, unit: 'week' } as const;

describe('public signatures of the interval functions', () => {
  it('draws are columns named after the parameters', () => {
    expectTypeOf(drawParameters(fit, { draws: 10, seed: 1 }).columns.alpha).toEqualTypeOf<number[]>();
  });
  it('rows by default, columns on request', () => {
    expectTypeOf(predictionIntervals(fit, customers, { horizon })).toEqualTypeOf<PredictionIntervalsRowsResult>();
    expectTypeOf(predictionIntervals(fit, customers, { horizon, as: 'columns' })).toEqualTypeOf<PredictionIntervalsColumnsResult>();
    expectTypeOf(predictionIntervals(fit, customers, { horizon }).rows[0]!.clv).toEqualTypeOf<PredictionInterval | null>();
  });
  it('scoreCustomers rows carry optional bounds', () => {
    expectTypeOf(scoreCustomers(fit, customers, { horizon, intervals: { seed: 1 } }).rows[0]!.intervals?.value).toEqualTypeOf<ScoreBounds | null | undefined>();
  });
});
