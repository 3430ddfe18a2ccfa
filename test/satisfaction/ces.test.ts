// Reference values: hand-computable shares and means; conventions from Dixon, Toman & DeLisi (2013)
// (CES 2.0, 1-7, agree 5-7) and Dixon, Freeman & Toman (2010) (CES 1.0, 1-5, low is easy).
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ces } from '../../src/satisfaction/ces';

describe('ces', () => {
  it('CES 2.0 by default: agree 5-7, disagree 1-3, high is easy', () => {
    const r = ces([7, 6, 5, 4, 2, 7]);
    expect(r.mean).toBeCloseTo(31 / 6, 14);
    expect(r.easyShare).toBeCloseTo(4 / 6, 14);
    expect(r.difficultShare).toBeCloseTo(1 / 6, 14);
    expect(r.neutralShare).toBeCloseTo(1 / 6, 14);
    expect(r.conventions).toEqual({
      version: '2.0',
      min: 1,
      max: 7,
      direction: 'higher-is-easier',
      easy: { from: 5, to: 7 },
      difficult: { from: 1, to: 3 },
    });
  });

  it('CES 1.0: 1-5, low is easy', () => {
    const r = ces([1, 2, 5, 3], { version: '1.0' });
    expect(r.easyShare).toBe(0.5);
    expect(r.difficultShare).toBe(0.25);
    expect(r.conventions.direction).toBe('lower-is-easier');
    expect(() => ces([6], { version: '1.0' })).toThrow(/must be an integer 1-5/);
  });

  it('shares sum to 1 and lie in the Wilson interval bounds', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 1, max: 7 }), { minLength: 1, maxLength: 40 }), (xs) => {
        const r = ces(xs);
        expect(r.easyShare + r.difficultShare + r.neutralShare).toBeCloseTo(1, 12);
        expect(r.easyInterval.lower).toBeLessThanOrEqual(r.easyShare + 1e-12);
        expect(r.easyInterval.upper).toBeGreaterThanOrEqual(r.easyShare - 1e-12);
        expect(r.mean).toBeGreaterThanOrEqual(1);
        expect(r.mean).toBeLessThanOrEqual(7);
      }),
      { numRuns: 100 },
    );
  });

  it('reports rejected answers instead of counting them', () => {
    const r = ces([7, 0, 8, 5], { invalid: 'reject' });
    expect(r.n).toBe(2);
    expect(r.rejected.map((x) => x.value)).toEqual([0, 8]);
  });
});
