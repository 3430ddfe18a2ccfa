import { oneMinusPowerOverExponent } from './oneMinusPowerOverExponent';

/**
 * The horizon factor `h(T) = (β+T) [1 − ((β+T)/(β+T+t))^(s−1)]/(s−1)` of the Pareto/NBD conditional
 * expectation `E[Y(t)] = P(alive) (r+x)/(α+T) h(T)`, with `epsilon = s − 1` (limit
 * `(β+T) ln(1 + t/(β+T))` at `s = 1`).
 * @internal
 */
export function paretoHorizonFactor(beta: number, epsilon: number, t: number, T: number): number {
  const B = beta + T;
  return B * oneMinusPowerOverExponent(epsilon, Math.log1p(t / B));
}
