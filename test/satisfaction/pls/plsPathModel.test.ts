// plsPathModel on the mobi ECSI survey (test/fixtures/mobi, see the README there).
// References:
//  - Tenenhaus, Esposito Vinzi, Chatelin & Lauro (2005), CSDA 48(1), 159–205: ECSI path coefficients and R²
//    with the centroid scheme, Mode A, unscaled indicators (values as tabulated in satisfaction.md §4.3),
//    compared with abs tolerance 1e-3 (the published values are rounded to 3 decimals).
//  - test/fixtures/mobi/pls_mobi_reference.json, written by scripts/fixtures/pls_mobi.py (numpy): an
//    independent data-matrix implementation for 9 settings (3 schemes × scaled/unscaled, 2 Mode B variants,
//    consistent PLS); compared with abs tolerance 1e-8 (1e-7 for f², ρ_A, VIF).
//  - identities: total = direct + indirect, R² = bᵀr, standardised scores, loadings = cor(item, score).
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isClienteleError } from '../../../src/core/errors/isClienteleError';
import { correlation } from '../../../src/core/stats/correlation';
import { mean } from '../../../src/core/stats/mean';
import { variance } from '../../../src/core/stats/variance';
import { ecsiModel } from '../../../src/satisfaction/pls/ecsiModel';
import { plsPathModel } from '../../../src/satisfaction/pls/plsPathModel';
import type { PlsMode, PlsModel, PlsPathModelResult } from '../../../src/satisfaction/pls/types';
import { readMobiRows, readPythonReference } from './mobiFixture';

const rows = readMobiRows();
const model = ecsiModel();

const TENENHAUS_PATHS: Record<string, number> = {
  'Image->Expectation': 0.493,
  'Image->Satisfaction': 0.153,
  'Image->Loyalty': 0.212,
  'Expectation->Quality': 0.545,
  'Expectation->Value': 0.066,
  'Expectation->Satisfaction': 0.037,
  'Quality->Value': 0.54,
  'Quality->Satisfaction': 0.544,
  'Value->Satisfaction': 0.2,
  'Satisfaction->Complaints': 0.54,
  'Satisfaction->Loyalty': 0.466,
  'Complaints->Loyalty': 0.05,
};
const TENENHAUS_R2: Record<string, number> = {
  Expectation: 0.243,
  Quality: 0.297,
  Value: 0.335,
  Satisfaction: 0.672,
  Complaints: 0.292,
  Loyalty: 0.432,
};

function pathMap(fit: PlsPathModelResult): Record<string, number> {
  return Object.fromEntries(fit.paths.map((p) => [`${p.from}->${p.to}`, p.coefficient]));
}

function withModes(m: PlsModel, modes: string): PlsModel {
  return { ...m, blocks: m.blocks.map((b, j) => ({ ...b, mode: modes[j] as PlsMode })) };
}

