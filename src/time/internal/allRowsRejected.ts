import { AllRowsRejectedError } from '../../core/errors/AllRowsRejectedError';
import type { RejectedRecord, TransactionFields } from '../types';

/** Name patterns of likely source columns for each field, tried in order. @internal */
const GUESSES: readonly (readonly [keyof TransactionFields, RegExp])[] = [
  ['customerId', /^(customer|client|user|account|member|buyer)[ _-]?(id|no|number|key|code)?$|^(cust|cid)[ _-]?(id)?$/i],
  ['date', /date|time|day|created|ordered|^ts$/i],
  ['amount', /amount|total|value|revenue|price|sales|spend|sum|dollar/i],
];

/**
 * A hint for a log whose rows lack the looked-up fields: the properties the first object row has, and a
 * guessed `options.fields` mapping when each missing field has a plausible column. Empty when the first
 * object row has every field. @internal
 */
function mappingHint(rows: readonly unknown[], fields: Required<TransactionFields>): string {
  const first = rows.find((r) => r !== null && typeof r === 'object') as Record<string, unknown> | undefined;
  if (first === undefined) return '';
  const missing = (['customerId', 'date', 'amount'] as const).filter((name) => !(fields[name] in first));
  if (missing.length === 0) return '';
  const keys = Object.keys(first);
  const guess: string[] = [];
  for (const name of missing) {
    const pattern = GUESSES.find(([field]) => field === name)?.[1];
    const column = pattern === undefined ? undefined : keys.find((k) => pattern.test(k));
    if (column !== undefined) guess.push(`${name}: '${column}'`);
  }
  const shown = keys.slice(0, 12).join(', ') + (keys.length > 12 ? ', ...' : '');
  const example = guess.length === missing.length ? `, e.g. \`options.fields\` = { ${guess.join(', ')} }` : '';
  return `The rows have the properties ${shown === '' ? '(none)' : shown} but not ${missing.map((m) => fields[m]).join(', ')}: map the field names with \`options.fields\`${example}`;
}

/**
 * The `ALL_ROWS_REJECTED` error of a summary or index whose every row was rejected: the count, the first
 * three reasons and, when the rows use other field names, the mapping that reads them. @internal
 */
export function allRowsRejected(
  fn: string,
  rows: readonly unknown[] | null,
  rejected: readonly RejectedRecord[],
  fields: Required<TransactionFields> | null,
): AllRowsRejectedError {
  const hint = rows === null || fields === null ? '' : mappingHint(rows, fields);
  const argument = rows === null ? 'columns' : 'transactions';
  return new AllRowsRejectedError(fn, argument, rejected.length, rejected.slice(0, 3), hint);
}
