import type { CovariateCoding } from '../types';
import { covariateId } from './covariateId';

/** The levels of one categorical column each customer holds (`starts[i]…starts[i+1]` in `levels`). @internal */
export interface CustomerLevels {
  readonly levelCount: number;
  readonly starts: Int32Array;
  readonly levels: Int32Array;
}

/** Rows by customer id (rows with an invalid id left out: the fit rejects them). @internal */
export function rowsById<R extends { readonly customerId?: unknown }>(rows: readonly R[] | undefined): Map<string, R> {
  const byId = new Map<string, R>();
  for (const row of rows ?? []) {
    const id = row !== null && typeof row === 'object' ? covariateId(row.customerId) : undefined;
    if (id !== undefined) byId.set(id, row);
  }
  return byId;
}

/**
 * For every categorical column of a fit's coding (both processes), the levels each of `n` customers
 * holds in its covariate rows (`rowsOf(process)(i)`: one row for static covariates, one per period for
 * time-varying ones), by the coding's level order. Values that are missing or not a level are skipped
 * (the fit rejects such customers). @internal
 */
export function customerLevels(
  coding: { readonly purchase: CovariateCoding; readonly lifetime: CovariateCoding },
  rowsOf: (process: 'purchase' | 'lifetime') => (i: number) => readonly Readonly<Record<string, unknown>>[],
  n: number,
): CustomerLevels[] {
  const out: CustomerLevels[] = [];
  for (const process of ['purchase', 'lifetime'] as const) {
    const categorical = coding[process].columns.filter((c) => c.kind === 'categorical');
    if (categorical.length === 0) continue;
    const rows = rowsOf(process);
    for (const column of categorical) {
      const index = new Map(column.levels.map((level, k) => [level, k]));
      const starts = new Int32Array(n + 1);
      const levels: number[] = [];
      for (let i = 0; i < n; i++) {
        for (const row of rows(i)) {
          const value = row[column.column];
          const k = value === undefined || value === null ? undefined : index.get(String(value));
          if (k !== undefined) levels.push(k);
        }
        starts[i + 1] = levels.length;
      }
      out.push({ levelCount: column.levels.length, starts, levels: Int32Array.from(levels) });
    }
  }
  return out;
}

/** Whether every level of every categorical column is held by a customer picked (`counts[i] > 0`). @internal */
export function hasEveryLevel(columns: readonly CustomerLevels[], counts: Int32Array): boolean {
  for (const { levelCount, starts, levels } of columns) {
    const seen = new Uint8Array(levelCount);
    let missing = levelCount;
    for (let i = 0; i < counts.length && missing > 0; i++) {
      if ((counts[i] as number) === 0) continue;
      for (let p = starts[i] as number; p < (starts[i + 1] as number); p++) {
        const k = levels[p] as number;
        if (seen[k] === 0) {
          seen[k] = 1;
          missing--;
        }
      }
    }
    if (missing > 0) return false;
  }
  return true;
}
