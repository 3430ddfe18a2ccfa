// satisfactionIndex and importancePerformanceMap on mobi (test/fixtures/mobi) and on simulated surveys.
// No published index exists for mobi: the tests recompute the formulas of satisfaction.md §1.2 and §2.4
// independently from the raw answers (Fornell et al. 1996; Ringle & Sarstedt 2016) and check invariances.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isClienteleError } from '../../../src/core/errors/isClienteleError';
import { mean } from '../../../src/core/stats/mean';
import { variance } from '../../../src/core/stats/variance';
import { ecsiModel } from '../../../src/satisfaction/pls/ecsiModel';
import { importancePerformanceMap } from '../../../src/satisfaction/pls/importancePerformanceMap';
import { plsPathModel } from '../../../src/satisfaction/pls/plsPathModel';
import { satisfactionIndex } from '../../../src/satisfaction/pls/satisfactionIndex';
import { simulateSurvey } from '../../../src/testing/simulateSurvey';
import { readMobiRows } from './mobiFixture';

const rows = readMobiRows();
const model = ecsiModel();
const scale = { min: 1, max: 10 };
const unscaled = plsPathModel(rows, model, { scheme: 'centroid', scaled: false });
const scaled = plsPathModel(rows, model);
const column = (item: string) => rows.map((r) => r[item] as number);

describe('satisfactionIndex', () => {
  it('equals Σ w̃ (x̄ − 1)/9 × 100 with the normalised unstandardised weights (Fornell et al. 1996)', () => {
    const csi = satisfactionIndex(unscaled, { scale });
    for (const block of model.blocks) {
      const w = block.indicators.map((item) => unscaled.unstandardizedWeights[item] as number);
      const total = w.reduce((s, v) => s + v, 0);
      const expected = block.indicators.reduce((s, item, i) => s + ((w[i] as number) / total) * ((mean(column(item)) - 1) / 9) * 100, 0);
      expect(csi.constructs[block.name]?.index).toBeCloseTo(expected, 10);
      const weights = Object.values(csi.constructs[block.name]?.weights ?? {});
      expect(weights.reduce((s, v) => s + v, 0)).toBeCloseTo(1, 14);
    }
    expect(csi.weightSource).toBe('model');
    expect(csi.weightDescription).toBe('unstandardized outer weights of a PLS fit on unscaled (centred) indicators, centroid scheme');
    expect(csi.constructs.Complaints?.index).toBeCloseTo(((mean(column('CUSCO')) - 1) / 9) * 100, 12);
  });

  it('is the mean of the 0–100 construct score (the ECSI practice)', () => {
    const csi = satisfactionIndex(scaled, { scale });
    const items = ['CUSA1', 'CUSA2', 'CUSA3'];
    const w = items.map((item) => scaled.unstandardizedWeights[item] as number);
    const total = w.reduce((s, v) => s + v, 0);
    const scores = rows.map((r) => items.reduce((s, item, i) => s + ((w[i] as number) / total) * (((r[item] as number) - 1) / 9) * 100, 0));
    expect(csi.constructs.Satisfaction?.index).toBeCloseTo(mean(scores), 10);
    expect(csi.weightDescription).toContain('standardized (scaled)');
  });

  it('scaled and unscaled weights move the index by about a point; equal weights are a labelled option', () => {
    const a = satisfactionIndex(scaled, { scale });
    const b = satisfactionIndex(unscaled, { scale });
    const gap = Math.abs((a.constructs.Satisfaction?.index as number) - (b.constructs.Satisfaction?.index as number));
    expect(gap).toBeGreaterThan(0.2);
    expect(gap).toBeLessThan(3);
    const equal = satisfactionIndex(scaled, { scale, weights: 'equal' });
    expect(equal.weightSource).toBe('equal');
    expect(equal.constructs.Loyalty?.index).toBeCloseTo(
      ((mean(column('CUSL1')) + mean(column('CUSL2')) + mean(column('CUSL3')) - 3) / 27) * 100,
      10,
    );
  });

  it('does not depend on the unit of the answers (raw 1–10 versus 0–100 rescaled)', () => {
    const rescaled = rows.map((r) => Object.fromEntries(Object.entries(r).map(([k, v]) => [k, ((v - 1) * 100) / 9])));
    const fit = plsPathModel(rescaled, model, { scheme: 'centroid', scaled: false, tolerance: 1e-13 });
    const a = satisfactionIndex(plsPathModel(rows, model, { scheme: 'centroid', scaled: false, tolerance: 1e-13 }), { scale });
    const b = satisfactionIndex(fit, { scale: { min: 0, max: 100 } });
    for (const name of model.blocks.map((x) => x.name)) {
      expect(b.constructs[name]?.index).toBeCloseTo(a.constructs[name]?.index as number, 9);
    }
  });

  it('lies in [0, 100] on any simulated survey (property)', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 1e9 }), fc.double({ min: 0.2, max: 0.8, noNaN: true }), fc.integer({ min: 3, max: 9 }), (seed, beta, location) => {
        const truth = {
          blocks: [
            { name: 'Quality', indicators: ['q1', 'q2', 'q3'], loadings: [0.8, 0.7, 0.9] },
            { name: 'Satisfaction', indicators: ['s1', 's2'], loadings: [0.85, 0.8] },
          ],
          paths: [{ from: 'Quality', to: 'Satisfaction', coefficient: beta }],
        };
        const survey = simulateSurvey(truth, { respondents: 60, seed, location, spread: 3 });
        const fit = plsPathModel(survey.rows, truth);
        let csi;
        try {
          csi = satisfactionIndex(fit, { scale });
        } catch (e) {
          // With 60 respondents a weight can turn negative: that must be the typed error.
          expect(isClienteleError(e) && e.code).toBe('UNDEFINED_RESULT');
          return;
        }
        for (const c of Object.values(csi.constructs)) {
          expect(c.index).toBeGreaterThanOrEqual(0);
          expect(c.index).toBeLessThanOrEqual(100);
        }
      }),
      { numRuns: 40 },
    );
  });

  it('refuses a block with a non-positive weight (UNDEFINED_RESULT)', () => {
    // A formative (Mode B) Loyalty block in which CUSL2 gets a negative weight.
    const modeB = { ...model, blocks: model.blocks.map((b) => (b.name === 'Loyalty' ? { ...b, mode: 'B' as const } : b)) };
    const reversed = rows.map((r) => ({ ...r, CUSL2: 11 - (r.CUSL2 as number) }));
    const fit = plsPathModel(reversed, modeB);
    expect(fit.unstandardizedWeights.CUSL2).toBeLessThan(0);
    expect(() => satisfactionIndex(fit, { scale })).toThrow(
      /^`satisfactionIndex`: undefined result: every outer weight of block "Loyalty" must be positive \(item "CUSL2"\)$/,
    );
    // The other blocks can still be indexed, and equal weights remain available.
    expect(satisfactionIndex(fit, { scale, constructs: ['Satisfaction'] }).constructs.Satisfaction?.index).toBeGreaterThan(0);
    expect(satisfactionIndex(fit, { scale, weights: 'equal' }).constructs.Loyalty?.index).toBeGreaterThan(0);
  });

  it('validates its options', () => {
    expect(() => satisfactionIndex(unscaled, { scale: { min: 1, max: 5 } })).toThrow(
      '`satisfactionIndex`: `options.scale` must contain the mean of item "IMAG1"',
    );
    expect(() => satisfactionIndex(unscaled, { scale: { min: 10, max: 1 } })).toThrow('must have finite min < max');
    expect(() => satisfactionIndex(unscaled, { scale, constructs: ['Trust'] })).toThrow(
      '`satisfactionIndex`: `options.constructs[0]` must name a construct of the fit, got "Trust"',
    );
    expect(() => satisfactionIndex(unscaled, { scale: { CUSA1: scale } })).toThrow('`options.scale.IMAG1`');
  });
});

