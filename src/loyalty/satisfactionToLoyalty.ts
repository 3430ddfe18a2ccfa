import { InvalidArgumentError } from '../core/errors/InvalidArgumentError';
import { resolveConfidence } from '../satisfaction/internal/resolveConfidence';
import { wilsonInterval } from '../satisfaction/internal/wilsonInterval';
import { formatEpochDay } from '../time/formatEpochDay';
import { indexTransactionsAs } from '../time/internal/indexTransactionsAs';
import { readCustomerId } from '../time/internal/readCustomerId';
import { parseCalendarDay } from '../time/parseCalendarDay';
import type { RejectedRecord, TransactionColumns, TransactionIndex, TransactionInputRow } from '../time/types';
import { customerLookup, type IdLookup } from './internal/customerLookup';
import { countUpTo, maxRowsPerCustomer, writePurchaseDays } from './internal/purchaseDayBuffers';
import { logRatioInterval } from './internal/ratioEstimate';
import { assertOptionsObject, readDays, readPeriod } from './internal/readOptionsObject';

/** One survey response as {@link satisfactionToLoyalty} reads it: the `SurveyResponse` record of `clientele/schemas` fits. */
export interface SurveyInputRow {
  /** The respondent, matched to the transactions' `customerId`. */
  readonly respondentId: string | number;
  /** Day of the response: `'yyyy-mm-dd'`, `'yyyymmdd'` or a `Date` read at UTC. */
  readonly date?: string | Date | undefined;
  /** Answers by item. */
  readonly answers: Readonly<Record<string, number | string | boolean>>;
}

/** A satisfaction level: an answer value as given (`5`, `'very satisfied'`). */
export type SatisfactionLevel = number | string;

/** Options of {@link satisfactionToLoyalty}. */
export interface SatisfactionToLoyaltyOptions {
  /** The satisfaction item (a key of `answers`). */
  readonly item: string;
  /** Its levels, lowest to highest, as the answers hold them (numeric strings match numeric levels). */
  readonly levels: readonly SatisfactionLevel[];
  /** Responses dated in `[from, to]` count; purchases are seen up to `to`. */
  readonly period: { readonly from: string | Date; readonly to: string | Date };
  /** `W`: repurchase means a purchase on one of the `W` days after the response day; integer ≥ 1. */
  readonly withinDays: number;
  /** The level on top of the ratio (default the highest). */
  readonly top?: SatisfactionLevel;
  /** The level it is compared with (default the one below `top`). */
  readonly compareTo?: SatisfactionLevel;
  /** Confidence level of the intervals (default 0.95). */
  readonly confidenceLevel?: number;
  /** Minor digits of the amounts (default 2, or the currency's). */
  readonly minorDigits?: number;
  /** ISO 4217 currency of the transactions. */
  readonly currency?: string;
}

/** Repurchase after the responses of one satisfaction level. */
export interface SatisfactionLevelRepurchase {
  /** The level. */
  readonly level: SatisfactionLevel;
  /** Responses at this level from customers found in the transactions. */
  readonly responses: number;
  /** Of them, too late to tell: response day + `W` after `period.to` (censored, not counted). */
  readonly censored: number;
  /** Decidable responses: `responses − censored`. */
  readonly n: number;
  /** Of them, followed by a purchase within `W` days. */
  readonly repurchased: number;
  /** `repurchased / n`; `null` when `n` is 0. */
  readonly rate: number | null;
  /** Wilson score interval of the rate; `null` when `n` is 0. */
  readonly interval: { readonly lower: number; readonly upper: number } | null;
}

/** The result of {@link satisfactionToLoyalty}. */
export interface SatisfactionToLoyaltyResult {
  /** One row per level, in the order of `levels`. */
  readonly levels: SatisfactionLevelRepurchase[];
  /** `rate(top) / rate(compareTo)` with the delta-method interval of its log; `null`s with the reason. */
  readonly ratio: {
    readonly top: SatisfactionLevel;
    readonly compareTo: SatisfactionLevel;
    readonly ratio: number | null;
    readonly interval: { readonly lower: number; readonly upper: number } | null;
    readonly reason: string | null;
  };
  /** Valid responses whose respondent has no transaction (not counted). */
  readonly notFound: { readonly index: number; readonly respondentId: string }[];
  /** Responses left out, with the reason. */
  readonly rejected: RejectedRecord[];
  /** Transaction rows left out by `indexTransactions`. */
  readonly rejectedTransactions: readonly RejectedRecord[];
  /** The settings used. */
  readonly settings: {
    readonly item: string;
    readonly period: { readonly from: string; readonly to: string };
    readonly withinDays: number;
    readonly confidenceLevel: number;
    readonly repurchase: string;
  };
}

