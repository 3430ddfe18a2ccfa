import { InvalidArgumentError } from '../../../core/errors/InvalidArgumentError';
import { formatEpochDay } from '../../../time/formatEpochDay';
import { parseCalendarDay } from '../../../time/parseCalendarDay';
import { covariateId } from '../../covariates/internal/covariateId';
import type { CovariateTable } from '../../covariates/internal/readCovariateTable';
import { noteColumnKinds, type ColumnKind } from '../../covariates/internal/noteColumnKinds';
import { readCovariateOptions } from '../../covariates/internal/readCovariateOptions';
import { resolveColumnCoding } from '../../covariates/internal/resolveColumnCoding';
import type { TimeVaryingCovariateSpec } from '../types';

/** A process's time-varying covariate spec, checked, with its rows indexed by customer and period. @internal */
export interface TimeVaryingTable {
  /** The spec as a static covariate table (for the shared coding rules); `byId` is empty. */
  readonly table: CovariateTable;
  /** Row index by `customerId` then period index. */
  readonly byCustomer: ReadonlyMap<string, ReadonlyMap<number, number>>;
}

const EMPTY: readonly string[] = [];
const ROW_SHAPE = '{ customerId, period, ...covariates }';

/**
 * Checks a `TimeVaryingCovariateSpec` and indexes its rows by customer id and period (throws
 * `INVALID_ARGUMENT` naming the field, rule and value: a bad column list, a row that is not an object,
 * an id that is not a non-blank string or safe integer, a `period` that is not a calendar day, two rows
 * for one customer and period, a column mixing numbers and categories, an option naming an unknown
 * column). `undefined` gives an empty table. The classification of columns (categorical when they hold
 * strings or booleans, or are listed) is that of static covariates. @internal
 */
export function readTimeVaryingTable(
  fn: string,
  process: 'purchase' | 'lifetime',
  spec: TimeVaryingCovariateSpec | undefined,
  periodStart: number,
  periodDays: number,
): TimeVaryingTable {
  const argument = `options.${process}`;
  if (spec === undefined) {
    return { table: { argument, process, columns: EMPTY, categorical: [], standardize: [], reference: [], rows: [], byId: new Map() }, byCustomer: new Map() };
  }
  const options = readCovariateOptions(fn, argument, spec, ['customerId', 'period'], ROW_SHAPE);
  const { data, columns } = options;
  const byCustomer = new Map<string, Map<number, number>>();
  const parsed = new Map<string, number>();
  const kinds: ColumnKind[] = columns.map(() => undefined);
  for (let j = 0; j < data.length; j++) {
    const row = data[j] as Readonly<Record<string, unknown>> | null;
    if (row === null || typeof row !== 'object') throw new InvalidArgumentError(fn, `${argument}.data[${j}]`, `must be an object ${ROW_SHAPE}`, row);
    const id = covariateId(row.customerId);
    if (id === undefined) throw new InvalidArgumentError(fn, `${argument}.data[${j}].customerId`, 'must be a non-blank string or a safe integer', row.customerId);
    // period strings repeat across customers: parse each distinct one once
    let day: number;
    if (typeof row.period === 'string') {
      const seen = parsed.get(row.period);
      day = seen ?? parseCalendarDay(row.period);
      if (seen === undefined) parsed.set(row.period, day);
    } else day = parseCalendarDay(row.period);
    if (!Number.isFinite(day)) throw new InvalidArgumentError(fn, `${argument}.data[${j}].period`, "must be a calendar day ('yyyy-mm-dd', 'yyyymmdd' or a Date) inside the period", row.period);
    const period = Math.floor((day - periodStart) / periodDays);
    let periods = byCustomer.get(id);
    if (periods === undefined) {
      periods = new Map();
      byCustomer.set(id, periods);
    }
    const previous = periods.get(period);
    if (previous !== undefined) {
      throw new InvalidArgumentError(fn, `${argument}.data[${j}].period`, `must be unique per customer (customer ${id} already has a row for the period starting ${formatEpochDay(periodStart + period * periodDays)}, at data[${previous}])`, row.period);
    }
    periods.set(period, j);
    noteColumnKinds(fn, argument, row, j, columns, kinds);
  }
  const { categorical, standardize, reference } = resolveColumnCoding(fn, argument, options, kinds);
  return {
    table: { argument, process, columns, categorical, standardize, reference, rows: data as readonly Readonly<Record<string, unknown>>[], byId: new Map() },
    byCustomer,
  };
}
