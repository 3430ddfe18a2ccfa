/**
 * Option, input and result types of `clientele/time`.
 */

/**
 * The unit in which recency, age and holdout duration are reported: `'day'`, `'week'` (7 days),
 * `'month'` (with an explicit {@link MonthLength}) or a number of days (e.g. `14`, `365.25`).
 */
export type TimeUnit = 'day' | 'week' | 'month' | number;

/**
 * What a month is when `unit` is `'month'`: 30 days, 30.4375 days (365.25/12, the mean Julian month), or
 * `'calendar'` (whole calendar months plus the elapsed fraction of the next one). The peers disagree, so
 * clientele makes the caller choose.
 */
export type MonthLength = 30 | 30.4375 | 'calendar';

/**
 * Which purchases of a customer become one purchase (valued at their sum):
 * - `'day'` (default): those on the same calendar day. Times are measured in days and divided by the
 *   unit length, so recency and age are fractional (`30.43` weeks).
 * - `'unit'`: those in the same calendar period of the unit: the same day, ISO week (Monday to Sunday),
 *   calendar month (for `'month'`, whatever the month length), or block of `n` days counted from
 *   1970-01-01 (for a numeric unit). Recency, age and holdout duration are then whole numbers of periods
 *   (period of the last purchase minus period of the first), as lifetimes does with `freq='W'`. Coarser
 *   periods merge more purchases and so lower the frequency.
 *
 * There is no "merge nothing": two purchases on one day would then be a repeat purchase at recency 0,
 * breaking the rule that recency is 0 exactly when frequency is 0.
 */
export type MergeBy = 'day' | 'unit';

/**
 * What a summary does with returns and refunds: rows with a negative amount (or, for row objects,
 * `returned: true`, whose amount is then taken as negative whatever its sign).
 * - `'net'` (default): a return is not a purchase; its amount is subtracted from the customer's latest
 *   purchase on or before its day, in the same period (calibration or holdout). A return with no such
 *   purchase is rejected with the reason.
 * - `'drop'`: returns are left out of the summary and listed in `rejected` with the reason.
 * - `'refuse'`: the first return throws `INVALID_ARGUMENT` naming the row.
 */
export type ReturnPolicy = 'net' | 'drop' | 'refuse';

/**
 * How a `Date` object becomes a calendar date:
 * - `'strict'` (default): its UTC calendar date, except that a `Date` at local midnight whose UTC date is
 *   another day (a `Date` built from local fields, `new Date(2024, 0, 1)`, on a machine east of UTC) is
 *   rejected with the reason, since reading it at UTC would move it to the previous day.
 * - `'utc'`: its UTC calendar date, always (`new Date('2024-01-01')` is 2024-01-01 on every machine).
 * - `'local'`: its calendar date in the machine's time zone (`new Date(2024, 0, 1)` is 2024-01-01 on the
 *   machine that built it; the same instant may be another day elsewhere).
 */
export type DateObjectReading = 'strict' | 'utc' | 'local';

/**
 * The property names under which a row holds each field, when they are not the library's names (a CRM
 * export's `customer_id`, `order_date`, `total`). Each defaults to the library's name.
 */
export interface TransactionFields {
  /** Property of the customer identifier (default `'customerId'`). */
  readonly customerId?: string;
  /** Property of the date (default `'date'`). */
  readonly date?: string;
  /** Property of the amount (default `'amount'`). */
  readonly amount?: string;
  /** Property of the return flag, `true` on a return or refund (default `'returned'`). */
  readonly returned?: string;
}

/** Options of the transaction summary. */
export interface SummaryOptions {
  /**
   * Last day of observation (inclusive): later transactions are rejected. Default: the day of the last
   * valid transaction.
   */
  readonly observationEnd?: string | Date;
  /**
   * Last day of calibration (inclusive), at most `observationEnd`. When given, frequency, recency, age and
   * spend are computed from transactions up to it, the days after it up to `observationEnd` are the holdout
   * period, and each customer gets the holdout fields. Default: no holdout (calibration to
   * `observationEnd`).
   */
  readonly calibrationEnd?: string | Date;
  /** Time unit of recency, age and holdout duration (default `'day'`). */
  readonly unit?: TimeUnit;
  /** Required when `unit` is `'month'`, not allowed otherwise. */
  readonly monthLength?: MonthLength;
  /** Which purchases merge into one (default `'day'`). */
  readonly mergeBy?: MergeBy;
  /**
   * ISO 4217 currency of the amounts, for their number of minor digits; rows that name another
   * `currency` are rejected.
   */
  readonly currency?: string;
  /** Minor digits of the amounts (default 2, or the currency's). */
  readonly minorDigits?: number;
  /**
   * Property names of the row fields when they differ from `customerId`, `date`, `amount`, `returned`
   * (rows only; see {@link TransactionFields}).
   */
  readonly fields?: TransactionFields;
  /** What to do with returns and refunds (default `'net'`; see {@link ReturnPolicy}). */
  readonly returns?: ReturnPolicy;
  /** How `Date` objects are read (default `'strict'`; see {@link DateObjectReading}). */
  readonly dateObjects?: DateObjectReading;
}

