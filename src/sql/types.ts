/**
 * Option and result types of `clientele/sql`.
 */
import type { MergeBy, MonthLength, ReturnPolicy, TimeUnit } from '../time/types';

/** The SQL engines whose dialect `summarizeTransactionsSql` writes. */
export type SqlDialect = 'duckdb' | 'postgres' | 'bigquery' | 'snowflake' | 'spark';

/**
 * What the SQL does with returns (rows with a negative amount). Only `'drop'` is available in SQL: the
 * rows are left out and counted in `rejected`, as `summarizeTransactions` does with `returns: 'drop'`.
 * Its default, `'net'` (a return lowers the customer's latest purchase on or before its day), and
 * `'refuse'` are computed by `summarizeTransactions` only.
 */
export type ReturnsPolicy = 'drop';

/** The columns of the transaction table (names as stored; see `table` for the quoting rules). */
export interface TransactionTableColumns {
  /** Customer identifier column (any type; it is read as text). Default `'customer_id'`. */
  readonly customerId?: string;
  /** Purchase date column: a `DATE`, a `TIMESTAMP` (its date is used) or ISO `'yyyy-mm-dd'` text. Default `'date'`. */
  readonly date?: string;
  /** Amount column, in major units (`amountUnit: 'major'`) or integer minor units (`'minor'`). Default `'amount'`. */
  readonly amount?: string;
}

/** Options of `summarizeTransactionsSql`: those of `summarizeTransactions` plus where the data live. */
export interface WarehouseSummaryOptions {
  /** The SQL dialect to write. */
  readonly dialect: SqlDialect;
  /**
   * The transaction table or view: a name, or a qualified name `schema.table` / `project.dataset.table`.
   * Each part must match `[A-Za-z_][A-Za-z0-9_]*` (BigQuery also allows `-` in a project name); it is
   * quoted in the dialect's way (`"part"`, or `` `part` `` for BigQuery and Spark), so give it as stored
   * (Postgres folds unquoted names to lower case, Snowflake to upper case).
   */
  readonly table: string;
  /** Column names (defaults `customer_id`, `date`, `amount`); the same rules as `table`, one part each. */
  readonly columns?: TransactionTableColumns;
  /**
   * Whether `amount` holds major units (`'major'`, default: dollars, a `DECIMAL` or a `DOUBLE`) or integer
   * minor units (`'minor'`: cents).
   */
  readonly amountUnit?: 'major' | 'minor';
  /**
   * Last day of observation (inclusive), `'yyyy-mm-dd'`, `'yyyymmdd'` or a `Date` read at UTC: later rows
   * are rejected. Default: the last day in the table.
   */
  readonly observationEnd?: string | Date;
  /** Last day of calibration (inclusive), as `observationEnd`; with it, the holdout columns are computed. */
  readonly calibrationEnd?: string | Date;
  /** Time unit of recency, age and holdout duration (default `'day'`). */
  readonly unit?: TimeUnit;
  /**
   * Required when `unit` is `'month'`: 30 or 30.4375 days, or `'calendar'` (supported only with
   * `mergeBy: 'unit'`, where times are whole calendar months).
   */
  readonly monthLength?: MonthLength;
  /** Which purchases merge into one (default `'day'`), as in `summarizeTransactions`. */
  readonly mergeBy?: MergeBy;
  /** ISO 4217 currency of the amounts, for their number of minor digits. */
  readonly currency?: string;
  /** Minor digits of the amounts (default 2, or the currency's). */
  readonly minorDigits?: number;
  /**
   * What a negative amount is: `'drop'` (the default in SQL, and the only policy available there; see
   * {@link ReturnsPolicy}). `'net'` and `'refuse'` are refused with a message.
   */
  readonly returns?: ReturnPolicy;
}

/** The settings the SQL was written with, defaults filled in (dates as `'yyyy-mm-dd'`). */
export interface WarehouseSummarySettings {
  /** The dialect. */
  readonly dialect: SqlDialect;
  /** The table, as given. */
  readonly table: string;
  /** The column names used. */
  readonly columns: Required<TransactionTableColumns>;
  /** Major or minor units in `amount`. */
  readonly amountUnit: 'major' | 'minor';
  /** The time unit. */
  readonly unit: TimeUnit;
  /** Days per unit (1, 7, 30, 30.4375, n); `null` for calendar months. */
  readonly unitDays: number | null;
  /** The month length when `unit` is `'month'`, else `null`. */
  readonly monthLength: MonthLength | null;
  /** The merge rule. */
  readonly mergeBy: MergeBy;
  /** Calibration end, or `null` without a holdout. */
  readonly calibrationEnd: string | null;
  /** Observation end, or `null` when it is the last day in the table. */
  readonly observationEnd: string | null;
  /** Minor digits of the amounts. */
  readonly minorDigits: number;
  /** The returns policy. */
  readonly returns: ReturnsPolicy;
}

/**
 * The SQL texts of a warehouse summary: each is one `SELECT` statement (with `WITH`), without a trailing
 * semicolon, ready to run on the dialect's engine.
 */
export interface WarehouseSummarySql {
  /**
   * One row per customer with a purchase in calibration, ordered by `customer_id`. Columns:
   * `customer_id` (text), `frequency`, `recency`, `t` (the age `T`), `monetary_value` (float, major
   * units), `first_purchase_minor`, `total_spend_minor`, `repeat_spend_minor` (exact integer minor units),
   * `transaction_count`, `first_purchase_day`, `last_purchase_day` (whole days since 1970-01-01); with
   * `calibrationEnd` also `frequency_holdout`, `holdout_spend_minor` and `duration_holdout`.
   */
  readonly summary: string;
  /**
   * The compressed form for fitting: one row per distinct `(frequency, recency, t)` with `weight`, the
   * number of customers who share it, ordered by `frequency, recency, t`.
   */
  readonly histogram: string;
  /**
   * Customers whose first purchase is after the calibration end: `customer_id`, `first_purchase_day`,
   * `transaction_count`. Empty without `calibrationEnd`.
   */
  readonly notInCalibration: string;
  /**
   * One row counting the rows left out, one column per rule: `missing_customer_id`, `missing_date`,
   * `invalid_amount` (missing, or not a whole number of minor units), `after_observation_end`,
   * `excluded_returns` (negative amounts, left out by `returns: 'drop'`); and `last_day`, the last day (days since 1970-01-01) of the rows kept, which is the
   * observation end when none is given (`NULL` when no row is kept).
   */
  readonly rejected: string;
  /** The settings used. */
  readonly options: WarehouseSummarySettings;
}
