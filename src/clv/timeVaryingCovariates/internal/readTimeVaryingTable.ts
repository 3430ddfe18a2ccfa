import { InvalidArgumentError } from '../../../core/errors/InvalidArgumentError';
import { formatEpochDay } from '../../../time/formatEpochDay';
import { parseCalendarDay } from '../../../time/parseCalendarDay';
import { covariateId } from '../../covariates/internal/covariateId';
import type { CovariateTable } from '../../covariates/internal/readCovariateTable';
import type { CovariateValue } from '../../covariates/types';
import type { TimeVaryingCovariateSpec } from '../types';

/** A process's time-varying covariate spec, checked, with its rows indexed by customer and period. @internal */
export interface TimeVaryingTable {
  /** The spec as a static covariate table (for the shared coding rules); `byId` is empty. */
  readonly table: CovariateTable;
  /** Row index by `customerId` then period index. */
  readonly byCustomer: ReadonlyMap<string, ReadonlyMap<number, number>>;
}

const EMPTY: readonly string[] = [];

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
  if (spec === null || typeof spec !== 'object') throw new InvalidArgumentError(fn, argument, 'must be an object { data, columns }', spec);
  const { data, columns } = spec;
  if (!Array.isArray(data)) throw new InvalidArgumentError(fn, `${argument}.data`, 'must be an array of rows { customerId, period, ...covariates }', data);
  if (!Array.isArray(columns) || columns.length === 0 || !columns.every((c) => typeof c === 'string' && c !== '' && c !== 'customerId' && c !== 'period')) {
    throw new InvalidArgumentError(fn, `${argument}.columns`, 'must be a non-empty array of column names (other than customerId and period)', columns);
  }
  if (new Set(columns).size !== columns.length) throw new InvalidArgumentError(fn, `${argument}.columns`, 'must not repeat a column', columns);
  const known = (name: unknown, what: string): void => {
    if (!columns.includes(name as string)) throw new InvalidArgumentError(fn, `${argument}.${what}`, `must name columns of ${argument}.columns (${columns.join(', ')})`, name);
  };
  const categoricalList = spec.categorical ?? [];
  if (!Array.isArray(categoricalList)) throw new InvalidArgumentError(fn, `${argument}.categorical`, 'must be an array of column names', categoricalList);
  for (const c of categoricalList) known(c, 'categorical');
  const reference = spec.reference ?? {};
  if (reference === null || typeof reference !== 'object' || Array.isArray(reference)) throw new InvalidArgumentError(fn, `${argument}.reference`, 'must be an object { column: level }', reference);
  for (const c of Object.keys(reference)) known(c, 'reference');
  const standardizeSpec = spec.standardize ?? false;
  if (typeof standardizeSpec !== 'boolean' && !Array.isArray(standardizeSpec)) {
    throw new InvalidArgumentError(fn, `${argument}.standardize`, 'must be true, false or an array of numeric column names', standardizeSpec);
  }
  if (Array.isArray(standardizeSpec)) for (const c of standardizeSpec) known(c, 'standardize');

  const byCustomer = new Map<string, Map<number, number>>();
  const parsed = new Map<string, number>();
  const kinds: ('number' | 'category' | undefined)[] = columns.map(() => undefined);
  for (let j = 0; j < data.length; j++) {
    const row = data[j] as Readonly<Record<string, unknown>> | null;
    if (row === null || typeof row !== 'object') throw new InvalidArgumentError(fn, `${argument}.data[${j}]`, 'must be an object { customerId, period, ...covariates }', row);
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
    for (let c = 0; c < columns.length; c++) {
      const v = row[columns[c] as string];
      const kind = typeof v === 'number' ? 'number' : typeof v === 'string' || typeof v === 'boolean' ? 'category' : undefined;
      if (kind === undefined) continue; // a missing value rejects the customer, later
      const seen = kinds[c];
      if (seen === undefined) kinds[c] = kind;
      else if (seen !== kind) {
        throw new InvalidArgumentError(fn, `${argument}.data[${j}].${columns[c] as string}`, `must be of one type in every row (earlier rows hold ${seen === 'number' ? 'numbers' : 'strings or booleans'})`, v);
      }
    }
  }
  const categorical = columns.map((c, i) => kinds[i] === 'category' || categoricalList.includes(c));
  const standardize = columns.map((c, i) => (standardizeSpec === true ? !(categorical[i] as boolean) : Array.isArray(standardizeSpec) && standardizeSpec.includes(c)));
  for (let i = 0; i < columns.length; i++) {
    if ((standardize[i] as boolean) && (categorical[i] as boolean)) {
      throw new InvalidArgumentError(fn, `${argument}.standardize`, `must list numeric columns only (${columns[i] as string} is categorical)`, standardizeSpec);
    }
  }
  const referenceOf = columns.map((c, i) => {
    if (!Object.prototype.hasOwnProperty.call(reference, c)) return undefined;
    const level = (reference as Readonly<Record<string, CovariateValue>>)[c];
    if (typeof level !== 'string' && typeof level !== 'number' && typeof level !== 'boolean') {
      throw new InvalidArgumentError(fn, `${argument}.reference.${c}`, 'must be a level: a string, number or boolean', level);
    }
    if (!(categorical[i] as boolean)) {
      throw new InvalidArgumentError(fn, `${argument}.reference.${c}`, 'applies to categorical columns only (list a numeric column in `categorical` to code it by level)', level);
    }
    return String(level);
  });
  return {
    table: { argument, process, columns, categorical, standardize, reference: referenceOf, rows: data as readonly Readonly<Record<string, unknown>>[], byId: new Map() },
    byCustomer,
  };
}
