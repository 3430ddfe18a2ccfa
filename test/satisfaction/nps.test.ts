// Reference values: hand computation of Rocks (2016) formulas (checked with scipy.stats.norm.ppf in
// python3: SE = 100·sqrt(0.76/10) = 27.568097504180443; Wald and adjusted Wald bounds below), identities,
// property tests, and a seeded Monte-Carlo coverage check of the intervals.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isClienteleError } from '../../src/core/errors/isClienteleError';
import { createRandom } from '../../src/core/random/createRandom';
import { sampleCategorical } from '../../src/core/random/sampleCategorical';
import { nps } from '../../src/satisfaction/nps';

const answers = [10, 9, 9, 8, 7, 6, 3, 10, 9, 5];

describe('nps', () => {
  it('matches a hand computation (shares, SE, Wald and adjusted Wald)', () => {
    const r = nps(answers);
    expect(r.score).toBeCloseTo(20, 12);
    expect(r.counts).toEqual({ promoters: 5, passives: 2, detractors: 3 });
    expect(r.shares.promoters).toBe(0.5);
    expect(r.shares.detractors).toBe(0.3);
    expect(r.variance).toBeCloseTo(0.76, 14);
    expect(r.standardError).toBeCloseTo(27.568097504180443, 10);
    expect(r.wald.lower).toBeCloseTo(-34.03247823048222, 9);
    expect(r.wald.upper).toBeCloseTo(74.03247823048221, 9);
    expect(r.adjustedWald.lower).toBeCloseTo(-30.325994435504157, 9);
    expect(r.adjustedWald.upper).toBeCloseTo(61.09522520473493, 9);
    expect(r.distribution).toEqual([0, 0, 0, 1, 0, 1, 1, 1, 1, 3, 2]);
    expect(r.n).toBe(10);
    expect(r.effectiveSampleSize).toBe(10);
    expect(r.weighted).toBe(false);
    expect(r.scale).toEqual({ min: 0, max: 10, passivesFrom: 7, promotersFrom: 9 });
  });

  it('clamps the Wald interval to [-100, 100] and keeps the adjusted interval non-degenerate', () => {
    const r = nps([10, 10, 9]);
    expect(r.score).toBe(100);
    expect(r.standardError).toBe(0);
    expect(r.wald).toEqual({ lower: 100, upper: 100 });
    expect(r.adjustedWald.upper).toBe(100);
    expect(r.adjustedWald.lower).toBeLessThan(100);
  });

  it('accepts typed arrays and gives the same answer', () => {
    expect(nps(Uint8Array.from(answers))).toEqual(nps(answers));
  });

  it('confidence level changes the width as z does', () => {
    const r90 = nps(answers, { confidenceLevel: 0.9 });
    expect(r90.wald.upper - r90.score).toBeCloseTo(1.6448536269514722 * r90.standardError, 9);
  });

  it('integer weights equal replicated answers for the score and shares', () => {
    const w = nps([10, 0, 8], { weights: [3, 1, 2] });
    const rep = nps([10, 10, 10, 0, 8, 8]);
    expect(w.score).toBeCloseTo(rep.score, 12);
    expect(w.shares.passives).toBeCloseTo(rep.shares.passives, 14);
    expect(w.effectiveSampleSize).toBeCloseTo(36 / 14, 14);
    expect(w.standardError).toBeCloseTo(100 * Math.sqrt(w.variance / (36 / 14)), 10);
    expect(w.weighted).toBe(true);
  });

  it('groups give the same result as separate calls, keys sorted numbers first', () => {
    const groups = ['b', 2, 'a', 'b', 2, 'a', 'b', 1, 'a', 'a'];
    const g = nps(answers, { groups });
    expect(g.groups.map((x) => x.key)).toEqual([1, 2, 'a', 'b']);
    expect(g.overall).toEqual(nps(answers));
    for (const { key, result } of g.groups) {
      const subset = answers.filter((_, i) => groups[i] === key);
      expect(result).toEqual(nps(subset));
    }
  });

  it('rejects off-scale answers with their index, or throws naming the respondent', () => {
    const r = nps([10, 11, 7.5, Number.NaN, 0], { invalid: 'reject' });
    expect(r.n).toBe(2);
    expect(r.rejected.map((x) => x.index)).toEqual([1, 2, 3]);
    expect(r.rejected[0]).toEqual({ index: 1, value: 11, reason: 'must be an integer 0-10' });
    expect(() => nps([10, 9, 11])).toThrowErrorMatchingInlineSnapshot(`[InvalidArgumentError: \`nps\`: \`scores[2]\` must be an integer 0-10, got 11]`);
    expect(() => nps([-1])).toThrowErrorMatchingInlineSnapshot(`[InvalidArgumentError: \`nps\`: \`scores[0]\` must be an integer 0-10, got -1]`);
    const g = nps([10, 11, 3], { groups: ['x', 'y', 'y'], invalid: 'reject' });
    expect(g.groups[1]?.result.rejected).toEqual([{ index: 1, value: 11, reason: 'must be an integer 0-10' }]);
  });

  it('throws typed errors for bad options and empty input', () => {
    const code = (f: () => unknown): string | undefined => {
      try {
        f();
      } catch (e) {
        return isClienteleError(e) ? e.code : 'other';
      }
      return undefined;
    };
    expect(code(() => nps([]))).toBe('EMPTY_INPUT');
    expect(code(() => nps([11], { invalid: 'reject' }))).toBe('EMPTY_INPUT');
    expect(code(() => nps([1, 2], { weights: [1] }))).toBe('INVALID_ARGUMENT');
    expect(code(() => nps([1, 2], { weights: [1, -1] }))).toBe('INVALID_ARGUMENT');
    expect(code(() => nps([1, 2], { weights: [0, 0] }))).toBe('UNDEFINED_RESULT');
    expect(code(() => nps([1], { confidenceLevel: 1 }))).toBe('INVALID_ARGUMENT');
    expect(code(() => nps([1], { groups: [null as unknown as string] }))).toBe('INVALID_ARGUMENT');
    expect(() => nps([1, 2], { weights: [1, Number.NaN] })).toThrowErrorMatchingInlineSnapshot(`[InvalidArgumentError: \`nps\`: \`options.weights[1]\` must be a finite number at least 0, got NaN]`);
  });

  it('properties: score in [-100, 100], shares sum to 1, order-free, unit weights change nothing', () => {
    const arb = fc.array(fc.integer({ min: 0, max: 10 }), { minLength: 1, maxLength: 60 });
    fc.assert(
      fc.property(arb, fc.integer(), (xs, seed) => {
        const r = nps(xs);
        expect(r.score).toBeGreaterThanOrEqual(-100);
        expect(r.score).toBeLessThanOrEqual(100);
        expect(r.shares.promoters + r.shares.passives + r.shares.detractors).toBeCloseTo(1, 12);
        expect(r.wald.lower).toBeLessThanOrEqual(r.wald.upper);
        expect(r.adjustedWald.lower).toBeGreaterThanOrEqual(-100);
        const shuffled = [...xs].sort((a, b) => ((a * 31 + seed) % 7) - ((b * 31 + seed) % 7));
        const s = nps(shuffled);
        expect(s.score).toBeCloseTo(r.score, 10);
        expect(s.standardError).toBeCloseTo(r.standardError, 10);
        const w = nps(xs, { weights: xs.map(() => 1) });
        expect(w.score).toBeCloseTo(r.score, 10);
        expect(w.standardError).toBeCloseTo(r.standardError, 10);
        expect(w.adjustedWald.lower).toBeCloseTo(r.adjustedWald.lower, 9);
      }),
      { numRuns: 200 },
    );
  });

  it('Monte-Carlo: 95% intervals cover the true NPS in 93-97% of 2,000 seeded samples', () => {
    const random = createRandom(20261123);
    // True distribution: 45% promoters (9-10), 25% passives (7-8), 30% detractors (0-6): NPS 15.
    const probabilities = [0.03, 0.03, 0.03, 0.03, 0.04, 0.06, 0.08, 0.12, 0.13, 0.2, 0.25];
    const truth = 100 * (0.45 - 0.3);
    const n = 150;
    const sample = new Uint8Array(n);
    let wald = 0;
    let adjusted = 0;
    const runs = 2000;
    for (let s = 0; s < runs; s++) {
      for (let i = 0; i < n; i++) sample[i] = sampleCategorical(random, probabilities);
      const r = nps(sample);
      if (r.wald.lower <= truth && truth <= r.wald.upper) wald++;
      if (r.adjustedWald.lower <= truth && truth <= r.adjustedWald.upper) adjusted++;
    }
    expect(wald / runs).toBeGreaterThanOrEqual(0.93);
    expect(wald / runs).toBeLessThanOrEqual(0.97);
    expect(adjusted / runs).toBeGreaterThanOrEqual(0.93);
    expect(adjusted / runs).toBeLessThanOrEqual(0.97);
  });
});
