/**
 * Gamma-Gamma spend model (Fader, Hardie & Lee 2005b; Fader & Hardie 2013). Reference values:
 * test/fixtures/clv/discreteReference.json (scripts/fixtures/clv_discrete_reference.py, mpmath at 50 digits
 * from eqs. 3 and 5 of the 2013 note; the CDNOW correlation by numpy). Identities: the density of m
 * integrates to 1 over m > 0; the tower property ∫ f(m | x) E[M | x, m] dm = pγ/(q − 1).
 */
import { describe, expect, it } from 'vitest';
import { gammaGamma } from '../../../src/clv/gammaGamma/index';
import { errorOf } from '../../hardening/errorOf';
import { isClienteleError } from '../../../src/core/errors/isClienteleError';
import { integrate } from '../../../src/core/integrate/integrate';
import { numericalGradient } from '../../../src/core/optimize/numericalGradient';
import reference from '../../fixtures/clv/discreteReference.json';
import summary from '../../fixtures/cdnow/summary.json';

const close = (actual: number, expected: number, rel: number): void => {
  expect(Math.abs(actual - expected)).toBeLessThanOrEqual(rel * Math.abs(expected));
};

/** ∫_0^∞ g(m) dm by Gauss–Legendre in u = ln m over [ln lo, ln hi], in 200 panels. */
const integrateOverM = (g: (m: number) => number, lo: number, hi: number): number => {
  const a = Math.log(lo);
  const b = Math.log(hi);
  const panels = 200;
  let sum = 0;
  for (let k = 0; k < panels; k++) {
    const u0 = a + ((b - a) * k) / panels;
    const u1 = a + ((b - a) * (k + 1)) / panels;
    sum += integrate((u) => g(Math.exp(u)) * Math.exp(u), u0, u1, 32);
  }
  return sum;
};

describe('gammaGamma against mpmath', () => {
  for (const c of reference.gammaGamma) {
    const params = { p: c.params[0] as number, q: c.params[1] as number, gamma: c.params[2] as number };
    const customer = { frequency: c.x, monetaryValue: c.m };
    it(`log-likelihood and E[M | x, m] at ${JSON.stringify(params)}, x = ${c.x}, m = ${c.m}`, () => {
      close(gammaGamma.logLikelihoodOf(params, customer), c.logLikelihood, 1e-12);
      close(gammaGamma.conditionalExpectedSpend(params, customer), c.conditionalExpectedSpend, 1e-14);
    });
  }
});

describe('gammaGamma identities', () => {
  const cases = [
    { p: 6.25, q: 3.74, gamma: 15.44 },
    { p: 0.8, q: 2.5, gamma: 3 },
    { p: 20, q: 6, gamma: 0.5 },
  ];
  for (const params of cases) {
    it(`the density of m integrates to 1 and the tower property holds at ${JSON.stringify(params)}`, () => {
      for (const x of [1, 3, 12]) {
        const density = (m: number): number => Math.exp(gammaGamma.logLikelihoodOf(params, { frequency: x, monetaryValue: m }));
        const mass = integrateOverM(density, 1e-12, 1e9);
        expect(Math.abs(mass - 1)).toBeLessThan(1e-9);
        const tower = integrateOverM(
          (m) => density(m) * gammaGamma.conditionalExpectedSpend(params, { frequency: x, monetaryValue: m }),
          1e-12,
          1e9,
        );
        // The m-tail decays like m^−(q+1): truncation at 1e9 is far below the tolerance for q ≥ 2.5.
        close(tower, gammaGamma.meanSpend(params), 1e-7);
      }
    });
  }

  it('shrinks towards the population mean: E[M | x, m] lies between m and pγ/(q−1) and moves to m as x grows', () => {
    const params = { p: 6.25, q: 3.74, gamma: 15.44 };
    const mean = gammaGamma.meanSpend(params);
    let previous = mean;
    for (const x of [1, 2, 5, 20, 100, 10_000]) {
      const e = gammaGamma.conditionalExpectedSpend(params, { frequency: x, monetaryValue: 100 });
      expect(e).toBeGreaterThan(previous);
      expect(e).toBeLessThan(100);
      previous = e;
    }
    expect(Math.abs(previous - 100)).toBeLessThan(0.01);
    expect(gammaGamma.conditionalExpectedSpend(params, { frequency: 0, monetaryValue: 0 })).toBe(mean);
  });

  it('stays finite at the extremes', () => {
    for (const p of [1e-4, 1, 1e4])
      for (const q of [1.0001, 2, 1e4])
        for (const gamma of [1e-4, 1e4])
          for (const x of [1, 10_000])
            for (const m of [1e-6, 1, 1e6]) {
              const params = { p, q, gamma };
              const ll = gammaGamma.logLikelihoodOf(params, { frequency: x, monetaryValue: m });
              const e = gammaGamma.conditionalExpectedSpend(params, { frequency: x, monetaryValue: m });
              expect(Number.isFinite(ll)).toBe(true);
              expect(Number.isFinite(e) && e > 0).toBe(true);
            }
  });
});

