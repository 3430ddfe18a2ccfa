import { InvalidArgumentError } from '../../../core/errors/InvalidArgumentError';
import type { CovariateSpec } from '../types';
import { covariateId } from './covariateId';
import { noteColumnKinds, type ColumnKind } from './noteColumnKinds';
import { readCovariateOptions } from './readCovariateOptions';
import { resolveColumnCoding } from './resolveColumnCoding';

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
const ROW_SHAPE = '{ customerId, ...covariates }';

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
  const options = readCovariateOptions(fn, argument, spec, ['customerId'], ROW_SHAPE);
  const { data, columns } = options;
  const reuse = shared !== undefined && shared.rows === data && shared.columns.length > 0;
  const byId = reuse ? (shared.byId as Map<string, number>) : new Map<string, number>();
  const kinds: ColumnKind[] = columns.map(() => undefined);
  for (let j = 0; j < data.length; j++) {
    const row = data[j] as Readonly<Record<string, unknown>> | null;
    if (row === null || typeof row !== 'object') throw new InvalidArgumentError(fn, `${argument}.data[${j}]`, `must be an object ${ROW_SHAPE}`, row);
    if (!reuse) {
      const id = covariateId(row.customerId);
      if (id === undefined) throw new InvalidArgumentError(fn, `${argument}.data[${j}].customerId`, 'must be a non-blank string or a safe integer', row.customerId);
      const previous = byId.get(id);
      if (previous !== undefined) {
        throw new InvalidArgumentError(fn, `${argument}.data[${j}].customerId`, `must be unique (static covariates have one row per customer; also at data[${previous}])`, row.customerId);
      }
      byId.set(id, j);
    }
    noteColumnKinds(fn, argument, row, j, columns, kinds);
  }
  const { categorical, standardize, reference } = resolveColumnCoding(fn, argument, options, kinds);
  return { argument, process, columns, categorical, standardize, reference, rows: data as readonly Readonly<Record<string, unknown>>[], byId };
}
