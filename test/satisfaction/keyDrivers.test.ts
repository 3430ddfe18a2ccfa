// Reference values: test/fixtures/satisfaction/reference.json from scripts/fixtures/satisfaction.py:
// betas and R² from numpy.linalg.lstsq on z-scores, Johnson (2000) relative weights from numpy.linalg.eigh,
// Shapley/LMG by brute force over all 2^4 subsets of lstsq sub-regressions (seeded 200 × 4 data).
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { keyDrivers } from '../../src/satisfaction/keyDrivers';
import reference from '../fixtures/satisfaction/reference.json';

const ref = reference.drivers;

describe('keyDrivers', () => {
  it('matches numpy: R², correlations, betas, relative weights, Shapley', () => {
    const r = keyDrivers(ref.outcome, ref.drivers);
    expect(r.rSquared).toBeCloseTo(ref.rSquared, 12);
    r.drivers.forEach((d, j) => {
      expect(d.name).toBe(`x${j + 1}`);
      expect(d.correlation).toBeCloseTo(ref.correlation[j] as number, 12);
      expect(d.beta).toBeCloseTo(ref.beta[j] as number, 11);
      expect(d.relativeWeight).toBeCloseTo(ref.relativeWeight[j] as number, 12);
      expect(d.shapley).toBeCloseTo(ref.shapley[j] as number, 12);
    });
  });

  it('identities: Shapley values and relative weights sum to R²; shares sum to 1', () => {
    const r = keyDrivers(ref.outcome, ref.drivers);
    const sum = (xs: number[]): number => xs.reduce((a, b) => a + b, 0);
    expect(sum(r.drivers.map((d) => d.shapley as number))).toBeCloseTo(r.rSquared, 13);
    expect(sum(r.drivers.map((d) => d.relativeWeight))).toBeCloseTo(r.rSquared, 13);
    expect(sum(r.drivers.map((d) => d.shapleyShare as number))).toBeCloseTo(1, 13);
    expect(sum(r.drivers.map((d) => d.relativeWeightShare))).toBeCloseTo(1, 13);
  });

  it('property: on random data both decompositions sum to R² and are order-free in the respondents', () => {
    const row = fc.tuple(fc.integer({ min: 1, max: 7 }), fc.integer({ min: 1, max: 7 }), fc.integer({ min: 1, max: 7 }), fc.integer({ min: 1, max: 10 }));
    fc.assert(
      fc.property(fc.array(row, { minLength: 12, maxLength: 40 }), (rows) => {
        const cols = [0, 1, 2, 3].map((j) => rows.map((r) => r[j] as number));
        let r;
        try {
          r = keyDrivers(cols[3] as number[], { a: cols[0] as number[], b: cols[1] as number[], c: cols[2] as number[] });
        } catch {
          return; // constant or collinear columns: a typed error, tested elsewhere
        }
        const sum = (xs: number[]): number => xs.reduce((x, y) => x + y, 0);
        expect(sum(r.drivers.map((d) => d.shapley as number))).toBeCloseTo(r.rSquared, 10);
        expect(sum(r.drivers.map((d) => d.relativeWeight))).toBeCloseTo(r.rSquared, 10);
        expect(r.rSquared).toBeGreaterThanOrEqual(-1e-12);
        expect(r.rSquared).toBeLessThanOrEqual(1 + 1e-12);
        const rev = [...rows].reverse();
        const colsRev = [0, 1, 2, 3].map((j) => rev.map((x) => x[j] as number));
        const s = keyDrivers(colsRev[3] as number[], { a: colsRev[0] as number[], b: colsRev[1] as number[], c: colsRev[2] as number[] });
        expect(s.rSquared).toBeCloseTo(r.rSquared, 10);
        expect(s.drivers[1]?.shapley).toBeCloseTo(r.drivers[1]?.shapley as number, 10);
      }),
      { numRuns: 100 },
    );
  });

  it('uncorrelated drivers: every measure equals the squared correlation', () => {
    // Orthogonal ±1 contrasts.
    const x1 = [1, 1, -1, -1, 1, 1, -1, -1];
    const x2 = [1, -1, 1, -1, 1, -1, 1, -1];
    const y = x1.map((v, i) => 2 * v + (x2[i] as number) + (i % 3) * 0.1);
    const r = keyDrivers(y, { x1, x2 });
    for (const d of r.drivers) {
      expect(d.relativeWeight).toBeCloseTo(d.correlation ** 2, 12);
      expect(d.shapley).toBeCloseTo(d.correlation ** 2, 12);
      expect(d.beta).toBeCloseTo(d.correlation, 12);
    }
  });

  it('unit weights change nothing; integer weights equal replication; above the limit Shapley is null', () => {
    const plain = keyDrivers(ref.outcome, ref.drivers);
    const unit = keyDrivers(ref.outcome, ref.drivers, { weights: ref.outcome.map(() => 1) });
    expect(unit.rSquared).toBeCloseTo(plain.rSquared, 12);
    const y = [3, 5, 4, 6, 8, 7];
    const a = [1, 3, 2, 4, 5, 5];
    const b = [2, 2, 3, 3, 5, 4];
    const w = keyDrivers(y, { a, b }, { weights: [2, 1, 1, 1, 1, 1] });
    const rep = keyDrivers([3, ...y], { a: [1, ...a], b: [2, ...b] });
    expect(w.rSquared).toBeCloseTo(rep.rSquared, 12);
    expect(w.drivers[0]?.shapley).toBeCloseTo(rep.drivers[0]?.shapley as number, 12);
    expect(keyDrivers(y, { a, b }, { maxShapleyDrivers: 1 }).drivers[0]?.shapley).toBeNull();
  });

  it('typed errors for collinear and constant drivers', () => {
    expect(() => keyDrivers([1, 2, 3, 5], { a: [1, 2, 3, 4], b: [2, 4, 6, 8] })).toThrow(/collinear/);
    expect(() => keyDrivers([1, 2, 3, 5], { a: [1, 1, 1, 1] })).toThrowErrorMatchingInlineSnapshot(`[UndefinedResultError: \`keyDrivers\`: undefined result: drivers.a has zero variance]`);
    expect(() => keyDrivers([1, 2], { a: [1, 2] })).toThrow(/at least 3/);
  });
});
