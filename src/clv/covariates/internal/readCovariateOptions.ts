import { InvalidArgumentError } from '../../../core/errors/InvalidArgumentError';
import type { CovariateValue } from '../types';

/** The fields a static and a time-varying covariate spec share, checked. @internal */
export interface CovariateOptions {
  readonly data: readonly unknown[];
  readonly columns: readonly string[];
  /** Columns listed as categorical. */
  readonly categorical: readonly string[];
  /** Requested reference levels by column (unchecked values). */
  readonly reference: Readonly<Record<string, CovariateValue>>;
  /** `true`, `false` or a list of numeric columns. */
  readonly standardize: boolean | readonly string[];
}

/** What a spec looks like to `readCovariateOptions`. @internal */
interface SpecFields {
  readonly data?: unknown;
  readonly columns?: unknown;
  readonly categorical?: unknown;
  readonly reference?: unknown;
  readonly standardize?: unknown;
}

/**
 * Checks the fields every covariate spec has (`data`, `columns`, `categorical`, `reference`,
 * `standardize`): `INVALID_ARGUMENT` naming `argument.field`, the rule and the value. `keys` are the row
 * fields that are not covariates (`customerId`, and `period` for time-varying rows): no column may be
 * named after one. `rowShape` describes a row in messages. @internal
 */
export function readCovariateOptions(fn: string, argument: string, spec: unknown, keys: readonly string[], rowShape: string): CovariateOptions {
  if (spec === null || typeof spec !== 'object') throw new InvalidArgumentError(fn, argument, 'must be an object { data, columns }', spec);
  const { data, columns } = spec as SpecFields;
  if (!Array.isArray(data)) throw new InvalidArgumentError(fn, `${argument}.data`, `must be an array of rows ${rowShape}`, data);
  if (!Array.isArray(columns) || columns.length === 0 || !columns.every((c) => typeof c === 'string' && c !== '' && !keys.includes(c))) {
    throw new InvalidArgumentError(fn, `${argument}.columns`, `must be a non-empty array of column names (other than ${keys.join(' and ')})`, columns);
  }
  if (new Set(columns).size !== columns.length) throw new InvalidArgumentError(fn, `${argument}.columns`, 'must not repeat a column', columns);
  const names = columns as readonly string[];
  const known = (name: unknown, what: string): void => {
    if (!names.includes(name as string)) throw new InvalidArgumentError(fn, `${argument}.${what}`, `must name columns of ${argument}.columns (${names.join(', ')})`, name);
  };
  const categorical = (spec as SpecFields).categorical ?? [];
  if (!Array.isArray(categorical)) throw new InvalidArgumentError(fn, `${argument}.categorical`, 'must be an array of column names', categorical);
  for (const c of categorical) known(c, 'categorical');
  const reference = (spec as SpecFields).reference ?? {};
  if (reference === null || typeof reference !== 'object' || Array.isArray(reference)) throw new InvalidArgumentError(fn, `${argument}.reference`, 'must be an object { column: level }', reference);
  for (const c of Object.keys(reference)) known(c, 'reference');
  const standardize = (spec as SpecFields).standardize ?? false;
  if (typeof standardize !== 'boolean' && !Array.isArray(standardize)) {
    throw new InvalidArgumentError(fn, `${argument}.standardize`, 'must be true, false or an array of numeric column names', standardize);
  }
  if (Array.isArray(standardize)) for (const c of standardize) known(c, 'standardize');
  return {
    data,
    columns: names,
    categorical: categorical as readonly string[],
    reference: reference as Readonly<Record<string, CovariateValue>>,
    standardize: standardize as boolean | readonly string[],
  };
}
