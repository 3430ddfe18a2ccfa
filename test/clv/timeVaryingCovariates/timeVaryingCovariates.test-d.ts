import { describe, expectTypeOf, it } from 'vitest';
import type { ParetoNbdParams } from '../../../src/clv/paretoNbd/types';
import { fitTimeVaryingCovariateModel } from '../../../src/clv/timeVaryingCovariates/fitTimeVaryingCovariateModel';
import { scoreTimeVaryingCovariateCustomers } from '../../../src/clv/timeVaryingCovariates/scoreTimeVaryingCovariateCustomers';
import type { TimeVaryingFitResult, TimeVaryingScoreRow } from '../../../src/clv/timeVaryingCovariates/types';

describe('public signatures of the time-varying covariate model', () => {
  const transactions = [{ customerId: 'a', date: '2024-01-03' }];
  const options = { calibrationEnd: '2024-03-31', periods: { start: '2024-01-01' } };
  it('fits Pareto/NBD and scores rows keyed by customer', () => {
    expectTypeOf(fitTimeVaryingCovariateModel).returns.toEqualTypeOf<TimeVaryingFitResult>();
    expectTypeOf<TimeVaryingFitResult['params']>().toEqualTypeOf<ParetoNbdParams>();
    expectTypeOf(scoreTimeVaryingCovariateCustomers).returns.toHaveProperty('rows').toEqualTypeOf<TimeVaryingScoreRow[]>();
  });
  it('needs the calibration end, the periods, and a period on every covariate row', () => {
    // @ts-expect-error periods are required
    fitTimeVaryingCovariateModel(transactions, { calibrationEnd: '2024-03-31' });
    // @ts-expect-error a covariate row needs its period
    fitTimeVaryingCovariateModel(transactions, { ...options, purchase: { data: [{ customerId: 'a', promo: 1 }], columns: ['promo'] } });
  });
});
