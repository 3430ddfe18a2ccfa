/**
 * Option and result types shared by the parsers of `clientele/schemas`.
 */
import type { DataSource } from './dataSourceKinds';

/** One reason a row was rejected: the field, the rule it breaks and the value it holds. */
export interface RejectionReason {
  /**
   * The offending field as a path: `'amount'`, `'answers.q1'`, `'attributes["a b"]'`; `''` when the row
   * itself is wrong (not an object).
   */
  readonly path: string;
  /** The rule broken, e.g. `'must be a valid calendar date'` or `'is required'`. */
  readonly rule: string;
  /** The offending value as found in the row (not a copy). */
  readonly value: unknown;
  /** The reason as a sentence: `` `date` must be a valid calendar date, got "2023-02-29" ``. */
  readonly message: string;
}

/** A row left out of the records, with every reason found. */
export interface RejectedRow {
  /** Index of the row in the input array. */
  readonly index: number;
  /** The row as given (the same reference, never modified). */
  readonly row: unknown;
  /** Why the row was rejected: one reason per broken rule, in field order; never empty. */
  readonly reasons: RejectionReason[];
}

/**
 * What a parser returns: the valid rows as records, in input order, and every other row with its index
 * and reasons, in input order. `records.length + rejected.length` is the number of rows.
 */
export interface ParseResult<T> {
  /** The valid rows, normalised. */
  readonly records: T[];
  /** The invalid rows, by increasing index. */
  readonly rejected: RejectedRow[];
}

/** Options of every parser. */
export interface ParseOptions {
  /**
   * How a JavaScript `Date` in a date field is read: `'utc'` (default), its UTC calendar date, right for
   * `Date`s made from ISO strings or UTC timestamps (`new Date('2024-01-31')`); or `'local'`, its calendar
   * date in the machine's time zone, right for `Date`s made at local midnight (`new Date(2024, 0, 31)`,
   * many spreadsheet and database drivers). Strings are never affected.
   */
  readonly dateObjects?: 'utc' | 'local';
  /** The data source stamped on every record that has none of its own. */
  readonly source?: DataSource;
}

/** Options of {@link parseSurveyResponses}. */
export interface SurveyParseOptions extends ParseOptions {
  /**
   * The answer columns of a wide (one column per item) row. Omitted: every column that is not a known
   * field is an answer. Given: only these columns are answers, and other unknown columns go to
   * `attributes`. Ignored for rows that carry an `answers` object.
   */
  readonly items?: readonly string[];
}
