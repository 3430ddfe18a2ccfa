// bootstrapPlsPathModel on mobi (test/fixtures/mobi). No published bootstrap table is reproduced (the
// resampling streams of other tools differ); correctness is shown by identities:
//  - a replayed identity resampler gives every resample = the original fit (sd 0, mean = original);
//  - a replayed resampler equals plsPathModel on the explicitly resampled rows;
//  - the same seed gives the same result, another seed a different one;
//  - the standard errors agree with the delta-method scale 1/√n within a factor, intervals contain the estimate;
//  - failing resamples are counted by reason.
import { describe, expect, it } from 'vitest';
import { isClienteleError } from '../../../src/core/errors/isClienteleError';
import { createRandom } from '../../../src/core/random/createRandom';
import { bootstrapPlsPathModel } from '../../../src/satisfaction/pls/bootstrapPlsPathModel';
import { ecsiModel } from '../../../src/satisfaction/pls/ecsiModel';
import { plsPathModel } from '../../../src/satisfaction/pls/plsPathModel';
import { readMobiRows } from './mobiFixture';

const rows = readMobiRows();
const model = ecsiModel();

describe('bootstrapPlsPathModel', () => {
  const boot = bootstrapPlsPathModel(rows, model, { seed: 2005, resamples: 400 });

  it('reports counts, conventions and the original fit', () => {
    expect(boot.resamples).toBe(400);
    expect(boot.successful).toBe(400);
    expect(boot.failed).toBe(0);
    expect(boot.failures).toEqual({});
    expect(boot.conventions).toEqual({
      seed: 2005,
      signChange: 'construct',
      confidenceLevel: 0.95,
      interval: 'percentile (type 7)',
      sdDenominator: 'B-1',
      tDegreesOfFreedom: 249,
      resampler: 'default',
    });
    const fit = plsPathModel(rows, model);
    expect(boot.estimate.paths).toEqual(fit.paths);
    expect(boot.paths.map((p) => p.original)).toEqual(fit.paths.map((p) => p.coefficient));
    expect(boot.totalEffects).toHaveLength(fit.effects.length);
    expect(Object.keys(boot.rSquared)).toEqual(Object.keys(fit.rSquared));
    // HTMT for the 15 pairs of the 6 multi-item blocks (Complaints has one item).
    expect(boot.htmt).toHaveLength(15);
    for (const h of boot.htmt) expect(h.original).toBe(fit.htmt[h.constructs[0]]?.[h.constructs[1]]);
    expect(boot.htmt.every((h) => h.upper < 1.2 && h.lower > 0)).toBe(true);
  });

  it('gives sensible standard errors, t values, intervals and p-values', () => {
    for (const p of boot.paths) {
      // Standard errors of correlation-type coefficients with n = 250 are near 1/√250 ≈ 0.063.
      expect(p.sd).toBeGreaterThan(0.02);
      expect(p.sd).toBeLessThan(0.15);
      expect(p.t).toBeCloseTo(p.original / p.sd, 12);
      expect(p.lower).toBeLessThan(p.upper);
      expect(p.original).toBeGreaterThan(p.lower);
      expect(p.original).toBeLessThan(p.upper);
      expect(p.pValue).toBeGreaterThanOrEqual(0);
      expect(p.pValue).toBeLessThanOrEqual(1);
      expect(p.pValueT).not.toBeNull();
    }
    const strong = boot.paths.find((p) => p.from === 'Quality' && p.to === 'Satisfaction');
    const weak = boot.paths.find((p) => p.from === 'Expectation' && p.to === 'Satisfaction');
    expect(strong?.pValue).toBe(0);
    expect(strong?.lower).toBeGreaterThan(0.3);
    expect(weak?.pValue).toBeGreaterThan(0.05);
    expect(weak?.lower).toBeLessThan(0);
    // A single-item block has a fixed loading: sd 0, t and its p-value null.
    expect(boot.loadings.CUSCO).toMatchObject({ sd: 0, t: null, pValueT: null });
    expect(boot.loadings.CUSCO?.original).toBeCloseTo(1, 12);
  });

  it('is reproducible from its seed', () => {
    const again = bootstrapPlsPathModel(rows, model, { seed: 2005, resamples: 400 });
    expect(again.paths).toEqual(boot.paths);
    const other = bootstrapPlsPathModel(rows, model, { seed: 2006, resamples: 400 });
    expect(other.paths[0]?.sd).not.toBe(boot.paths[0]?.sd);
    expect(Math.abs((other.paths[0]?.sd as number) - (boot.paths[0]?.sd as number))).toBeLessThan(0.02);
  });

  it('with the identity resampler every resample is the original fit', () => {
    const identity = bootstrapPlsPathModel(rows, model, {
      seed: 1,
      resamples: 5,
      resample: (_random, n) => Array.from({ length: n }, (_, i) => i),
    });
    expect(identity.conventions.resampler).toBe('custom');
    for (const p of identity.paths) {
      expect(p.sd).toBe(0);
      expect(p.t).toBeNull();
      expect(p.mean).toBeCloseTo(p.original, 12);
      expect(p.lower).toBeCloseTo(p.original, 12);
    }
  });

  it('a replayed index matrix equals plsPathModel on the resampled rows', () => {
    const random = createRandom(99);
    const indices = Array.from({ length: 2 }, () => Array.from({ length: 250 }, () => Math.floor(random.next() * 250)));
    const replay = bootstrapPlsPathModel(rows, model, {
      seed: 0,
      resamples: 2,
      signChange: 'none',
      tolerance: 1e-12,
      resample: (_random, _n, b) => indices[b] as number[],
    });
    const fits = indices.map((ix) => plsPathModel(ix.map((i) => rows[i] as Record<string, number>), model, { tolerance: 1e-12 }));
    replay.paths.forEach((p, k) => {
      const values = fits.map((f) => f.paths[k]?.coefficient as number);
      expect(p.mean).toBeCloseTo(((values[0] as number) + (values[1] as number)) / 2, 10);
      expect(p.lower).toBeCloseTo(Math.min(...values) + 0.025 * Math.abs((values[0] as number) - (values[1] as number)), 10);
    });
    const ratio = fits.map((f) => f.htmt.Quality?.Satisfaction as number);
    const pair = replay.htmt.find((h) => h.constructs[0] === 'Quality' && h.constructs[1] === 'Satisfaction');
    expect(pair?.mean).toBeCloseTo(((ratio[0] as number) + (ratio[1] as number)) / 2, 12);
    const loading = fits.map((f) => f.loadings.PERQ3 as number);
    expect(replay.loadings.PERQ3?.mean).toBeCloseTo(((loading[0] as number) + (loading[1] as number)) / 2, 10);
  });

  it('aligns signs as asked', () => {
    const reversed = rows.map((r) => ({ ...r, CUSL2: 11 - (r.CUSL2 as number) }));
    const none = bootstrapPlsPathModel(reversed, model, { seed: 3, resamples: 100, signChange: 'none' });
    const individual = bootstrapPlsPathModel(reversed, model, { seed: 3, resamples: 100, signChange: 'individual' });
    expect(none.conventions.signChange).toBe('none');
    // Individual sign changes never move a weight's mean across zero from its original sign.
    for (const item of Object.keys(individual.outerWeights)) {
      const s = individual.outerWeights[item];
      expect(Math.sign(s?.mean as number)).toBe(Math.sign(s?.original as number));
      expect(Math.abs(s?.mean as number)).toBeGreaterThanOrEqual(Math.abs(none.outerWeights[item]?.mean as number) - 1e-12);
    }
  });

  it('counts failed resamples by reason and excludes them', () => {
    // 40 respondents; one item is constant except for two respondents, so many resamples lose all variance.
    const small = rows.slice(0, 40).map((r, i) => ({ ...r, CUSCO: i < 2 ? 9 : 5 }));
    const result = bootstrapPlsPathModel(small, model, { seed: 11, resamples: 200 });
    expect(result.failures['zero-variance indicator']).toBeGreaterThan(0);
    expect(result.failed).toBe(Object.values(result.failures).reduce((s, v) => s + v, 0));
    expect(result.successful + result.failed).toBe(200);
    // P(neither of 2 rows drawn in 40 draws) = (38/40)^40 ≈ 0.129.
    expect(result.failed / 200).toBeGreaterThan(0.05);
    expect(result.failed / 200).toBeLessThan(0.25);
  });

  it('leaves an HTMT ratio out of its statistics in a resample where it is undefined (its mean was NaN)', () => {
    // In rows 0-3 the X items are uncorrelated (x1 = 1, 2, 1, 2 against x2 = 1, 1, 2, 2): X's monotrait
    // correlation is 0 and its HTMT ratios divide by 0. Resample 0 draws those rows, the others all rows.
    const data = { x1: [1, 2, 1, 2, 3, 3], x2: [1, 1, 2, 2, 3, 3], y1: [1, 2, 2, 3, 5, 5], y2: [2, 2, 3, 3, 4, 4] };
    const twoBlocks = {
      blocks: [{ name: 'X', indicators: ['x1', 'x2'] }, { name: 'Y', indicators: ['y1', 'y2'] }],
      paths: [{ from: 'X', to: 'Y' }],
    };
    const resample = (_: unknown, n: number, b: number) => (b === 0 ? [0, 1, 2, 3] : Array.from({ length: n }, (_u, i) => i));
    const result = bootstrapPlsPathModel(data, twoBlocks, { seed: 1, resamples: 5, resample });
    expect(result.successful).toBe(5);
    const [pair] = result.htmt;
    expect(pair?.undefinedResamples).toBe(1);
    expect(pair?.mean).toBeCloseTo(pair?.original as number, 12);
    expect([pair?.sd, pair?.pValue]).toEqual([0, 0]);
    // The paths keep every successful resample.
    expect(result.paths[0]?.sd).toBeGreaterThan(0);
  });

  it('unit sampling weights change nothing; unconverged resamples are failures', () => {
    const weighted = bootstrapPlsPathModel(rows, model, { seed: 8, resamples: 50, sampleWeights: rows.map(() => 1) });
    const plain = bootstrapPlsPathModel(rows, model, { seed: 8, resamples: 50 });
    weighted.paths.forEach((p, k) => expect(p.sd).toBeCloseTo(plain.paths[k]?.sd as number, 12));
    expect(weighted.estimate.conventions.sampleWeights).toBe(true);
    try {
      bootstrapPlsPathModel(rows, model, { seed: 8, resamples: 20, maxIterations: 2 });
      expect.unreachable();
    } catch (e) {
      expect(isClienteleError(e) && e.code).toBe('UNDEFINED_RESULT');
      expect(isClienteleError(e) && e.value).toEqual({ 'not converged': 20 });
    }
  });

  it('rejects bad options', () => {
    expect(() => bootstrapPlsPathModel(rows, model, { seed: Number.NaN })).toThrow(
      '`bootstrapPlsPathModel`: `options.seed` must be a finite number, got NaN',
    );
    expect(() => bootstrapPlsPathModel(rows, model, { seed: 1, resamples: 1 })).toThrow('`options.resamples` must be an integer 2-100000');
    expect(() => bootstrapPlsPathModel(rows, model, { seed: 1, confidenceLevel: 1 })).toThrow('`options.confidenceLevel`');
    expect(() => bootstrapPlsPathModel(rows, model, { seed: 1, signChange: 'flip' as never })).toThrow('`options.signChange`');
    expect(() => bootstrapPlsPathModel(rows, model, { seed: 1, resamples: 2, resample: () => [0, 250] })).toThrow(
      '`bootstrapPlsPathModel`: `options.resample(…, 0)[1]` must be an integer 0-249, got 250',
    );
  });
});
