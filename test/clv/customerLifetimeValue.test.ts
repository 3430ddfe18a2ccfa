/**
 * customerLifetimeValue. References: closed forms for a constant-rate purchase model (E[Y(t)] = λt gives
 * λ/δ continuously discounted to infinity and λΔ Σ e^{−δkΔ} in steps); the Pareto/NBD DERT (Fader, Hardie
 * & Lee 2005b, eq. 2) against the quadrature route; the BG/BB DERT against the opportunity sum; invariance
 * of the value under a change of the time unit of the same data; unit-mismatch errors.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { bgBb } from '../../src/clv/bgBb/index';
import { bgNbd } from '../../src/clv/bgNbd/index';
import { customerLifetimeValue } from '../../src/clv/customerLifetimeValue';
import type { PurchaseModelLike } from '../../src/clv/customerLifetimeValue';
import { paretoNbd } from '../../src/clv/paretoNbd/index';
import type { RfmCustomer } from '../../src/clv/types';
import { isClienteleError } from '../../src/core/errors/isClienteleError';
import { integrate } from '../../src/core/integrate/integrate';

const close = (actual: number, expected: number, rel: number): void => {
  expect(Math.abs(actual - expected)).toBeLessThanOrEqual(rel * Math.abs(expected));
};

/** A purchase model whose customers buy at a constant rate forever: E[Y(t)] = rate · t. */
const constantRate: PurchaseModelLike<{ rate: number }, { id: number }> = {
  name: 'paretoNbd',
  conditionalExpectedPurchases: (params, customers, t) => customers.map(() => params.rate * t),
};
const one = [{ id: 1 }];
const annual = { rate: 0.1, per: 'year' } as const;

describe('customerLifetimeValue closed forms', () => {
  it('continuous discounting of a constant rate: λ/δ to infinity, λ(1 − e^{−δH})/δ to H', () => {
    const delta = Math.log(1.1);
    const base = {
      purchaseModel: constantRate,
      purchaseParams: { rate: 3 },
      timeUnit: 'year' as const,
      spend: { expected: 20 },
      margin: 0.5,
      discountRate: annual,
      discounting: 'continuous' as const,
    };
    const infinite = customerLifetimeValue(one, { ...base, horizon: { value: Infinity, unit: 'year' } });
    expect(infinite.method).toBe('integral');
    expect(infinite.horizon).toBeNull();
    close(infinite.values[0] as number, (0.5 * 20 * 3) / delta, 1e-12);
    const finite = customerLifetimeValue(one, { ...base, horizon: { value: 7, unit: 'year' } });
    close(finite.values[0] as number, (0.5 * 20 * 3 * -Math.expm1(-delta * 7)) / delta, 1e-12);
    close(finite.ratePerUnit, delta, 1e-15);
  });

  it('discrete discounting of a constant rate: λΔ Σ_k (1+d)^{−kΔ}, steps converted exactly', () => {
    const result = customerLifetimeValue(one, {
      purchaseModel: constantRate,
      purchaseParams: { rate: 2 },
      timeUnit: 'month',
      spend: { expected: 10 },
      margin: 1,
      discountRate: annual,
      horizon: { value: 2, unit: 'year' },
      step: { value: 1, unit: 'quarter' },
    });
    let expected = 0;
    for (let k = 1; k <= 8; k++) expected += (2 * 3 * 10) / 1.1 ** (k / 4);
    close(result.values[0] as number, expected, 1e-13);
    expect(result.step).toBe(3);
    expect(result.horizon).toBe(24);
  });
});

