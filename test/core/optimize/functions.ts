/** Test functions with known minima, gradients and Hessians. */

/** Extended Rosenbrock: Σ 100 (x_{i+1} − x_i²)² + (1 − x_i)², minimum 0 at (1, …, 1). */
export function rosenbrock(x: Float64Array): number {
  let s = 0;
  for (let i = 0; i < x.length - 1; i++) s += 100 * (x[i + 1]! - x[i]! ** 2) ** 2 + (1 - x[i]!) ** 2;
  return s;
}

export function rosenbrockGradient(x: Float64Array): Float64Array {
  const g = new Float64Array(x.length);
  for (let i = 0; i < x.length - 1; i++) {
    const a = x[i]!;
    const b = x[i + 1]!;
    g[i] = g[i]! - 400 * a * (b - a * a) - 2 * (1 - a);
    g[i + 1] = g[i + 1]! + 200 * (b - a * a);
  }
  return g;
}

/** Quadratic ½ (x − c)ᵀ Q (x − c) + 7 with Q = [[4, 1, 0], [1, 3, 0.5], [0, 0.5, 2]], c = (1, −2, 0.5). */
export const quadraticCenter = [1, -2, 0.5];
const Q = [
  [4, 1, 0],
  [1, 3, 0.5],
  [0, 0.5, 2],
];
export function quadratic(x: Float64Array): number {
  let s = 0;
  for (let i = 0; i < 3; i++) {
    for (let j = 0; j < 3; j++) s += 0.5 * (x[i]! - quadraticCenter[i]!) * Q[i]![j]! * (x[j]! - quadraticCenter[j]!);
  }
  return s + 7;
}

/**
 * Defined only for x, y > 0 (NaN elsewhere): x − 2 ln x + 3y − ln y, minimum at (2, 1/3), value
 * 2 − 2 ln 2 + 1 + ln 3.
 */
export function logBarrier(x: Float64Array): number {
  const a = x[0]!;
  const b = x[1]!;
  if (a <= 0 || b <= 0) return Number.NaN;
  return a - 2 * Math.log(a) + 3 * b - Math.log(b);
}
export const logBarrierMinimum = 3 - 2 * Math.LN2 + Math.log(3);
