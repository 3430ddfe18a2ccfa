import { EmptyInputError } from '../core/errors/EmptyInputError';
import { InvalidArgumentError } from '../core/errors/InvalidArgumentError';
import { quantile } from '../core/stats/quantile';
import type { RejectedRecord } from '../time/types';
import { readCustomerValues } from './internal/readCustomerValues';

/** The four cells of Dick & Basu (1994). */
export type DickBasuCell = 'loyalty' | 'latentLoyalty' | 'spuriousLoyalty' | 'noLoyalty';

/** Options of {@link dickBasuMatrix}: where "high" begins on each axis. */
export interface DickBasuOptions {
  /** Cut-off of relative attitude: `'median'` (default) or a number; a value at or above it is high. */
  readonly attitudeThreshold?: 'median' | number;
  /** Cut-off of repeat patronage: `'median'` (default) or a number; a value at or above it is high. */
  readonly patronageThreshold?: 'median' | number;
}

/** One customer's place in the matrix. */
export interface DickBasuRow {
  readonly customerId: string;
  readonly attitude: number;
  readonly patronage: number;
  readonly highAttitude: boolean;
  readonly highPatronage: boolean;
  readonly cell: DickBasuCell;
}

/** Result of {@link dickBasuMatrix}. */
export interface DickBasuResult {
  /** Customers with both an attitude and a patronage value, sorted by id. */
  readonly customers: readonly DickBasuRow[];
  /** Customers per cell and their shares of the classified customers. */
  readonly cells: Readonly<Record<DickBasuCell, { readonly count: number; readonly share: number }>>;
  /** The cut-offs used, as numbers, and how they were chosen. */
  readonly thresholds: {
    readonly attitude: number;
    readonly patronage: number;
    readonly rule: 'a value at or above the threshold is high';
    readonly attitudeFrom: 'median' | 'given';
    readonly patronageFrom: 'median' | 'given';
  };
  /** Customers found on one axis only (not classified). */
  readonly unmatched: readonly { readonly customerId: string; readonly missing: 'attitude' | 'patronage' }[];
  /** Rows left out (no id, non-finite value, a customer given twice). */
  readonly rejected: { readonly attitude: readonly RejectedRecord[]; readonly patronage: readonly RejectedRecord[] };
}

/** A numeric threshold from its option (`'median'` = the type-7 median of the classified values). @internal */
function thresholdOf(fn: string, argument: string, option: 'median' | number | undefined, values: readonly number[]): number {
  if (option === undefined || option === 'median') return quantile(values, 0.5);
  if (typeof option !== 'number' || !Number.isFinite(option)) {
    throw new InvalidArgumentError(fn, argument, "must be 'median' or a finite number", option);
  }
  return option;
}

const CELL: Record<'11' | '10' | '01' | '00', DickBasuCell> = {
  '11': 'loyalty',
  '10': 'latentLoyalty',
  '01': 'spuriousLoyalty',
  '00': 'noLoyalty',
};

/**
 * Places customers in Dick & Basu's loyalty matrix: relative attitude (high or low) against repeat
 * patronage (high or low) gives true loyalty, latent loyalty, spurious loyalty or no loyalty.
 *
 * @remarks
 * | | patronage high | patronage low |
 * |---|---|---|
 * | attitude high | loyalty | latent loyalty |
 * | attitude low | spurious loyalty (inertia, convenience, lock-in) | no loyalty |
 *
 * Attitude is any relative-attitude score (a relative satisfaction rank, the wallet allocation rule,
 * recommendation, attitude to competitors: see {@link loyaltyIndex} for combining several); patronage any
 * behavioural one (share of wallet, repeat purchases, repeat rate). A value at or above its threshold is
 * high; the default thresholds are the medians (type 7) of the classified customers, so roughly half are
 * high on each axis; business cut-offs can be given instead. Only customers with both values are
 * classified; the others are listed in `unmatched`. O(n log n).
 *
 * @param attitude - Rows `{ customerId, value }` of relative attitude.
 * @param patronage - Rows `{ customerId, value }` of repeat patronage.
 * @param options - `attitudeThreshold`, `patronageThreshold`: `'median'` (default) or a number.
 * @returns The cell of every customer, the cell counts and shares, the thresholds, the unmatched
 *   customers and the rejected rows.
 * @throws `INVALID_ARGUMENT` when an input is not an array or a threshold is neither `'median'` nor a
 *   finite number.
 * @throws `EMPTY_INPUT` when no customer has both values.
 * @example
 * ```ts
 * const r = dickBasuMatrix(
 *   [{ customerId: 'a', value: 9 }, { customerId: 'b', value: 8 }, { customerId: 'c', value: 3 }, { customerId: 'd', value: 2 }],
 *   [{ customerId: 'a', value: 0.9 }, { customerId: 'b', value: 0.1 }, { customerId: 'c', value: 0.8 }, { customerId: 'd', value: 0.2 }],
 * );
 * r.customers.map((c) => c.cell); // ['loyalty', 'latentLoyalty', 'spuriousLoyalty', 'noLoyalty']
 * r.thresholds.attitude; // 5.5
 * ```
 * @see Dick, A. S. & Basu, K. (1994). Customer loyalty: Toward an integrated conceptual framework. Journal
 * of the Academy of Marketing Science, 22(2), 99–113. doi:10.1177/0092070394222001
 */