describe('customerLifetimeValue with the BTYD models', () => {
  const customers: (RfmCustomer & { monetaryValue: number })[] = [
    { frequency: 0, recency: 0, T: 38.86, monetaryValue: 0 },
    { frequency: 2, recency: 30.43, T: 38.86, monetaryValue: 40 },
    { frequency: 14, recency: 37, T: 38, monetaryValue: 22.5 },
  ];
  const spend = { params: { p: 6.25, q: 3.74, gamma: 15.44 } };

  it('Pareto/NBD: the DERT route equals the quadrature route', () => {
    const base = {
      purchaseModel: paretoNbd,
      purchaseParams: { r: 0.55, alpha: 10.58, s: 0.61, beta: 11.67 },
      timeUnit: 'week' as const,
      spend,
      margin: 0.3,
      discountRate: { rate: 0.15, per: 'year' as const },
      discounting: 'continuous' as const,
      daysPerYear: 365.25,
    };
    const dert = customerLifetimeValue(customers, { ...base, horizon: { value: Infinity, unit: 'week' } });
    const integral = customerLifetimeValue(customers, { ...base, horizon: { value: 1e6, unit: 'year' } });
    expect(dert.method).toBe('dert');
    expect(integral.method).toBe('integral');
    dert.values.forEach((v, i) => close(v, integral.values[i] as number, 1e-9));
  });

  it('BG/NBD: discrete sums follow the definition, continuous agrees closely with fine steps', () => {
    const params = { r: 0.243, alpha: 4.414, a: 0.793, b: 2.426 };
    const base = {
      purchaseModel: bgNbd,
      purchaseParams: params,
      timeUnit: 'week' as const,
      spend,
      margin: 0.3,
      discountRate: { rate: 0.2, per: 'year' as const },
      daysPerYear: 364,
      horizon: { value: 1, unit: 'year' as const },
    };
    const monthly = customerLifetimeValue(customers, { ...base, step: { value: 4, unit: 'week' } });
    const e = (t: number): number[] => bgNbd.conditionalExpectedPurchases(params, customers, t);
    const spendEach = [35.21897810218978, 0, 0].map((v, i) => (i === 0 ? v : (6.25 * (15.44 + customers[i]!.frequency * customers[i]!.monetaryValue)) / (6.25 * customers[i]!.frequency + 2.74)));
    for (let i = 0; i < customers.length; i++) {
      let sum = 0;
      for (let k = 1; k <= 13; k++) sum += ((e(4 * k)[i] as number) - (e(4 * (k - 1))[i] as number)) / 1.2 ** ((4 * k) / 52);
      close(monthly.values[i] as number, 0.3 * (spendEach[i] as number) * sum, 1e-12);
    }
    const daily = customerLifetimeValue(customers, { ...base, step: { value: 1, unit: 'day' } });
    const continuous = customerLifetimeValue(customers, { ...base, discounting: 'continuous' });
    // Daily end-of-step discounting is continuous discounting up to half a day of interest.
    daily.values.forEach((v, i) => close(v, continuous.values[i] as number, 5e-4));
    expect(continuous.values.every((v) => v > 0 && Number.isFinite(v))).toBe(true);
  });

  it('BG/NBD to an infinite horizon: the 176-node rule equals a fine independent quadrature', () => {
    const params = { r: 0.243, alpha: 4.414, a: 0.793, b: 2.426 };
    const sample = [customers[1]!, { frequency: 3, recency: 1, T: 38 }];
    const delta = Math.log(1.1) / 52;
    const result = customerLifetimeValue(sample, {
      purchaseModel: bgNbd,
      purchaseParams: params,
      timeUnit: 'week',
      spend: { expected: 1 },
      margin: 1,
      discountRate: { rate: 0.1, per: 'year' },
      horizon: { value: Infinity, unit: 'week' },
      discounting: 'continuous',
      daysPerYear: 364,
    });
    sample.forEach((c, i) => {
      // δ ∫_0^{60/δ} e^{−δu} E[Y(u)] du on 13 octaves × 10 panels × 8 nodes.
      const upper = 60 / delta;
      let reference = 0;
      let lo = 0;
      for (let j = -12; j <= 0; j++) {
        const hi = upper * 2 ** j;
        for (let q = 0; q < 10; q++) {
          const a = lo + ((hi - lo) * q) / 10;
          const b = lo + ((hi - lo) * (q + 1)) / 10;
          reference += integrate((u) => delta * Math.exp(-delta * u) * bgNbd.conditionalExpectedPurchases(params, c, u), a, b, 8);
        }
        lo = hi;
      }
      close(result.discountedPurchases[i] as number, reference, 1e-9);
    });
  });

  it('does not depend on the time unit in which the same data are expressed', () => {
    const weekly = { r: 0.243, alpha: 4.414, a: 0.793, b: 2.426 };
    const daily = { ...weekly, alpha: weekly.alpha * 7 };
    const inDays = customers.map((c) => ({ ...c, recency: c.recency * 7, T: c.T * 7 }));
    const common = { spend, margin: 0.3, discountRate: annual, daysPerYear: 365.25, purchaseModel: bgNbd };
    for (const discounting of ['discrete', 'continuous'] as const) {
      const w = customerLifetimeValue(customers, {
        ...common,
        purchaseParams: weekly,
        timeUnit: 'week',
        horizon: { value: 104, unit: 'week' },
        step: { value: 1, unit: 'week' },
        discounting,
      });
      const d = customerLifetimeValue(inDays, {
        ...common,
        purchaseParams: daily,
        timeUnit: 'day',
        horizon: { value: 2 * 364, unit: 'day' },
        step: { value: 7, unit: 'day' },
        discounting,
      });
      w.values.forEach((v, i) => close(v, d.values[i] as number, 1e-9));
    }
  });

  it('BG/BB: the DERT route equals the opportunity sum, and the value rises with retention (property)', () => {
    const params = { alpha: 1.2, beta: 0.75, gamma: 0.66, delta: 2.78 };
    const histories = [
      { frequency: 3, recency: 4, n: 6 },
      { frequency: 0, recency: 0, n: 6 },
      { frequency: 6, recency: 6, n: 6 },
    ];
    const base = {
      purchaseModel: bgBb,
      purchaseParams: params,
      timeUnit: 'year' as const,
      spend: { expected: 50 },
      margin: 1,
      discountRate: annual,
    };
    const dert = customerLifetimeValue(histories, { ...base, horizon: { value: Infinity, unit: 'year' } });
    const sum = customerLifetimeValue(histories, { ...base, horizon: { value: 600, unit: 'year' }, discounting: 'continuous' });
    expect(dert.method).toBe('dert');
    dert.values.forEach((v, i) => {
      close(v, sum.values[i] as number, 1e-12);
      close(v, 50 * bgBb.discountedExpectedResidualPurchases(params, histories[i]!, 0.1), 1e-12);
    });
    fc.assert(
      fc.property(fc.double({ min: 0.1, max: 20, noNaN: true }), fc.double({ min: 1.01, max: 3, noNaN: true }), (delta, factor) => {
        const low = customerLifetimeValue(histories, { ...base, purchaseParams: { ...params, delta }, horizon: { value: 10, unit: 'year' } });
        const high = customerLifetimeValue(histories, {
          ...base,
          purchaseParams: { ...params, delta: delta * factor },
          horizon: { value: 10, unit: 'year' },
        });
        return high.values.every((v, i) => v >= (low.values[i] as number) * (1 - 1e-12));
      }),
      { numRuns: 50 },
    );
  });
});

