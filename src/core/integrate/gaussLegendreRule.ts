/** Nodes and weights of an n-point Gauss–Legendre rule on [−1, 1]. */
export interface GaussLegendreRule {
  /** Abscissas `x_i`, the zeros of `P_n`, in increasing order. */
  readonly nodes: Float64Array;
  /** Weights `w_i = 2 / ((1 − x_i²) P_n'(x_i)²)`, summing to 2. */
  readonly weights: Float64Array;
}

const cache = new Map<number, GaussLegendreRule>();

/** Most nodes a rule may have: building one costs O(n²), about half a second at this size. @internal */
export const MAX_NODES = 10_000;

/**
 * The n-point Gauss–Legendre rule, computed once per `n` and cached (module-level, never evicted); callers
 * must not modify the arrays. `n` must be a positive integer (checked by the callers).
 * @internal
 */
export function gaussLegendreRule(n: number): GaussLegendreRule {
  const cached = cache.get(n);
  if (cached !== undefined) return cached;
  const nodes = new Float64Array(n);
  const weights = new Float64Array(n);
  const half = Math.floor((n + 1) / 2);
  for (let i = 0; i < half; i++) {
    // Tricomi's initial guess for the i-th largest zero, then Newton on P_n (three-term recurrence).
    let x = Math.cos((Math.PI * (i + 0.75)) / (n + 0.5));
    for (let iteration = 0; iteration < 100; iteration++) {
      let p0 = 1;
      let p1 = x;
      for (let k = 2; k <= n; k++) {
        const p2 = ((2 * k - 1) * x * p1 - (k - 1) * p0) / k;
        p0 = p1;
        p1 = p2;
      }
      // p1 = P_n(x), p0 = P_{n−1}(x); P_n'(x) = n (x P_n − P_{n−1}) / (x² − 1).
      const pn = n === 1 ? x : p1;
      const pnm1 = n === 1 ? 1 : p0;
      const derivative = (n * (x * pn - pnm1)) / (x * x - 1);
      const step = pn / derivative;
      x -= step;
      if (Math.abs(step) <= 1e-16 * Math.max(1, Math.abs(x))) break;
    }
    // Weight from the Christoffel function, 1 / Σ_{k<n} (k + ½) P_k(x)²: a sum of positive terms that
    // varies slowly with x, so it is insensitive to the last-ulp error of the node.
    let q0 = 1;
    let q1 = x;
    let christoffel = 0.5 + (n > 1 ? 1.5 * x * x : 0);
    for (let k = 2; k < n; k++) {
      const q2 = ((2 * k - 1) * x * q1 - (k - 1) * q0) / k;
      q0 = q1;
      q1 = q2;
      christoffel += (k + 0.5) * q2 * q2;
    }
    const weight = 1 / christoffel;
    nodes[n - 1 - i] = x;
    nodes[i] = -x;
    weights[n - 1 - i] = weight;
    weights[i] = weight;
  }
  if (n % 2 === 1) nodes[(n - 1) / 2] = 0;
  const rule: GaussLegendreRule = { nodes, weights };
  cache.set(n, rule);
  return rule;
}

