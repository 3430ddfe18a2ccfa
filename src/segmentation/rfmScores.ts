import { EmptyInputError } from '../core/errors/EmptyInputError';
import { InvalidArgumentError } from '../core/errors/InvalidArgumentError';
import { resolveMinorDigits } from '../money/resolveMinorDigits';
import { formatEpochDay } from '../time/formatEpochDay';
import { indexTransactionsAs } from '../time/internal/indexTransactionsAs';
import { parseCalendarDay } from '../time/parseCalendarDay';
import type { TransactionIndex, TransactionInputRow } from '../time/types';
import { readRfmTotals } from './internal/rfm/readRfmTotals';
import { readRfmTransactions } from './internal/rfm/readRfmTransactions';
import { resolveRfmBinning, type ResolvedBinning } from './internal/rfm/resolveRfmBinning';
import type { RfmColumns } from './internal/rfm/rfmColumns';
import { scoreRfmDimension } from './internal/rfm/scoreRfmDimension';
import type { RfmCustomerScore, RfmCustomerTotals, RfmScoresOptions, RfmScoresResult } from './rfmTypes';

const FN = 'rfmScores';

/** The checked options. @internal */
interface Settings {
  readonly analysisDay: number;
  readonly recency: ResolvedBinning;
  readonly frequency: ResolvedBinning;
  readonly monetary: ResolvedBinning;
  readonly frequencyConvention: 'rows' | 'days';
  readonly returns: 'net' | 'exclude';
  readonly digits: number;
}

/** One of `allowed` or the default; throws otherwise. @internal */
function oneOf<T extends string>(path: string, value: unknown, allowed: readonly T[]): T {
  if (value === undefined) return allowed[0] as T;
  if (!allowed.includes(value as T)) throw new InvalidArgumentError(FN, path, `must be ${allowed.map((a) => `'${a}'`).join(' or ')}`, value);
  return value as T;
}

/** Checks the options object. @internal */
function resolveSettings(options: RfmScoresOptions): Settings {
  if (typeof options !== 'object' || options === null) {
    throw new InvalidArgumentError(FN, 'options', 'must be an object with an analysisDate', options);
  }
  const analysisDay = parseCalendarDay(options.analysisDate);
  if (Number.isNaN(analysisDay)) {
    throw new InvalidArgumentError(FN, 'options.analysisDate', 'must be a calendar date (yyyy-mm-dd, yyyymmdd or a Date)', options.analysisDate);
  }
  if (options.bins !== undefined && typeof options.bins !== 'number') {
    throw new InvalidArgumentError(FN, 'options.bins', 'must be an integer 1-9', options.bins);
  }
  const bins = resolveRfmBinning(FN, 'options.bins', options.bins, 5).bins;
  return {
    analysisDay,
    recency: resolveRfmBinning(FN, 'options.recencyBins', options.recencyBins, bins),
    frequency: resolveRfmBinning(FN, 'options.frequencyBins', options.frequencyBins, bins),
    monetary: resolveRfmBinning(FN, 'options.monetaryBins', options.monetaryBins, bins),
    frequencyConvention: oneOf('options.frequency', options.frequency, ['rows', 'days'] as const),
    returns: oneOf('options.returns', options.returns, ['net', 'exclude'] as const),
    digits: resolveMinorDigits(FN, {
      ...(options.minorDigits === undefined ? {} : { minorDigits: options.minorDigits }),
      ...(options.currency === undefined ? {} : { currency: options.currency }),
    }),
  };
}

/** Whether an array holds per-customer totals (its first object row has `frequency` or `monetary`). @internal */
function holdsTotals(input: readonly unknown[]): boolean {
  for (const row of input) {
    if (typeof row === 'object' && row !== null) return 'monetary' in row || 'frequency' in row;
  }
  return true;
}

