// Reference values: test/fixtures/stats/quantile.json, written by scripts/fixtures/statsQuantile.py — an
// exact-rational implementation of Hyndman & Fan (1996), §2 (doi:10.1080/00031305.1996.10473566), cross-checked
// against numpy 2.4 numpy.quantile(method=...) for all nine types (0 disagreements).
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { quantile, type QuantileType } from '../../../src/core/stats/quantile';

interface Case {
  sample: string;
  p: number;
  pText: string;
  type: QuantileType;
  expected: number;
}
const fixture = JSON.parse(readFileSync(new URL('../../fixtures/stats/quantile.json', import.meta.url), 'utf8')) as {
  samples: Record<string, number[]>;
  cases: Case[];
};

describe('quantile (Hyndman & Fan types 1–9)', () => {
  it('matches the documented examples', () => {
    const d = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10];
    expect(quantile(d, 0.25)).toBe(3.25);
    expect(quantile(d, 0.25, { type: 6 })).toBe(2.75);
    expect(quantile(d, 0.25, { type: 1 })).toBe(3);
  });
  it('matches every reference value (6 samples × 19 probabilities × 9 types) to 1e-13 relative', () => {
    expect(fixture.cases.length).toBe(1026);
    for (const c of fixture.cases) {
      const got = quantile(fixture.samples[c.sample]!, c.p, { type: c.type });
      const tolerance = 1e-13 * Math.max(1, Math.abs(c.expected));
      if (Math.abs(got - c.expected) > tolerance) {
        throw new Error(`type ${c.type}, p = ${c.pText}, sample ${c.sample}: got ${got}, expected ${c.expected}`);
      }
    }
  });
  it('is monotone in p and lies within [min, max] (property, all types)', () => {
    fc.assert(
      fc.property(
        fc.array(fc.double({ min: -1e6, max: 1e6, noNaN: true }), { minLength: 1, maxLength: 40 }),
        fc.double({ min: 0, max: 1, noNaN: true }),
        fc.double({ min: 0, max: 1, noNaN: true }),
        fc.integer({ min: 1, max: 9 }),
        (xs, a, b, type) => {
          const t = type as QuantileType;
          const [lo, hi] = a <= b ? [a, b] : [b, a];
          const qlo = quantile(xs, lo, { type: t });
          const qhi = quantile(xs, hi, { type: t });
          expect(qlo).toBeLessThanOrEqual(qhi + 1e-9 * Math.max(1, Math.abs(qhi)));
          expect(qlo).toBeGreaterThanOrEqual(Math.min(...xs));
          expect(qhi).toBeLessThanOrEqual(Math.max(...xs));
        },
      ),
    );
  });
  it('does not depend on the order of the values and does not modify them (property)', () => {
    fc.assert(
      fc.property(fc.array(fc.double({ min: -1e6, max: 1e6, noNaN: true }), { minLength: 1 }), (xs) => {
        const frozen = Object.freeze(xs.slice());
        const q = quantile(frozen, 0.3);
        expect(quantile([...xs].reverse(), 0.3)).toBe(q);
        expect(frozen).toEqual(xs);
      }),
    );
  });
  it('returns NaN for empty input, NaN values, p outside [0, 1] or an unknown type', () => {
    expect(quantile([], 0.5)).toBeNaN();
    expect(quantile([1, Number.NaN], 0.5)).toBeNaN();
    expect(quantile([1, 2], -0.1)).toBeNaN();
    expect(quantile([1, 2], 1.1)).toBeNaN();
    expect(quantile([1, 2], Number.NaN)).toBeNaN();
    expect(quantile([1, 2], 0.5, { type: 10 as QuantileType })).toBeNaN();
  });
});