describe('gammaGamma likelihood gradient', () => {
  it('equals a central finite difference in log-parameters', () => {
    const data = gammaGamma.compress(
      [
        { frequency: 1, monetaryValue: 12.5 },
        { frequency: 4, monetaryValue: 40, weight: 3 },
        { frequency: 17, monetaryValue: 8.25 },
        { frequency: 1, monetaryValue: 300 },
      ],
      'test',
    );
    for (const params of [
      { p: 6.25, q: 3.74, gamma: 15.44 },
      { p: 0.3, q: 1.2, gamma: 400 },
    ]) {
      const f = (t: ArrayLike<number>): number =>
        gammaGamma.logLikelihood({ p: Math.exp(t[0] as number), q: Math.exp(t[1] as number), gamma: Math.exp(t[2] as number) }, data);
      const numeric = numericalGradient(f, [Math.log(params.p), Math.log(params.q), Math.log(params.gamma)]);
      const analytic = gammaGamma.logLikelihoodGradient(params, data);
      for (let j = 0; j < 3; j++) expect(Math.abs((analytic[j] as number) - (numeric[j] as number))).toBeLessThan(1e-6 * (1 + Math.abs(numeric[j] as number)));
    }
  });
});

describe('gammaGamma frequency-spend diagnostic', () => {
  it('matches numpy on the 946 CDNOW-sample repeat buyers', () => {
    const ix = summary.columns.indexOf('frequency');
    const im = summary.columns.indexOf('monetaryValue');
    const customers = summary.customers.map((r) => ({ frequency: r[ix] as number, monetaryValue: r[im] as number }));
    const result = gammaGamma.frequencySpendCorrelation(customers);
    expect(result.repeatBuyers).toBe(946);
    expect(result.excluded).toBe(2357 - 946);
    close(result.correlation, reference.gammaGammaCdnowFit.frequencySpendCorrelation, 1e-12);
  });

  it('weights act as repeated rows', () => {
    const a = gammaGamma.frequencySpendCorrelation([
      { frequency: 1, monetaryValue: 10, weight: 3 },
      { frequency: 2, monetaryValue: 25 },
      { frequency: 5, monetaryValue: 12 },
    ]);
    const b = gammaGamma.frequencySpendCorrelation([
      { frequency: 1, monetaryValue: 10 },
      { frequency: 1, monetaryValue: 10 },
      { frequency: 1, monetaryValue: 10 },
      { frequency: 2, monetaryValue: 25 },
      { frequency: 5, monetaryValue: 12 },
    ]);
    close(a.correlation, b.correlation, 1e-14);
  });
});

describe('gammaGamma errors', () => {
  const message = (f: () => unknown): string => {
    try {
      f();
    } catch (e) {
      expect(isClienteleError(e)).toBe(true);
      return `${(e as { code: string }).code}: ${(e as Error).message}`;
    }
    throw new Error('did not throw');
  };
  it('gives the mean spend where pγ alone overflows, and refuses a mean past the largest double', () => {
    expect(gammaGamma.meanSpend({ p: 1e300, q: 1e10 + 1, gamma: 1e10 })).toBeCloseTo(1e300, -295);
    expect(message(() => gammaGamma.meanSpend({ p: 1e300, q: 2, gamma: 1e300 }))).toContain('UNDEFINED_RESULT: `gammaGamma.meanSpend`');
  });

  it('requires q > 1 for the mean spend, and valid rows', () => {
    const params = { p: 2, q: 0.9, gamma: 10 };
    expect(message(() => gammaGamma.conditionalExpectedSpend(params, { frequency: 3, monetaryValue: 20 }))).toMatchInlineSnapshot(`"UNDEFINED_RESULT: \`gammaGamma.conditionalExpectedSpend\`: undefined result: the population mean spend needs q > 1 (with q ≤ 1 it is infinite; check the data for extreme spend or refit with a penalty), got q = 0.9"`);
    expect(message(() => gammaGamma.meanSpend(params))).toMatchInlineSnapshot(`"UNDEFINED_RESULT: \`gammaGamma.meanSpend\`: undefined result: the mean spend needs q > 1, got q = 0.9"`);
    expect(message(() => gammaGamma.compress([{ frequency: 0, monetaryValue: 0 }], 'fitModel'))).toMatchInlineSnapshot(`"INVALID_ARGUMENT: \`fitModel\`: \`data[0].frequency\` must be an integer at least 1 (the spend model is fitted on repeat buyers only), got 0"`);
    expect(message(() => gammaGamma.compress([{ frequency: 2, monetaryValue: -5 }], 'fitModel'))).toMatchInlineSnapshot(`"INVALID_ARGUMENT: \`fitModel\`: \`data[0].monetaryValue\` must be a finite number greater than 0, got -5"`);
    expect(message(() => gammaGamma.frequencySpendCorrelation([{ frequency: 2, monetaryValue: 5 }]))).toMatchInlineSnapshot(`"UNDEFINED_RESULT: \`gammaGamma.frequencySpendCorrelation\`: undefined result: needs at least two repeat buyers, got 1"`);
  });
});