describe('plsPathModel on mobi: Tenenhaus et al. (2005)', () => {
  const fit = plsPathModel(rows, model, { scheme: 'centroid', scaled: false });

  it('reproduces every published path coefficient to 1e-3', () => {
    const paths = pathMap(fit);
    expect(Object.keys(paths)).toHaveLength(12);
    for (const [key, value] of Object.entries(TENENHAUS_PATHS)) {
      expect(Math.abs((paths[key] as number) - value), key).toBeLessThanOrEqual(1e-3);
    }
  });

  it('reproduces every published R² to 1e-3', () => {
    expect(Object.keys(fit.rSquared).sort()).toEqual(Object.keys(TENENHAUS_R2).sort());
    for (const [key, value] of Object.entries(TENENHAUS_R2)) {
      expect(Math.abs((fit.rSquared[key] as number) - value), key).toBeLessThanOrEqual(1e-3);
    }
  });

  it('converges and echoes its conventions', () => {
    expect(fit.converged).toBe(true);
    expect(fit.iterations).toBeGreaterThan(1);
    expect(fit.iterations).toBeLessThan(50);
    expect(fit.finalChange).toBeLessThan(1e-7);
    expect(fit.n).toBe(250);
    expect(fit.conventions).toMatchObject({
      scheme: 'centroid',
      scaled: false,
      varianceDenominator: 'n-1',
      stopCriterion: 'sumAbsoluteChange',
      tolerance: 1e-7,
      maxIterations: 300,
      initialWeights: 'ones',
      scores: 'standardized',
      missing: { policy: 'error', rowsUsed: 250, rowsDropped: 0, valuesReplaced: 0 },
      sampleWeights: false,
    });
    expect(fit.conventions.signRule.Image).toBe('majority');
    expect(fit.conventions.modes.Loyalty).toBe('A');
  });

  it('is not reproduced with standardised indicators (the convention matters in the 2nd decimal)', () => {
    const scaled = pathMap(plsPathModel(rows, model, { scheme: 'centroid', scaled: true }));
    const differences = Object.entries(TENENHAUS_PATHS).map(([k, v]) => Math.abs((scaled[k] as number) - v));
    expect(Math.max(...differences)).toBeGreaterThan(0.01);
  });

  it('gives identical results on the 0–100 rescaled data (R plspm `mobile`)', () => {
    const rescaled = rows.map((r) => Object.fromEntries(Object.entries(r).map(([k, v]) => [k, ((v - 1) * 100) / 9])));
    const other = plsPathModel(rescaled, model, { scheme: 'centroid', scaled: false, tolerance: 1e-13 });
    const a = pathMap(plsPathModel(rows, model, { scheme: 'centroid', scaled: false, tolerance: 1e-13 }));
    const b = pathMap(other);
    for (const key of Object.keys(a)) expect(Math.abs((a[key] as number) - (b[key] as number))).toBeLessThan(1e-10);
  });

  it('passes the PLS identities', () => {
    // Total effects = direct + indirect; the total effect of Quality on Loyalty runs only through
    // Satisfaction, Value and Complaints.
    for (const e of fit.effects) expect(e.total).toBeCloseTo(e.direct + e.indirect, 14);
    const e = fit.effects.find((x) => x.from === 'Quality' && x.to === 'Loyalty');
    const p = pathMap(fit);
    const viaValue = (p['Quality->Value'] as number) * (p['Value->Satisfaction'] as number);
    const toSat = (p['Quality->Satisfaction'] as number) + viaValue;
    const satToLoy = (p['Satisfaction->Loyalty'] as number) + (p['Satisfaction->Complaints'] as number) * (p['Complaints->Loyalty'] as number);
    expect(e?.direct).toBe(0);
    expect(e?.total).toBeCloseTo(toSat * satToLoy, 12);
    // R² = bᵀ r with r the correlations of the scores.
    const r = fit.constructCorrelations;
    const satPreds = ['Image', 'Expectation', 'Quality', 'Value'];
    const r2 = satPreds.reduce((s, k) => s + (p[`${k}->Satisfaction`] as number) * (r[k]?.Satisfaction as number), 0);
    expect(fit.rSquared.Satisfaction).toBeCloseTo(r2, 12);
    // Scores standardised; correlations of the score columns equal constructCorrelations.
    for (const name of fit.constructs) {
      const s = fit.scores[name] as number[];
      expect(s).toHaveLength(250);
      expect(Math.abs(mean(s))).toBeLessThan(1e-12);
      expect(variance(s)).toBeCloseTo(1, 12);
    }
    expect(correlation(fit.scores.Image as number[], fit.scores.Loyalty as number[])).toBeCloseTo(r.Image?.Loyalty as number, 12);
    // Loadings and cross-loadings are item–score correlations.
    const column = (item: string) => rows.map((row) => row[item] as number);
    expect(fit.loadings.CUSA2).toBeCloseTo(correlation(column('CUSA2'), fit.scores.Satisfaction as number[]), 12);
    expect(fit.crossLoadings.CUSA2?.Loyalty).toBeCloseTo(correlation(column('CUSA2'), fit.scores.Loyalty as number[]), 12);
    // Scores are the unstandardised weights applied to the centred raw items.
    const i = 17;
    const score = (['CUEX1', 'CUEX2', 'CUEX3'] as const).reduce(
      (s, item) => s + (fit.unstandardizedWeights[item] as number) * ((rows[i]?.[item] as number) - (fit.itemStatistics[item]?.mean as number)),
      0,
    );
    expect(fit.scores.Expectation?.[i]).toBeCloseTo(score, 12);
    // Adjusted R².
    expect(fit.adjustedRSquared.Loyalty).toBeCloseTo(1 - ((1 - (fit.rSquared.Loyalty as number)) * 249) / (250 - 3 - 1), 14);
  });

  it('returns a plain JSON object', () => {
    expect(JSON.parse(JSON.stringify(fit))).toEqual(fit);
  });
});

