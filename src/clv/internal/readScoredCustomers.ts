import { isClienteleError } from '../../core/errors/isClienteleError';
import { checkSpendCustomer } from '../gammaGamma/checkSpendCustomer';
import type { RfmCustomer, SpendCustomer } from '../types';
import { orderScoredIds } from './orderScoredIds';
import { scoredIdOf } from './scoredIdOf';
import { validateRfmCustomer } from './validateRfmCustomer';

/** A record left out of a score, with the reason. @internal */
export interface ScoreRejection {
  readonly index: number;
  readonly field: string;
  readonly reason: string;
  readonly value: unknown;
}

/** The valid customers of a score, in output order, with their ids and input positions. @internal */
export interface ScoredCustomers<C> {
  /** Valid customers in output order. */
  readonly list: C[];
  /** Their ids as strings. */
  readonly ids: string[];
  /** Their input indices. */
  readonly index: Int32Array;
  /** The records left out, sorted by input index. */
  readonly rejected: ScoreRejection[];
}

/** The rejection a validator's error describes (`customers[3].recency` → field `recency`). */
function rejection(error: unknown, index: number, customer: unknown): ScoreRejection {
  if (!isClienteleError(error)) throw error;
  const argument = error.argument ?? 'row';
  const dot = argument.indexOf('.');
  return { index, field: dot < 0 ? 'row' : argument.slice(dot + 1), reason: error.rule ?? error.message, value: dot < 0 ? customer : error.value };
}

/**
 * Validates each customer (id, `(frequency, recency, T)` or what `check` checks instead, and
 * `monetaryValue` when a spend model needs it), reports the invalid ones and every customer of a duplicated id as rejected, and orders the rest
 * by id (JavaScript string order) or keeps input order. A list already in id order is not sorted again.
 * @internal
 */
export function readScoredCustomers<C>(
  fn: string,
  customers: readonly C[],
  needsSpend: boolean,
  order: 'customerId' | 'input',
  check: (customer: C, index: number) => void = (c, i) => validateRfmCustomer(fn, 'customers', c as unknown as RfmCustomer, i),
): ScoredCustomers<C> {
  const n = customers.length;
  const rejected: ScoreRejection[] = [];
  let list: C[] = [];
  let ids: string[] = [];
  let index: number[] = [];
  for (let i = 0; i < n; i++) {
    const c = customers[i] as C;
    try {
      check(c, i);
      if (needsSpend) checkSpendCustomer(fn, `customers[${i}]`, c as unknown as SpendCustomer, 0, false);
    } catch (error) {
      rejected.push(rejection(error, i, c));
      continue;
    }
    const id = scoredIdOf((c as { customerId?: unknown }).customerId);
    if (id === undefined) {
      rejected.push({ index: i, field: 'customerId', reason: 'must be a non-blank string or a safe integer', value: (c as { customerId?: unknown }).customerId });
      continue;
    }
    list.push(c);
    ids.push(id);
    index.push(i);
  }
  const ordered = orderScoredIds(ids, index, order);
  if (ordered !== null) {
    for (const k of ordered.duplicated) {
      rejected.push({ index: index[k] as number, field: 'customerId', reason: 'must be unique (another customer has the same id)', value: (list[k] as { customerId?: unknown }).customerId });
    }
    list = ordered.chosen.map((k) => list[k] as C);
    ids = ordered.chosen.map((k) => ids[k] as string);
    index = ordered.chosen.map((k) => index[k] as number);
  }
  rejected.sort((a, b) => a.index - b.index);
  return { list, ids, index: Int32Array.from(index), rejected };
}
