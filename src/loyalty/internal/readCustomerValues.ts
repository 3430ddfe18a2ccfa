import { InvalidArgumentError } from '../../core/errors/InvalidArgumentError';
import { readCustomerId } from '../../time/internal/readCustomerId';
import type { RejectedRecord } from '../../time/types';

/** Any finite number. @internal */
const FINITE = { test: () => true, text: 'must be a finite number' };

/** Valid `{ customerId, <field> }` rows as parallel lists sorted by id, and the rows left out. @internal */
export interface CustomerValues {
  readonly ids: string[];
  readonly values: number[];
  readonly rejected: RejectedRecord[];
}

/**
 * Reads rows `{ customerId, [field]: number }`: a row without an identifier or with a non-finite value is
 * rejected with its index; every row of a customer that appears more than once is rejected (keeping one
 * would depend on row order). The result is sorted by identifier, so it does not depend on row order.
 * @internal
 */
export function readCustomerValues(
  fn: string,
  argument: string,
  rows: unknown,
  field: string,
  rule: { readonly test: (v: number) => boolean; readonly text: string } = FINITE,
): CustomerValues {
  if (!Array.isArray(rows)) throw new InvalidArgumentError(fn, argument, 'must be an array of rows', rows);
  const byId = new Map<string, number>();
  const duplicated = new Set<string>();
  const rejected: RejectedRecord[] = [];
  for (let i = 0; i < rows.length; i++) {
    const row = rows[i] as Record<string, unknown> | null | undefined;
    if (typeof row !== 'object' || row === null) {
      rejected.push({ index: i, field: 'row', reason: `must be an object with customerId and ${field}`, value: row });
      continue;
    }
    const id = readCustomerId(row['customerId']);
    if (id === null) {
      rejected.push({ index: i, field: 'customerId', reason: 'must be a non-blank string or a safe integer', value: row['customerId'] });
      continue;
    }
    const value = row[field];
    if (typeof value !== 'number' || !Number.isFinite(value) || !rule.test(value)) {
      rejected.push({ index: i, field, reason: rule.text, value });
      continue;
    }
    if (byId.has(id)) {
      duplicated.add(id);
      continue;
    }
    byId.set(id, i);
  }
  if (duplicated.size > 0) rejectDuplicates(rows, field, duplicated, rejected, rule.test);
  const ids = [...byId.keys()].filter((id) => !duplicated.has(id)).sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
  return { ids, values: ids.map((id) => (rows[byId.get(id) as number] as Record<string, number>)[field] as number), rejected };
}

/** Rejects every valid row of the customers that appear more than once, in index order. @internal */
function rejectDuplicates(
  rows: readonly unknown[],
  field: string,
  duplicated: ReadonlySet<string>,
  rejected: RejectedRecord[],
  test: (v: number) => boolean,
): void {
  for (let i = 0; i < rows.length; i++) {
    const row = rows[i] as Record<string, unknown> | null;
    if (typeof row !== 'object' || row === null) continue;
    const id = readCustomerId(row['customerId']);
    const value = row[field];
    if (id === null || !duplicated.has(id) || typeof value !== 'number' || !Number.isFinite(value) || !test(value)) continue;
    rejected.push({ index: i, field: 'customerId', reason: 'appears more than once: give one row per customer', value: row['customerId'] });
  }
  rejected.sort((a, b) => a.index - b.index);
}
