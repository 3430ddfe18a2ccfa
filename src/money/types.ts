/**
 * Shared option and result types of `clientele/money`.
 */

/**
 * How a value is rounded to the minor unit.
 *
 * - `'half-even'`: ties go to the even neighbour (banker's rounding; unbiased over many roundings).
 *   2.345 → 2.34, 2.355 → 2.36, −2.345 → −2.34.
 * - `'half-up'`: ties go away from zero (the schoolbook rule). 2.345 → 2.35, −2.345 → −2.35.
 * - `'half-down'`: ties go towards zero. 2.345 → 2.34, −2.345 → −2.34.
 * - `'up'` away from zero, `'down'` towards zero (truncation), `'ceiling'` towards +∞, `'floor'` towards −∞.
 */
export type RoundingMode = 'half-even' | 'half-up' | 'half-down' | 'up' | 'down' | 'ceiling' | 'floor';

/**
 * Which currency, or how many minor digits, an amount is expressed in. Give at most one of the two that
 * disagree: `currency` is looked up in the ISO 4217 table of {@link currencyMinorDigits}; `minorDigits`
 * states the number of decimal places directly (0–15). Neither: 2 minor digits (cents).
 */
export interface MoneyOptions {
  /** ISO 4217 alphabetic code, e.g. `'USD'` (2 digits), `'JPY'` (0), `'KWD'` (3). Case-insensitive. */
  readonly currency?: string;
  /** Number of minor digits (decimal places of the minor unit), an integer 0–15. */
  readonly minorDigits?: number;
}

/** The exact total of a list of amounts, as returned by {@link sumMoney}. */
export interface MoneyTotal {
  /** The exact sum as a decimal string with exactly `minorDigits` decimals, e.g. `'1000000.00'`. */
  readonly total: string;
  /** The same sum as the nearest float64, for arithmetic that need not be exact (models, charts). */
  readonly value: number;
  /** Number of amounts summed. */
  readonly count: number;
  /** Minor digits of the amounts and of `total`. */
  readonly minorDigits: number;
}
