import { UndefinedResultError } from '../../core/errors/UndefinedResultError';
import { neumaierSum } from '../../core/stats/neumaierSum';
import { gammaGammaConditionalExpectedSpend } from '../../clv/gammaGamma/gammaGammaConditionalExpectedSpend';
import type { CustomerGroups } from '../../clv/internal/groupCustomers';
import type { ScoredCustomers } from '../../clv/internal/readScoredCustomers';
import type {
  ScoreColumns,
  ScoreColumnsResult,
  ScoreCustomersOptions,
  ScoreInputCustomer,
  ScoreRow,
  ScoreRowsResult,
  ScoreSettings,
  ScoreTotals,
} from '../../clv/scoreCustomers';
import type { SpendCustomer } from '../../clv/types';

/** The scores of the distinct histories, in batch order (see `scoreBatch`). @internal */
export interface BatchScores {
  readonly alive: Float64Array;
  readonly expected: Float64Array;
  readonly discounted: Float64Array | null;
}

/**
 * Builds the result of `scoreCustomers` from the scores of the distinct histories, step for step as
 * `scoreCustomers` does after its model calls: each customer takes its history's scores, with the spend
 * and holdout of `customerColumns` the value `margin × spend × discounted purchases` are formed per customer (the first value that is not
 * finite throws the same `UndefinedResultError`), the holdout columns are read, the totals are the same
 * compensated sums in the same order, and the result has the same keys in the same order. @internal
 */
export function assembleScores<C extends ScoreInputCustomer>(
  read: ScoredCustomers<C>,
  groups: CustomerGroups<C> | undefined,
  batch: BatchScores,
  own: CustomerColumns,
  options: ScoreCustomersOptions,
): ScoreRowsResult | ScoreColumnsResult {
  const n = read.list.length;
  const { spend, holdout, settings } = own;
  const alive = new Float64Array(n);
  const expected = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    const g = groups === undefined ? i : (groups.groupOf[i] as number);
    alive[i] = batch.alive[g] as number;
    expected[i] = batch.expected[g] as number;
  }
  let discounted: Float64Array | null = null;
  let value: Float64Array | null = null;
  const v = options.value;
  if (v !== undefined && spend !== null && batch.discounted !== null) {
    discounted = new Float64Array(n);
    value = new Float64Array(n);
    for (let i = 0; i < n; i++) {
      const d = batch.discounted[groups === undefined ? i : (groups.groupOf[i] as number)] as number;
      discounted[i] = d;
      const x = v.margin * (spend[i] as number) * d;
      if (!Number.isFinite(x)) throw new UndefinedResultError('scoreCustomers', `the value of customer ${JSON.stringify(read.ids[i])} is not finite`, x);
      value[i] = x;
    }
  }
  const totals: ScoreTotals = {
    customers: n,
    expectedPurchases: neumaierSum(expected),
    value: value === null ? null : neumaierSum(value),
    frequencyHoldout: holdout.frequency === null ? null : neumaierSum(holdout.frequency.filter((f) => f === f)),
  };
  if (options.as === 'columns') {
    const columns: ScoreColumns = {
      customerIds: read.ids,
      probabilityAlive: alive,
      expectedPurchases: expected,
      expectedSpend: spend,
      discountedPurchases: discounted,
      value,
      frequencyHoldout: holdout.frequency,
      monetaryValueHoldout: holdout.monetary,
    };
    return { as: 'columns', columns, rejected: read.rejected, totals, settings };
  }
  const rows = new Array<ScoreRow>(n);
  const orNull = (column: Float64Array | null, i: number): number | null => {
    if (column === null) return null;
    const x = column[i] as number;
    return x === x ? x : null;
  };
  for (let i = 0; i < n; i++) {
    rows[i] = {
      customerId: read.ids[i] as string,
      probabilityAlive: alive[i] as number,
      expectedPurchases: expected[i] as number,
      expectedSpend: orNull(spend, i),
      discountedPurchases: orNull(discounted, i),
      value: orNull(value, i),
      frequencyHoldout: orNull(holdout.frequency, i),
      monetaryValueHoldout: orNull(holdout.monetary, i),
    };
  }
  return { as: 'rows', rows, rejected: read.rejected, totals, settings };
}

/** What each customer needs besides the model scores: spend and holdout columns, and the settings. @internal */
export interface CustomerColumns {
  readonly spend: Float64Array | null;
  readonly holdout: { readonly frequency: Float64Array | null; readonly monetary: Float64Array | null };
  readonly settings: ScoreSettings;
}

/**
 * The spend of each customer (Gamma-Gamma's conditional expectation or the constant) and the holdout
 * columns, as `scoreCustomers` forms them: they need no model score, so they are formed while the workers
 * score. @internal
 */
export function customerColumns(list: readonly ScoreInputCustomer[], options: ScoreCustomersOptions, settings: ScoreSettings): CustomerColumns {
  const n = list.length;
  let spend: Float64Array | null = null;
  const s = options.spend;
  if (settings.spend === 'gammaGamma' && s !== undefined && 'params' in s) spend = Float64Array.from(gammaGammaConditionalExpectedSpend(s.params, list as unknown as readonly SpendCustomer[]));
  else if (settings.spend === 'constant' && s !== undefined && 'expected' in s) spend = new Float64Array(n).fill(s.expected);
  return { spend, holdout: holdoutColumns(list), settings };
}

/** Holdout purchases and mean value as columns (`NaN` where a customer has none), `null` when no customer has them. */
function holdoutColumns(list: readonly ScoreInputCustomer[]): { frequency: Float64Array | null; monetary: Float64Array | null } {
  const n = list.length;
  let frequency: Float64Array | null = null;
  let monetary: Float64Array | null = null;
  for (let i = 0; i < n; i++) {
    const c = list[i] as ScoreInputCustomer;
    const f = c.frequencyHoldout;
    if (typeof f === 'number' && Number.isFinite(f)) {
      if (frequency === null) frequency = new Float64Array(n).fill(Number.NaN);
      frequency[i] = f;
    }
    const m = c.monetaryValueHoldout;
    if (typeof m === 'number' && Number.isFinite(m)) {
      if (monetary === null) monetary = new Float64Array(n).fill(Number.NaN);
      monetary[i] = m;
    }
  }
  return { frequency, monetary };
}
