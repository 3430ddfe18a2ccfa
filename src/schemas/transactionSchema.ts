import type { z } from 'zod';
import { fields } from './internal/fieldKinds';
import { provenanceShape } from './internal/provenanceShape';
import { defineRecord } from './internal/defineRecord';
import { mergeAttributes } from './internal/mergeAttributes';

const transactionSpec = {
  /** The buying customer's code: a string, or an integer or bigint written as a string. */
  customerId: fields.id(),
  /** Calendar date of the purchase, `'yyyy-mm-dd'` (no time zone). */
  date: fields.date(),
  /**
   * Value of the transaction in major units (e.g. dollars), as a normalised decimal string exactly as
   * given (`'12.30'`): exact to feed `clientele/money` and the transaction summary; `Number(amount)` for
   * float arithmetic. Negative only when `returned` is `true`.
   */
  amount: fields.amount(),
  /** ISO 4217 code of the amounts (upper case), when the row says. */
  currency: fields.optionalCurrency(),
  /** Order (invoice, receipt) identifier; several rows may share one. */
  orderId: fields.optionalId(),
  /** Product (SKU, article, category) bought. */
  product: fields.optionalText(),
  /** Quantity bought: a finite number (fractional for goods sold by weight); negative only when returned. */
  quantity: fields.optionalNumber(),
  /** Sales channel, e.g. `'web'`, `'store'`, `'dealer'` (free text, a grouping key). */
  channel: fields.optionalText(),
  /** Discount given on this transaction, in major units, ≥ 0 (decimal string). */
  discount: fields.optionalNonNegativeAmount(),
  /** Cost of the goods and service sold, in major units, ≥ 0 (decimal string). */
  cost: fields.optionalNonNegativeAmount(),
  /** Gross margin (amount − cost, or as the source reports it), in major units, any sign (decimal string). */
  margin: fields.optionalAmount(),
  /** Whether the row is a return (a refund or reversal of an earlier sale). */
  returned: fields.optionalBoolean(),
  ...provenanceShape,
};

/** The transaction record's schema and fast parser. @internal */
export const transactionRecord = defineRecord(transactionSpec, (out, extras, sink) => {
  mergeAttributes(out, extras);
  if (out['returned'] === true) return;
  for (const key of ['amount', 'quantity'] as const) {
    const v = out[key];
    if ((typeof v === 'string' && v.charCodeAt(0) === 45) || (typeof v === 'number' && v < 0)) {
      sink.addIssue({ code: 'custom', path: [key], message: 'must not be negative unless `returned` is true', input: v });
    }
  }
});

/**
 * The zod schema of one {@link Transaction}: it reads a row as a CSV reader or a CRM export gives it and
 * returns the normalised record.
 *
 * @remarks
 * Conventions (the same in every record schema):
 * - Dates become ISO calendar dates `'yyyy-mm-dd'` with no time zone. Accepted: `'yyyy-mm-dd'` (a time
 *   and offset after it are checked, then ignored: `'2024-01-31T23:30:00Z'` and
 *   `'2024-01-31T23:30:00-05:00'` are both 2024-01-31), `'yyyymmdd'`, the integer `yyyymmdd`, and a `Date`,
 *   read at its UTC calendar date (`new Date('2024-01-31')` is 2024-01-31 everywhere; a `Date` made at
 *   local midnight east of UTC reads as the previous day: use the parsers' `dateObjects: 'local'`).
 *   Impossible dates (`'2023-02-29'`) are refused.
 * - Amounts become normalised plain decimal strings (sign and leading zeros tidied, fraction digits kept
 *   as written) so that no precision is lost; numbers are read as their shortest round-trip decimal.
 *   Thousands separators (`'1,234.50'`), decimal commas, currency signs and exponents are refused.
 * - Identifiers become strings (`42` → `'42'`); strings are trimmed.
 * - Optional cells that are missing, `null`, `''` or blank are left out of the record.
 * - Columns the schema does not know are kept under `attributes`.
 *
 * A negative `amount` or `quantity` is accepted only when `returned` is `true`: an unflagged negative
 * sale is more often an export error than a refund. A return may carry either sign, as systems differ.
 *
 * Cost: one pass over the row's keys; no `Date` is created.
 *
 * @example
 * ```ts
 * transactionSchema.parse({ customerId: 7, date: '20240131', amount: '012.30', store: 'Lyon' });
 * // { customerId: '7', date: '2024-01-31', amount: '12.30', attributes: { store: 'Lyon' } }
 * transactionSchema.safeParse({ customerId: 7, date: '2023-02-29', amount: 5 }).success; // false
 * ```
 */
export const transactionSchema = transactionRecord.schema;

/**
 * One purchase (or return) line of a customer: the behavioural record of the source documents, from which
 * recency, frequency, spend, margins and return rates are computed. The output of
 * {@link transactionSchema} and {@link parseTransactions}.
 */
export type Transaction = z.output<typeof transactionSchema>;

/** A row that {@link transactionSchema} accepts (before normalisation); unknown columns are allowed. */
export type TransactionInput = z.input<typeof transactionSchema>;
