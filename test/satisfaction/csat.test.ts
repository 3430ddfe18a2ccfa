// Reference values: Wilson (1927) closed form and Student t interval computed in python3 with
// scipy.stats (scripts/fixtures/satisfaction.py for the Wilson cases; inline values for the example:
// Wilson 5/8 = [0.30574239460262737, 0.8631557141764026], t interval lower 2.317687874203608).
import { describe, expect, it } from 'vitest';
import { csat } from '../../src/satisfaction/csat';
import reference from '../fixtures/satisfaction/reference.json';

describe('csat', () => {
  it('top-two-box share, Wilson interval, mean and t interval', () => {
    const r = csat([5, 4, 4, 3, 2, 5, 1, 4]);
    expect(r.topBoxShare).toBe(0.625);
    expect(r.wilson.lower).toBeCloseTo(0.30574239460262737, 12);
    expect(r.wilson.upper).toBeCloseTo(0.8631557141764026, 12);
    expect(r.mean).toBeCloseTo(3.5, 14);
    expect(r.meanInterval?.lower).toBeCloseTo(2.317687874203608, 9);
    expect(r.scale).toEqual({ min: 1, max: 5, topBoxFrom: 4 });
    expect(r.distribution).toEqual([1, 1, 1, 3, 2]);
  });

  it('Wilson interval matches the scipy reference for several cases', () => {
    for (const c of reference.wilson) {
      const scores = Array.from({ length: c.n }, (_, i) => (i < c.successes ? 5 : 1));
      const r = csat(scores, { confidenceLevel: c.level });
      expect(r.wilson.lower).toBeCloseTo(c.lower, 12);
      expect(r.wilson.upper).toBeCloseTo(c.upper, 12);
      expect(r.agrestiCoull.lower).toBeLessThanOrEqual(r.topBoxShare + 1e-12);
    }
  });

  it('requires the top boxes for other scales and echoes them', () => {
    expect(() => csat([7, 6], { scale: { min: 1, max: 7 } })).toThrowErrorMatchingInlineSnapshot(`[InvalidArgumentError: \`csat\`: \`options.topBoxFrom\` must be given for a scale other than 1-5, got undefined]`);
    const r = csat([7, 6, 3], { scale: { min: 1, max: 7 }, topBoxFrom: 6 });
    expect(r.topBoxShare).toBeCloseTo(2 / 3, 14);
    expect(r.scale.topBoxFrom).toBe(6);
    expect(() => csat([6], { invalid: 'throw' })).toThrowErrorMatchingInlineSnapshot(`[InvalidArgumentError: \`csat\`: \`scores[0]\` must be an integer 1-5, got 6]`);
  });

  it('weights and groups', () => {
    const r = csat([5, 1], { weights: [3, 1] });
    expect(r.topBoxShare).toBe(0.75);
    expect(r.mean).toBe(4);
    expect(r.effectiveSampleSize).toBeCloseTo(16 / 10, 14);
    const unit = csat([5, 4, 1, 2], { weights: [1, 1, 1, 1] });
    const plain = csat([5, 4, 1, 2]);
    expect(unit.wilson.lower).toBeCloseTo(plain.wilson.lower, 14);
    expect(unit.meanInterval?.upper).toBeCloseTo(plain.meanInterval?.upper ?? Number.NaN, 12);
    const g = csat([5, 4, 1, 2], { groups: ['us', 'rival', 'us', 'rival'] });
    expect(g.groups.map((x) => [x.key, x.result.topBoxShare])).toEqual([
      ['rival', 0.5],
      ['us', 0.5],
    ]);
    expect(csat([5]).meanInterval).toBeNull();
  });
});
