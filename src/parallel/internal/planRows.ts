import type { PurchaseFitLike } from '../../clv/customerLifetimeValue';
import { groupCustomers } from '../../clv/internal/groupCustomers';
import { holdoutColumns } from '../../clv/internal/holdoutColumns';
import { readScoredCustomers } from '../../clv/internal/readScoredCustomers';
import { spendColumn } from '../../clv/internal/spendColumn';
import type { ScoreCustomersOptions, ScoreInputCustomer } from '../../clv/scoreCustomers';
import type { ModelParams, SpendCustomer, SummarizedData } from '../../clv/types';
import { summaryOriginOf } from '../../time/internal/summaryOrigin';
import { probeScore, taskOf } from './probeScore';
import type { ScorePlan } from './probeScore';

/**
 * Plans the score of row objects: reads them as `scoreCustomers` does (validation, rejected records,
 * duplicated ids, order), checks the options on the first valid customer (`probeScore`), groups the
 * customers by distinct history and copies the histories into columns. `undefined` when no customer is
 * valid or the score is left to one thread; throws when `scoreCustomers` would. @internal
 */
export function planRows<C extends ScoreInputCustomer>(
  fit: PurchaseFitLike<ModelParams>,
  customers: readonly C[] | SummarizedData<C>,
  list: readonly C[],
  options: ScoreCustomersOptions,
): ScorePlan | undefined {
  const spend = options.spend;
  const needsSpend = spend !== null && typeof spend === 'object' && 'params' in spend;
  const read = readScoredCustomers('scoreCustomers', list, needsSpend, options.order ?? 'customerId');
  const n = read.list.length;
  if (n === 0) return undefined;
  const summary = Array.isArray(customers) ? summaryOriginOf(list) : (customers as SummarizedData<C>).options;
  const first = read.list[0] as C;
  const probe = probeScore(fit, summary === undefined ? [first] : { customers: [first], options: summary }, options, needsSpend);
  if (probe === undefined) return undefined;
  const groups = groupCustomers(read.list);
  const distinct = groups === undefined ? read.list : groups.representatives;
  const R = distinct.length;
  const frequency = new Float64Array(R);
  const recency = new Float64Array(R);
  const T = new Float64Array(R);
  for (let i = 0; i < R; i++) {
    const c = distinct[i] as C;
    frequency[i] = c.frequency;
    recency[i] = c.recency;
    T[i] = c.T;
  }
  return {
    ids: read.ids,
    rejected: read.rejected,
    groupOf: groups?.groupOf,
    settings: probe.settings,
    task: taskOf(probe, options, frequency, recency, T),
    own: () => ({
      spend: spendColumn(probe.settings.spend, spend, n, read.list as unknown as readonly SpendCustomer[]),
      holdout: holdoutColumns(n, (i) => read.list[i]?.frequencyHoldout, (i) => read.list[i]?.monetaryValueHoldout),
    }),
  };
}
