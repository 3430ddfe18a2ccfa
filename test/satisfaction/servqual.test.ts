// Reference values: test/fixtures/satisfaction/reference.json from scripts/fixtures/satisfaction.py
// (per-respondent dimension gaps of the standard 22-item layout, scipy.stats.ttest_1samp), plus hand cases.
import { describe, expect, it } from 'vitest';
import { servqual } from '../../src/satisfaction/servqual';
import reference from '../fixtures/satisfaction/reference.json';

const ref = reference.servqual;

describe('servqual', () => {
  it('matches the numpy/scipy reference on the 22-item instrument', () => {
    const r = servqual({ expectations: ref.expectations, perceptions: ref.perceptions });
    expect(r.dimensions.map((d) => d.name)).toEqual(['tangibles', 'reliability', 'responsiveness', 'assurance', 'empathy']);
    for (const d of r.dimensions) {
      const name = d.name as keyof typeof ref.dimensionGaps;
      expect(d.gap.mean).toBeCloseTo(ref.dimensionGaps[name], 13);
      expect(d.gap.t).toBeCloseTo(ref.dimensionT[name], 11);
      expect(d.gap.pValue).toBeCloseTo(ref.dimensionP[name], 11);
    }
    expect(r.unweighted.mean).toBeCloseTo(ref.unweighted, 13);
    expect(r.unweighted.pValue).toBeCloseTo(ref.unweightedP, 11);
    r.items.forEach((item, j) => expect(item.gap.mean).toBeCloseTo(ref.itemGaps[j] as number, 13));
    expect(r.weighted).toBeNull();
  });

  it('weighted SERVQUAL with equal points equals the unweighted score', () => {
    const points = ref.expectations.map(() => [20, 20, 20, 20, 20]);
    const r = servqual({ expectations: ref.expectations, perceptions: ref.perceptions, points });
    expect(r.weighted?.mean).toBeCloseTo(r.unweighted.mean, 13);
  });

  it('hand case with points and reverse-coded items', () => {
    const r = servqual(
      { expectations: [[7, 6], [6, 6], [7, 7]], perceptions: [[5, 6], [6, 4], [6, 5]], points: [[50, 50], [20, 80], [100, 0]] },
      { dimensions: { reliability: [0], empathy: [1] } },
    );
    expect(r.dimensions.map((d) => d.gap.mean)).toEqual([-1, expect.closeTo(-4 / 3, 14)]);
    expect(r.weighted?.mean).toBeCloseTo(-1.2, 14);
    // t = -1.2 / (0.34641/√3) = -6 with 2 df: p = 0.0266714732...
    expect(r.weighted?.t).toBeCloseTo(-6, 12);
    expect(r.weighted?.pValue).toBeCloseTo(0.026671473215424783, 10);
    const rev = servqual({ expectations: [[7], [6]], perceptions: [[5], [6]] }, { dimensions: { d: [0] }, reverseItems: [0] });
    // Reverse coding 8 − x: E (1, 2), P (3, 2): gaps (2, 0).
    expect(rev.items[0]?.gap.mean).toBe(1);
  });

  it('errors name the respondent and item', () => {
    expect(() => servqual({ expectations: [[8]], perceptions: [[1]] }, { dimensions: { d: [0] } })).toThrowErrorMatchingInlineSnapshot(`[InvalidArgumentError: \`servqual\`: \`data.expectations[0][0]\` must be an integer 1-7, got 8]`);
    expect(() => servqual({ expectations: [[1]], perceptions: [[1]], points: [[50]] }, { dimensions: { d: [0] } })).toThrow(/sum to 100/);
    expect(() => servqual({ expectations: [[1]], perceptions: [[1]] })).toThrow(/item index/);
  });
});