/** One transaction as a row object. */
export interface TransactionRow<Id extends string | number = string | number> {
  /**
   * Customer identifier: a non-blank string (trimmed) or a safe integer; `1` and `'1'` are one customer
   * (reported under the form of its first row), as in `indexTransactions` and `parseTransactions`.
   */
  readonly customerId: Id;
  /** Calendar date: `'yyyy-mm-dd'`, `'yyyymmdd'` (a time after it is ignored) or a `Date` read at UTC. */
  readonly date: string | Date;
  /**
   * Value in major units (dollars): a finite number or a decimal string with at most the minor digits. A
   * negative amount is a return (see {@link ReturnPolicy}).
   */
  readonly amount: number | string;
  /** `true` when the row is a return or refund (its amount then counts as negative). */
  readonly returned?: boolean | null | undefined;
  /**
   * ISO 4217 currency of the amount (optional; always read from the property `currency`). A row in
   * another currency than `options.currency` is rejected; without that option, a log whose rows name
   * more than one currency is refused.
   */
  readonly currency?: string | null | undefined;
}

/**
 * Transactions in columns: the fast input form for large logs (a typed array each; plain number arrays
 * work too). All columns have one entry per transaction.
 */
export interface TransactionColumns<Id extends string | number = string | number> {
  /** Customer index of each transaction: an integer ≥ 0 (below `customerIds.length` when given). */
  readonly customer: ArrayLike<number>;
  /** Purchase date as whole days since 1970-01-01 (see `toEpochDay`). */
  readonly epochDay: ArrayLike<number>;
  /** Value in integer minor units (cents), below 2^52 in magnitude; negative for a return. */
  readonly amountMinor: ArrayLike<number>;
  /** Identifier of each customer index; default: the index itself. */
  readonly customerIds?: readonly Id[];
  /** Minor digits of `amountMinor` (default 2); must agree with the options when both are given. */
  readonly minorDigits?: number;
}

/**
 * One customer's purchase history reduced to what the CLV models and RFM need. Fits the
 * `RfmCustomer` shape of `clientele/clv` (`frequency`, `recency`, `T`) and, for repeat buyers, its
 * `SpendCustomer` shape (`frequency`, `monetaryValue`).
 *
 * Money: `totalSpendMinor` is exact (integer minor units, exact below 2^53); the other money fields are
 * float64 numbers in major units for models and charts.
 */
export interface CustomerSummary<Id extends string | number = string | number> {
  /** The customer's identifier, as given. */
  readonly customerId: Id;
  /** Repeat purchases `x`: purchase periods (after merging) in calibration after the first; integer ≥ 0. */
  readonly frequency: number;
  /** Recency `t_x`: first to last purchase in calibration, in units; 0 exactly when `frequency` is 0. */
  readonly recency: number;
  /** Age `T`: first purchase to the calibration end, in units; `recency ≤ T`. */
  readonly T: number;
  /** Mean value `m` of the repeat purchases (first purchase excluded), major units; 0 when `frequency` is 0. */
  readonly monetaryValue: number;
  /** Value of the first purchase (all rows merged into it), major units. */
  readonly firstPurchaseValue: number;
  /** Total spend in calibration, first purchase included, in major units (float64). */
  readonly totalSpend: number;
  /** Total spend in calibration in integer minor units (exact). */
  readonly totalSpendMinor: number;
  /** Rows (before merging) in calibration. */
  readonly transactionCount: number;
  /** Date of the first purchase, `'yyyy-mm-dd'`. */
  readonly firstPurchaseDate: string;
  /** Date of the last purchase in calibration, `'yyyy-mm-dd'`. */
  readonly lastPurchaseDate: string;
  /**
   * Present only on a repeat buyer whose `monetaryValue` is not positive (zero-valued purchases, or
   * returns netted against them): why the Gamma-Gamma spend model must not be fitted on this customer
   * (it needs a positive mean spend). Filter with `c.frequency > 0 && c.spendExcluded === undefined`.
   */
  readonly spendExcluded?: string;
  /** Holdout purchases `x*`: distinct purchase periods in the holdout. Only with `calibrationEnd`. */
  readonly frequencyHoldout?: number;
  /** Mean value of the holdout purchases, major units; 0 when there are none. Only with `calibrationEnd`. */
  readonly monetaryValueHoldout?: number;
  /** Length of the holdout, `(observationEnd − calibrationEnd)` in units. Only with `calibrationEnd`. */
  readonly durationHoldout?: number;
}

