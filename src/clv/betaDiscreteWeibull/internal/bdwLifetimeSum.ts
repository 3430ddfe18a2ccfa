import { gaussLegendreRule } from '../../../core/integrate/gaussLegendreRule';
import { logBeta } from '../../../core/special/logBeta';
import type { BdwParams } from '../types';
import { bdwLogSurvival, bdwLogSurvivalOfLogT } from './bdwLogSurvival';

/** Terms summed directly before the tail may be integrated. */
const MIN_DIRECT = 10_000;
/** Most terms summed directly. */
const MAX_DIRECT = 1_000_000;
/** Most blocks of the tail integral. */
const MAX_BLOCKS = 200_000;
/** Gauss–Legendre nodes per block. */
const NODES = 16;

/**
 * `E[T] = Σ_{t≥0} S(t)` of the BdW model for `α c > 1`; `NaN` when the sum cannot be formed within the
 * work caps (the tail then decays too slowly, `α c` barely above 1) or overflows.
 *
 * @remarks
 * Terms are summed directly (Neumaier) until either they are negligible against the sum (the retention rate
 * bounds the rest, `S(t) r/(1 − r)`) or, after 10,000 terms, the log-survival falls by less than 0.01 a
 * period. The rest is then Euler–Maclaurin: `Σ_{t≥K} S(t) = ∫_K^∞ S(t) dt + S(K)/2 − S′(K)/12 + O(S‴(K))`,
 * the integral in `s = ln t` (`∫ e^s S(e^s) ds`, the log-integrand changing by at most 3 per block) by
 * 16-point Gauss–Legendre blocks until a block and the geometric bound on the blocks after it are
 * negligible. @internal
 */
export function bdwLifetimeSum(params: BdwParams): number {
  const { alpha, beta, c } = params;
  const lb = logBeta(alpha, beta);
  let sum = 0;
  let compensation = 0;
  const add = (term: number): void => {
    const next = sum + term;
    compensation += Math.abs(sum) >= Math.abs(term) ? sum - next + term : term - next + sum;
    sum = next;
  };
  let previous = 0;
  let t = 0;
  for (; t < MAX_DIRECT; t++) {
    const logS = bdwLogSurvival(alpha, beta, c, lb, t);
    const s = Math.exp(logS);
    add(s);
    if (t === 0) continue;
    const logR = logS - previous;
    previous = logS;
    const r = Math.exp(logR);
    if (r < 1 && s * r <= 1e-17 * (1 - r) * sum) return sum + compensation;
    if (t >= MIN_DIRECT && logR > -0.01) break;
  }
  const K = t + 1;
  const sK = Math.exp(bdwLogSurvival(alpha, beta, c, lb, K));
  const derivative = (Math.exp(bdwLogSurvival(alpha, beta, c, lb, K + 1)) - Math.exp(previous)) / 2;
  const integral = tailIntegral(alpha, beta, c, lb, Math.log(K), sum);
  if (!Number.isFinite(integral)) return Number.NaN;
  add(integral);
  add(sK / 2);
  add(-derivative / 12);
  return sum + compensation;
}

/** `∫_{e^s0}^∞ S(t) dt = ∫_{s0}^∞ e^s S(e^s) ds` by Gauss–Legendre blocks; `NaN` past the caps. */
function tailIntegral(alpha: number, beta: number, c: number, lb: number, s0: number, head: number): number {
  const { nodes, weights } = gaussLegendreRule(NODES);
  const width = Math.min(1, 3 / (1 + alpha * c));
  let total = 0;
  let last = Number.POSITIVE_INFINITY;
  for (let block = 0; block < MAX_BLOCKS; block++) {
    const start = s0 + block * width;
    let value = 0;
    for (let i = 0; i < NODES; i++) {
      const s = start + ((1 + (nodes[i] as number)) * width) / 2;
      value += (weights[i] as number) * Math.exp(s + bdwLogSurvivalOfLogT(alpha, beta, c, lb, s));
    }
    value *= width / 2;
    if (!Number.isFinite(value)) return Number.NaN;
    total += value;
    const ratio = value / last;
    last = value;
    // Decaying blocks: the rest is at most value·ratio/(1 − ratio) while the ratio keeps falling.
    if (block > 0 && ratio < 1 && (value * ratio) / (1 - ratio) <= 1e-17 * (head + total)) return total;
  }
  return Number.NaN;
}
