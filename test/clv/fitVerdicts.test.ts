/**
 * fitModel's verdict on estimates the data do not pin down (issue 12, item 3; reproducers R9-R11, R16):
 * a fit that runs to the boundary of the parameter space is not reported as converged, and a parameter
 * without a defined standard error has `null` and a reason, never NaN. Data: the reproducers' tiny data
 * sets (2 and 4 customers), where the maximum lies at the boundary, and the CDNOW-sample summary
 * (test/fixtures/cdnow/summary.json, scripts/fixtures/cdnow_summary.py) as a well-identified control.
 */
import { describe, expect, it } from 'vitest';
import { bgBb } from '../../src/clv/bgBb/index';
import { bgNbd } from '../../src/clv/bgNbd/index';
import { fitModel } from '../../src/clv/fitModel';
import type { FitResult } from '../../src/clv/fitModel';
import type { ModelParams } from '../../src/clv/types';
import { isClienteleError } from '../../src/core/errors/isClienteleError';
import source from '../fixtures/cdnow/summary.json';

const col = (name: string) => source.columns.indexOf(name);
const cdnow = source.customers.map((r) => ({ frequency: r[col('frequency')] as number, recency: r[col('recency')] as number, T: r[col('T')] as number }));

/** No NaN or ±Infinity anywhere in the uncertainty of a fit; every null has a reason, and only those. */
function expectNoNaN(fit: FitResult<ModelParams>): void {
  const numbers = [
    ...Object.values(fit.standardErrors),
    ...Object.values(fit.confidenceIntervals).flatMap((pair) => (pair === null ? [null] : [...pair])),
    ...fit.covariance.flat(),
    ...fit.logCovariance.flat(),
  ];
  for (const x of numbers) if (x !== null) expect(Number.isFinite(x), String(x)).toBe(true);
  for (const name of fit.parameterNames) {
    expect(fit.standardErrors[name] === null, name).toBe(fit.notIdentified[name] !== undefined);
    expect(fit.confidenceIntervals[name] === null, name).toBe(fit.notIdentified[name] !== undefined);
  }
  for (const pair of Object.values(fit.confidenceIntervals)) if (pair !== null) expect(pair[0]).toBeGreaterThan(0);
}

