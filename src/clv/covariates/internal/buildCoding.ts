import { InvalidArgumentError } from '../../../core/errors/InvalidArgumentError';
import type { CovariateCoding, CovariateColumnCoding, CovariateValue } from '../types';
import type { CovariateTable } from './readCovariateTable';

/** Levels sorted: numbers numerically, strings in JavaScript string order, `false` before `true`. */
function sortedLevels(values: readonly CovariateValue[]): { levels: string[]; numeric: boolean } {
  const distinct = [...new Set(values)];
  const numeric = distinct.every((v) => typeof v === 'number');
  if (numeric) return { levels: (distinct as number[]).sort((a, b) => a - b).map(String), numeric };
  const strings = distinct.map(String);
  strings.sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
  return { levels: strings, numeric };
}

/**
 * The coding of a process's covariates from the raw values of the customers fitted (rows `rowIndex` of
 * the table):
 * categorical columns by treatment contrasts against the requested or first sorted level (names
 * `column=level`), numeric columns as they are or standardised (mean, sample standard deviation).
 * Throws `INVALID_ARGUMENT` for a categorical column with a single level, a reference level that does
 * not occur, or a standardised column that is constant. @internal
 */
export function buildCoding(fn: string, table: CovariateTable, rowIndex: Int32Array): CovariateCoding {
  const columns: CovariateColumnCoding[] = [];
  const names: string[] = [];
  for (let c = 0; c < table.columns.length; c++) {
    const column = table.columns[c] as string;
    const cells = Array.from(rowIndex, (j) => (table.rows[j] as Readonly<Record<string, unknown>>)[column] as CovariateValue);
    if (table.categorical[c] as boolean) {
      const { levels, numeric } = sortedLevels(cells);
      const reference = table.reference[c] ?? (levels[0] as string);
      if (!levels.includes(reference)) {
        throw new InvalidArgumentError(fn, `${table.argument}.reference.${column}`, `must be one of the levels among the customers fitted (${levels.join(', ')})`, reference);
      }
      if (levels.length < 2) {
        throw new InvalidArgumentError(fn, `${table.argument}.columns`, `must not hold a categorical column with a single level among the customers fitted (${column} is always ${levels[0] ?? 'missing'}); drop it`, column);
      }
      const own = levels.filter((l) => l !== reference).map((l) => `${column}=${l}`);
      columns.push({ column, kind: 'categorical', names: own, levels, reference, numeric });
      names.push(...own);
    } else {
      let standardized: { mean: number; sd: number } | null = null;
      if (table.standardize[c] as boolean) {
        let mean = 0;
        for (let i = 0; i < cells.length; i++) mean += ((cells[i] as number) - mean) / (i + 1);
        let ss = 0;
        for (const v of cells) ss += ((v as number) - mean) ** 2;
        const sd = cells.length > 1 ? Math.sqrt(ss / (cells.length - 1)) : 0;
        if (!(sd > 0)) throw new InvalidArgumentError(fn, `${table.argument}.standardize`, `must list columns that vary among the customers fitted (${column} is constant)`, column);
        standardized = { mean, sd };
      }
      columns.push({ column, kind: 'numeric', names: [column], standardized });
      names.push(column);
    }
  }
  return { columns, names };
}