export function dickBasuMatrix(
  attitude: readonly { readonly customerId: string | number; readonly value: number }[],
  patronage: readonly { readonly customerId: string | number; readonly value: number }[],
  options?: DickBasuOptions,
): DickBasuResult {
  const fn = 'dickBasuMatrix';
  if (options !== undefined && (typeof options !== 'object' || options === null)) {
    throw new InvalidArgumentError(fn, 'options', 'must be an object', options);
  }
  const att = readCustomerValues(fn, 'attitude', attitude, 'value');
  const pat = readCustomerValues(fn, 'patronage', patronage, 'value');
  const patronageOf = new Map(pat.ids.map((id, j) => [id, pat.values[j] as number]));
  const both: { customerId: string; attitude: number; patronage: number }[] = [];
  const unmatched: { customerId: string; missing: 'attitude' | 'patronage' }[] = [];
  att.ids.forEach((id, j) => {
    const p = patronageOf.get(id);
    if (p === undefined) unmatched.push({ customerId: id, missing: 'patronage' });
    else both.push({ customerId: id, attitude: att.values[j] as number, patronage: p });
  });
  const attitudeIds = new Set(att.ids);
  for (const id of pat.ids) if (!attitudeIds.has(id)) unmatched.push({ customerId: id, missing: 'attitude' });
  unmatched.sort((a, b) => (a.customerId < b.customerId ? -1 : a.customerId > b.customerId ? 1 : 0));
  if (both.length === 0) throw new EmptyInputError(fn, 'attitude and patronage', 'must share at least one customer');
  const a0 = thresholdOf(fn, 'options.attitudeThreshold', options?.attitudeThreshold, both.map((r) => r.attitude));
  const p0 = thresholdOf(fn, 'options.patronageThreshold', options?.patronageThreshold, both.map((r) => r.patronage));
  const counts: Record<DickBasuCell, number> = { loyalty: 0, latentLoyalty: 0, spuriousLoyalty: 0, noLoyalty: 0 };
  const customers = both.map((r): DickBasuRow => {
    const highAttitude = r.attitude >= a0;
    const highPatronage = r.patronage >= p0;
    const cell = CELL[`${highAttitude ? 1 : 0}${highPatronage ? 1 : 0}` as '11'];
    counts[cell]++;
    return { ...r, highAttitude, highPatronage, cell };
  });
  const share = (c: number) => ({ count: c, share: c / both.length });
  return {
    customers,
    cells: { loyalty: share(counts.loyalty), latentLoyalty: share(counts.latentLoyalty), spuriousLoyalty: share(counts.spuriousLoyalty), noLoyalty: share(counts.noLoyalty) },
    thresholds: {
      attitude: a0,
      patronage: p0,
      rule: 'a value at or above the threshold is high',
      attitudeFrom: typeof options?.attitudeThreshold === 'number' ? 'given' : 'median',
      patronageFrom: typeof options?.patronageThreshold === 'number' ? 'given' : 'median',
    },
    unmatched,
    rejected: { attitude: att.rejected, patronage: pat.rejected },
  };
}