/** The customer rows of the result. @internal */
function buildRows(columns: RfmColumns, scores: readonly [Uint8Array, Uint8Array, Uint8Array], digits: number): RfmCustomerScore[] {
  const scale = 10 ** digits;
  const [r, f, m] = scores;
  const out = new Array<RfmCustomerScore>(columns.ids.length);
  for (let i = 0; i < out.length; i++) {
    const day = columns.lastDay[i] as number;
    const minor = columns.monetaryMinor[i] as number;
    const rs = r[i] as number;
    const fs = f[i] as number;
    const ms = m[i] as number;
    out[i] = {
      customerId: columns.ids[i] as string,
      recencyDays: columns.recencyDays[i] as number,
      lastPurchaseDate: Number.isNaN(day) ? null : formatEpochDay(day),
      frequency: columns.frequency[i] as number,
      monetary: minor / scale,
      monetaryMinor: minor,
      recencyScore: rs,
      frequencyScore: fs,
      monetaryScore: ms,
      score: 100 * rs + 10 * fs + ms,
    };
  }
  return out;
}

/**
 * Recency, frequency and monetary scores of every customer at an explicit analysis date, by the
 * conventions of the R package `rfm` unless told otherwise.
 *
 * @remarks
 * Raw values at the analysis date `D`: recency = `D − last purchase date` in days; frequency = order
 * rows (R `rfm`; or distinct purchase days with `frequency: 'days'`); monetary = total spend. Each
 * dimension is cut into `n` bins (default 5). The R `rfm` default takes the thresholds
 * `b_k = Q₇(values, k/n) + 1` (type-7 sample quantile, Hyndman & Fan 1996, Definition 7), bins
 * `[min, b_1), [b_1, b_2), …, [b_{n−1}, max + 1)`; a value's bin is `1 + #{k : b_k ≤ v}`; F and M score
 * their bin, recency is reversed (`n + 1 − bin`: the most recent score `n`); `score = 100 R + 10 F + M`.
 * The `+ 1` is R's device for integer data (an integer equal to the quantile stays in the lower bin); it
 * is one day, one purchase and one major currency unit. Quantiles are formed with R's own arithmetic
 * (`p_k = k·(1/n)`, no fuzz), so values lying on a threshold fall as they do in R. Equal values always
 * share a score; bins can be unequal or empty.
 *
 * Other binnings per dimension (`recencyBins`, `frequencyBins`, `monetaryBins`): a bin count; an array
 * of `n − 1` breaks used as given (R's custom thresholds, no `+ 1`); `{ method: 'equalCount' }`: SQL
 * `NTILE(n)` on the values sorted by value and then customer id, so ties are broken by id and never by
 * row order; `{ method: 'fixed', upperBounds }`: upper-inclusive business bounds (recency ≤ 7, 30, 90,
 * 180 days …).
 *
 * Input: per-customer totals (R `rfm_table_customer`: `recencyDays` or `lastPurchaseDate`, `frequency`,
 * `monetary`) or transactions (R `rfm_table_order`: rows or a `TransactionIndex`). In transactions a
 * return row is not a purchase: it counts in neither frequency nor recency, and is netted out of monetary
 * value unless `returns: 'exclude'`; rows after `D` are rejected, and so is a customer with only returns.
 * Bad rows, duplicate customer ids (all their rows) and dates after `D` are listed in `rejected`; they are
 * never dropped silently. Money is read exactly as integer minor units.
 *
 * Cost: O(N) reading plus one sort of N numbers per quantile or equal-count dimension; scoring is a scan
 * of at most 8 thresholds per value. Results do not depend on input row order.
 *
 * @param input - Per-customer totals ({@link RfmCustomerTotals}), transaction rows, or a `TransactionIndex`.
 * @param options - `analysisDate` (required), `bins`, per-dimension binnings, `frequency`, `returns`,
 *   `minorDigits`, `currency`.
 * @returns Per customer the raw values, scores and `score` (sorted by customer id), the binning used per
 *   dimension (thresholds and customers per score), the conventions, and the rejected rows.
 * @throws `INVALID_ARGUMENT` when `options` or `options.analysisDate` is missing or invalid, a bin count
 *   is not an integer 1–9, breaks are not ascending finite numbers, `frequency`, `returns`, `minorDigits`
 *   or `currency` is invalid, or the input is neither an array nor a transaction index.
 * @throws `EMPTY_INPUT` when no customer can be scored.
 * @example
 * ```ts
 * const r = rfmScores(
 *   [
 *     { customerId: 'a', recencyDays: 3, frequency: 9, monetary: 410 },
 *     { customerId: 'b', recencyDays: 40, frequency: 2, monetary: '55.50' },
 *     { customerId: 'c', recencyDays: 200, frequency: 1, monetary: 20 },
 *     { customerId: 'd', lastPurchaseDate: '2024-06-15', frequency: 4, monetary: 120 },
 *   ],
 *   { analysisDate: '2024-06-30', bins: 2 },
 * );
 * r.customers.map((c) => c.score); // [222, 111, 111, 222]
 * r.recency.breaks; // [28.5]  (median 27.5, + 1)
 * r.monetary.breaks; // [88.75]
 * r.customers[3]?.recencyDays; // 15
 * ```
 * @see Hughes, A. M. (1994). Strategic Database Marketing. Probus.
 * @see Hyndman, R. J. & Fan, Y. (1996). Sample quantiles in statistical packages. The American
 *   Statistician 50(4), 361–365. https://doi.org/10.1080/00031305.1996.10473566
 * @see Hebbali, A. rfm: Recency, Frequency and Monetary Value Analysis, R package version 0.3.0.
 *   https://github.com/rsquaredacademy/rfm
 */