describe('importancePerformanceMap', () => {
  const map = importancePerformanceMap(unscaled, { target: 'Loyalty', scale });

  it('lists the drivers of the target with their performance (= index)', () => {
    expect(map.constructs.map((c) => c.construct)).toEqual(['Image', 'Expectation', 'Quality', 'Value', 'Satisfaction', 'Complaints']);
    const csi = satisfactionIndex(unscaled, { scale });
    for (const c of map.constructs) expect(c.performance).toBeCloseTo(csi.constructs[c.construct]?.index as number, 12);
    expect(map.targetPerformance).toBeCloseTo(csi.constructs.Loyalty?.index as number, 12);
    expect(map.indicators).toHaveLength(5 + 3 + 7 + 2 + 3 + 1);
  });

  it('importance = standardised total effect × sd(target 0–100 score) / sd(driver 0–100 score), recomputed from the answers', () => {
    const score = (items: readonly string[]) => {
      const w = items.map((item) => unscaled.unstandardizedWeights[item] as number);
      const total = w.reduce((s, v) => s + v, 0);
      return rows.map((r) => items.reduce((s, item, i) => s + ((w[i] as number) / total) * (((r[item] as number) - 1) / 9) * 100, 0));
    };
    const blocks = Object.fromEntries(model.blocks.map((b) => [b.name, b.indicators]));
    const target = score(blocks.Loyalty as string[]);
    for (const c of map.constructs) {
      const driver = score(blocks[c.construct] as string[]);
      const effect = unscaled.effects.find((e) => e.from === c.construct && e.to === 'Loyalty')?.total as number;
      expect(c.standardizedTotalEffect).toBe(effect);
      expect(c.importance).toBeCloseTo(effect * Math.sqrt(variance(target) / variance(driver)), 10);
    }
    // Item importance is the item's share of its construct's importance.
    const quality = map.constructs.find((c) => c.construct === 'Quality')?.importance as number;
    const qualityItems = map.indicators.filter((i) => i.construct === 'Quality');
    expect(qualityItems.reduce((s, i) => s + i.importance, 0)).toBeCloseTo(quality, 12);
    expect(map.meanImportance).toBeCloseTo(map.constructs.reduce((s, c) => s + c.importance, 0) / 6, 14);
  });

  it('validates the target', () => {
    expect(() => importancePerformanceMap(unscaled, { target: 'Image', scale })).toThrow(
      '`importancePerformanceMap`: `options.target` must have at least one driver (a construct with a path to it), got "Image"',
    );
    expect(() => importancePerformanceMap(unscaled, { target: 'Trust', scale })).toThrow('must name a construct of the fit');
  });
});
