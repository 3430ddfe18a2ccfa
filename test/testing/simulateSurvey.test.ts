// simulateSurvey: seeded answers from a known path model. Checked by the model's own moments: with 20,000
// respondents the sample correlations of the true scores match the implied construct correlations
// (SE ≈ 0.007, tolerance 0.03), item–construct correlations match the loadings, answers are integers on
// the scale, streams are reproducible from the seed.
import { describe, expect, it } from 'vitest';
import { correlation } from '../../src/core/stats/correlation';
import { mean } from '../../src/core/stats/mean';
import { variance } from '../../src/core/stats/variance';
import { simulateSurvey, type SurveyModel } from '../../src/testing/simulateSurvey';

const model: SurveyModel = {
  blocks: [
    { name: 'Quality', indicators: ['q1', 'q2', 'q3'], loadings: [0.8, 0.7, 0.9] },
    { name: 'Value', indicators: ['v1', 'v2'], loadings: [0.85, 0.8] },
    { name: 'Satisfaction', indicators: ['s1', 's2', 's3'], loadings: [0.9, 0.8, 0.7] },
  ],
  paths: [
    { from: 'Quality', to: 'Value', coefficient: 0.5 },
    { from: 'Quality', to: 'Satisfaction', coefficient: 0.4 },
    { from: 'Value', to: 'Satisfaction', coefficient: 0.3 },
  ],
};

describe('simulateSurvey', () => {
  it('computes the implied construct correlations and R²', () => {
    const s = simulateSurvey(model, { respondents: 1, seed: 1 });
    expect(s.constructCorrelations.Quality?.Value).toBeCloseTo(0.5, 15);
    // cor(Q, S) = 0.4 + 0.3 · 0.5; cor(V, S) = 0.3 + 0.4 · 0.5; R²(S) = 0.4·0.55 + 0.3·0.5.
    expect(s.constructCorrelations.Quality?.Satisfaction).toBeCloseTo(0.55, 15);
    expect(s.constructCorrelations.Satisfaction?.Value).toBeCloseTo(0.5, 15);
    expect(s.rSquared).toEqual({ Value: 0.25, Satisfaction: expect.closeTo(0.37, 14) as number });
  });

  it('draws scores and items with the model moments', () => {
    const s = simulateSurvey(model, { respondents: 20000, seed: 42, continuous: true, location: 0, spread: 1 });
    const q = s.scores.Quality as number[];
    const v = s.scores.Value as number[];
    const sat = s.scores.Satisfaction as number[];
    expect(Math.abs(correlation(q, v) - 0.5)).toBeLessThan(0.03);
    expect(Math.abs(correlation(q, sat) - 0.55)).toBeLessThan(0.03);
    expect(Math.abs(variance(sat) - 1)).toBeLessThan(0.05);
    expect(Math.abs(mean(sat))).toBeLessThan(0.03);
    const q3 = s.rows.map((r) => r.q3 as number);
    expect(Math.abs(correlation(q3, q) - 0.9)).toBeLessThan(0.02);
    expect(Math.abs(variance(q3) - 1)).toBeLessThan(0.05);
  });

  it('gives integer answers on the scale, centred on the location', () => {
    const s = simulateSurvey(model, { respondents: 2000, seed: 7, scale: { min: 1, max: 7 }, location: 5, spread: 1.2 });
    const answers = s.rows.flatMap((r) => Object.values(r) as number[]);
    expect(answers.every((a) => Number.isInteger(a) && a >= 1 && a <= 7)).toBe(true);
    expect(new Set(answers).size).toBe(7);
    expect(Math.abs(mean(answers) - 5)).toBeLessThan(0.1);
    const defaults = simulateSurvey(model, { respondents: 500, seed: 7 });
    const all = defaults.rows.flatMap((r) => Object.values(r) as number[]);
    expect(Math.min(...all)).toBeGreaterThanOrEqual(1);
    expect(Math.max(...all)).toBeLessThanOrEqual(10);
    expect(Math.abs(mean(all) - 5.5)).toBeLessThan(0.15);
  });

  it('is reproducible from its seed', () => {
    const a = simulateSurvey(model, { respondents: 50, seed: 3 });
    const b = simulateSurvey(model, { respondents: 50, seed: 3 });
    const c = simulateSurvey(model, { respondents: 50, seed: 4 });
    expect(a).toEqual(b);
    expect(a.rows).not.toEqual(c.rows);
  });

  it('blanks a share of answers at random', () => {
    const s = simulateSurvey(model, { respondents: 2000, seed: 5, missingRate: 0.1 });
    const answers = s.rows.flatMap((r) => Object.values(r));
    const share = answers.filter((a) => a === null).length / answers.length;
    expect(Math.abs(share - 0.1)).toBeLessThan(0.015);
  });

  it('rejects impossible models and options', () => {
    expect(() =>
      simulateSurvey({ ...model, paths: [...model.paths.slice(0, 2), { from: 'Value', to: 'Satisfaction', coefficient: 0.9 }] }, { respondents: 5, seed: 1 }),
    ).toThrow(/^`simulateSurvey`: `model.paths \(into "Satisfaction"\)` must explain less than all of the variance \(R² < 1\), got 1\.33/);
    expect(() =>
      simulateSurvey({ ...model, blocks: [{ ...model.blocks[0], loadings: [0.8, 1.2, 0.9] } as never, ...model.blocks.slice(1)] }, { respondents: 5, seed: 1 }),
    ).toThrow('`simulateSurvey`: `model.blocks[0].loadings[1]` must be a number from -1 to 1, got 1.2');
    expect(() => simulateSurvey(model, { respondents: 0, seed: 1 })).toThrow('`options.respondents` must be an integer 1-10000000');
    expect(() => simulateSurvey(model, { respondents: 5, seed: 1, missingRate: 1 })).toThrow('`options.missingRate`');
    expect(() => simulateSurvey({ ...model, paths: [...model.paths, { from: 'Satisfaction', to: 'Quality', coefficient: 0.1 }] }, { respondents: 5, seed: 1 })).toThrow(
      '`simulateSurvey`: `model.paths[3]` must not repeat a pair of constructs',
    );
  });
});
