// Reference values: test/fixtures/special/hyp2f1.json, written by scripts/fixtures/special.py
// (mpmath 1.3 hyp2f1, 50 digits): 80 BG/NBD-shaped cases 2F1(a+b−1−r, a−1; a+b+x−1; t/(α+T+t)) with x up
// to 200 and horizons to 1e4; 60 cases with z ∈ [−20, 0] (Pareto/NBD); 40 generic cases with |z| < 0.99;
// sBG's 2F1(1, β; α+β; 1/(1+d)) for d down to 0.001; z = 0.9 … 0.9999.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { integrate } from '../../../src/core/integrate/integrate';
import { hyp2f1 } from '../../../src/core/special/hyp2f1';
import { logBeta } from '../../../src/core/special/logBeta';
import { loadSpecialFixture, scaledError } from './fixture';

describe('hyp2f1', () => {
  it('matches mpmath within 1e-12 relative on the BTYD-shaped table', () => {
    const fixture = loadSpecialFixture('hyp2f1');
    expect(fixture.cases.length).toBeGreaterThan(200);
    let worst = 0;
    for (const [a, b, c, z, expected] of fixture.cases) {
      const error = scaledError(hyp2f1(a as number, b as number, c as number, z as number), expected as number, 1e-300);
      worst = Math.max(worst, error);
      expect(error, `2F1(${a}, ${b}; ${c}; ${z})`).toBeLessThanOrEqual(1e-12);
    }
    expect(worst).toBeLessThan(5e-13); // measured 5.4e-14
  });

  it('reproduces elementary closed forms', () => {
    // 2F1(1, 1; 2; z) = −ln(1 − z)/z;  2F1(½, 1; 3/2; −z²) = arctan(z)/z;  2F1(a, b; b; z) = (1 − z)^−a.
    for (const z of [-50, -3, -0.5, 0.3, 0.9, 0.99, 0.9999]) {
      expect(scaledError(hyp2f1(1, 1, 2, z), -Math.log1p(-z) / z)).toBeLessThan(1e-13);
      expect(scaledError(hyp2f1(2.5, 1.7, 1.7, z), Math.pow(1 - z, -2.5))).toBeLessThan(1e-13);
    }
    for (const z of [0.1, 1, 3, 30]) {
      expect(scaledError(hyp2f1(0.5, 1, 1.5, -z * z), Math.atan(z) / z)).toBeLessThan(1e-13);
    }
  });

  it('sums terminating series (polynomials) for any z and gives Gauss’s value at z = 1', () => {
    // 2F1(−2, b; c; z) = 1 − 2bz/c + b(b+1)z²/(c(c+1)).
    const b = 1.5;
    const c = 2.5;
    for (const z of [-100, -1, 0.5, 1]) {
      expect(scaledError(hyp2f1(-2, b, c, z), 1 - (2 * b * z) / c + (b * (b + 1) * z * z) / (c * (c + 1)))).toBeLessThan(1e-14);
    }
    // Gauss: 2F1(a, b; c; 1) = Γ(c)Γ(c−a−b)/(Γ(c−a)Γ(c−b)); 2F1(1, 1; 3; 1) = Γ(3)Γ(1)/(Γ(2)Γ(2)) = 2.
    expect(hyp2f1(1, 1, 3, 1)).toBeCloseTo(2, 14);
  });

  it('satisfies Euler’s transformation 2F1(a,b;c;z) = (1−z)^(c−a−b) 2F1(c−a,c−b;c;z)', () => {
    fc.assert(
      fc.property(
        fc.double({ min: 0.1, max: 5, noNaN: true }),
        fc.double({ min: 0.1, max: 5, noNaN: true }),
        fc.double({ min: 0.5, max: 20, noNaN: true }),
        fc.double({ min: -5, max: 0.95, noNaN: true }),
        (a, b, c, z) => {
          const lhs = hyp2f1(a, b, c, z);
          const rhs = Math.pow(1 - z, c - a - b) * hyp2f1(c - a, c - b, c, z);
          return Math.abs(lhs - rhs) <= 1e-11 * Math.abs(lhs);
        },
      ),
    );
  });

  it('gives the BG/NBD expectation E[X(t)] of the handbook (§6), equal to its singularity-free integral', () => {
    // E[X(t)] = (a+b−1)/(a−1) · [1 − (1−z)^(a−1) 2F1(a+b−1−r, a−1; a+b−1; z)], z = t/(α+t), against
    // ∫_0^1 [1 − (α/(α+pt))^r]/p · Beta(p; a, b) dp by Gauss–Legendre on geometrically split pieces.
    // r = 0.5 gives c − a − b = −0.5 (the 1 − z connection formula); r = 1 gives 0 (the long direct series).
    const a = 2;
    const b = 3;
    const alpha = 4;
    for (const r of [0.5, 1]) {
      for (const t of [1, 10, 100, 1000, 30000]) {
        const z = t / (alpha + t);
        const closed = ((a + b - 1) / (a - 1)) * (1 - Math.pow(1 - z, a - 1) * hyp2f1(a + b - 1 - r, a - 1, a + b - 1, z));
        const logNorm = logBeta(a, b);
        const integrand = (p: number) =>
          (-Math.expm1(-r * Math.log1p((p * t) / alpha)) / p) * Math.exp((a - 1) * Math.log(p) + (b - 1) * Math.log1p(-p) - logNorm);
        const cuts = [0, ...[1, 10, 100, 1000].map((k) => (k * alpha) / t).filter((c) => c < 1), 1];
        let numeric = 0;
        for (let i = 1; i < cuts.length; i++) numeric += integrate(integrand, cuts[i - 1] as number, cuts[i] as number);
        expect(scaledError(closed, numeric), `r=${r} t=${t}`).toBeLessThan(1e-12);
      }
    }
  });

  it('returns NaN where the series cannot be summed, and never loops forever', () => {
    expect(hyp2f1(1, 1, 2, 1.5)).toBeNaN(); // z > 1
    expect(hyp2f1(1, 1, 1.5, 1)).toBeNaN(); // z = 1, c − a − b ≤ 0: diverges
    expect(hyp2f1(1, 1, -2, 0.5)).toBeNaN(); // c a non-positive integer
    expect(hyp2f1(Number.NaN, 1, 2, 0.5)).toBeNaN();
    expect(hyp2f1(1, 1, 2, Number.NEGATIVE_INFINITY)).toBeNaN();
    // c − a − b exactly 0 with z within 1e-9 of 1: beyond the 1,000,000-term cap.
    expect(hyp2f1(1, 2, 3, 1 - 1e-9)).toBeNaN();
    expect(hyp2f1(1, 2, 3, 0)).toBe(1);
    expect(hyp2f1(0, 2, 3, 0.7)).toBe(1);
  });
});
