import { describe, expectTypeOf, it } from 'vitest';
import { fitMbgCnbdK } from '../../../src/clv/fitMbgCnbdK';
import type { FitMbgCnbdKResult } from '../../../src/clv/fitMbgCnbdK';
import { fitModel } from '../../../src/clv/fitModel';
import type { FitResult } from '../../../src/clv/fitModel';
import { mbgCnbdK } from '../../../src/clv/mbgCnbdK/index';
import type { MbgCnbdKParams } from '../../../src/clv/mbgCnbdK/index';

describe('public signatures of MBG/CNBD-k', () => {
  const params = { r: 1, alpha: 1, a: 1, b: 1 };
  const customer = { frequency: 1, recency: 1, T: 2, litt: 0 };
  it('one customer gives a number, an array gives an array', () => {
    const model = mbgCnbdK(2);
    expectTypeOf(model.probabilityAlive(params, customer)).toEqualTypeOf<number>();
    expectTypeOf(model.probabilityAlive(params, [customer])).toEqualTypeOf<number[]>();
    expectTypeOf(model.logLikelihoodOf(params, customer)).toEqualTypeOf<number>();
    expectTypeOf(model.conditionalExpectedPurchases(params, [customer], 10)).toEqualTypeOf<number[]>();
    expectTypeOf(model.expectedPurchases(params, 10)).toEqualTypeOf<number>();
    expectTypeOf(model.k).toEqualTypeOf<number>();
  });
  it('fits return the parameters of the model', () => {
    expectTypeOf(fitModel(mbgCnbdK(2), [customer])).toEqualTypeOf<FitResult<MbgCnbdKParams>>();
    expectTypeOf(fitMbgCnbdK([customer])).toEqualTypeOf<FitMbgCnbdKResult>();
    // @ts-expect-error -- litt must be a number
    fitMbgCnbdK([{ frequency: 1, recency: 1, T: 2, litt: 'x' }]);
  });
});
