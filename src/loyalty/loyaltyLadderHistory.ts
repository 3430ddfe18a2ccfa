import { InvalidArgumentError } from '../core/errors/InvalidArgumentError';
import { segmentMigration, type SegmentMigrationResult } from '../segmentation/segmentMigration';
import { indexTransactionsAs } from '../time/internal/indexTransactionsAs';
import { parseCalendarDay } from '../time/parseCalendarDay';
import { loyaltyLadder, type LoyaltyLadderOptions, type LoyaltyLadderRecords, type LoyaltyLadderResult } from './loyaltyLadder';

/** Options of {@link loyaltyLadderHistory}: the ladder's rules and the dates to read it at. */
export interface LoyaltyLadderHistoryOptions extends Omit<LoyaltyLadderOptions, 'asOf'> {
  /** Two or more dates, strictly increasing (`'yyyy-mm-dd'` or `Date`). */
  readonly dates: readonly (string | Date)[];
}

/** Result of {@link loyaltyLadderHistory}. */
export interface LoyaltyLadderHistoryResult {
  /** The ladder at each date, in date order. */
  readonly ladders: readonly LoyaltyLadderResult[];
  /**
   * The stage-to-stage movements between consecutive dates (`segmentMigration` with the stages ordered
   * from advocacy down to doubt, so a move up the ladder is a promotion); customers first known at the
   * later date are new.
   */
  readonly transitions: readonly ({ readonly from: string; readonly to: string } & SegmentMigrationResult)[];
}

/** The ladder's rungs from the top (the order `segmentMigration` reads as best first). @internal */
const STAGES_BEST_FIRST = ['advocacy', 'repeatPurchase', 'firstPurchase', 'expectation', 'doubt'];

/**
 * The loyalty ladder read at several dates: stage counts per date and the stage-to-stage transition
 * matrix between consecutive dates, so that moving customers up the ladder is measured.
 *
 * @remarks
 * Calls {@link loyaltyLadder} at each date (the transactions are indexed once) and `segmentMigration` of
 * `clientele/segmentation` between consecutive ladders, with the rungs ordered advocacy > repeat purchase >
 * first purchase > expectation > doubt: a promotion is a move up. Lapsing is a flag, not a rung, so a
 * lapsed repeat buyer who stays a repeat buyer is `unchanged`; compare `ladders[k].stages[s].lapsed` across
 * dates for the lapse counts. O(d · n log n) for `d` dates.
 *
 * @param records - As for {@link loyaltyLadder}.
 * @param options - `dates` (two or more, increasing) and the ladder's rules.
 * @returns The ladder at each date and the migration between each pair of consecutive dates.
 * @throws `INVALID_ARGUMENT` when fewer than two dates are given, a date is invalid or the dates do not
 *   increase; and as {@link loyaltyLadder}.
 * @example
 * ```ts
 * const h = loyaltyLadderHistory(
 *   {
 *     transactions: [
 *       { customerId: 'a', date: '2024-01-10', amount: 10 },
 *       { customerId: 'a', date: '2024-02-10', amount: 10 },
 *       { customerId: 'b', date: '2024-02-20', amount: 10 },
 *     ],
 *   },
 *   { dates: ['2024-01-31', '2024-02-29'] },
 * );
 * h.ladders.map((l) => l.stages.repeatPurchase.count); // [0, 1]
 * h.transitions[0]?.promotions; // { count: 1, rate: 1 }  (a: first purchase → repeat purchase)
 * h.transitions[0]?.newCustomers.count; // 1  (b)
 * ```
 * @see Christopher, M., Payne, A. & Ballantyne, D. (1991). Relationship Marketing. Butterworth-Heinemann.
 * @see Pfeifer, P. E. & Carraway, R. L. (2000). Modeling customer relationships as Markov chains. Journal of
 * Interactive Marketing 14(2), 43–55.
 */
export function loyaltyLadderHistory(records: LoyaltyLadderRecords, options: LoyaltyLadderHistoryOptions): LoyaltyLadderHistoryResult {
  const fn = 'loyaltyLadderHistory';
  if (typeof options !== 'object' || options === null) throw new InvalidArgumentError(fn, 'options', 'must be an object with dates', options);
  const dates = options.dates;
  if (!Array.isArray(dates) || dates.length < 2) throw new InvalidArgumentError(fn, 'options.dates', 'must list at least two dates', dates);
  const days = dates.map((d, k) => {
    const day = parseCalendarDay(d);
    if (Number.isNaN(day)) throw new InvalidArgumentError(fn, `options.dates[${k}]`, 'must be a calendar date (yyyy-mm-dd or a Date)', d);
    return day;
  });
  days.forEach((d, k) => {
    if (k > 0 && d <= (days[k - 1] as number)) throw new InvalidArgumentError(fn, `options.dates[${k}]`, 'must be after the date before it', dates[k]);
  });
  if (typeof records !== 'object' || records === null) throw new InvalidArgumentError(fn, 'records', 'must be an object with transactions', records);
  const { dates: _dates, ...rules } = options;
  void _dates;
  const transactions = indexTransactionsAs(fn, records.transactions, options.minorDigits === undefined ? undefined : { minorDigits: options.minorDigits });
  const ladders = dates.map((asOf) => loyaltyLadder({ ...records, transactions }, { ...rules, asOf }));
  const snapshot = (l: LoyaltyLadderResult) => l.customers.map((c) => ({ customerId: c.customerId, segment: c.stage }));
  const transitions = ladders.slice(1).map((after, k) => {
    const before = ladders[k] as LoyaltyLadderResult;
    return { from: before.asOf, to: after.asOf, ...segmentMigration(snapshot(before), snapshot(after), { order: STAGES_BEST_FIRST }) };
  });
  return { ladders, transitions };
}