/** The checked levels, top and comparison positions. @internal */
function readLevels(fn: string, options: SatisfactionToLoyaltyOptions): { top: number; other: number } {
  const levels = options.levels;
  if (!Array.isArray(levels) || levels.length < 2) throw new InvalidArgumentError(fn, 'options.levels', 'must be an array of at least 2 levels', levels);
  levels.forEach((l, i) => {
    if (!(typeof l === 'string' || (typeof l === 'number' && Number.isFinite(l)))) throw new InvalidArgumentError(fn, `options.levels[${i}]`, 'must be a finite number or a string', l);
    if (levels.indexOf(l) !== i) throw new InvalidArgumentError(fn, `options.levels[${i}]`, 'must not repeat a level', l);
  });
  const top = options.top === undefined ? levels.length - 1 : levels.indexOf(options.top);
  if (top < 0) throw new InvalidArgumentError(fn, 'options.top', 'must be one of `options.levels`', options.top);
  const other = options.compareTo === undefined ? top - 1 : levels.indexOf(options.compareTo);
  if (other < 0 || other === top) throw new InvalidArgumentError(fn, 'options.compareTo', 'must be another of `options.levels`', options.compareTo ?? levels[top]);
  return { top, other };
}

/** The position of `answer` in `levels` (numeric strings match numbers), or −1. @internal */
function levelOf(levels: readonly SatisfactionLevel[], answer: unknown): number {
  const at = levels.indexOf(answer as SatisfactionLevel);
  if (at >= 0 || typeof answer !== 'string' || answer.trim() === '') return at;
  const n = Number(answer);
  return Number.isFinite(n) ? levels.indexOf(n) : -1;
}

/** A valid response: customer position (−1 when not found), day, level; or the reason it is refused. @internal */
function readResponse(
  row: unknown,
  options: SatisfactionToLoyaltyOptions,
  lookup: IdLookup,
  from: number,
  to: number,
): Omit<RejectedRecord, 'index'> | { id: string; customer: number; day: number; level: number } {
  if (typeof row !== 'object' || row === null) return { field: 'row', reason: 'must be an object', value: row };
  const r = row as Record<string, unknown>;
  const id = readCustomerId(r['respondentId']);
  if (id === null) return { field: 'respondentId', reason: 'must be a non-blank string or a safe integer', value: r['respondentId'] };
  const day = parseCalendarDay(r['date']);
  if (Number.isNaN(day)) return { field: 'date', reason: 'must be a valid calendar date (yyyy-mm-dd, yyyymmdd or a Date)', value: r['date'] };
  if (day < from || day > to) return { field: 'date', reason: 'is outside the period', value: r['date'] };
  const answers = r['answers'];
  const answer = typeof answers === 'object' && answers !== null ? (answers as Record<string, unknown>)[options.item] : undefined;
  const level = levelOf(options.levels, answer);
  if (level < 0) return { field: `answers.${options.item}`, reason: 'must be one of `options.levels`', value: answer };
  return { id, customer: lookup.get(id) ?? -1, day, level };
}

/**
 * Repurchase rate by satisfaction level: survey answers joined to the purchases that FOLLOW them, with
 * Wilson intervals, and the ratio of the top level's rate to another's with its interval — the
 * satisfaction–loyalty link measured rather than assumed.
 *
 * @remarks
 * A response of customer `i` on day `s` is decidable when `s + W ≤ period.to`, and repurchased when `i`
 * has a purchase (a non-return row) on a day in `(s, s + W]`. Per level `ℓ`: `rate_ℓ = repurchased / n`
 * with the Wilson (1927) score interval. Ratio of the top level `a` to the compared level `b`:
 * `RR = rate_a / rate_b`, interval `exp(ln RR ± z·se)` with
 * `se² = (1 − rate_a)/(n_a rate_a) + (1 − rate_b)/(n_b rate_b)` (Katz et al. 1978's log method). Jones &
 * Sasser (1995) report for Xerox that "totally satisfied" customers were six times as likely to
 * repurchase within 18 months as "satisfied" ones; this measures the ratio on your own data, with `W`
 * explicit. Each response counts once (a respondent answering twice counts twice).
 *
 * Respondents with no transaction are listed in `notFound` (not counted); responses that are not objects,
 * lack a valid date, fall outside the period, or whose answer is not one of `levels` are listed in
 * `rejected`. O(rows + responses · log rows).
 *
 * @param surveys - Survey responses ({@link SurveyInputRow}).
 * @param transactions - Transaction rows, columns or a `TransactionIndex` (see `indexTransactions`).
 * @param options - `item`, `levels`, `period`, `withinDays`, `top`, `compareTo`, `confidenceLevel`.
 * @returns A {@link SatisfactionToLoyaltyResult}.
 * @throws `INVALID_ARGUMENT` for an invalid option (repeated levels, a `top` or `compareTo` not among them,
 *   ...), or when `surveys` is not an array.
 * @example
 * ```ts
 * const t = [
 *   { customerId: 'a', date: '2024-02-10', amount: 5 },
 *   { customerId: 'b', date: '2024-05-01', amount: 5 },
 * ];
 * const s = [
 *   { respondentId: 'a', date: '2024-02-01', answers: { sat: 5 } },
 *   { respondentId: 'b', date: '2024-02-01', answers: { sat: 4 } },
 * ];
 * const r = satisfactionToLoyalty(s, t, { item: 'sat', levels: [1, 2, 3, 4, 5], period: { from: '2024-01-01', to: '2024-06-30' }, withinDays: 30 });
 * r.levels.map((l) => l.rate); // [null, null, null, 0, 1]
 * ```
 * @see Jones, T. O. & Sasser, W. E. (1995). Why satisfied customers defect. Harvard Business Review,
 * 73(6), 88–99. https://hbr.org/1995/11/why-satisfied-customers-defect
 * @see Oliver, R. L. (1999). Whence consumer loyalty? Journal of Marketing, 63 (special issue), 33–44.
 * https://doi.org/10.1177/00222429990634s105
 */