describe('plsPathModel on mobi: independent recomputation (scripts/fixtures/pls_mobi.py)', () => {
  const reference = readPythonReference();
  expect(reference.provenance).toContain('pls_mobi.py');
  for (const ref of reference.cases) {
    it(`${ref.scheme}, ${ref.scaled ? 'scaled' : 'unscaled'}, modes ${ref.modes}${ref.consistent ? ', consistent (PLSc)' : ''}`, () => {
      const fit = plsPathModel(rows, withModes(model, ref.modes), {
        scheme: ref.scheme,
        scaled: ref.scaled,
        consistent: ref.consistent,
        tolerance: 1e-13,
      });
      expect(fit.converged).toBe(true);
      const tol = 1e-8;
      const paths = pathMap(fit);
      for (const [k, v] of Object.entries(ref.paths)) expect(Math.abs((paths[k] as number) - v), k).toBeLessThan(tol);
      for (const p of fit.paths) expect(Math.abs(p.f2 - (ref.f2[`${p.from}->${p.to}`] as number)), 'f2').toBeLessThan(1e-7);
      for (const [k, v] of Object.entries(ref.rSquared)) expect(Math.abs((fit.rSquared[k] as number) - v), k).toBeLessThan(tol);
      for (const [k, v] of Object.entries(ref.weights)) expect(Math.abs((fit.standardizedWeights[k] as number) - v), k).toBeLessThan(tol);
      for (const [k, v] of Object.entries(ref.loadings)) expect(Math.abs((fit.loadings[k] as number) - v), k).toBeLessThan(tol);
      for (const [k, rel] of Object.entries(ref.reliability)) {
        const mine = fit.reliability[k];
        expect(Math.abs((mine?.compositeReliability as number) - rel.compositeReliability), k).toBeLessThan(tol);
        expect(Math.abs((mine?.averageVarianceExtracted as number) - rel.averageVarianceExtracted), k).toBeLessThan(tol);
        if (rel.cronbachAlpha === undefined) {
          expect(mine?.cronbachAlpha).toBeNull();
        } else {
          expect(Math.abs((mine?.cronbachAlpha as number) - rel.cronbachAlpha), k).toBeLessThan(1e-12);
        }
        if (rel.rhoA === undefined) {
          expect(mine?.rhoA).toBeNull();
        } else {
          expect(Math.abs((mine?.rhoA as number) - rel.rhoA), k).toBeLessThan(1e-7);
        }
      }
      for (const [pair, v] of Object.entries(ref.htmt)) {
        const [a, b] = pair.split('|') as [string, string];
        expect(Math.abs((fit.htmt[a]?.[b] as number) - v), pair).toBeLessThan(1e-12);
      }
      expect(fit.htmt.Complaints?.Image).toBeNull();
      expect(fit.htmt.Image?.Image).toBeNull();
      for (const [target, row] of Object.entries(ref.vifConstructs)) {
        for (const [k, v] of Object.entries(row)) expect(Math.abs((fit.vif.constructs[target]?.[k] as number) - v)).toBeLessThan(1e-7);
      }
      const effects = Object.fromEntries(fit.effects.map((e) => [`${e.from}->${e.to}`, e]));
      expect(Object.keys(effects).sort()).toEqual(Object.keys(ref.effects).sort());
      for (const [k, v] of Object.entries(ref.effects)) {
        expect(Math.abs((effects[k]?.total as number) - v.total), k).toBeLessThan(tol);
        expect(Math.abs((effects[k]?.direct as number) - v.direct), k).toBeLessThan(tol);
      }
      expect(Math.abs(fit.goodnessOfFit - ref.goodnessOfFit)).toBeLessThan(tol);
    });
  }
});

