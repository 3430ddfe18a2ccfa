import { assertInteger } from '../core/validate/assertInteger';
import { formatEpochDay } from './formatEpochDay';

/** Epoch day of 0000-01-01 and of 9999-12-31. @internal */
const MIN_DAY = -719_528;
const MAX_DAY = 2_932_896;

/**
 * Converts whole days since 1970-01-01 back to an ISO calendar date string: 9862 → `'1997-01-01'`.
 *
 * @remarks
 * The inverse of {@link toEpochDay}, in integer arithmetic (proleptic Gregorian calendar, no `Date`, no
 * time zone). O(1).
 *
 * @param epochDay - An integer from −719,528 (0000-01-01) to 2,932,896 (9999-12-31).
 * @returns The date as `'yyyy-mm-dd'`.
 * @throws `INVALID_ARGUMENT` when `epochDay` is not an integer in that range.
 * @example
 * ```ts
 * fromEpochDay(0); // '1970-01-01'
 * fromEpochDay(9862); // '1997-01-01'
 * fromEpochDay(-1); // '1969-12-31'
 * ```
 * @see Hinnant, H. (2013). chrono-Compatible Low-Level Date Algorithms.
 * https://howardhinnant.github.io/date_algorithms.html
 */
export function fromEpochDay(epochDay: number): string {
  assertInteger('fromEpochDay', 'epochDay', epochDay, MIN_DAY, MAX_DAY);
  return formatEpochDay(epochDay);
}