/** A customer whose first purchase falls after the calibration end: no calibration record, reported. */
export interface UncalibratedCustomer<Id extends string | number = string | number> {
  /** The customer's identifier. */
  readonly customerId: Id;
  /** Date of the first purchase (in the holdout), `'yyyy-mm-dd'`. */
  readonly firstPurchaseDate: string;
  /** Rows of this customer (all in the holdout). */
  readonly transactionCount: number;
}

/** A transaction left out of the summary, with the reason. */
export interface RejectedTransaction {
  /** Index of the row (or column entry) in the input. */
  readonly index: number;
  /** The offending field: `'row'` when the row itself is not an object. */
  readonly field: 'row' | 'customerId' | 'customer' | 'date' | 'epochDay' | 'amount' | 'amountMinor' | 'returned' | 'currency';
  /** The rule broken, e.g. `'must be a valid calendar date'` or `'is after the observation end 1998-06-30'`. */
  readonly reason: string;
  /** The offending value. */
  readonly value: unknown;
}

/** The settings a summary was computed with, defaults filled in. */
export interface SummarySettings {
  /** The time unit. */
  readonly unit: TimeUnit;
  /** Days per unit (1, 7, 30, 30.4375, n); `null` for calendar months. */
  readonly unitDays: number | null;
  /** The month length when `unit` is `'month'`, else `null`. */
  readonly monthLength: MonthLength | null;
  /** The merge rule. */
  readonly mergeBy: MergeBy;
  /** Calibration end, `'yyyy-mm-dd'`, or `null` without a holdout. */
  readonly calibrationEnd: string | null;
  /** Observation end, `'yyyy-mm-dd'` (given or the last transaction day); `null` when no row is valid. */
  readonly observationEnd: string | null;
  /** Minor digits of the amounts. */
  readonly minorDigits: number;
  /** The return policy applied. */
  readonly returns: ReturnPolicy;
  /** How `Date` objects were read. */
  readonly dateObjects: DateObjectReading;
}

/** The result of `summarizeTransactions` and `summarizeTransactionColumns`. */
export interface TransactionSummary<Id extends string | number = string | number> {
  /** One summary per customer with a purchase in calibration, in order of first appearance (or index). */
  readonly customers: CustomerSummary<Id>[];
  /** Customers first seen after the calibration end (empty without `calibrationEnd`). */
  readonly notInCalibration: UncalibratedCustomer<Id>[];
  /** Rows left out (unreadable, after the observation end, returns dropped or unmatched), in input order, each with its reason. */
  readonly rejected: RejectedTransaction[];
  /** The settings used. */
  readonly options: SummarySettings;
}

/**
 * A record (a transaction, incident, interaction, survey answer or any input row) left out of a result,
 * with the reason: the shape every `rejected` list of `clientele/loyalty` and `clientele/segmentation`
 * uses.
 */
export interface RejectedRecord {
  /** Index of the row in its input array (or column entry). */
  readonly index: number;
  /** The offending field (`'date'`, `'amount'`, ...), or `'row'` when the row itself is not an object. */
  readonly field: string;
  /** The rule broken, e.g. `'must be a valid calendar date (yyyy-mm-dd, yyyymmdd or a Date)'`. */
  readonly reason: string;
  /** The offending value, as given. */
  readonly value: unknown;
}

/**
 * One transaction row as `indexTransactions` reads it: the `Transaction` record of `clientele/schemas`
 * fits, and so does a plain `{ customerId, date, amount }` row.
 */