describe('plsPathModel conventions', () => {
  it('the variance denominator rescales the raw weights by √((n−1)/n) and nothing standardised', () => {
    const a = plsPathModel(rows, model, { varianceDenominator: 'n-1', tolerance: 1e-12 });
    const b = plsPathModel(rows, model, { varianceDenominator: 'n', tolerance: 1e-12 });
    expect((b.unstandardizedWeights.PERQ1 as number) / (a.unstandardizedWeights.PERQ1 as number)).toBeCloseTo(Math.sqrt(250 / 249), 10);
    const pa = pathMap(a);
    const pb = pathMap(b);
    for (const k of Object.keys(pa)) expect(pb[k]).toBeCloseTo(pa[k] as number, 10);
    expect(b.conventions.varianceDenominator).toBe('n');
  });

  it('the sumSquaredChange stop rule and an iteration cap are honoured and reported', () => {
    const capped = plsPathModel(rows, model, { maxIterations: 2 });
    expect(capped.converged).toBe(false);
    expect(capped.iterations).toBe(2);
    expect(() => plsPathModel(rows, model, { maxIterations: 2, strict: true })).toThrow(
      /`plsPathModel`: did not converge: stopped after 2 iterations/,
    );
    const plspm = plsPathModel(rows, model, { stopCriterion: 'sumSquaredChange', tolerance: 1e-6, maxIterations: 100 });
    expect(plspm.converged).toBe(true);
    expect(plspm.conventions.stopCriterion).toBe('sumSquaredChange');
  });

  it('a sign anchor flips a block so that its item loads positively', () => {
    const reversed = rows.map((r) => ({ ...r, CUSL1: 11 - (r.CUSL1 as number), CUSL3: 11 - (r.CUSL3 as number) }));
    const majority = plsPathModel(reversed, model);
    // Two of three Loyalty items reversed: the majority rule makes them load positively.
    expect(majority.loadings.CUSL1).toBeGreaterThan(0);
    expect(majority.loadings.CUSL2).toBeLessThan(0);
    const anchored = plsPathModel(reversed, model, { signAnchors: { Loyalty: 'CUSL2' } });
    expect(anchored.loadings.CUSL2).toBeGreaterThan(0);
    expect(anchored.loadings.CUSL1).toBeCloseTo(-(majority.loadings.CUSL1 as number), 12);
    expect(anchored.conventions.signRule.Loyalty).toBe('anchor:CUSL2');
    const pm = pathMap(majority);
    const pa = pathMap(anchored);
    expect(pa['Satisfaction->Loyalty']).toBeCloseTo(-(pm['Satisfaction->Loyalty'] as number), 12);
  });

  it('accepts columns as well as rows, and row order does not matter', () => {
    const columns = Object.fromEntries(Object.keys(rows[0] as object).map((k) => [k, rows.map((r) => r[k] as number)]));
    const a = pathMap(plsPathModel(rows, model));
    const b = pathMap(plsPathModel(columns, model));
    for (const k of Object.keys(a)) expect(b[k]).toBeCloseTo(a[k] as number, 12);
    fc.assert(
      fc.property(fc.array(fc.nat(), { minLength: 250, maxLength: 250 }), (keys) => {
        const shuffled = rows.map((r, i) => ({ r, k: keys[i] as number, i })).sort((x, y) => x.k - y.k || x.i - y.i).map((x) => x.r);
        const c = pathMap(plsPathModel(shuffled, model));
        for (const k of Object.keys(a)) expect(c[k]).toBeCloseTo(a[k] as number, 9);
      }),
      { numRuns: 15 },
    );
  });

  it('integer sampling weights equal duplicated respondents', () => {
    const weights = rows.map((_, i) => (i % 7 === 0 ? 3 : i % 5 === 0 ? 2 : 1));
    const duplicated = rows.flatMap((r, i) => Array.from({ length: weights[i] as number }, () => r));
    const a = plsPathModel(rows, model, { sampleWeights: weights, varianceDenominator: 'n', tolerance: 1e-12 });
    const b = plsPathModel(duplicated, model, { varianceDenominator: 'n', tolerance: 1e-12 });
    expect(a.conventions.sampleWeights).toBe(true);
    const pa = pathMap(a);
    const pb = pathMap(b);
    for (const k of Object.keys(pa)) expect(pa[k]).toBeCloseTo(pb[k] as number, 10);
    for (const item of a.indicators) expect(a.loadings[item]).toBeCloseTo(b.loadings[item] as number, 10);
    const unweighted = pathMap(plsPathModel(rows, model));
    expect(Math.abs((pa['Image->Loyalty'] as number) - (unweighted['Image->Loyalty'] as number))).toBeGreaterThan(1e-3);
  });

  it('handles missing answers by policy, with counts', () => {
    const holes = rows.map((r, i) => (i % 25 === 3 ? { ...r, PERQ2: null } : i === 10 ? { ...r, CUSA1: Number.NaN } : r));
    expect(() => plsPathModel(holes, model)).toThrow(
      '`plsPathModel`: `data[3].PERQ2` must be a finite number (missing values need options.missing "listwise" or "mean"), got null',
    );
    const listwise = plsPathModel(holes, model, { missing: 'listwise' });
    expect(listwise.n).toBe(239);
    expect(listwise.conventions.missing).toEqual({ policy: 'listwise', rowsUsed: 239, rowsDropped: 11, valuesReplaced: 0 });
    const dropped = plsPathModel(
      holes.filter((_, i) => !(i % 25 === 3 || i === 10)),
      model,
    );
    expect(pathMap(listwise)).toEqual(pathMap(dropped));
    const imputed = plsPathModel(holes, model, { missing: 'mean' });
    expect(imputed.n).toBe(250);
    expect(imputed.conventions.missing).toEqual({ policy: 'mean', rowsUsed: 250, rowsDropped: 0, valuesReplaced: 11 });
    const observed = rows.filter((_, i) => i % 25 !== 3).map((r) => r.PERQ2 as number);
    expect(imputed.itemStatistics.PERQ2?.mean).toBeCloseTo(mean(observed), 12);
  });
});

