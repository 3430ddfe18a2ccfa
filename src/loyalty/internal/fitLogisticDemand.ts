import { minimizeBfgs } from '../../core/optimize/minimizeBfgs';
import { expit } from '../../core/special/expit';
import { log1pExp } from '../../core/special/log1pExp';

/** A logistic demand curve `D(p) = max / (1 + exp(−(b0 + b1 p)))` fitted by maximum likelihood. @internal */
export interface LogisticDemandFit {
  readonly b0: number;
  readonly b1: number;
  readonly max: number;
  readonly logLikelihood: number;
  readonly converged: boolean;
  readonly iterations: number;
  readonly message: string;
}

/**
 * Maximum-likelihood fit of `D(p) = m·expit(b0 + b1 p)` to weighted buy/no-buy outcomes: at each tested price
 * `p_k`, `buyers_k` of total weight `W` buy (`[WTP ≥ p_k]`). `max` fixed in (0, 1], or `'fit'` (then
 * `m = expit(θ)`). Prices are standardised for the optimiser. @internal
 */
export function fitLogisticDemand(
  prices: readonly number[],
  buyers: readonly number[],
  total: number,
  max: number | 'fit',
): LogisticDemandFit {
  const K = prices.length;
  let mean = 0;
  for (const p of prices) mean += p / K;
  let sd = 0;
  for (const p of prices) sd += (p - mean) ** 2 / K;
  sd = Math.sqrt(sd) || 1;
  const u = prices.map((p) => (p - mean) / sd);
  const nll = (x: Float64Array): number => {
    const m = max === 'fit' ? expit(x[2]!) : max;
    const logM = Math.log(m);
    let s = 0;
    for (let k = 0; k < K; k++) {
      const z = x[0]! + x[1]! * u[k]!;
      const logP = logM - log1pExp(-z);
      const log1mP = m === 1 ? -log1pExp(z) : Math.log1p(-Math.exp(logP));
      const yes = buyers[k]!;
      const no = total - yes;
      if (yes > 0) s -= yes * logP;
      if (no > 0) s -= no * log1mP;
    }
    return s;
  };
  let share = 0;
  for (const b of buyers) share += b / (K * total);
  const top = max === 'fit' ? 0.99 : max;
  const start = Math.min(0.95, Math.max(0.05, share / top));
  const x0 = [Math.log(start / (1 - start)), -1];
  if (max === 'fit') x0.push(Math.log(0.99 / 0.01));
  const r = minimizeBfgs(nll, x0, { maxIterations: 500 });
  const [c0, c1, t] = r.x as [number, number, number | undefined];
  return {
    b0: c0 - (c1 * mean) / sd,
    b1: c1 / sd,
    max: max === 'fit' ? expit(t as number) : max,
    logLikelihood: -r.value,
    converged: r.converged,
    iterations: r.iterations,
    message: r.message,
  };
}

/**
 * The price in `[lo, hi]` maximising `(p − c)·expit(b0 + b1 p)`: the root of
 * `g(p) = 1 + (p − c)·b1·(1 − expit(b0 + b1 p))`, decreasing in p above c when b1 < 0, by bisection; an end
 * of the interval when g does not change sign there. @internal
 */
export function argmaxLogisticMargin(b0: number, b1: number, c: number, lo: number, hi: number): { price: number; atBoundary: boolean } {
  const g = (p: number): number => 1 + (p - c) * b1 * (1 - expit(b0 + b1 * p));
  const a0 = Math.max(lo, c);
  if (a0 >= hi) return { price: hi, atBoundary: true };
  if (g(hi) >= 0) return { price: hi, atBoundary: true };
  if (g(a0) <= 0) return { price: a0, atBoundary: true };
  let a = a0;
  let b = hi;
  for (let it = 0; it < 200 && b - a > 1e-12 * Math.max(1, Math.abs(b)); it++) {
    const m = (a + b) / 2;
    if (g(m) > 0) a = m;
    else b = m;
  }
  return { price: (a + b) / 2, atBoundary: false };
}
