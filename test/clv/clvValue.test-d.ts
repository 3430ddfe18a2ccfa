import { describe, expectTypeOf, it } from 'vitest';
import { bgBb } from '../../src/clv/bgBb/index';
import { bgNbd } from '../../src/clv/bgNbd/index';
import { customerLifetimeValue } from '../../src/clv/customerLifetimeValue';
import type { CustomerLifetimeValueResult } from '../../src/clv/customerLifetimeValue';
import { gammaGamma } from '../../src/clv/gammaGamma/index';
import { shiftedBetaGeometric } from '../../src/clv/shiftedBetaGeometric/index';
import type { SbgExpectedLifetime } from '../../src/clv/shiftedBetaGeometric/index';
import { simulateTransactionLog } from '../../src/testing/simulateTransactionLog';

describe('public signatures of the discrete, spend and value functions', () => {
  const params = { alpha: 1, beta: 1, gamma: 1, delta: 1 };
  const customer = { frequency: 1, recency: 1, n: 2 };
  it('one customer gives a number, an array gives an array', () => {
    expectTypeOf(bgBb.probabilityAlive(params, customer)).toEqualTypeOf<number>();
    expectTypeOf(bgBb.probabilityAlive(params, [customer])).toEqualTypeOf<number[]>();
    expectTypeOf(bgBb.expectedPurchases(params, [1, 2])).toEqualTypeOf<number[]>();
    expectTypeOf(gammaGamma.conditionalExpectedSpend({ p: 1, q: 2, gamma: 1 }, { frequency: 1, monetaryValue: 2 })).toEqualTypeOf<number>();
    expectTypeOf(shiftedBetaGeometric.survival({ alpha: 1, beta: 1 }, [0, 1])).toEqualTypeOf<number[]>();
    expectTypeOf(shiftedBetaGeometric.expectedLifetime({ alpha: 1, beta: 1 })).toEqualTypeOf<SbgExpectedLifetime>();
    expectTypeOf<SbgExpectedLifetime['periods']>().toEqualTypeOf<number | null>();
  });

  it('customerLifetimeValue ties the customers to the purchase model', () => {
    const result = customerLifetimeValue([{ frequency: 1, recency: 1, T: 2, monetaryValue: 3 }], {
      purchaseModel: bgNbd,
      purchaseParams: { r: 1, alpha: 1, a: 1, b: 1 },
      timeUnit: 'week',
      spend: { params: { p: 1, q: 2, gamma: 1 } },
      margin: 0.3,
      discountRate: { rate: 0.1, per: 'week' },
      horizon: { value: 10, unit: 'week' },
    });
    expectTypeOf(result).toEqualTypeOf<CustomerLifetimeValueResult>();
    // @ts-expect-error BG/BB histories are not BG/NBD customers
    customerLifetimeValue([customer], { purchaseModel: bgNbd, purchaseParams: { r: 1, alpha: 1, a: 1, b: 1 }, timeUnit: 'week', spend: { expected: 1 }, margin: 1, discountRate: { rate: 0.1, per: 'week' }, horizon: { value: 1, unit: 'week' } });
    // @ts-expect-error unknown time unit
    customerLifetimeValue([customer], { purchaseModel: bgBb, purchaseParams: params, timeUnit: 'fortnight', spend: { expected: 1 }, margin: 1, discountRate: { rate: 0.1, per: 'week' }, horizon: { value: 1, unit: 'week' } });
  });

  it('simulateTransactionLog returns ISO-dated rows', () => {
    expectTypeOf(simulateTransactionLog).returns.toHaveProperty('transactions').items.toEqualTypeOf<{
      readonly customerId: string;
      readonly date: string;
      readonly amount: number;
    }>();
  });
});
