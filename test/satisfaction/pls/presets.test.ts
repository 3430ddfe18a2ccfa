// acsiModel and ecsiModel: the structures of Fornell et al. (1996, Fig. 1) and Tenenhaus et al. (2005, Fig. 6),
// as listed in satisfaction.md §1.1 and §3.
import { describe, expect, it } from 'vitest';
import { acsiModel } from '../../../src/satisfaction/pls/acsiModel';
import { ecsiModel } from '../../../src/satisfaction/pls/ecsiModel';
import { plsPathModel } from '../../../src/satisfaction/pls/plsPathModel';
import { simulateSurvey } from '../../../src/testing/simulateSurvey';
import { readMobiRows } from './mobiFixture';

const edges = (m: { paths: readonly { from: string; to: string }[] }) => m.paths.map((p) => `${p.from}->${p.to}`).sort();

describe('ecsiModel', () => {
  it('has the 7 blocks, 24 mobi items and 12 paths of Tenenhaus et al. (2005)', () => {
    const m = ecsiModel();
    expect(m.blocks.map((b) => b.name)).toEqual(['Image', 'Expectation', 'Quality', 'Value', 'Satisfaction', 'Complaints', 'Loyalty']);
    expect(m.blocks.flatMap((b) => b.indicators).sort()).toEqual(Object.keys(readMobiRows()[0] as object).sort());
    expect(m.blocks.every((b) => b.mode === 'A')).toBe(true);
    expect(edges(m)).toEqual(
      [
        'Image->Expectation', 'Image->Satisfaction', 'Image->Loyalty', 'Expectation->Quality', 'Expectation->Value',
        'Expectation->Satisfaction', 'Quality->Value', 'Quality->Satisfaction', 'Value->Satisfaction',
        'Satisfaction->Complaints', 'Satisfaction->Loyalty', 'Complaints->Loyalty',
      ].sort(),
    );
  });

  it('can drop Complaints and rename items; returns fresh objects', () => {
    const m = ecsiModel({ complaints: false, items: { Value: ['v1', 'v2', 'v3'] } });
    expect(m.blocks).toHaveLength(6);
    expect(m.paths).toHaveLength(10);
    expect(m.blocks.find((b) => b.name === 'Value')?.indicators).toEqual(['v1', 'v2', 'v3']);
    expect(ecsiModel()).not.toBe(ecsiModel());
    expect(() => ecsiModel({ items: { Image: 'IMAG1' as never } })).toThrow('`ecsiModel`: `options.items.Image` must be an array of item names');
  });
});

describe('acsiModel', () => {
  it('has the 6 constructs, 15 indicators and 9 paths of Fornell et al. (1996)', () => {
    const m = acsiModel();
    expect(m.blocks.map((b) => b.name)).toEqual(['Expectation', 'Quality', 'Value', 'Satisfaction', 'Complaints', 'Loyalty']);
    expect(m.blocks.flatMap((b) => b.indicators)).toHaveLength(15);
    expect(edges(m)).toEqual(
      [
        'Expectation->Quality', 'Expectation->Value', 'Expectation->Satisfaction', 'Quality->Value', 'Quality->Satisfaction',
        'Value->Satisfaction', 'Satisfaction->Complaints', 'Satisfaction->Loyalty', 'Complaints->Loyalty',
      ].sort(),
    );
  });

  it('fits simulated ACSI answers', () => {
    const m = acsiModel();
    const truth = {
      blocks: m.blocks.map((b) => ({ name: b.name, indicators: b.indicators, loadings: b.indicators.map(() => (b.indicators.length === 1 ? 1 : 0.85)) })),
      paths: m.paths.map((p) => ({ ...p, coefficient: 0.3 })),
    };
    const survey = simulateSurvey(truth, { respondents: 1000, seed: 1996 });
    const fit = plsPathModel(survey.rows, m);
    expect(fit.converged).toBe(true);
    for (const p of fit.paths) expect(Math.abs(p.coefficient - 0.3), `${p.from}->${p.to}`).toBeLessThan(0.12);
  });
});