describe('plsPathModel validation', () => {
  const small = {
    blocks: [
      { name: 'A', indicators: ['a1', 'a2'] },
      { name: 'B', indicators: ['b1', 'b2'] },
      { name: 'C', indicators: ['c1'] },
    ],
    paths: [
      { from: 'A', to: 'B' },
      { from: 'B', to: 'C' },
    ],
  };
  const data = rows.map((r) => ({ a1: r.IMAG1, a2: r.IMAG2, b1: r.CUSA1, b2: r.CUSA2, c1: r.CUSL1 }));

  it('fits a small model', () => {
    const fit = plsPathModel(data, small);
    expect(fit.constructs).toEqual(['A', 'B', 'C']);
    expect(fit.reliability.C).toEqual({ indicators: 1, cronbachAlpha: null, rhoA: null, compositeReliability: 1, averageVarianceExtracted: 1 });
    expect(fit.vif.indicators.c1).toBe(1);
  });

  const cases: [string, PlsModel, string][] = [
    [
      'a cycle',
      { ...small, paths: [...small.paths, { from: 'C', to: 'A' }] },
      '`plsPathModel`: `model.paths` must not form a cycle, got ["A","B","C"]',
    ],
    [
      'an unknown construct',
      { ...small, paths: [{ from: 'A', to: 'B' }, { from: 'B', to: 'D' }] },
      '`plsPathModel`: `model.paths[1].to` must name a construct of model.blocks, got "D"',
    ],
    [
      'an empty block',
      { ...small, blocks: [...small.blocks.slice(0, 2), { name: 'C', indicators: [] }] },
      '`plsPathModel`: `model.blocks[2].indicators` must not be empty',
    ],
    [
      'an item in two blocks',
      { ...small, blocks: [...small.blocks.slice(0, 2), { name: 'C', indicators: ['a1'] }] },
      '`plsPathModel`: `model.blocks[2].indicators[0]` must belong to one block only, got "a1"',
    ],
    [
      'an isolated construct',
      { ...small, blocks: [...small.blocks, { name: 'D', indicators: ['c1x'] }] },
      '`plsPathModel`: `model.blocks[3]` must take part in at least one path, got "D"',
    ],
    [
      'a duplicate construct',
      { ...small, blocks: [...small.blocks, { name: 'A', indicators: ['x'] }] },
      '`plsPathModel`: `model.blocks[3].name` must be unique among the constructs, got "A"',
    ],
    [
      'a path and its reverse',
      { ...small, paths: [...small.paths, { from: 'B', to: 'A' }] },
      '`plsPathModel`: `model.paths[2]` must not repeat a pair of constructs, got {"from":"B","to":"A"}',
    ],
  ];
  for (const [what, bad, message] of cases) {
    it(`rejects ${what}`, () => {
      expect(() => plsPathModel(data, bad)).toThrow(message);
    });
  }

  it('rejects bad data and options with typed errors', () => {
    expect(() => plsPathModel([], small)).toThrow('`plsPathModel`: `data` must not be empty');
    expect(() => plsPathModel([{ ...data[0], a1: '3' } as never, ...data], small)).toThrow(
      '`plsPathModel`: `data[0].a1` must be a finite number, got "3"',
    );
    const constant = data.map((r) => ({ ...r, b2: 4 }));
    expect(() => plsPathModel(constant, small)).toThrow('`plsPathModel`: `data.b2` must vary across respondents (zero variance), got 0');
    expect(() => plsPathModel(data, small, { scheme: 'pathway' as never })).toThrow(
      '`plsPathModel`: `options.scheme` must be one of "centroid", "factorial", "path", got "pathway"',
    );
    expect(() => plsPathModel(data, small, { tolerance: 0 })).toThrow('`options.tolerance` must be a finite number greater than 0');
    expect(() => plsPathModel(data, small, { signAnchors: { A: 'b1' } })).toThrow('must name an item of block "A"');
    expect(() => plsPathModel(data, small, { sampleWeights: [1, 2] })).toThrow('must be an array of 250 weights');
    try {
      plsPathModel(data, { ...small, paths: [] });
      expect.unreachable();
    } catch (e) {
      expect(isClienteleError(e) && e.code).toBe('EMPTY_INPUT');
    }
  });

  it('reports a singular Mode B block as UNDEFINED_RESULT', () => {
    const collinear = data.map((r) => ({ ...r, a2: 2 * (r.a1 as number) + 1 }));
    try {
      plsPathModel(collinear, { ...small, blocks: [{ ...small.blocks[0], mode: 'B' as const } as never, ...small.blocks.slice(1)] });
      expect.unreachable();
    } catch (e) {
      expect(isClienteleError(e) && e.code).toBe('UNDEFINED_RESULT');
    }
  });
});
