// Type tests of the public PLS signatures.
import { describe, expectTypeOf, it } from 'vitest';
import {
  bootstrapPlsPathModel,
  ecsiModel,
  importancePerformanceMap,
  plsPathModel,
  satisfactionIndex,
  type PlsBootstrapResult,
  type PlsModel,
  type PlsPathModelResult,
  type SatisfactionIndexResult,
} from '../../../src/satisfaction/index';
import { simulateSurvey, type SimulatedSurvey } from '../../../src/testing/index';

describe('PLS types', () => {
  it('plsPathModel accepts rows or columns and returns a plain result', () => {
    expectTypeOf(ecsiModel()).toEqualTypeOf<PlsModel>();
    expectTypeOf(plsPathModel([{ a: 1, b: null }], ecsiModel())).toEqualTypeOf<PlsPathModelResult>();
    expectTypeOf(plsPathModel({ a: [1, 2], b: new Float64Array(2) }, ecsiModel(), { scheme: 'centroid' })).toEqualTypeOf<PlsPathModelResult>();
    // @ts-expect-error unknown scheme
    plsPathModel([], ecsiModel(), { scheme: 'pathway' });
    // @ts-expect-error the bootstrap needs a seed
    bootstrapPlsPathModel([], ecsiModel(), { resamples: 10 });
    expectTypeOf(bootstrapPlsPathModel([], ecsiModel(), { seed: 1 })).toEqualTypeOf<PlsBootstrapResult>();
    expectTypeOf<PlsPathModelResult['rSquared']>().toEqualTypeOf<Readonly<Record<string, number>>>();
    expectTypeOf<PlsPathModelResult['reliability'][string]['rhoA']>().toEqualTypeOf<number | null>();
  });

  it('indices take a fit and a scale', () => {
    const fit = plsPathModel([], ecsiModel());
    expectTypeOf(satisfactionIndex(fit, { scale: { min: 1, max: 10 } })).toEqualTypeOf<SatisfactionIndexResult>();
    // @ts-expect-error the scale is required
    satisfactionIndex(fit, {});
    expectTypeOf(importancePerformanceMap(fit, { target: 'Loyalty', scale: { min: 0, max: 100 } }).constructs[0]).toMatchTypeOf<
      { construct: string; importance: number; performance: number } | undefined
    >();
  });

  it('simulateSurvey output fits plsPathModel input', () => {
    const survey = simulateSurvey({ blocks: [], paths: [] }, { respondents: 1, seed: 1 });
    expectTypeOf(survey).toEqualTypeOf<SimulatedSurvey>();
    expectTypeOf(plsPathModel(survey.rows, ecsiModel())).toEqualTypeOf<PlsPathModelResult>();
  });
});
