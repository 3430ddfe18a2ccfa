/**
 * buildFrequencyCurve must reproduce betaGeometricExpectation (the per-(x, T, t) path) wherever it returns a
 * curve, to 1e-10 relative, at points between its nodes, for BG/NBD and MBG/NBD, small and large
 * frequencies and parameters from 1e-2 to 1e2; and it must refuse (null) what it cannot place.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { betaGeometricExpectation } from '../../../../src/clv/internal/betaGeometricExpectation';
import { buildFrequencyCurve } from '../../../../src/clv/internal/intervals/buildFrequencyCurve';
import { frequencyCurveAt } from '../../../../src/clv/internal/intervals/frequencyCurveAt';

const cdnowDays = { r: 0.243, alpha: 4.414 * 7, a: 0.793, b: 2.426 };

describe('buildFrequencyCurve', () => {
  it('agrees with the direct expectation between its nodes (CDNOW parameters in days, one-year horizons)', () => {
    for (const shift of [0, 1] as const) {
      for (const x of [0, 1, 2, 5, 20, 60]) {
        const uLow = 28 / (cdnowDays.alpha + 365);
        const uHigh = 364 / (cdnowDays.alpha + 1);
        const curve = buildFrequencyCurve(cdnowDays, shift, x, uLow, uHigh);
        expect(curve, `x = ${x}, shift ${shift}`).not.toBeNull();
        if (curve === null) continue;
        for (let i = 0; i <= 200; i++) {
          const T = 1 + (364 * i) / 200;
          const t = 28 + (336 * ((i * 37) % 201)) / 200;
          const u = t / (cdnowDays.alpha + T);
          if (u < uLow || u > uHigh) continue;
          const direct = betaGeometricExpectation(cdnowDays.r, cdnowDays.alpha, cdnowDays.a, cdnowDays.b, x, T, t, shift);
          expect(Math.abs(frequencyCurveAt(curve, u) - direct)).toBeLessThanOrEqual(1e-10 * direct);
        }
      }
    }
  });

  it('agrees with the direct expectation wherever it builds, across parameters and ranges (property)', () => {
    const positive = (min: number, max: number) => fc.double({ min: Math.log(min), max: Math.log(max), noNaN: true }).map(Math.exp);
    fc.assert(
      fc.property(
        positive(1e-2, 1e2),
        positive(1e-2, 1e2),
        positive(1e-2, 1e2),
        positive(1e-2, 1e2),
        fc.integer({ min: 0, max: 200 }),
        positive(1e-4, 10),
        positive(1, 1e3),
        fc.constantFrom(0 as const, 1 as const),
        fc.double({ min: 0, max: 1, noNaN: true }),
        (r, alpha, a, b, x, uLow, spread, shift, w) => {
          const uHigh = uLow * spread;
          const curve = buildFrequencyCurve({ r, alpha, a, b }, shift, x, uLow, uHigh);
          if (curve === null) return;
          const u = Math.exp(Math.log(uLow) + w * Math.log(spread));
          const direct = betaGeometricExpectation(r, alpha, a, b, x, 0, alpha * u, shift);
          expect(Math.abs(frequencyCurveAt(curve, u) - direct)).toBeLessThanOrEqual(1e-10 * direct);
        },
      ),
      { numRuns: 300, seed: 7 },
    );
  });

  it('gives 0 at u = 0 and refuses empty, reversed, non-finite or too wide ranges', () => {
    const curve = buildFrequencyCurve(cdnowDays, 0, 3, 0.1, 2);
    expect(curve).not.toBeNull();
    if (curve !== null) expect(frequencyCurveAt(curve, 0)).toBe(0);
    expect(buildFrequencyCurve(cdnowDays, 0, 3, 0, 2)).toBeNull();
    expect(buildFrequencyCurve(cdnowDays, 0, 3, 2, 0.1)).toBeNull();
    expect(buildFrequencyCurve(cdnowDays, 0, 3, 0.5, 0.5)).toBeNull();
    expect(buildFrequencyCurve(cdnowDays, 0, 3, 0.1, Infinity)).toBeNull();
    expect(buildFrequencyCurve(cdnowDays, 0, 3, 1e-6, 1e12)).toBeNull();
  });
});