export interface TransactionInputRow {
  /** Customer identifier: a non-blank string or a safe integer; `1` and `'1'` are the same customer. */
  readonly customerId: string | number;
  /** Calendar date: `'yyyy-mm-dd'` (a time after it is ignored), `'yyyymmdd'`, or a `Date` read at UTC. */
  readonly date: string | Date;
  /** Value in major units: a finite number or a decimal string with at most the minor digits. */
  readonly amount: number | string;
  /** ISO 4217 code of the amounts. */
  readonly currency?: string | undefined;
  /** Order (invoice, receipt) identifier. */
  readonly orderId?: string | number | undefined;
  /** Product or category bought. */
  readonly product?: string | undefined;
  /** Quantity bought, a finite number (negative only on a return). */
  readonly quantity?: number | string | undefined;
  /** Sales channel. */
  readonly channel?: string | undefined;
  /** Discount given on the row, major units, ≥ 0. */
  readonly discount?: number | string | undefined;
  /** Cost of goods and service of the row, major units, ≥ 0. */
  readonly cost?: number | string | undefined;
  /** Whether the row is a return or refund (not a purchase). */
  readonly returned?: boolean | null | undefined;
}

/** Options of `indexTransactions`. */
export interface IndexTransactionsOptions {
  /** Minor digits of the amounts (default 2, or the currency's). */
  readonly minorDigits?: number;
  /**
   * The currency of the log. Rows that name another currency are rejected. Without it, a log whose rows
   * name more than one currency is refused (convert first, or choose one).
   */
  readonly currency?: string;
  /**
   * Property names of `customerId`, `date`, `amount` and `returned` when the rows use others (see
   * {@link TransactionFields}); the other fields keep their names.
   */
  readonly fields?: TransactionFields;
  /** How `Date` objects are read (default `'strict'`; see {@link DateObjectReading}). */
  readonly dateObjects?: DateObjectReading;
}

/**
 * A transaction log read once into columns, grouped by customer and sorted by day: the input that every
 * transaction-based function of `clientele/loyalty` and `clientele/segmentation` accepts in place of rows,
 * so that a log is parsed once however many measures are computed from it.
 *
 * Row `j` (0 ≤ j < `epochDay.length`) of customer `c` lies in `start[c] ≤ j < start[c + 1]`; a customer's
 * rows are sorted by day, then by input index. Optional columns are `null` when no row has the field.
 */
export interface TransactionIndex {
  /** Marks the object as an index (so that it is told apart from an array of rows). */
  readonly kind: 'transactionIndex';
  /** Distinct customer identifiers, sorted ascending (JavaScript string order). */
  readonly customerIds: readonly string[];
  /** Row ranges by customer: length `customerIds.length + 1`. */
  readonly start: Int32Array;
  /** Day of each row, whole days since 1970-01-01. */
  readonly epochDay: Int32Array;
  /** Amount of each row in integer minor units, signed: a return is negative. */
  readonly amountMinor: Float64Array;
  /** 1 when the row is a return or refund (not a purchase), else 0. */
  readonly returned: Uint8Array;
  /** Discount of each row in minor units (0 where a row has none); `null` when no row has one. */
  readonly discountMinor: Float64Array | null;
  /** Cost of each row in minor units (`NaN` where a row has none); `null` when no row has one. */
  readonly costMinor: Float64Array | null;
  /** Quantity of each row (`NaN` where a row has none); `null` when no row has one. */
  readonly quantity: Float64Array | null;
  /** Product of each row (`null` where a row has none); `null` when no row has one. */
  readonly product: readonly (string | null)[] | null;
  /** Order id of each row (`null` where a row has none); `null` when no row has one. */
  readonly orderId: readonly (string | null)[] | null;
  /** Channel of each row (`null` where a row has none); `null` when no row has one. */
  readonly channel: readonly (string | null)[] | null;
  /** Input index of each row. */
  readonly rowIndex: Int32Array;
  /** Minor digits of the amounts. */
  readonly minorDigits: number;
  /** The currency of the log, when known. */
  readonly currency: string | null;
  /** Earliest and latest day of the accepted rows; `null` when no row was accepted. */
  readonly firstDay: number | null;
  /** Latest day of the accepted rows; `null` when no row was accepted. */
  readonly lastDay: number | null;
  /** Number of input rows (accepted and rejected). */
  readonly rowCount: number;
  /** The rows left out, in input order, each with its reason. */
  readonly rejected: readonly RejectedRecord[];
}
