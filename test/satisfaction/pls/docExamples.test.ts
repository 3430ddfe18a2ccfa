// The @example blocks of the PLS functions print true values: each is re-run here as written.
import { describe, expect, it } from 'vitest';
import { loadMobi } from '../../../src/datasets/loadMobi';
import { acsiModel } from '../../../src/satisfaction/pls/acsiModel';
import { averageVarianceExtracted } from '../../../src/satisfaction/pls/averageVarianceExtracted';
import { bootstrapPlsPathModel } from '../../../src/satisfaction/pls/bootstrapPlsPathModel';
import { compositeReliability } from '../../../src/satisfaction/pls/compositeReliability';
import { ecsiModel } from '../../../src/satisfaction/pls/ecsiModel';
import { htmt } from '../../../src/satisfaction/pls/htmt';
import { importancePerformanceMap } from '../../../src/satisfaction/pls/importancePerformanceMap';
import { plsPathModel } from '../../../src/satisfaction/pls/plsPathModel';
import { rhoA } from '../../../src/satisfaction/pls/rhoA';
import { satisfactionIndex } from '../../../src/satisfaction/pls/satisfactionIndex';
import { simulateSurvey } from '../../../src/testing/simulateSurvey';

describe('documentation examples', () => {
  const fit = plsPathModel(loadMobi(), ecsiModel(), { scheme: 'centroid', scaled: false });

  it('plsPathModel', () => {
    expect(fit.converged).toBe(true);
    expect(fit.paths[0]?.coefficient.toFixed(3)).toBe('0.493');
    expect(fit.paths[0]?.from).toBe('Image');
    expect(fit.rSquared.Satisfaction?.toFixed(3)).toBe('0.672');
  });

  it('bootstrapPlsPathModel', () => {
    const boot = bootstrapPlsPathModel(loadMobi(), ecsiModel(), { seed: 1, resamples: 500 });
    expect(boot.successful).toBe(500);
    expect(boot.paths[0]?.lower.toFixed(3)).toBe('0.398');
  });

  it('presets', () => {
    const model = ecsiModel();
    expect(model.blocks.length).toBe(7);
    expect(model.paths.length).toBe(12);
    expect(model.blocks[0]).toEqual({ name: 'Image', indicators: ['IMAG1', 'IMAG2', 'IMAG3', 'IMAG4', 'IMAG5'], mode: 'A' });
    const acsi = acsiModel({ items: { Complaints: ['complained'] } });
    expect(acsi.blocks.map((b) => b.name)).toEqual(['Expectation', 'Quality', 'Value', 'Satisfaction', 'Complaints', 'Loyalty']);
    expect(acsi.blocks[4]?.indicators).toEqual(['complained']);
    expect(acsi.paths.length).toBe(9);
  });

  it('satisfactionIndex and importancePerformanceMap', () => {
    const csi = satisfactionIndex(fit, { scale: { min: 1, max: 10 } });
    expect(csi.constructs.Satisfaction?.index.toFixed(1)).toBe('71.2');
    const map = importancePerformanceMap(fit, { target: 'Loyalty', scale: { min: 1, max: 10 } });
    expect(map.constructs.map((c) => c.construct)).toEqual(['Image', 'Expectation', 'Quality', 'Value', 'Satisfaction', 'Complaints']);
  });

  it('reliability helpers', () => {
    expect(compositeReliability([0.8, 0.8, 0.8]).toFixed(4)).toBe('0.8421');
    expect(averageVarianceExtracted([0.9, 0.8, 0.7])).toBe(0.6466666666666667);
    const R = [[1, 0.5, 0.5], [0.5, 1, 0.5], [0.5, 0.5, 1]];
    expect(rhoA(R, [1, 1, 1]).toFixed(4)).toBe('0.7500');
    const H = [
      [1, 0.6, 0.3, 0.3],
      [0.6, 1, 0.3, 0.3],
      [0.3, 0.3, 1, 0.5],
      [0.3, 0.3, 0.5, 1],
    ];
    expect(htmt(H, [[0, 1], [2, 3]])[0]?.[1]?.toFixed(4)).toBe('0.5477');
  });

  it('simulateSurvey', () => {
    const survey = simulateSurvey(
      {
        blocks: [
          { name: 'Quality', indicators: ['q1', 'q2', 'q3'], loadings: [0.8, 0.8, 0.8] },
          { name: 'Satisfaction', indicators: ['s1', 's2', 's3'], loadings: [0.9, 0.8, 0.7] },
        ],
        paths: [{ from: 'Quality', to: 'Satisfaction', coefficient: 0.6 }],
      },
      { respondents: 3, seed: 7 },
    );
    expect(survey.rows.length).toBe(3);
    expect(survey.rSquared.Satisfaction).toBe(0.36);
  });
});
