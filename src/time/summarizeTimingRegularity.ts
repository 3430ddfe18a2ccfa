import { EmptyInputError } from '../core/errors/EmptyInputError';
import { InvalidArgumentError } from '../core/errors/InvalidArgumentError';
import { allRowsRejected } from './internal/allRowsRejected';
import { readSummaryRows } from './internal/readSummaryRows';
import { timingClock } from './internal/timingClock';
import { resolveSummaryOptions } from './resolveSummaryOptions';
import { summarizeCore } from './summarizeCore';
import type { CustomerTiming, TimingRegularitySummary } from './timingRegularityTypes';
import type { SummaryOptions, TransactionRow } from './types';

/**
 * Summarises the purchase timing of each customer of a transaction log: `litt`, the sum of the log
 * inter-purchase times that the MBG/CNBD-k model needs, and the Wheat & Morrison estimate of a shared
 * regularity.
 *
 * @remarks
 * Same rows, options and conventions as {@link summarizeTransactions} (same-day merge, or same period with
 * `mergeBy: 'unit'`; returns are not purchases; only purchases up to the calibration end; rows it rejects
 * are rejected here with the same reasons). For a customer with purchase times `t_0 < t_1 < … < t_x` in
 * calibration, measured in the summary's unit from the first purchase exactly as `recency` is (so that
 * `Σ (t_j − t_{j−1}) = recency`), `litt = Σ_{j=1}^{x} ln(t_j − t_{j−1})` (0 when `x = 0`), the statistic of
 * the Erlang-k timing term `(k−1)·litt` of the MBG/CNBD-k likelihood (Platzer & Reutterer 2016; BTYDplus's
 * `elog2cbs` column `litt`). Join it to a summary with {@link withTimingRegularity} (by `customerId`).
 *
 * Regularity check (Wheat & Morrison 1990): for each customer with at least two inter-purchase times in
 * calibration, `M = s₁/(s₁+s₂)` of the last two is `Beta(k, k)` when the times are Gamma(k) with a shared
 * `k`, so `Var(M) = 1/(4(2k+1))` and `k̂ = (1 − 4V)/(8V)`. Here `V` is the mean of `(M − ½)²`: both orders
 * of the pair count (BTYDplus's `estimateRegularity` draws one at random), so the estimate is deterministic.
 * `k̂` near 1 supports exponential timing (MBG/NBD); clearly above 1, regular timing (try `fitMbgCnbdK`).
 *
 * O(n log n) for the per-customer sort of the purchase days, plus the cost of `summarizeTransactions`'s
 * checks. The input is not modified.
 *
 * @param transactions - Rows `{ customerId, date, amount, returned? }`, or rows with other field names
 *   mapped by `options.fields` (as for `summarizeTransactions`).
 * @param options - The options of `summarizeTransactions` (unit, merge rule, calibration and observation end, …).
 * @returns `{ customers, rejected, regularity, options }`: one `{ customerId, frequency, litt }` per customer
 *   with a purchase in calibration, sorted by `customerId`.
 * @throws `EMPTY_INPUT` when `transactions` is empty.
 * @throws `ALL_ROWS_REJECTED` when every row is rejected.
 * @throws `INVALID_ARGUMENT` for an invalid option or a non-array, as `summarizeTransactions` does.
 * @example
 * ```ts
 * const log = [
 *   { customerId: 'a', date: '1997-01-01', amount: 10 },
 *   { customerId: 'a', date: '1997-01-01', amount: 5 }, // same day: merged
 *   { customerId: 'a', date: '1997-01-15', amount: 20 },
 *   { customerId: 'a', date: '1997-02-12', amount: 7 },
 *   { customerId: 'b', date: '1997-02-05', amount: 9 },
 * ];
 * const timing = summarizeTimingRegularity(log, { unit: 'week' });
 * timing.customers;
 * // [{ customerId: 'a', frequency: 2, litt: 2.0794415416798357 },  // ln 2 + ln 4 (weeks)
 * //  { customerId: 'b', frequency: 0, litt: 0 }]
 * ```
 * @see Platzer, M. & Reutterer, T. (2016). Ticking away the moments: Timing regularity helps to better predict
 * customer activity. Marketing Science 35(5), 779–799. doi:10.1287/mksc.2015.0963
 * @see Wheat, R. D. & Morrison, D. G. (1990). Estimating purchase regularity with two interpurchase times.
 * Journal of Marketing Research 27(1), 87–93. doi:10.1177/002224379002700108
 */
