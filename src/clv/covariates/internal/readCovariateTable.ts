import { InvalidArgumentError } from '../../../core/errors/InvalidArgumentError';
import type { CovariateSpec, CovariateValue } from '../types';
import { covariateId } from './covariateId';

/** A process's covariate spec, checked, with its rows indexed by customer id. @internal */
export interface CovariateTable {
  /** `'options.purchase'` or `'options.lifetime'`, for messages. */
  readonly argument: string;
  /** `'purchase'` or `'lifetime'`, the prefix of rejected fields. */
  readonly process: 'purchase' | 'lifetime';
  /** The columns used. */
  readonly columns: readonly string[];
  /** Whether each column is categorical. */
  readonly categorical: readonly boolean[];
  /** Whether each (numeric) column is standardised. */
  readonly standardize: readonly boolean[];
  /** The requested reference level of each column, as a string, or `undefined`. */
  readonly reference: readonly (string | undefined)[];
  /** The rows. */
  readonly rows: readonly Readonly<Record<string, unknown>>[];
  /** Row index by customer id. */
  readonly byId: ReadonlyMap<string, number>;
}

const EMPTY_TABLE_COLUMNS: readonly string[] = [];

/**
 * Checks a `CovariateSpec` (throws `INVALID_ARGUMENT` naming the field, rule and value: a bad column
 * list, an id that is not a non-blank string or safe integer, a duplicated id, a column mixing numbers
 * and categories, an option naming an unknown column) and indexes its rows by id. `undefined` spec gives
 * an empty table (no covariates for that process). `shared`, a table read from the same `data` array,
 * lends its id index (the rows are indexed once). @internal
 */
export function readCovariateTable(
  fn: string,
  process: 'purchase' | 'lifetime',
  spec: CovariateSpec | undefined,
  shared?: CovariateTable,
): CovariateTable {
  const argument = `options.${process}`;
  if (spec === undefined) {
    return { argument, process, columns: EMPTY_TABLE_COLUMNS, categorical: [], standardize: [], reference: [], rows: [], byId: new Map() };
  }
  if (spec === null || typeof spec !== 'object') throw new InvalidArgumentError(fn, argument, 'must be an object { data, columns }', spec);
  const { data, columns } = spec;
  if (!Array.isArray(data)) throw new InvalidArgumentError(fn, `${argument}.data`, 'must be an array of rows { customerId, ...covariates }', data);
  if (!Array.isArray(columns) || columns.length === 0 || !columns.every((c) => typeof c === 'string' && c !== '' && c !== 'customerId')) {
    throw new InvalidArgumentError(fn, `${argument}.columns`, 'must be a non-empty array of column names (other than customerId)', columns);
  }
  if (new Set(columns).size !== columns.length) throw new InvalidArgumentError(fn, `${argument}.columns`, 'must not repeat a column', columns);
  const known = (name: string, what: string, value: unknown): void => {
    if (!columns.includes(name)) throw new InvalidArgumentError(fn, `${argument}.${what}`, `must name columns of ${argument}.columns (${columns.join(', ')})`, value);
  };
  const categoricalList = spec.categorical ?? [];
  if (!Array.isArray(categoricalList)) throw new InvalidArgumentError(fn, `${argument}.categorical`, 'must be an array of column names', categoricalList);
  for (const c of categoricalList) known(c as string, 'categorical', c);
  const reference = spec.reference ?? {};
  if (reference === null || typeof reference !== 'object') throw new InvalidArgumentError(fn, `${argument}.reference`, 'must be an object { column: level }', reference);
  for (const c of Object.keys(reference)) known(c, 'reference', c);
  const standardizeSpec = spec.standardize ?? false;
  if (typeof standardizeSpec !== 'boolean' && !Array.isArray(standardizeSpec)) {
    throw new InvalidArgumentError(fn, `${argument}.standardize`, 'must be true, false or an array of numeric column names', standardizeSpec);
  }
  if (Array.isArray(standardizeSpec)) for (const c of standardizeSpec) known(c as string, 'standardize', c);

  const reuse = shared !== undefined && shared.rows === data && shared.columns.length > 0;
  const byId = reuse ? (shared.byId as Map<string, number>) : new Map<string, number>();
  const kinds: ('number' | 'category' | undefined)[] = columns.map(() => undefined);
  for (let j = 0; j < data.length; j++) {
    const row = data[j] as Readonly<Record<string, unknown>> | null;
    if (row === null || typeof row !== 'object') throw new InvalidArgumentError(fn, `${argument}.data[${j}]`, 'must be an object { customerId, ...covariates }', row);
    if (!reuse) {
      const id = covariateId(row.customerId);
      if (id === undefined) throw new InvalidArgumentError(fn, `${argument}.data[${j}].customerId`, 'must be a non-blank string or a safe integer', row.customerId);
      const previous = byId.get(id);
      if (previous !== undefined) {
        throw new InvalidArgumentError(fn, `${argument}.data[${j}].customerId`, `must be unique (static covariates have one row per customer; also at data[${previous}])`, row.customerId);
      }
      byId.set(id, j);
    }
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
  const referenceOf = columns.map((c) => {
    if (!Object.prototype.hasOwnProperty.call(reference, c)) return undefined;
    const level = (reference as Readonly<Record<string, CovariateValue>>)[c];
    if (typeof level !== 'string' && typeof level !== 'number' && typeof level !== 'boolean') {
      throw new InvalidArgumentError(fn, `${argument}.reference.${c}`, 'must be a level: a string, number or boolean', level);
    }
    return String(level);
  });
  for (let i = 0; i < columns.length; i++) {
    if (referenceOf[i] !== undefined && !(categorical[i] as boolean)) {
      throw new InvalidArgumentError(fn, `${argument}.reference.${columns[i] as string}`, 'applies to categorical columns only (list a numeric column in `categorical` to code it by level)', referenceOf[i]);
    }
  }
  return { argument, process, columns, categorical, standardize, reference: referenceOf, rows: data as readonly Readonly<Record<string, unknown>>[], byId };
}
