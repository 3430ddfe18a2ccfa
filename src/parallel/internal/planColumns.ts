import type { PurchaseFitLike } from '../../clv/customerLifetimeValue';
import { holdoutColumns } from '../../clv/internal/holdoutColumns';
import { spendColumn } from '../../clv/internal/spendColumn';
import type { ScoreCustomersOptions } from '../../clv/scoreCustomers';
import type { ModelParams, SpendCustomer } from '../../clv/types';
import type { ScoreCustomerColumns } from '../scoreCustomersInParallel';
import { groupColumns } from './groupColumns';
import { probeScore, taskOf } from './probeScore';
import type { ScorePlan } from './probeScore';
import { customerRow, readCustomerColumns } from './readCustomerColumns';

/** Customers whose Gamma-Gamma spend is computed in one call (a block of small objects at a time). */
const SPEND_BLOCK = 4096;

/**
 * Plans the score of customers given as columns, as `planRows` plans the equivalent row objects but
 * without making one: the entries are read and validated in typed loops (`readCustomerColumns`), the
 * options checked on the first valid customer (`probeScore`), the histories gathered in output order into
 * `Float64Array`s and grouped (`groupColumns`). `undefined` when no customer is valid or the score is left
 * to one thread; throws when `scoreCustomers` would on the equivalent rows. @internal
 */
export function planColumns(fit: PurchaseFitLike<ModelParams>, columns: ScoreCustomerColumns, options: ScoreCustomersOptions): ScorePlan | undefined {
  const spend = options.spend;
  const needsSpend = spend !== null && typeof spend === 'object' && 'params' in spend;
  const read = readCustomerColumns(columns, needsSpend, options.order ?? 'customerId');
  const { index } = read;
  const n = index.length;
  if (n === 0) return undefined;
  const first = customerRow(columns, index[0] as number);
  const summary = columns.options;
  const probe = probeScore(fit, summary === undefined ? [first] : { customers: [first], options: summary }, options, needsSpend);
  if (probe === undefined) return undefined;
  const whole = n === columns.customerIds.length && isIdentity(index); // all valid, in output order
  const frequency = whole ? asFloat64(columns.frequency) : gather(columns.frequency, index);
  const recency = whole ? asFloat64(columns.recency) : gather(columns.recency, index);
  const T = whole ? asFloat64(columns.T) : gather(columns.T, index);
  const groups = groupColumns(frequency, recency, T);
  const task =
    groups === undefined
      ? taskOf(probe, options, frequency, recency, T)
      : taskOf(probe, options, gather(frequency, groups.first), gather(recency, groups.first), gather(T, groups.first));
  const { frequencyHoldout, monetaryValueHoldout } = columns;
  return {
    ids: read.ids,
    rejected: read.rejected,
    groupOf: groups?.groupOf,
    settings: probe.settings,
    task,
    own: () => ({
      spend: probe.settings.spend === 'gammaGamma' ? gammaGammaSpend(columns, frequency, index, options) : spendColumn(probe.settings.spend, spend, n, []),
      holdout: holdoutColumns(
        n,
        frequencyHoldout === undefined ? () => undefined : (i) => frequencyHoldout[index[i] as number],
        monetaryValueHoldout === undefined ? () => undefined : (i) => monetaryValueHoldout[index[i] as number],
      ),
    }),
  };
}

/** Whether `index[k] = k` for every `k`. */
function isIdentity(index: Int32Array): boolean {
  for (let k = 0; k < index.length; k++) if (index[k] !== k) return false;
  return true;
}

/**
 * A column of valid numbers in input order as a `Float64Array`: the caller's own when it is one (it is
 * only read: the chunks sent to the workers are copies), else a copy.
 */
function asFloat64(column: ArrayLike<number>): Float64Array {
  return column instanceof Float64Array ? column : Float64Array.from(column);
}

/** `column[index[k]]` for every `k`, as a new `Float64Array` (the entries are numbers: they were validated). */
function gather(column: ArrayLike<number>, index: Int32Array): Float64Array {
  const out = new Float64Array(index.length);
  for (let k = 0; k < index.length; k++) out[k] = column[index[k] as number] as number;
  return out;
}

/** Gamma-Gamma's expected spend of each customer, by `spendColumn` on blocks of small objects. */
function gammaGammaSpend(columns: ScoreCustomerColumns, frequency: Float64Array, index: Int32Array, options: ScoreCustomersOptions): Float64Array {
  const n = index.length;
  const monetary = columns.monetaryValue as ArrayLike<number>;
  const out = new Float64Array(n);
  for (let from = 0; from < n; from += SPEND_BLOCK) {
    const to = Math.min(n, from + SPEND_BLOCK);
    const block: SpendCustomer[] = [];
    for (let k = from; k < to; k++) block.push({ frequency: frequency[k] as number, monetaryValue: monetary[index[k] as number] as number });
    out.set(spendColumn('gammaGamma', options.spend, to - from, block) as Float64Array, from);
  }
  return out;
}
