/**
 * fitModel: compression, user weights, time rescaling, penalty, strictness, options, analytic gradients.
 * Data: the CDNOW-sample calibration summary (test/fixtures/cdnow-summary, see its provenance) and seeded
 * simulations. Identities only: no published table is involved here (see bgNbd.test.ts for those).
 */
import { describe, expect, it } from 'vitest';
import { bgNbd } from '../../src/clv/bgNbd/index';
import { fitModel } from '../../src/clv/fitModel';
import { mbgNbd } from '../../src/clv/mbgNbd/index';
import { paretoNbd } from '../../src/clv/paretoNbd/index';
import type { CompressedData, RfmCustomer } from '../../src/clv/types';
import { isClienteleError } from '../../src/core/errors/isClienteleError';
import { simulateParetoNbd } from '../../src/testing/simulateParetoNbd';
import { cdnowCalibration } from './bgNbd/cdnowSummary';

function relativeError(a: number, b: number): number {
  return Math.abs(a - b) / Math.max(Math.abs(b), 1e-300);
}

describe('fitModel', () => {
  const base = fitModel(bgNbd, cdnowCalibration);

  it('compresses the data to unique rows without changing the fit', () => {
    expect(base.n).toBe(2357);
    expect(base.rows).toBeLessThan(1100);
    const compressed = bgNbd.compress(cdnowCalibration, 'test');
    expect(compressed.rows).toBe(base.rows);
    expect(compressed.total).toBe(2357);
  });

  it('gives the same fit for user weights as for the exploded rows', () => {
    const weighted: RfmCustomer[] = [];
    const exploded: RfmCustomer[] = [];
    cdnowCalibration.slice(0, 800).forEach((c, i) => {
      const w = 1 + (i % 3);
      weighted.push({ ...c, weight: w });
      for (let k = 0; k < w; k++) exploded.push(c);
    });
    const a = fitModel(bgNbd, weighted);
    const b = fitModel(bgNbd, exploded);
    expect(a.n).toBe(b.n);
    expect(Math.abs(a.logLikelihood - b.logLikelihood)).toBeLessThan(1e-6);
    for (const name of bgNbd.parameterNames) {
      expect(relativeError(a.params[name], b.params[name])).toBeLessThan(1e-5);
      expect(relativeError(a.standardErrors[name]!, b.standardErrors[name]!)).toBeLessThan(1e-3);
    }
  });

  it('does not depend on the time unit: alpha scales, LL shifts by Σx ln 7', () => {
    const days = cdnowCalibration.map((c) => ({ frequency: c.frequency, recency: c.recency * 7, T: c.T * 7 }));
    const fit = fitModel(bgNbd, days);
    expect(relativeError(fit.params.alpha, 7 * base.params.alpha)).toBeLessThan(1e-5);
    expect(relativeError(fit.params.r, base.params.r)).toBeLessThan(1e-5);
    const sumX = cdnowCalibration.reduce((s, c) => s + c.frequency, 0);
    expect(sumX).toBe(2457);
    expect(Math.abs(fit.logLikelihood - (base.logLikelihood - sumX * Math.log(7)))).toBeLessThan(1e-6);
    // Rescaling is for conditioning only: turning it off gives the same estimates.
    const unscaled = fitModel(bgNbd, cdnowCalibration, { timeScale: 1 });
    expect(unscaled.timeScale).toBe(1);
    expect(base.timeScale).toBeCloseTo(272 / 7, 12);
    for (const name of bgNbd.parameterNames) expect(relativeError(unscaled.params[name], base.params[name])).toBeLessThan(1e-5);
  });

  it('returns a plain JSON-serialisable result', () => {
    expect(JSON.parse(JSON.stringify(base))).toEqual(base);
    expect(base.model).toBe('bgNbd');
    expect(base.parameterNames).toEqual(['r', 'alpha', 'a', 'b']);
    expect(base.covariance[0]![0]).toBeCloseTo(base.standardErrors.r! ** 2, 14);
  });

  it('applies an L2 penalty and still reports the unpenalised log-likelihood', () => {
    const penalised = fitModel(bgNbd, cdnowCalibration, { penalty: 0.01 });
    expect(penalised.penalty).toBe(0.01);
    expect(penalised.params.alpha).toBeLessThan(base.params.alpha);
    expect(penalised.logLikelihood).toBeLessThan(base.logLikelihood);
    const compressed = bgNbd.compress(cdnowCalibration, 'test');
    expect(penalised.logLikelihood).toBeCloseTo(bgNbd.logLikelihood(penalised.params, compressed), 8);
  });

  it('tries user starting points and reports every run', () => {
    const fit = fitModel(bgNbd, cdnowCalibration, { start: [{ r: 2, alpha: 20, a: 3, b: 3 }] });
    expect(fit.starts).toHaveLength(2);
    for (const run of fit.starts) expect(Math.abs(run.logLikelihood - fit.logLikelihood)).toBeLessThan(1e-4);
    const start = fit.starts[1]!.start;
    expect(start.r).toBeCloseTo(2, 12);
    expect(start.alpha).toBeCloseTo(20, 12);
  });

  it('says when it did not converge, and throws NOT_CONVERGED when strict', () => {
    const fit = fitModel(bgNbd, cdnowCalibration, { maxIterations: 1 });
    expect(fit.converged).toBe(false);
    expect(fit.message).toMatch(/optimiser stopped/);
    let caught: unknown;
    try {
      fitModel(bgNbd, cdnowCalibration, { maxIterations: 1, strict: true });
    } catch (e) {
      caught = e;
    }
    expect(isClienteleError(caught) && caught.code).toBe('NOT_CONVERGED');
  });

  it('validates data and options', () => {
    expect(() => fitModel(bgNbd, [])).toThrowErrorMatchingInlineSnapshot(`[EmptyInputError: \`fitModel\`: \`data\` must not be empty]`);
    expect(() => fitModel(bgNbd, [{ frequency: 1, recency: 5, T: 4 }])).toThrowErrorMatchingInlineSnapshot(`[InvalidArgumentError: \`fitModel\`: \`data[0].recency\` must be at most T (4), got 5]`);
    expect(() => fitModel(bgNbd, [{ frequency: 0, recency: 0, T: 4, weight: -1 }])).toThrowErrorMatchingInlineSnapshot(`[InvalidArgumentError: \`fitModel\`: \`data[0].weight\` must be a finite number at least 0, got -1]`);
    expect(() => fitModel(bgNbd, cdnowCalibration, { penalty: -1 })).toThrowErrorMatchingInlineSnapshot(`[InvalidArgumentError: \`fitModel\`: \`options.penalty\` must be a finite number at least 0, got -1]`);
    expect(() => fitModel(bgNbd, cdnowCalibration, { confidenceLevel: 1 })).toThrowErrorMatchingInlineSnapshot(`[InvalidArgumentError: \`fitModel\`: \`options.confidenceLevel\` must be a number between 0 and 1, got 1]`);
    expect(() => fitModel(bgNbd, cdnowCalibration, { start: { r: 1, alpha: 0, a: 1, b: 1 } })).toThrowErrorMatchingInlineSnapshot(`[InvalidArgumentError: \`fitModel\`: \`params.alpha\` must be a finite number greater than 0, got 0]`);
  });
});