export function rfmScores(
  input: readonly RfmCustomerTotals[] | readonly TransactionInputRow[] | TransactionIndex,
  options: RfmScoresOptions,
): RfmScoresResult {
  const s = resolveSettings(options);
  let columns: RfmColumns;
  let digits = s.digits;
  let currency = options.currency === undefined ? null : options.currency.trim().toUpperCase();
  const totals = Array.isArray(input) && holdsTotals(input);
  if (totals) {
    columns = readRfmTotals(input as readonly RfmCustomerTotals[], s.analysisDay, digits);
  } else {
    const index = indexTransactionsAs('rfmScores', input as readonly TransactionInputRow[] | TransactionIndex, {
      ...(options.minorDigits === undefined ? {} : { minorDigits: options.minorDigits }),
      ...(options.currency === undefined ? {} : { currency: options.currency }),
    });
    if (options.minorDigits !== undefined && options.minorDigits !== index.minorDigits) {
      throw new InvalidArgumentError(FN, 'options.minorDigits', `must agree with the transaction index (${index.minorDigits})`, options.minorDigits);
    }
    digits = index.minorDigits;
    currency = index.currency;
    columns = readRfmTransactions(index, s.analysisDay, s.frequencyConvention, s.returns);
  }
  if (columns.ids.length === 0) throw new EmptyInputError(FN, 'input', 'must hold at least one customer that can be scored');
  const scale = 10 ** digits;
  const money = new Float64Array(columns.monetaryMinor.length);
  for (let i = 0; i < money.length; i++) money[i] = (columns.monetaryMinor[i] as number) / scale;
  const recency = scoreRfmDimension(columns.recencyDays, s.recency, true);
  const frequency = scoreRfmDimension(columns.frequency, s.frequency, false);
  const monetary = scoreRfmDimension(money, s.monetary, false);
  return {
    customers: buildRows(columns, [recency.scores, frequency.scores, monetary.scores], digits),
    recency: recency.bins,
    frequency: frequency.bins,
    monetary: monetary.bins,
    conventions: {
      analysisDate: formatEpochDay(s.analysisDay),
      input: totals ? 'totals' : 'transactions',
      frequency: totals ? 'given' : s.frequencyConvention,
      returns: totals ? null : s.returns,
      minorDigits: digits,
      currency,
      score: '100 R + 10 F + M',
    },
    rejected: columns.rejected,
  };
}
