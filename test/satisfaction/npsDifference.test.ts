// Reference values: Rocks (2016) two-sample formula computed by hand in python3 with scipy.stats.norm
// (SE = 100·sqrt(0.64/5 + 0.64/5) = 50.596442562694065, p = 0.11384629800665805); the paired case by
// hand from per-respondent score differences.
import { describe, expect, it } from 'vitest';
import { nps } from '../../src/satisfaction/nps';
import { npsDifference } from '../../src/satisfaction/npsDifference';

describe('npsDifference', () => {
  it('independent samples: difference, SE and p-value', () => {
    const d = npsDifference([10, 10, 9, 8, 3], [10, 6, 5, 8, 3]);
    expect(d.method).toBe('independent');
    expect(d.difference).toBeCloseTo(80, 12);
    expect(d.standardError).toBeCloseTo(50.596442562694065, 10);
    expect(d.pValue).toBeCloseTo(0.11384629800665805, 10);
    expect(d.z).toBeCloseTo(80 / 50.596442562694065, 12);
    expect(d.interval.upper).toBeCloseTo(80 + 1.959963984540054 * 50.596442562694065, 8);
  });

  it('SE² is the sum of the two squared SEs, also with weights', () => {
    const a = [10, 9, 3, 7, 8, 0, 10];
    const b = [6, 6, 9, 10, 2];
    const wa = [1, 2, 1, 0.5, 1, 3, 1];
    const d = npsDifference(a, b, { firstWeights: wa });
    const ra = nps(a, { weights: wa });
    const rb = nps(b);
    expect(d.standardError ** 2).toBeCloseTo(ra.standardError ** 2 + rb.standardError ** 2, 8);
    expect(d.difference).toBeCloseTo(ra.score - rb.score, 12);
  });

  it('paired waves use the per-respondent differences', () => {
    // scores: wave 1 (+1, +1, +1), wave 2 (+1, +1, -1): d = (0, 0, 2), mean 2/3, population var 8/9.
    const d = npsDifference([10, 9, 9], [9, 9, 6], { paired: true });
    expect(d.method).toBe('paired');
    expect(d.difference).toBeCloseTo(200 / 3, 12);
    expect(d.standardError).toBeCloseTo(100 * Math.sqrt(8 / 9 / 3), 12);
  });

  it('paired is tighter than independent when waves are positively correlated', () => {
    const w1 = [10, 10, 9, 0, 2, 3, 8, 10, 5, 9];
    const w2 = [10, 9, 9, 1, 2, 6, 7, 10, 6, 8];
    expect(npsDifference(w1, w2, { paired: true }).standardError).toBeLessThan(npsDifference(w1, w2).standardError);
  });

  it('zero standard error gives z null and p 1 or 0', () => {
    expect(npsDifference([10, 10], [9, 9])).toMatchObject({ difference: 0, z: null, pValue: 1 });
    expect(npsDifference([10, 10], [0, 0])).toMatchObject({ difference: 200, z: null, pValue: 0 });
  });

  it('rejects invalid pairs with a reason or throws naming the wave', () => {
    const d = npsDifference([10, 11, 3], [9, 9, 12], { paired: true, invalid: 'reject' });
    expect(d.first.n).toBe(1);
    expect(d.rejected.map((r) => r.index)).toEqual([1, 2]);
    expect(() => npsDifference([10, 9], [9, 12], { paired: true })).toThrowErrorMatchingInlineSnapshot(`[InvalidArgumentError: \`npsDifference\`: \`second[1]\` must be an integer 0-10, got 12]`);
    expect(() => npsDifference([10, 9], [9], { paired: true })).toThrow(/same length/);
  });
});