describe('analytic gradients equal central differences', () => {
  const data = bgNbd.compress(cdnowCalibration, 'test');
  const pareto = paretoNbd.compress(
    simulateParetoNbd({ r: 0.5, alpha: 5, s: 0.7, beta: 9 }, { customers: 3000, seed: 5, T: 40, birthWindow: 12 }),
    'test',
  );
  const cases: [string, (p: Record<string, number>, d: CompressedData) => number, (p: Record<string, number>, d: CompressedData) => Float64Array, Record<string, number>, CompressedData][] = [
    ['bgNbd', bgNbd.logLikelihood as never, bgNbd.logLikelihoodGradient as never, { r: 0.3, alpha: 5, a: 0.7, b: 2 }, data],
    ['mbgNbd', mbgNbd.logLikelihood as never, mbgNbd.logLikelihoodGradient as never, { r: 0.6, alpha: 7, a: 1.4, b: 3 }, data],
    ['paretoNbd α < β', paretoNbd.logLikelihood as never, paretoNbd.logLikelihoodGradient as never, { r: 0.5, alpha: 5, s: 0.7, beta: 9 }, pareto],
    ['paretoNbd α > β', paretoNbd.logLikelihood as never, paretoNbd.logLikelihoodGradient as never, { r: 1.2, alpha: 12, s: 2, beta: 3 }, pareto],
  ];
  it.each(cases)('%s', (_, ll, gradient, params, d) => {
    const g = gradient(params, d);
    Object.keys(params).forEach((name, j) => {
      const h = 1e-5;
      const up = { ...params, [name]: params[name]! * Math.exp(h) };
      const down = { ...params, [name]: params[name]! * Math.exp(-h) };
      const numeric = (ll(up, d) - ll(down, d)) / (2 * h);
      expect(Math.abs((g[j] as number) - numeric)).toBeLessThan(1e-6 * Math.max(1, Math.abs(numeric)) + 1e-4);
    });
  });
});

describe('fitModel refuses a malformed model object', () => {
  const data = [{ frequency: 1, recency: 1, T: 2 }];
  const refusal = (model: unknown) => {
    try {
      fitModel(model as typeof bgNbd, data);
    } catch (e) {
      if (!isClienteleError(e)) throw e;
      return { code: e.code, argument: e.argument, message: e.message };
    }
    return null;
  };

  it('names the field that is not what a model holds (each was a TypeError)', () => {
    expect(refusal({ ...bgNbd, parameterNames: null })).toMatchObject({ code: 'INVALID_ARGUMENT', argument: 'model.parameterNames' });
    expect(refusal({ ...bgNbd, parameterNames: 'r' })).toMatchObject({ argument: 'model.parameterNames' });
    expect(refusal({ ...bgNbd, timeScale: undefined })).toMatchObject({ argument: 'model.timeScale' });
    expect(refusal({ ...bgNbd, timeScale: { columns: 7, parameters: [] } })).toMatchObject({ argument: 'model.timeScale.columns' });
    expect(refusal({ ...bgNbd, timeScale: { columns: ['T'], parameters: ['lambda'] } })).toMatchObject({ argument: 'model.timeScale.parameters' });
    expect(refusal({ ...bgNbd, startingPoints: null })).toMatchObject({ argument: 'model.startingPoints' });
    expect(refusal({ ...bgNbd, parameterNames: 42 })?.message).toMatchInlineSnapshot(
      `"\`fitModel\`: \`model.parameterNames\` must be a non-empty array of distinct parameter names (pass a model of clientele/clv such as bgNbd, unchanged), got 42"`,
    );
  });

  it('fits a copy of a model that keeps its fields', () => {
    expect(refusal({ ...bgNbd })).toBeNull();
  });
});
