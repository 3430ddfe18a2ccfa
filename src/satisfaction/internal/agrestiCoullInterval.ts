import type { Interval } from '../types';

/**
 * Agresti–Coull (1998) interval for a share `p` of `n` respondents: add `z²` pseudo-answers, half of
 * them successes, `ñ = n + z²`, `p̃ = (n p + z²/2)/ñ`, `p̃ ± z √(p̃(1 − p̃)/ñ)`, clamped to [0, 1].
 * @internal
 */
export function agrestiCoullInterval(p: number, n: number, z: number): Interval {
  const nTilde = n + z * z;
  const pTilde = (n * p + (z * z) / 2) / nTilde;
  const half = z * Math.sqrt((pTilde * (1 - pTilde)) / nTilde);
  return { lower: Math.max(0, pTilde - half), upper: Math.min(1, pTilde + half) };
}
