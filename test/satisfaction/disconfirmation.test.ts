// Reference values: test/fixtures/satisfaction/reference.json from scripts/fixtures/satisfaction.py
// (scipy.stats.ttest_1samp; scipy.stats.wilcoxon zero_method='wilcox', correction=False, method='approx';
// OLS with numpy.linalg.lstsq and sigma²(X'X)⁻¹ standard errors) on seeded answers of 40 respondents.
import { describe, expect, it } from 'vitest';
import { disconfirmation } from '../../src/satisfaction/disconfirmation';
import reference from '../fixtures/satisfaction/reference.json';

const ref = reference.disconfirmation;

describe('disconfirmation', () => {
  it('matches scipy: paired t, Wilcoxon, regression S ~ E + D', () => {
    const r = disconfirmation({ expectations: ref.expectations, perceptions: ref.perceptions, satisfaction: ref.satisfaction });
    expect(r.meanGap.t).toBeCloseTo(ref.t, 11);
    expect(r.meanGap.pValue).toBeCloseTo(ref.tPValue, 11);
    expect(r.wilcoxon.z).toBeCloseTo(ref.wilcoxonZ, 11);
    expect(r.wilcoxon.pValue).toBeCloseTo(ref.wilcoxonPValue, 11);
    const reg = r.regression;
    expect(reg).not.toBeNull();
    const coefs = [reg?.intercept, reg?.baseline, reg?.disconfirmation];
    expect(reg?.baselineVariable).toBe('expectation');
    coefs.forEach((c, j) => {
      expect(c?.estimate).toBeCloseTo(ref.coefficients[j] as number, 10);
      expect(c?.standardError).toBeCloseTo(ref.standardErrors[j] as number, 10);
      expect(c?.pValue).toBeCloseTo(ref.pValues[j] as number, 10);
    });
    expect(reg?.rSquared).toBeCloseTo(ref.rSquared, 12);
  });

  it('S ~ P + D fits the same plane as S ~ E + D', () => {
    const data = { expectations: ref.expectations, perceptions: ref.perceptions, satisfaction: ref.satisfaction };
    const e = disconfirmation(data).regression;
    const p = disconfirmation(data, { baseline: 'perception' }).regression;
    expect(p?.rSquared).toBeCloseTo(e?.rSquared as number, 12);
    // S = a + b E + c D = a + b P + (c − b) D.
    expect(p?.baseline.estimate).toBeCloseTo(e?.baseline.estimate as number, 10);
    expect(p?.disconfirmation.estimate).toBeCloseTo((e?.disconfirmation.estimate as number) - (e?.baseline.estimate as number), 10);
    expect(() => disconfirmation({ expectations: [1, 2], disconfirmation: [0, 1] }, { baseline: 'perception' })).toThrow(/baseline/);
  });

  it('categories with a tolerance; shares sum to 1', () => {
    const r = disconfirmation({ expectations: [5, 6, 4, 7, 5], perceptions: [6, 6, 5, 5, 4.5] }, { tolerance: 0.5 });
    expect(r.gaps).toEqual([1, 0, 1, -2, -0.5]);
    expect(r.categories).toEqual(['exceeded', 'met', 'exceeded', 'fell-short', 'met']);
    expect(r.shares.exceeded + r.shares.met + r.shares['fell-short']).toBeCloseTo(1, 14);
    expect(r.regression).toBeNull();
  });

  it('direct disconfirmation is centred on its neutral answer', () => {
    const r = disconfirmation({ expectations: [5, 5, 5], disconfirmation: [4, 6, 2] }, { neutral: 4 });
    expect(r.method).toBe('direct');
    expect(r.gaps).toEqual([0, 2, -2]);
    expect(r.categories).toEqual(['met', 'exceeded', 'fell-short']);
  });

  it('needs exactly one of perceptions and disconfirmation', () => {
    expect(() => disconfirmation({ expectations: [1] })).toThrow(/exactly one/);
    expect(() => disconfirmation({ expectations: [1, 2], perceptions: [1] })).toThrow(/must be an array of 2 numbers/);
  });
});
