import { InvalidArgumentError } from '../../../core/errors/InvalidArgumentError';
import { validateRfmCustomer } from '../../internal/validateRfmCustomer';
import type { RfmCustomer } from '../../types';
import type { CovariateRejectedCustomer, CovariateUnmatchedRow } from '../types';
import { covariateId } from './covariateId';
import { rawCovariates } from './rawCovariates';
import type { CovariateTable } from './readCovariateTable';

/** The customers of a covariate fit or score that have every covariate, with their raw values. @internal */
export interface CovariateCustomers {
  /** Input index of each accepted customer. */
  readonly index: number[];
  /** Id of each accepted customer, as a string. */
  readonly ids: string[];
  /** Row of each accepted customer in the purchase table (−1 when it has no columns). */
  readonly purchase: Int32Array;
  /** Row of each accepted customer in the lifetime table. */
  readonly lifetime: Int32Array;
  /** Customers without a row or with a missing or invalid value, by input index. */
  readonly rejected: CovariateRejectedCustomer[];
  /** Rows of each table whose id matches no customer. */
  readonly unmatched: { readonly purchase: CovariateUnmatchedRow[]; readonly lifetime: CovariateUnmatchedRow[] };
}

/** Rows of a table whose id is not among `ids`. */
function unmatchedRows(table: CovariateTable, ids: ReadonlyMap<string, number>): CovariateUnmatchedRow[] {
  const out: CovariateUnmatchedRow[] = [];
  for (const [id, index] of table.byId) if (!ids.has(id)) out.push({ index, customerId: id });
  return out.sort((a, b) => a.index - b.index);
}

/**
 * Reads the customers of a covariate fit (`validate: true`: each history is checked and a bad one
 * throws, as in `fitModel`) or score: every customer needs a unique id (else `INVALID_ARGUMENT`); one
 * without a covariate row, or with a missing or invalid covariate value, is rejected with the field and
 * reason; covariate rows of ids not among the customers are listed as unmatched. @internal
 */
export function readCovariateCustomers(
  fn: string,
  customers: readonly unknown[],
  purchase: CovariateTable,
  lifetime: CovariateTable,
  validate: boolean,
  argument = 'customers',
): CovariateCustomers {
  const seen = new Map<string, number>();
  const index: number[] = [];
  const ids: string[] = [];
  const rowP: number[] = [];
  const rowL: number[] = [];
  const rejected: CovariateRejectedCustomer[] = [];
  for (let i = 0; i < customers.length; i++) {
    const c = customers[i] as (RfmCustomer & { readonly customerId?: unknown }) | null;
    if (validate) validateRfmCustomer(fn, argument, c as RfmCustomer, i);
    const id = covariateId(c === null || typeof c !== 'object' ? undefined : c.customerId);
    if (id === undefined) {
      throw new InvalidArgumentError(fn, `${argument}[${i}].customerId`, 'must be a non-blank string or a safe integer (covariates are matched by id)', c?.customerId);
    }
    const previous = seen.get(id);
    if (previous !== undefined) throw new InvalidArgumentError(fn, `${argument}[${i}].customerId`, `must be unique (also at ${argument}[${previous}])`, c?.customerId);
    seen.set(id, i);
    const p = rawCovariates(purchase, id);
    if (typeof p !== 'number') {
      rejected.push({ index: i, ...p });
      continue;
    }
    const l = rawCovariates(lifetime, id);
    if (typeof l !== 'number') {
      rejected.push({ index: i, ...l });
      continue;
    }
    index.push(i);
    ids.push(id);
    rowP.push(p);
    rowL.push(l);
  }
  return {
    index,
    ids,
    purchase: Int32Array.from(rowP),
    lifetime: Int32Array.from(rowL),
    rejected,
    unmatched: { purchase: unmatchedRows(purchase, seen), lifetime: lifetime.byId === purchase.byId ? unmatchedRows(purchase, seen) : unmatchedRows(lifetime, seen) },
  };
}
