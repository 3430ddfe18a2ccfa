import { customerValues } from '../../clv/internal/customerValues';
import type { HoldoutColumns } from '../../clv/internal/holdoutColumns';
import { scoreRows } from '../../clv/internal/scoreRows';
import { scoreTotals } from '../../clv/internal/scoreTotals';
import type { ScoreColumns, ScoreColumnsResult, ScoreCustomersOptions, ScoreRowsResult } from '../../clv/scoreCustomers';
import type { ScorePlan } from './probeScore';

/** The scores of the distinct histories, in batch order (see `scoreBatch`). @internal */
export interface BatchScores {
  readonly alive: Float64Array;
  readonly expected: Float64Array;
  readonly discounted: Float64Array | null;
}

/** Each customer's entry of a column of its distinct histories (the column itself when there are no groups). */
function perCustomer(byHistory: Float64Array, groupOf: Int32Array | undefined): Float64Array {
  if (groupOf === undefined) return byHistory;
  const out = new Float64Array(groupOf.length);
  for (let i = 0; i < groupOf.length; i++) out[i] = byHistory[groupOf[i] as number] as number;
  return out;
}

/**
 * Builds the result of `scoreCustomers` from the scores of the distinct histories with the helpers
 * `scoreCustomers` itself ends with: each customer takes its history's scores, `customerValues` forms
 * discounted purchases and value (the first value that is not finite throws the same
 * `UndefinedResultError`), `scoreTotals` the same compensated sums in the same order, `scoreRows` the
 * rows when rows are asked. The result has the same keys in the same order. @internal
 */
export function assembleScores(
  plan: ScorePlan,
  batch: BatchScores,
  own: { readonly spend: Float64Array | null; readonly holdout: HoldoutColumns },
  options: ScoreCustomersOptions,
): ScoreRowsResult | ScoreColumnsResult {
  const { ids, groupOf, rejected, settings } = plan;
  const { spend, holdout } = own;
  const alive = perCustomer(batch.alive, groupOf);
  const expected = perCustomer(batch.expected, groupOf);
  const v = options.value;
  const values = v !== undefined && spend !== null && batch.discounted !== null ? customerValues(ids, batch.discounted, groupOf, spend, v.margin) : null;
  const computed = { alive, expected, spend, discounted: values?.discounted ?? null, value: values?.value ?? null };
  const totals = scoreTotals(expected, computed.value, holdout.frequency);
  if (options.as === 'columns') {
    const columns: ScoreColumns = {
      customerIds: ids,
      probabilityAlive: alive,
      expectedPurchases: expected,
      expectedSpend: spend,
      discountedPurchases: computed.discounted,
      value: computed.value,
      frequencyHoldout: holdout.frequency,
      monetaryValueHoldout: holdout.monetary,
    };
    return { as: 'columns', columns, rejected, totals, settings };
  }
  return { as: 'rows', rows: scoreRows(ids, computed, holdout), rejected, totals, settings };
}
