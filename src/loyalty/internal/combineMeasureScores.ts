import { EmptyInputError } from '../../core/errors/EmptyInputError';
import type { RejectedRecord } from '../../time/types';
import type { LoyaltyIndexResult, LoyaltyIndexRow } from '../loyaltyIndex';
import type { MeasureScores } from './collectMeasureScores';
import type { MeasureScale } from './standardizeMeasure';

/**
 * The composite index of every customer with at least one score, in id order, from the score matrix of
 * the measures, with the measure summaries, the conventions and the rejected rows (the result of
 * `loyaltyIndex`). @internal
 */
export function combineMeasureScores(
  fn: string,
  measures: readonly { readonly name: string; readonly direction: 'higher' | 'lower' }[],
  weights: readonly number[],
  scale: MeasureScale,
  minCoverage: number,
  collected: MeasureScores,
): LoyaltyIndexResult {
  const totalWeight = weights.reduce((s, w) => s + w, 0);
  const names = measures.map((m) => m.name);
  const customers: LoyaltyIndexRow[] = [];
  const m = names.length;
  const n = collected.ids.length;
  for (const k of collected.order) {
    let any = false;
    for (let j = 0; j < m && !any; j++) any = !Number.isNaN(collected.scores[j * n + k] as number);
    if (!any) continue; // every row of this customer was rejected (given twice), or it has no measure
    customers.push(combineScores(collected.ids[k] as string, collected.scores, n, k, names, weights, totalWeight, minCoverage));
  }
  if (customers.length === 0) throw new EmptyInputError(fn, 'measures[].values');
  const rejected: Record<string, readonly RejectedRecord[]> = {};
  names.forEach((name, j) => {
    rejected[name] = collected.rejected[j] as RejectedRecord[];
  });
  const equal = weights.every((w) => w === weights[0]);
  return {
    customers,
    measures: measures.map((m, j) => {
      const w = weights[j] as number;
      const s = collected.summaries[j] as { customers: number; mean: number; standardDeviation: number };
      return { name: m.name, direction: m.direction, weight: w, normalizedWeight: w / totalWeight, ...s };
    }),
    conventions: { standardize: scale, weights: equal ? 'equal' : 'given', minCoverage, missing: 'weights renormalised over the available measures' },
    rejected,
  };
}

/** One customer's index from its row `k` of the score matrix. @internal */
function combineScores(
  customerId: string,
  matrix: Float64Array,
  n: number,
  k: number,
  names: readonly string[],
  weights: readonly number[],
  totalWeight: number,
  minCoverage: number,
): LoyaltyIndexRow {
  const m = names.length;
  let available = 0;
  let sum = 0;
  for (let j = 0; j < m; j++) {
    const s = matrix[j * n + k] as number;
    if (s === s) {
      available += weights[j] as number;
      sum += (weights[j] as number) * s;
    }
  }
  const missing: string[] = [];
  const scores: Record<string, number | null> = {};
  const contributions: Record<string, number | null> = {};
  for (let j = 0; j < m; j++) {
    const name = names[j] as string;
    const s = matrix[j * n + k] as number;
    if (s === s) {
      scores[name] = s;
      contributions[name] = ((weights[j] as number) * s) / available;
    } else {
      scores[name] = null;
      contributions[name] = null;
      missing.push(name);
    }
  }
  const coverage = available / totalWeight;
  if (coverage < minCoverage) {
    const reason = `the available measures carry ${(100 * coverage).toFixed(1)} % of the weight, below minCoverage ${minCoverage}`;
    return { customerId, index: null, reason, scores, contributions, missing, coverage };
  }
  return { customerId, index: sum / available, scores, contributions, missing, coverage };
}
