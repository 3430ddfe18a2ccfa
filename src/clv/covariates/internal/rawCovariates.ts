import type { CovariateValue } from '../types';
import type { CovariateTable } from './readCovariateTable';

/** Why a customer's covariates cannot be used: the field, rule and value. @internal */
export interface CovariateProblem {
  readonly field: string;
  readonly reason: string;
  readonly value: unknown;
}

/** Whether a covariate cell is usable: a finite number, a non-blank string or a boolean. */
function usable(v: unknown): boolean {
  return typeof v === 'number' ? Number.isFinite(v) : typeof v === 'string' ? v.length > 0 && (v.charCodeAt(0) > 32 || v.trim() !== '') : typeof v === 'boolean';
}

/**
 * The index of a customer's row in a table when every one of its covariates is usable (−1 for a table
 * without columns), else the problem: no row for the id, or a value that is missing, `null`, not finite,
 * or a blank string. Allocates nothing on the valid path. @internal
 */
export function rawCovariates(table: CovariateTable, id: string): number | CovariateProblem {
  if (table.columns.length === 0) return -1;
  const j = table.byId.get(id);
  if (j === undefined) {
    return { field: `${table.process}.customerId`, reason: `has no row in ${table.argument}.data`, value: id };
  }
  const row = table.rows[j] as Readonly<Record<string, unknown>>;
  for (let c = 0; c < table.columns.length; c++) {
    const column = table.columns[c] as string;
    const v = row[column];
    if (!usable(v)) {
      return { field: `${table.process}.${column}`, reason: `must be a finite number, a non-blank string or a boolean (${table.argument}.data[${j}])`, value: v };
    }
  }
  return j;
}

/** The raw values of row `j` of a table, in its column order (empty for `j = −1`). @internal */
export function rowValues(table: CovariateTable, j: number): CovariateValue[] {
  if (j < 0) return [];
  const row = table.rows[j] as Readonly<Record<string, unknown>>;
  return table.columns.map((c) => row[c] as CovariateValue);
}