describe('gammaGamma at the edges of float64 (issue 12)', () => {
  // Reference values: mpmath 1.3.0 at 50 digits, eq. 3 and eq. 5 of Fader & Hardie (2013) as written
  // (loggamma, log, no rearrangement), and the weighted Pearson formula with exact sums.
  const params = { p: 6.25, q: 3.74, gamma: 15.44 };

  it('logLikelihoodOf is finite and right for spends up to 1e308 and frequencies up to 2^53 − 1 (was ±Infinity, or 0 by cancellation)', () => {
    const cases: [number, number, number, number][] = [
      [6.25, 2, 1e308, -3345.5965537444971],
      [6.25, 2 ** 53 - 1, 30, -3.7232568916827823],
      [6.25, 2 ** 53 - 1, 1e300, -3258.6609168734706],
      [6.25, 2, 5e-324, -8578.25889714847],
      [1e300, 1e9, 30, -5.1466666653422579e299],
    ];
    for (const [p, x, m, expected] of cases) close(gammaGamma.logLikelihoodOf({ ...params, p }, { frequency: x, monetaryValue: m }), expected, 1e-13);
  });

  it('logLikelihoodOf refuses a value below −1.8e308 instead of answering −Infinity', () => {
    const e = errorOf(() => gammaGamma.logLikelihoodOf({ ...params, p: 1e300 }, [{ frequency: 1e8, monetaryValue: 1e-300 }]));
    expect([e.code, e.fn]).toEqual(['UNDEFINED_RESULT', 'gammaGamma.logLikelihoodOf']);
    expect(e.message).toContain('`customers[0]`');
  });

  it('conditionalExpectedSpend is finite and right for spends of 1e308 and p·x past 1e308 (was Infinity or NaN)', () => {
    close(gammaGamma.conditionalExpectedSpend(params, { frequency: 2, monetaryValue: 1e308 }), 8.2020997375328084e307, 1e-15);
    close(gammaGamma.conditionalExpectedSpend({ ...params, p: 1e300 }, { frequency: 1e9, monetaryValue: 30 }), 30.00000001544, 1e-15);
    const e = errorOf(() => gammaGamma.conditionalExpectedSpend({ p: 1e300, q: 2, gamma: 1e300 }, { frequency: 0, monetaryValue: 0 }));
    expect([e.code, e.fn]).toEqual(['UNDEFINED_RESULT', 'gammaGamma.conditionalExpectedSpend']);
  });

  it('every member refuses a frequency past 2^53 − 1, naming itself and the field (was NaN at 1e308)', () => {
    const calls: [string, (x: number) => unknown][] = [
      ['gammaGamma.logLikelihoodOf', (x) => gammaGamma.logLikelihoodOf(params, [{ frequency: x, monetaryValue: 30 }])],
      ['gammaGamma.conditionalExpectedSpend', (x) => gammaGamma.conditionalExpectedSpend(params, [{ frequency: x, monetaryValue: 30 }])],
      ['gammaGamma.frequencySpendCorrelation', (x) => gammaGamma.frequencySpendCorrelation([{ frequency: x, monetaryValue: 30 }, { frequency: 2, monetaryValue: 5 }, { frequency: 1, monetaryValue: 9 }])],
    ];
    for (const [fn, call] of calls) {
      for (const x of [2 ** 53, 1e308]) {
        const e = errorOf(() => call(x));
        expect([e.code, e.fn, e.argument, e.value]).toEqual(['INVALID_ARGUMENT', fn, 'customers[0].frequency', x]);
      }
      expect(() => call(2 ** 53 - 1)).not.toThrow();
    }
  });

  it('frequencySpendCorrelation: large spends and extreme weights keep their digits (was 0, NaN or −1)', () => {
    const rows = [{ frequency: 2, monetaryValue: 35 }, { frequency: 5, monetaryValue: 20 }, { frequency: 1, monetaryValue: 60 }];
    close(gammaGamma.frequencySpendCorrelation([{ ...rows[0]!, monetaryValue: 1e200 }, ...rows.slice(1)]).correlation, -0.27735009811261456, 1e-14);
    close(gammaGamma.frequencySpendCorrelation(rows.map((c, i) => ({ ...c, weight: i === 0 ? 1e308 : 1 }))).correlation, -0.7592566023652966, 1e-14);
    const plain = gammaGamma.frequencySpendCorrelation(rows).correlation;
    close(plain, -0.91129317951287641, 1e-15);
    // Multiplying spends or weights by a power of two changes nothing, bit for bit.
    expect(gammaGamma.frequencySpendCorrelation(rows.map((c) => ({ ...c, monetaryValue: c.monetaryValue * 2 ** 900 }))).correlation).toBe(plain);
    expect(gammaGamma.frequencySpendCorrelation(rows.map((c) => ({ ...c, weight: 5e-324 }))).correlation).toBe(plain);
    const e = errorOf(() => gammaGamma.frequencySpendCorrelation(rows.map((c) => ({ ...c, weight: 1e308 }))));
    expect([e.code, e.argument]).toEqual(['INVALID_ARGUMENT', 'customers']);
  });
});
