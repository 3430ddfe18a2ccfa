import { describe, expectTypeOf, it } from 'vitest';
import { fitModel, ggomNbd } from '../../../src/clv/index';
import type { FitResult, GgomNbdParams, RfmCustomer } from '../../../src/clv/index';

const customer: RfmCustomer = { frequency: 2, recency: 30.43, T: 38.86 };
const params: GgomNbdParams = { r: 0.553, alpha: 10.578, b: 0.0002, s: 0.603, beta: 0.0026 };

describe('ggomNbd signatures', () => {
  it('return a number for one customer and number[] for an array', () => {
    expectTypeOf(ggomNbd.probabilityAlive(params, customer)).toEqualTypeOf<number>();
    expectTypeOf(ggomNbd.probabilityAlive(params, [customer])).toEqualTypeOf<number[]>();
    expectTypeOf(ggomNbd.conditionalExpectedPurchases(params, [customer], 39)).toEqualTypeOf<number[]>();
    expectTypeOf(ggomNbd.discountedExpectedResidualTransactions(params, customer, 0.01)).toEqualTypeOf<number>();
    expectTypeOf(ggomNbd.expectedPurchases(params, 39)).toEqualTypeOf<number>();
  });

  it('fitModel infers the five parameters', () => {
    const fit = fitModel(ggomNbd, [customer]);
    expectTypeOf(fit).toEqualTypeOf<FitResult<GgomNbdParams>>();
    expectTypeOf(fit.standardErrors.b).toEqualTypeOf<number | null>();
    // @ts-expect-error GGom/NBD has no `a`
    void fit.params.a;
    // @ts-expect-error Pareto/NBD parameters lack `b`
    ggomNbd.probabilityAlive({ r: 1, alpha: 1, s: 1, beta: 1 }, customer);
  });
});
