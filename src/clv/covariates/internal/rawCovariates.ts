import type { CovariateValue } from '../types';
import type { CovariateTable } from './readCovariateTable';

/** Why a customer's covariates cannot be used: the field, rule and value. @internal */
export interface CovariateProblem {
  readonly field: string;
  readonly reason: string;
  readonly value: unknown;
}

/**
 * The raw covariate values of one customer in a table's column order, or the problem: no row for the
 * id, or a value that is missing, `null`, not finite, or a blank string. @internal
 */
export function rawCovariates(table: CovariateTable, id: string): CovariateValue[] | CovariateProblem {
  if (table.columns.length === 0) return [];
  const j = table.byId.get(id);
  if (j === undefined) {
    return { field: `${table.process}.customerId`, reason: `has no row in ${table.argument}.data`, value: id };
  }
  const row = table.rows[j] as Readonly<Record<string, unknown>>;
  const out: CovariateValue[] = [];
  for (let c = 0; c < table.columns.length; c++) {
    const column = table.columns[c] as string;
    const v = row[column];
    const ok = typeof v === 'number' ? Number.isFinite(v) : typeof v === 'string' ? v.trim() !== '' : typeof v === 'boolean';
    if (!ok) {
      return { field: `${table.process}.${column}`, reason: `must be a finite number, a non-blank string or a boolean (${table.argument}.data[${j}])`, value: v };
    }
    out.push(v as CovariateValue);
  }
  return out;
}
