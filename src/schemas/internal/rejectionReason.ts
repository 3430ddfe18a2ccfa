import { formatValue } from '../../core/errors/formatValue';
import type { RejectionReason } from '../types';
import { formatPath } from './formatPath';

/** The value at `path` in `row`, or `undefined`. @internal */
function valueAt(row: unknown, path: readonly PropertyKey[]): unknown {
  let v = row;
  for (const key of path) {
    if (typeof v !== 'object' || v === null || !Object.prototype.hasOwnProperty.call(v, key)) return undefined;
    v = (v as Record<PropertyKey, unknown>)[key];
  }
  return v;
}

/**
 * A rejection reason from an issue (zod's or the fast parser's): path as text, the rule, the value as found
 * in the row and the sentence `` `path` rule, got value ``. @internal
 */
export function rejectionReason(row: unknown, path: readonly PropertyKey[], rule: string): RejectionReason {
  const value = valueAt(row, path);
  const text = formatPath(path);
  const subject = text.length === 0 ? 'row' : `\`${text}\``;
  return { path: text, rule, value, message: `${subject} ${rule}, got ${formatValue(value)}` };
}
