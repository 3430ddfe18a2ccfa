/**
 * The node ladder of the Pareto/NBD quadrature, against the 64-point Gauss–Legendre rule on the same
 * interval as reference. In the sweep the log-integrand is formed relative to its value at the midpoint
 * from small differences (`log1p`, `expm1`), so that the truncation error of a rule is not masked by the
 * rounding of terms such as `k ln(α+τ)` (≈ 1e5 at k = 1e4, where one ulp is ~1e-11).
 */
import { describe, expect, it } from 'vitest';
import { paretoLogIntegral } from '../../../src/clv/internal/paretoLogIntegral';
import { paretoLogSlope } from '../../../src/clv/internal/paretoLogSlope';
import { paretoQuadratureRule } from '../../../src/clv/internal/paretoQuadratureRule';
import { gaussLegendre } from '../../../src/core/integrate/gaussLegendre';

const REFERENCE = (() => {
  const rule = gaussLegendre(64);
  return { nodes: rule.nodes, logWeights: rule.weights.map(Math.log) };
})();
const FOUR = (() => {
  const rule = gaussLegendre(4);
  return { nodes: rule.nodes, logWeights: rule.weights.map(Math.log) };
})();

interface Case {
  k: number;
  alpha: number;
  sigma: number;
  beta: number;
  a: number;
  b: number;
}

/** `y0`, `y1`, span, fall and whether `paretoLogIntegral` would truncate, as it computes them. */
function geometry({ k, alpha, sigma, beta, a, b }: Case) {
  const alphaSmaller = alpha <= beta;
  const c = alphaSmaller ? alpha : beta;
  const d = alphaSmaller ? beta - alpha : alpha - beta;
  const y0 = Math.log(c + a);
  const y1 = Math.log(c + b);
  const slope = paretoLogSlope(alphaSmaller, k, sigma, d, c + a);
  const truncated = slope < 0 && y0 + 60 / -slope < y1;
  const span = y1 - y0;
  const fall = span * Math.max(Math.abs(slope), Math.abs(paretoLogSlope(alphaSmaller, k, sigma, d, Math.exp(y1))));
  return { alphaSmaller, c, d, y0, y1, span, fall, truncated };
}

/** `ln ∫ exp(h(y) − h(y_mid)) dy` over `[y0, y1]` by a rule, and `h(y_mid)`. */
function relativeLogIntegral(rule: { nodes: Float64Array; logWeights: Float64Array }, kase: Case) {
  const { k, sigma } = kase;
  const { alphaSmaller, d, y0, y1 } = geometry(kase);
  const mid = 0.5 * (y0 + y1);
  const half = 0.5 * (y1 - y0);
  const em = Math.exp(mid);
  let max = Number.NEGATIVE_INFINITY;
  const h = rule.nodes.map((node, i) => {
    const dy = half * node;
    const dOther = Math.log1p((em * Math.expm1(dy)) / (d + em)); // ln(d+e^y) − ln(d+e^mid)
    const value = dy - k * (alphaSmaller ? dy : dOther) - sigma * (alphaSmaller ? dOther : dy) + (rule.logWeights[i] as number);
    if (value > max) max = value;
    return value;
  });
  let sum = 0;
  for (const value of h) sum += Math.exp(value - max);
  const other = Math.log(d + em);
  const hMid = mid - k * (alphaSmaller ? mid : other) - sigma * (alphaSmaller ? other : mid);
  return { relative: max + Math.log(sum) + Math.log(half), hMid, scale: Math.abs(k * mid) + Math.abs(sigma * other) + Math.abs(k * other) + Math.abs(sigma * mid) };
}

function* sweep(): Generator<Case> {
  const values = [1e-4, 1e-2, 0.3, 1, 10, 100, 1e4];
  for (const k of values) {
    for (const alpha of values) {
      for (const s of values) {
        for (const beta of values) {
          for (const a of [0, 0.01, 1, 10, 100, 365]) {
            for (const step of [0.001, 0.1, 1, 5]) yield { k, alpha, sigma: 1 + s, beta, a, b: a + step };
          }
        }
      }
    }
  }
}

describe('paretoQuadratureRule', () => {
  it('keeps the 4- and 6-node rungs within 1e-13 of 64 nodes in ln I over parameters 1e-4 … 1e4', () => {
    let worst = 0;
    let four = 0;
    let six = 0;
    for (const kase of sweep()) {
      const g = geometry(kase);
      if (g.truncated) continue;
      const rule = paretoQuadratureRule(g.span, g.fall);
      if (rule.nodes.length > 6) continue;
      if (rule.nodes.length === 4) four++;
      else six++;
      const error = Math.abs(relativeLogIntegral(rule, kase).relative - relativeLogIntegral(REFERENCE, kase).relative);
      if (error > worst) worst = error;
    }
    expect(four).toBeGreaterThan(10000);
    expect(six).toBeGreaterThan(2000);
    expect(worst).toBeLessThan(1e-13);
  });

  it('keeps the 8-, 16- and 32-node rungs within 1e-11 of 64 nodes in ln I over long intervals', () => {
    const values = [1e-4, 1e-2, 0.3, 1, 3, 10, 30, 100, 1e3, 1e4];
    const worst = new Map<number, number>();
    for (const k of values) {
      for (const alpha of values) {
        for (const s of values) {
          for (const beta of values) {
            for (const a of [0, 0.5, 10, 100]) {
              for (const step of [1, 3, 30, 365, 1000]) {
                const kase = { k, alpha, sigma: 1 + s, beta, a, b: a + step };
                const g = geometry(kase);
                if (g.truncated) continue;
                const rule = paretoQuadratureRule(g.span, g.fall);
                const n = rule.nodes.length;
                if (n < 8 || n > 32) continue;
                const error = Math.abs(relativeLogIntegral(rule, kase).relative - relativeLogIntegral(REFERENCE, kase).relative);
                worst.set(n, Math.max(worst.get(n) ?? 0, error));
              }
            }
          }
        }
      }
    }
    expect([...worst.keys()].sort((p, q) => p - q)).toEqual([8, 16, 32]);
    for (const error of worst.values()) expect(error).toBeLessThan(1e-11);
  });

  it('is a sharp sweep: 4 nodes on the 6-node rung would err by more than 1e-11', () => {
    let worst = 0;
    for (const kase of sweep()) {
      const g = geometry(kase);
      if (g.truncated || paretoQuadratureRule(g.span, g.fall).nodes.length !== 6) continue;
      const error = Math.abs(relativeLogIntegral(FOUR, kase).relative - relativeLogIntegral(REFERENCE, kase).relative);
      if (error > worst) worst = error;
    }
    expect(worst).toBeGreaterThan(1e-11);
  });

  it('paretoLogIntegral on short steps matches 64 nodes to 1e-12 plus the rounding of h', () => {
    // Where 64 untruncated nodes are a fair reference: no truncation, a fall of h of at most 15.
    let worst = 0;
    let count = 0;
    for (const kase of sweep()) {
      const g = geometry(kase);
      if (g.span > 0.5 || g.truncated || g.fall > 15) continue;
      count++;
      const reference = relativeLogIntegral(REFERENCE, kase);
      const value = paretoLogIntegral(kase.k, kase.alpha, kase.sigma, kase.beta, kase.a, kase.b, undefined);
      const error = Math.abs(value - (reference.hMid + reference.relative));
      const allowed = 1e-12 + 8 * Number.EPSILON * reference.scale;
      if (error / allowed > worst) worst = error / allowed;
    }
    expect(count).toBeGreaterThan(15000);
    expect(worst).toBeLessThan(1);
  });
});