describe('customerLifetimeValue units and errors', () => {
  const run = (overrides: Record<string, unknown>): string => {
    try {
      customerLifetimeValue(one, {
        purchaseModel: constantRate,
        purchaseParams: { rate: 1 },
        timeUnit: 'week',
        spend: { expected: 10 },
        margin: 0.5,
        discountRate: annual,
        horizon: { value: 52, unit: 'week' },
        ...overrides,
      } as never);
    } catch (e) {
      expect(isClienteleError(e)).toBe(true);
      return `${(e as { code: string }).code}: ${(e as Error).message}`;
    }
    throw new Error('did not throw');
  };
  it('converts months to weeks only through an explicit daysPerYear', () => {
    const result = customerLifetimeValue(one, {
      purchaseModel: constantRate,
      purchaseParams: { rate: 1 },
      timeUnit: 'week',
      spend: { expected: 10 },
      margin: 0.5,
      discountRate: annual,
      horizon: { value: 12, unit: 'month' },
      step: { value: 1, unit: 'month' },
      daysPerYear: 365.25,
    });
    close(result.horizon as number, 365.25 / 7, 1e-15);
    close(result.step as number, 365.25 / 12 / 7, 1e-15);
    close(result.ratePerUnit, (Math.log(1.1) * 7) / 365.25, 1e-15);
  });

  it('names the unit that cannot be converted and how to fix it', () => {
    expect(run({})).toMatchInlineSnapshot(`"UNIT_MISMATCH: \`customerLifetimeValue\`: \`options.discountRate.per\` must be convertible to the model time unit "week": set \`daysPerYear\` (e.g. 365.25) to convert between days/weeks and months/quarters/years, got "year""`);
    expect(run({ daysPerYear: 365.25, timeUnit: 'period' })).toMatchInlineSnapshot(`"UNIT_MISMATCH: \`customerLifetimeValue\`: \`options.discountRate.per\` must be in the model time unit "period" (a "period" converts to nothing else), got "year""`);
    expect(run({ daysPerYear: 365.25, horizon: { value: Infinity, unit: 'week' } })).toMatchInlineSnapshot(`"INVALID_ARGUMENT: \`customerLifetimeValue\`: \`options.horizon.value\` must be finite with discrete discounting (use discounting: 'continuous'), got Infinity"`);
    expect(run({ daysPerYear: 365.25, margin: 30 })).toMatchInlineSnapshot(`"INVALID_ARGUMENT: \`customerLifetimeValue\`: \`options.margin\` must be a number from 0 to 1, got 30"`);
    expect(run({ daysPerYear: 365.25, spend: { expected: [1, 2] } })).toMatchInlineSnapshot(`"INVALID_ARGUMENT: \`customerLifetimeValue\`: \`options.spend.expected\` must be a number or an array of 1 numbers, got [1,2]"`);
  });
});