export function summarizeTimingRegularity<Id extends string | number = string | number>(
  transactions: readonly TransactionRow<Id>[] | readonly object[],
  options?: SummaryOptions,
): TimingRegularitySummary<Id> {
  const fn = 'summarizeTimingRegularity';
  if (!Array.isArray(transactions)) throw new InvalidArgumentError(fn, 'transactions', 'must be an array', transactions);
  const n = transactions.length;
  if (n === 0) throw new EmptyInputError(fn, 'transactions');
  const settings = resolveSummaryOptions(fn, options);
  const read = readSummaryRows<Id>(fn, transactions, settings);
  const { customer, epochDay, amountMinor, ids } = read;
  const readerBad = read.bad === null ? null : read.bad.slice();
  const amountKey = settings.fields.amount;
  const source = {
    dayField: 'date',
    amountField: 'amount',
    amountOf: (i: number) => (transactions[i] as Record<string, unknown>)[amountKey],
  } as const;
  // The summary itself: the same rejections (after the observation end, unmatched returns) and settings.
  const summary = summarizeCore<Id>(n, customer, epochDay, amountMinor, read.bad, ids, ids.length, settings, read.rejected, source, false);
  if (summary.rejected.length === n) throw allRowsRejected(fn, transactions, summary.rejected, settings.fields);

  // Purchase days in calibration, grouped by customer (counting sort), each group sorted.
  let maxDay = Number.NEGATIVE_INFINITY;
  for (let i = 0; i < n; i++) if ((readerBad === null || readerBad[i] === 0) && (epochDay[i] as number) > maxDay) maxDay = epochDay[i] as number;
  const observationEnd = settings.observationEnd ?? maxDay;
  const calibrationEnd = Math.min(settings.calibrationEnd ?? observationEnd, observationEnd);
  const count = new Int32Array(ids.length + 1);
  const isPurchase = (i: number): boolean =>
    (readerBad === null || readerBad[i] === 0) && (amountMinor[i] as number) >= 0 && (epochDay[i] as number) <= calibrationEnd;
  for (let i = 0; i < n; i++) if (isPurchase(i)) count[(customer[i] as number) + 1]! += 1;
  for (let c = 0; c < ids.length; c++) count[c + 1]! += count[c] as number;
  const days = new Int32Array(count[ids.length] as number);
  const next = count.slice(0, ids.length);
  for (let i = 0; i < n; i++) if (isPurchase(i)) days[next[customer[i] as number]!++] = epochDay[i] as number;

  const clock = timingClock(settings);
  const customers: CustomerTiming<Id>[] = [];
  let squares = 0;
  let pairs = 0;
  for (let c = 0; c < ids.length; c++) {
    const from = count[c] as number;
    const to = count[c + 1] as number;
    if (from === to) continue;
    const own = days.subarray(from, to).sort();
    const first = own[0] as number;
    let lastKey = clock.key(first);
    let lastPosition = 0;
    let frequency = 0;
    let litt = 0;
    let previousGap = Number.NaN;
    let gap = Number.NaN;
    for (let j = 1; j < own.length; j++) {
      const d = own[j] as number;
      const key = clock.key(d);
      if (key === lastKey) continue;
      const position = clock.position(first, d);
      previousGap = gap;
      gap = position - lastPosition;
      litt += Math.log(gap);
      frequency++;
      lastKey = key;
      lastPosition = position;
    }
    if (frequency >= 2) {
      const m = previousGap / (previousGap + gap);
      squares += (m - 0.5) * (m - 0.5);
      pairs++;
    }
    customers.push({ customerId: ids[c] as Id, frequency, litt });
  }
  customers.sort((p, q) => compareIds(p.customerId, q.customerId));
  const V = pairs === 0 ? 0 : squares / pairs;
  const k = pairs >= 2 && V > 0 ? (1 - 4 * V) / (8 * V) : null;
  return { customers, rejected: summary.rejected, regularity: { k, customers: pairs }, options: summary.options };
}

/** Ascending identifier order: numbers numerically, before strings, which compare by code units. */
function compareIds(a: string | number, b: string | number): number {
  if (typeof a === 'number') return typeof b === 'number' ? a - b : -1;
  if (typeof b === 'number') return 1;
  return a < b ? -1 : a > b ? 1 : 0;
}
