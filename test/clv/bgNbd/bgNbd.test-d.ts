import { describe, expectTypeOf, it } from 'vitest';
import { bgNbd, fitModel, mbgNbd, paretoNbd } from '../../../src/clv/index';
import type { BgNbdParams, FitResult, ParetoNbdParams, RfmCustomer } from '../../../src/clv/index';

const customer: RfmCustomer = { frequency: 2, recency: 30.43, T: 38.86 };
const params: BgNbdParams = { r: 0.243, alpha: 4.414, a: 0.793, b: 2.426 };

describe('continuous-time model signatures', () => {
  it('return a number for one customer and number[] for an array', () => {
    expectTypeOf(bgNbd.probabilityAlive(params, customer)).toEqualTypeOf<number>();
    expectTypeOf(bgNbd.probabilityAlive(params, [customer])).toEqualTypeOf<number[]>();
    expectTypeOf(mbgNbd.conditionalExpectedPurchases(params, [customer], 39)).toEqualTypeOf<number[]>();
    const p: ParetoNbdParams = { r: 0.55, alpha: 10.58, s: 0.61, beta: 11.67 };
    expectTypeOf(paretoNbd.discountedExpectedResidualTransactions(p, customer, 0.01)).toEqualTypeOf<number>();
  });

  it('fitModel infers the parameter type from the model', () => {
    const fit = fitModel(bgNbd, [customer]);
    expectTypeOf(fit).toEqualTypeOf<FitResult<BgNbdParams>>();
    expectTypeOf(fit.params.alpha).toEqualTypeOf<number>();
    expectTypeOf(fit.standardErrors.b).toEqualTypeOf<number | null>();
    expectTypeOf(fit.confidenceIntervals.b).toEqualTypeOf<readonly [number, number] | null>();
    expectTypeOf(fit.notIdentified.b).toEqualTypeOf<string | undefined>();
    // @ts-expect-error BG/NBD has no `s`
    void fit.params.s;
    // @ts-expect-error Pareto/NBD parameters are not BG/NBD parameters
    bgNbd.probabilityAlive({ r: 1, alpha: 1, s: 1, beta: 1 }, customer);
  });
});
