import { describe, expect, it } from 'vitest';
import { loadPriceSurvey } from '../../src/datasets/loadPriceSurvey';
import { simulatePriceSurvey } from '../../src/testing/simulatePriceSurvey';

describe('simulatePriceSurvey', () => {
  it('is reproducible from its seed and keeps its truth', () => {
    const a = simulatePriceSurvey({ respondents: 2000, seed: 11, referencePrice: 40 });
    expect(simulatePriceSurvey({ respondents: 2000, seed: 11, referencePrice: 40 })).toEqual(a);
    expect(simulatePriceSurvey({ respondents: 2000, seed: 12, referencePrice: 40 })).not.toEqual(a);
    for (const [i, r] of a.responses.entries()) {
      const ordered = r.tooCheap < r.cheap && r.cheap < r.expensive && r.expensive < r.tooExpensive;
      expect(a.truth[i]?.consistent).toBe(ordered);
      for (const p of [r.tooCheap, r.cheap, r.expensive, r.tooExpensive]) expect(Number.isInteger(p * 2)).toBe(true);
      expect([1, 2, 3, 4, 5]).toContain(r.likelihoodAtCheap);
      expect([1, 2, 3, 4, 5]).toContain(r.likelihoodAtExpensive);
    }
    // About 4 % swap cheap and expensive (binomial sd about 0.44 %).
    const inconsistent = a.truth.filter((t) => !t.consistent).length / 2000;
    expect(inconsistent).toBeGreaterThan(0.02);
    expect(inconsistent).toBeLessThan(0.065);
    // The median reference price is about 40 (sd of the log median about 0.25 / sqrt(2000) ≈ 0.6 %).
    const refs = a.truth.map((t) => t.referencePrice).sort((x, y) => x - y);
    expect(refs[1000]).toBeGreaterThan(38.5);
    expect(refs[1000]).toBeLessThan(41.5);
    // Buying is more likely at the cheap price than at the expensive one.
    const mean = (k: 'likelihoodAtCheap' | 'likelihoodAtExpensive') => a.responses.reduce((s, r) => s + r[k], 0) / 2000;
    expect(mean('likelihoodAtCheap')).toBeGreaterThan(mean('likelihoodAtExpensive') + 1.5);
  });

  it('with no noise, no dispersion and no swaps answers exactly at the offsets', () => {
    const s = simulatePriceSurvey({ respondents: 3, seed: 1, referencePrice: 100, dispersion: 0, answerNoise: 0, inconsistentShare: 0, rounding: 0.01, offsets: [-0.5, -0.1, 0.1, 0.5] });
    for (const r of s.responses) {
      expect(r.tooCheap).toBeCloseTo(100 * Math.exp(-0.5), 2);
      expect(r.tooExpensive).toBeCloseTo(100 * Math.exp(0.5), 2);
    }
    expect(s.truth.every((t) => t.consistent && t.referencePrice === 100)).toBe(true);
  });

  it('refuses bad options with typed errors', () => {
    expect(() => simulatePriceSurvey({ respondents: 0, seed: 1, referencePrice: 1 })).toThrow(/`options\.respondents` must be an integer 1-10000000/);
    expect(() => simulatePriceSurvey({ respondents: 1, seed: 1, referencePrice: -1 })).toThrow(/referencePrice/);
    expect(() => simulatePriceSurvey({ respondents: 1, seed: 1, referencePrice: 1, offsets: [0, 0, 1, 2] })).toThrow(/four increasing/);
    expect(() => simulatePriceSurvey({ respondents: 1, seed: 1, referencePrice: 1, inconsistentShare: 2 })).toThrow(/\[0, 1\]/);
  });

  it('backs the bundled example survey', () => {
    const rows = loadPriceSurvey();
    expect(rows.length).toBe(400);
    expect(rows[0]).toEqual({ respondentId: 'R0001', tooCheap: 22.5, cheap: 30.5, expensive: 51, tooExpensive: 64.5, likelihoodAtCheap: 5, likelihoodAtExpensive: 1 });
  });
});