describe('customerLifetimeValue names itself for what the model functions find', () => {
  const options = {
    purchaseModel: bgNbd,
    purchaseParams: { r: 0.243, alpha: 4.414, a: 0.793, b: 2.426 },
    timeUnit: 'week' as const,
    spend: { params: { p: 6.25, q: 3.74, gamma: 15.44 } },
    margin: 0.3,
    discountRate: { rate: 0.002, per: 'week' as const },
    horizon: { value: 52, unit: 'week' as const },
  };
  const message = (customers: unknown, overrides: Record<string, unknown> = {}): string => {
    try {
      customerLifetimeValue(customers as never, { ...options, ...overrides } as never);
    } catch (e) {
      expect(isClienteleError(e)).toBe(true);
      return (e as Error).message;
    }
    throw new Error('did not throw');
  };

  it('a bad customer field (was named by gammaGamma.conditionalExpectedSpend or bgNbd.weightedExpectedPurchases)', () => {
    expect(message([{ frequency: 2, recency: 30, T: 39, monetaryValue: -1 }])).toMatchInlineSnapshot(
      `"\`customerLifetimeValue\`: \`customers[0].monetaryValue\` must be a finite number at least 0, got -1"`,
    );
    expect(message([{ frequency: 2, recency: 30, T: 39, monetaryValue: 20 }, { frequency: 2, recency: 30, T: NaN, monetaryValue: 20 }])).toMatchInlineSnapshot(
      `"\`customerLifetimeValue\`: \`customers[1].T\` must be a finite number at least 0, got NaN"`,
    );
    expect(message([{ frequency: 2, recency: 40, T: 39 }], { spend: { expected: 20 } })).toMatchInlineSnapshot(`"\`customerLifetimeValue\`: \`customers[0].recency\` must be at most T (39), got 40"`);
  });

  it('a bad spend parameter, by its path in the options', () => {
    expect(message([{ frequency: 2, recency: 30, T: 39, monetaryValue: 20 }], { spend: { params: { p: -1, q: 3.74, gamma: 15.44 } } })).toMatch(
      /^`customerLifetimeValue`: `options\.spend\.params\.p` must be/,
    );
  });
});
