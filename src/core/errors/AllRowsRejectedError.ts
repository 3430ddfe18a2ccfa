import { ClienteleError } from './ClienteleError';

/**
 * Every input row was rejected, so there is nothing to compute from: the message gives the count, the
 * first reasons and, when the rows use other field names, how to map them. Code `ALL_ROWS_REJECTED`.
 *
 * @remarks
 * `value` holds the first rejections (`{ index, field, reason, value }`), `rowCount` the number of rows.
 *
 * @example
 * ```ts
 * const e = new AllRowsRejectedError('summarizeTransactions', 'transactions', 2, [
 *   { index: 0, field: 'customerId', reason: 'is missing (no property `customerId`)', value: undefined },
 * ]);
 * e.code; // 'ALL_ROWS_REJECTED'
 * e.message; // '`summarizeTransactions`: every row of `transactions` was rejected (2 of 2); first: [0] `customerId` is missing (no property `customerId`)'
 * ```
 */
export class AllRowsRejectedError extends ClienteleError {
  /** Number of input rows (all rejected). */
  readonly rowCount: number;

  constructor(
    fn: string,
    argument: string,
    rowCount: number,
    first: readonly { readonly index: number; readonly field: string; readonly reason: string; readonly value: unknown }[],
    hint = '',
  ) {
    const reasons = first.map((r) => `[${r.index}] \`${r.field}\` ${r.reason}`).join('; ');
    const rule = `every row of \`${argument}\` was rejected (${rowCount} of ${rowCount}); first: ${reasons}${hint === '' ? '' : `. ${hint}`}`;
    super('ALL_ROWS_REJECTED', `\`${fn}\`: ${rule}`, { fn, argument, rule, value: first });
    this.name = 'AllRowsRejectedError';
    this.rowCount = rowCount;
  }
}
