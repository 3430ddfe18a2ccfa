// Tests of gaussLegendre and integrate. Reference values: exact polynomial integrals (rational arithmetic
// in closed form) and classical integrals (∫_0^π sin = 2, ∫_0^1 4/(1 + x²) = π, ∫_0^1 ln x = −1,
// ∫_0^∞-free Gaussian ∫_{−3}^{3} e^{−x²/2} dx = √(2π) erf(3/√2), erf(3/√2) = 0.99730020393673981094...
// from mpmath 1.3).
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { gaussLegendre } from '../../../src/core/integrate/gaussLegendre';
import { integrate } from '../../../src/core/integrate/integrate';

describe('gaussLegendre', () => {
  it('gives the textbook 2- and 3-point rules', () => {
    const two = gaussLegendre(2);
    expect(two.nodes[0]).toBeCloseTo(-1 / Math.sqrt(3), 15);
    expect(two.nodes[1]).toBeCloseTo(1 / Math.sqrt(3), 15);
    expect(two.weights[0]).toBeCloseTo(1, 15);
    expect(two.weights[1]).toBeCloseTo(1, 15);
    const three = gaussLegendre(3);
    expect(three.nodes[1]).toBe(0);
    expect(three.nodes[2]).toBeCloseTo(Math.sqrt(0.6), 15);
    expect(three.weights[0]).toBeCloseTo(5 / 9, 15);
    expect(three.weights[1]).toBeCloseTo(8 / 9, 15);
  });

  it('has weights summing to 2, increasing symmetric nodes, for n up to 200', () => {
    for (const n of [1, 4, 7, 16, 33, 64, 100, 200]) {
      const { nodes, weights } = gaussLegendre(n);
      expect(nodes.length).toBe(n);
      expect(Math.abs(weights.reduce((s, w) => s + w, 0) - 2)).toBeLessThan(1e-14);
      for (let i = 0; i < n; i++) {
        expect(nodes[i]).toBeCloseTo(-(nodes[n - 1 - i] as number), 15);
        expect(weights[i]).toBeGreaterThan(0);
        if (i > 0) expect(nodes[i] as number).toBeGreaterThan(nodes[i - 1] as number);
      }
    }
  });

  it('integrates every monomial of degree ≤ 2n − 1 exactly (to 1e-14)', () => {
    for (const n of [1, 2, 3, 5, 10, 20, 32, 64]) {
      const { nodes, weights } = gaussLegendre(n);
      for (let degree = 0; degree <= 2 * n - 1; degree++) {
        let sum = 0;
        for (let i = 0; i < n; i++) sum += (weights[i] as number) * (nodes[i] as number) ** degree;
        const exact = degree % 2 === 1 ? 0 : 2 / (degree + 1);
        expect(Math.abs(sum - exact), `n=${n} degree=${degree}`).toBeLessThan(1e-14);
      }
      // Degree 2n is not integrated exactly: the test can fail.
      let sum = 0;
      for (let i = 0; i < n; i++) sum += (weights[i] as number) * (nodes[i] as number) ** (2 * n);
      if (n < 20) expect(Math.abs(sum - 2 / (2 * n + 1))).toBeGreaterThan(1e-12);
    }
  });

  it('returns fresh copies (the cache cannot be corrupted) and empty arrays for an invalid n', () => {
    const first = gaussLegendre(5);
    first.nodes[0] = 99;
    expect(gaussLegendre(5).nodes[0]).toBeCloseTo(-0.906179845938664, 14);
    expect(gaussLegendre(0).nodes.length).toBe(0);
    expect(gaussLegendre(2.5).weights.length).toBe(0);
    expect(gaussLegendre(Number.NaN).nodes.length).toBe(0);
  });
});

describe('integrate', () => {
  it('matches known integrals', () => {
    expect(Math.abs(integrate(Math.sin, 0, Math.PI) - 2)).toBeLessThan(1e-14);
    expect(Math.abs(integrate((x) => 4 / (1 + x * x), 0, 1) - Math.PI)).toBeLessThan(1e-14);
    expect(Math.abs(integrate((x) => Math.exp(-0.5 * x * x), -3, 3) - Math.sqrt(2 * Math.PI) * 0.9973002039367398)).toBeLessThan(1e-14);
    expect(Math.abs(integrate(Math.exp, 0, 1, 20) - (Math.E - 1))).toBeLessThan(1e-15);
    // An endpoint singularity converges only slowly: 64 nodes get ln to about 1e-4.
    expect(Math.abs(integrate(Math.log, 0, 1) + 1)).toBeLessThan(1e-3);
  });

  it('is exact for random cubic polynomials with 2 nodes, and flips sign with the limits', () => {
    fc.assert(
      fc.property(
        fc.array(fc.double({ min: -10, max: 10, noNaN: true }), { minLength: 4, maxLength: 4 }),
        fc.double({ min: -5, max: 5, noNaN: true }),
        fc.double({ min: -5, max: 5, noNaN: true }),
        (c, a, b) => {
          const [c0, c1, c2, c3] = c as [number, number, number, number];
          const p = (x: number) => c0 + c1 * x + c2 * x * x + c3 * x * x * x;
          const antiderivative = (x: number) => c0 * x + (c1 * x * x) / 2 + (c2 * x ** 3) / 3 + (c3 * x ** 4) / 4;
          const exact = antiderivative(b) - antiderivative(a);
          const scale = 1 + Math.abs(c0 * (b - a)) + 1000 * Math.abs(b - a) * (Math.abs(c1) + Math.abs(c2) + Math.abs(c3));
          const forward = integrate(p, a, b, 2);
          return Math.abs(forward - exact) <= 1e-13 * scale && Math.abs(forward + integrate(p, b, a, 2)) <= 1e-13 * scale;
        },
      ),
    );
  });

  it('returns 0 for an empty interval and NaN for invalid limits or node counts', () => {
    expect(integrate(Math.exp, 1, 1)).toBe(0);
    expect(integrate(Math.exp, 0, Number.POSITIVE_INFINITY)).toBeNaN();
    expect(integrate(Math.exp, Number.NaN, 1)).toBeNaN();
    expect(integrate(Math.exp, 0, 1, 0)).toBeNaN();
    expect(integrate(Math.exp, 0, 1, 3.5)).toBeNaN();
  });
});