export function satisfactionToLoyalty(
  surveys: readonly SurveyInputRow[],
  transactions: readonly TransactionInputRow[] | TransactionColumns | TransactionIndex,
  options: SatisfactionToLoyaltyOptions,
): SatisfactionToLoyaltyResult {
  const fn = 'satisfactionToLoyalty';
  assertOptionsObject(fn, options);
  if (typeof options.item !== 'string' || options.item.length === 0) throw new InvalidArgumentError(fn, 'options.item', 'must be a non-empty string', options.item);
  const { top, other } = readLevels(fn, options);
  const { from, to } = readPeriod(fn, options.period);
  const w = readDays(fn, 'options.withinDays', options.withinDays, 1);
  const { level: confidenceLevel, z } = resolveConfidence(fn, options.confidenceLevel);
  if (!Array.isArray(surveys)) throw new InvalidArgumentError(fn, 'surveys', 'must be an array of survey responses', surveys);
  const money = { ...(options.minorDigits === undefined ? {} : { minorDigits: options.minorDigits }), ...(options.currency === undefined ? {} : { currency: options.currency }) };
  const index = indexTransactionsAs(fn, transactions, money);
  const lookup = customerLookup(index.customerIds);
  const L = options.levels.length;
  const counts = { responses: new Float64Array(L), censored: new Float64Array(L), repurchased: new Float64Array(L) };
  const rejected: RejectedRecord[] = [];
  const notFound: { index: number; respondentId: string }[] = [];
  const size = maxRowsPerCustomer(index) + 1;
  const days = new Int32Array(size);
  const spend = new Float64Array(size);
  surveys.forEach((row, i) => {
    const r = readResponse(row, options, lookup, from as number, to);
    if (!('level' in r)) return void rejected.push({ index: i, ...r });
    if (r.customer < 0) return void notFound.push({ index: i, respondentId: r.id });
    counts.responses[r.level] = (counts.responses[r.level] as number) + 1;
    if (r.day + w > to) return void (counts.censored[r.level] = (counts.censored[r.level] as number) + 1);
    const n = writePurchaseDays(index, r.customer, to, days, spend);
    const after = countUpTo(days, n, r.day);
    if (after < n && (days[after] as number) <= r.day + w) counts.repurchased[r.level] = (counts.repurchased[r.level] as number) + 1;
  });
  const levels = options.levels.map((level, l): SatisfactionLevelRepurchase => {
    const responses = counts.responses[l] as number;
    const censored = counts.censored[l] as number;
    const n = responses - censored;
    const repurchased = counts.repurchased[l] as number;
    return { level, responses, censored, n, repurchased, rate: n > 0 ? repurchased / n : null, interval: n > 0 ? wilsonInterval(repurchased / n, n, z) : null };
  });
  const a = levels[top] as SatisfactionLevelRepurchase;
  const b = levels[other] as SatisfactionLevelRepurchase;
  const ratio =
    a.rate === null || b.rate === null
      ? { ratio: null, interval: null, reason: 'a level of the ratio has no decidable response' }
      : logRatioInterval(a.rate, b.rate, Math.sqrt((a.rate > 0 ? (1 - a.rate) / a.repurchased : 0) + (b.rate > 0 ? (1 - b.rate) / b.repurchased : 0)), z);
  return {
    levels,
    ratio: { top: a.level, compareTo: b.level, ...ratio },
    notFound,
    rejected,
    rejectedTransactions: index.rejected,
    settings: {
      item: options.item,
      period: { from: formatEpochDay(from as number), to: formatEpochDay(to) },
      withinDays: w,
      confidenceLevel,
      repurchase: 'a purchase on one of the withinDays days after the response day',
    },
  };
}
