import { describe, expectTypeOf, it } from 'vitest';
import { betaDiscreteWeibull } from '../../../src/clv/betaDiscreteWeibull/index';
import type { BdwExpectedLifetime, BdwParams } from '../../../src/clv/betaDiscreteWeibull/index';
import { fitModel } from '../../../src/clv/fitModel';
import type { ModelName } from '../../../src/clv/types';

describe('public signatures of the beta-discrete-Weibull model', () => {
  it('fits a cohort to { alpha, beta, c } and predicts per period or per array of periods', () => {
    const fit = fitModel(betaDiscreteWeibull, [1000, 631, 468]);
    expectTypeOf(fit.params).toEqualTypeOf<BdwParams>();
    expectTypeOf(fit.params.c).toEqualTypeOf<number>();
    expectTypeOf(fit.standardErrors.c).toEqualTypeOf<number | null>();
    expectTypeOf(betaDiscreteWeibull.survival(fit.params, 3)).toEqualTypeOf<number>();
    expectTypeOf(betaDiscreteWeibull.survival(fit.params, [1, 2])).toEqualTypeOf<number[]>();
    expectTypeOf(betaDiscreteWeibull.churnProbability(fit.params, [1, 2])).toEqualTypeOf<number[]>();
    expectTypeOf(betaDiscreteWeibull.retentionRate(fit.params, 4)).toEqualTypeOf<number>();
    expectTypeOf(betaDiscreteWeibull.expectedLifetime(fit.params)).toEqualTypeOf<BdwExpectedLifetime>();
    expectTypeOf(betaDiscreteWeibull.name).toEqualTypeOf<'betaDiscreteWeibull'>();
    expectTypeOf<'betaDiscreteWeibull'>().toExtend<ModelName>();
    // @ts-expect-error: the duration-dependence exponent c is required
    betaDiscreteWeibull.survival({ alpha: 1, beta: 2 }, 3);
    // @ts-expect-error: a transaction summary is not a cohort
    fitModel(betaDiscreteWeibull, [{ frequency: 1, recency: 2, T: 3 }]);
  });
});