describe('fitModel: estimates at the boundary of the parameter space', () => {
  it('R10: BG/BB on 4 customers (delta → ∞, gamma interval [0, Infinity]) is not converged and says which parameters', () => {
    const fit = fitModel(bgBb, [
      { frequency: 3, recency: 4, n: 6 },
      { frequency: 0, recency: 0, n: 6 },
      { frequency: 6, recency: 6, n: 6, weight: 3 },
      { frequency: 2, recency: 5, n: 6 },
    ]);
    expect(fit.params.delta).toBeGreaterThan(1e6);
    expect(fit.converged).toBe(false);
    expect(fit.boundary).toEqual(['delta']);
    expect(fit.message).toMatch(/^the estimate ran to the boundary of the parameter space \(delta → infinity, along a flat likelihood\)/);
    expect(fit.message).toMatch(/fit more customers.*options\.constraints.*options\.penalty/);
    expect(fit.confidenceIntervals.delta).toBeNull();
    expect(fit.confidenceIntervals.gamma).toBeNull(); // was [0, Infinity]
    // gamma and delta are never identified by four customers; whether alpha and beta keep a covariance
    // depends on where along the flat ridge the optimiser stops (the Hessian there may be indefinite),
    // so the test asks only that every missing interval has its reason and every given one brackets.
    expect(Object.keys(fit.notIdentified)).toEqual(expect.arrayContaining(['delta', 'gamma']));
    expect(fit.notIdentified.gamma).toMatch(/not identified/);
    for (const name of ['alpha', 'beta'] as const) {
      const pair = fit.confidenceIntervals[name];
      if (pair === null) expect(fit.notIdentified[name]).toMatch(/Hessian is not positive definite/);
      else {
        expect(pair[0]).toBeLessThan(fit.params[name]);
        expect(pair[1]).toBeGreaterThan(fit.params[name]);
      }
    }
    expectNoNaN(fit);
  });

  it('R11: BG/BB on 2 customers (gamma = delta = 1.5e-62) is not converged, every parameter named', () => {
    const fit = fitModel(bgBb, [
      { frequency: 3, recency: 5, n: 6 },
      { frequency: 0, recency: 0, n: 6 },
    ]);
    expect(fit.converged).toBe(false);
    expect(fit.boundary).toEqual(['alpha', 'beta', 'gamma', 'delta']);
    expect(fit.message).toMatch(/alpha → infinity, beta → infinity, gamma → 0, delta → 0/);
    expect(Object.values(fit.confidenceIntervals)).toEqual([null, null, null, null]);
    expectNoNaN(fit);
  });

  it('strict: true throws NOT_CONVERGED at the boundary, with the same message', () => {
    const data = [
      { frequency: 3, recency: 5, n: 6 },
      { frequency: 0, recency: 0, n: 6 },
    ];
    let error: unknown;
    try {
      fitModel(bgBb, data, { strict: true });
    } catch (e) {
      error = e;
    }
    expect(isClienteleError(error)).toBe(true);
    expect(error).toMatchObject({ code: 'NOT_CONVERGED' });
    expect((error as Error).message).toMatch(/boundary of the parameter space/);
  });

  it('a well-identified fit (BG/NBD on CDNOW) is converged, with nothing at the boundary and nothing null', () => {
    const fit = fitModel(bgNbd, cdnow);
    expect(fit.converged).toBe(true);
    expect(fit.message).toBe('converged');
    expect(fit.boundary).toEqual([]);
    expect(fit.notIdentified).toEqual({});
    expectNoNaN(fit);
  });
});

describe('fitModel: a Hessian that is not positive definite gives null and a reason, not NaN', () => {
  it('R9: BG/NBD on 2 customers names the parameters that are not identified', () => {
    const fit = fitModel(bgNbd, [
      { frequency: 2, recency: 30, T: 39 },
      { frequency: 0, recency: 0, T: 39 },
    ]);
    expect(fit.converged).toBe(false);
    expect(Object.values(fit.standardErrors)).toEqual([null, null, null, null]);
    expect(Object.values(fit.confidenceIntervals)).toEqual([null, null, null, null]);
    expect(fit.covariance.flat().every((c) => c === null)).toBe(true);
    expect(fit.logCovariance.flat().every((c) => c === null)).toBe(true);
    expect(Object.keys(fit.notIdentified)).toEqual(['r', 'alpha', 'a', 'b']);
    expect(fit.boundary).toEqual(['a', 'b']); // a → 0, b → ∞: the dropout process vanishes
    expect(fit.notIdentified.a).toMatch(/^ran to the boundary of the parameter space \(towards 0\)/);
    expect(fit.notIdentified.b).toMatch(/^ran to the boundary of the parameter space \(towards infinity\)/);
    expect(JSON.parse(JSON.stringify(fit))).toEqual(fit); // plain JSON keeps its meaning (NaN would become null)
    expectNoNaN(fit);
  });
});

describe('fitModel: options of the wrong type (R16)', () => {
  const data = [
    { frequency: 2, recency: 30, T: 39 },
    { frequency: 0, recency: 0, T: 39 },
  ];
  it.each([[42], ['abc'], [true], [null], [[]], [[{ strict: true }]]])('refuses options %j with INVALID_ARGUMENT naming fitModel and options', (options) => {
    let error: unknown;
    try {
      fitModel(bgNbd, data, options as never);
    } catch (e) {
      error = e;
    }
    expect(isClienteleError(error)).toBe(true);
    expect(error).toMatchObject({ code: 'INVALID_ARGUMENT', fn: 'fitModel', argument: 'options' });
  });
});
