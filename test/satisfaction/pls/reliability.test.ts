// compositeReliability, averageVarianceExtracted, rhoA, htmt: hand-computed values from the definitions
// (satisfaction.md §2.4; Dijkstra & Henseler 2015 eq. 19; Henseler, Ringle & Sarstedt 2015 eq. 6) and
// identities: with equal weights ρ_A equals standardised Cronbach alpha k r̄ / (1 + (k − 1) r̄) for any
// correlation matrix (property test); HTMT is symmetric and invariant to reversing an item (absolute values).
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { averageVarianceExtracted } from '../../../src/satisfaction/pls/averageVarianceExtracted';
import { compositeReliability } from '../../../src/satisfaction/pls/compositeReliability';
import { htmt } from '../../../src/satisfaction/pls/htmt';
import { rhoA } from '../../../src/satisfaction/pls/rhoA';

/** Correlation matrix of random data (rows × k), so that it is a valid correlation matrix. */
function correlationOf(data: number[][]): number[][] {
  const k = (data[0] as number[]).length;
  const n = data.length;
  const means = Array.from({ length: k }, (_, j) => data.reduce((s, r) => s + (r[j] as number), 0) / n);
  const cov = Array.from({ length: k }, (_, a) =>
    Array.from({ length: k }, (_, b) => data.reduce((s, r) => s + ((r[a] as number) - (means[a] as number)) * ((r[b] as number) - (means[b] as number)), 0)),
  );
  return cov.map((row, a) => row.map((v, b) => v / Math.sqrt((cov[a]?.[a] as number) * (cov[b]?.[b] as number))));
}

describe('compositeReliability and averageVarianceExtracted', () => {
  it('match hand computations', () => {
    // (0.8·3)² / ((0.8·3)² + 3·0.36) = 5.76 / 6.84
    expect(compositeReliability([0.8, 0.8, 0.8])).toBeCloseTo(5.76 / 6.84, 15);
    expect(compositeReliability([1])).toBe(1);
    expect(averageVarianceExtracted([0.9, 0.8, 0.7])).toBeCloseTo((0.81 + 0.64 + 0.49) / 3, 15);
    expect(averageVarianceExtracted([-0.5, 0.5])).toBe(0.25);
  });

  it('lie in [0, 1] (property)', () => {
    fc.assert(
      fc.property(fc.array(fc.double({ min: -1, max: 1, noNaN: true }), { minLength: 1, maxLength: 12 }), (l) => {
        const rc = compositeReliability(l);
        const ave = averageVarianceExtracted(l);
        expect(rc).toBeGreaterThanOrEqual(0);
        expect(rc).toBeLessThanOrEqual(1);
        expect(ave).toBeGreaterThanOrEqual(0);
        expect(ave).toBeLessThanOrEqual(1);
      }),
    );
  });

  it('reject bad loadings', () => {
    expect(() => compositeReliability([])).toThrow('`compositeReliability`: `loadings` must not be empty');
    expect(() => averageVarianceExtracted([0.5, 1.5])).toThrow('`averageVarianceExtracted`: `loadings[1]` must be a number from -1 to 1, got 1.5');
  });
});

describe('rhoA', () => {
  it('with equal weights equals standardised alpha (hand value and property)', () => {
    const R = [
      [1, 0.5, 0.5],
      [0.5, 1, 0.5],
      [0.5, 0.5, 1],
    ];
    expect(rhoA(R, [1, 1, 1])).toBeCloseTo(0.75, 15);
    expect(rhoA(R, [3, 3, 3])).toBeCloseTo(0.75, 15);
    fc.assert(
      fc.property(
        fc.integer({ min: 2, max: 6 }).chain((k) =>
          fc.array(fc.array(fc.integer({ min: -9, max: 9 }), { minLength: k, maxLength: k }), { minLength: k + 3, maxLength: k + 10 }),
        ),
        (data) => {
          const common = data.map((r) => r.map((v, j) => v + (r[0] as number) * (j + 1) * 0.5));
          const C = correlationOf(common);
          if (C.some((row) => row.some((v) => !Number.isFinite(v)))) return;
          const k = C.length;
          let sum = 0;
          for (let a = 0; a < k; a++) for (let b = 0; b < k; b++) if (a !== b) sum += C[a]?.[b] as number;
          const rbar = sum / (k * (k - 1));
          const total = k + k * (k - 1) * rbar;
          if (total < 1e-6) return;
          expect(rhoA(C, new Array<number>(k).fill(1))).toBeCloseTo((k * rbar) / (1 + (k - 1) * rbar), 9);
        },
      ),
      { numRuns: 200 },
    );
  });

  it('matches a hand computation with unequal weights', () => {
    const R = [
      [1, 0.6],
      [0.6, 1],
    ];
    // wᵀRw = 1 + 4 + 2·2·0.6 = 7.4 → w = (1, 2)/√7.4; (wᵀw)² = (5/7.4)²;
    // wᵀ(R − I)w = 2.4/7.4; wᵀ(wwᵀ − diag)w = (25 − 17)/7.4² = 8/7.4².
    const expected = (5 / 7.4) ** 2 * (2.4 / 7.4) / (8 / 7.4 ** 2);
    expect(rhoA(R, [1, 2])).toBeCloseTo(expected, 14);
  });

  it('rejects bad input with typed errors', () => {
    expect(() => rhoA([[1]], [1])).toThrow('`rhoA`: `weights` must have at least 2 items (rho_A is undefined for a single item), got 1');
    expect(() => rhoA([[1, 0], [0]], [1, 1])).toThrow('`rhoA`: `correlations[1]` must be a row of 2 numbers');
    expect(() => rhoA([[1, 0.5], [0.5, 1]], [1, 0])).toThrow('`rhoA`: undefined result: at least two weights must be non-zero');
  });
});

describe('htmt', () => {
  const R = [
    [1, 0.6, 0.3, 0.3],
    [0.6, 1, 0.3, 0.3],
    [0.3, 0.3, 1, 0.5],
    [0.3, 0.3, 0.5, 1],
  ];

  it('matches a hand computation: 0.3 / √(0.6 · 0.5)', () => {
    const m = htmt(R, [
      [0, 1],
      [2, 3],
    ]);
    expect(m[0]?.[1]).toBeCloseTo(0.3 / Math.sqrt(0.3), 15);
    expect(m[1]?.[0]).toBe(m[0]?.[1]);
    expect(m[0]?.[0]).toBeNull();
  });

  it('uses absolute correlations and returns null for single-item blocks', () => {
    const flipped = R.map((row, a) => row.map((v, b) => (a === 1) !== (b === 1) ? -v : v));
    const blocks = [[0, 1], [2, 3], [3]];
    expect(htmt(flipped, blocks)[0]?.[1]).toBeCloseTo(htmt(R, blocks)[0]?.[1] as number, 15);
    expect(htmt(R, blocks)[0]?.[2]).toBeNull();
  });

  it('rejects bad indices', () => {
    expect(() => htmt(R, [[0, 4]])).toThrow('`htmt`: `blocks[0][1]` must be an integer 0-3, got 4');
    expect(() => htmt(R, [[]])).toThrow('`htmt`: `blocks[0]` must not be empty');
  });
});
