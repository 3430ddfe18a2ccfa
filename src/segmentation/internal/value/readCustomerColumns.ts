import { InvalidArgumentError } from '../../../core/errors/InvalidArgumentError';
import { readCustomerId } from '../../../time/internal/readCustomerId';
import type { RejectedRecord } from '../../../time/types';
import { PLAN_SAMPLE, planIdKeys, writeIdKey, type IdKeyPlan } from './idKeyPlan';
import { radixSortWords } from './radixSortWords';
import { sortIds } from './sortIdOrder';
import { scratchFloat64, scratchInt32, scratchUint32 } from './scratchArrays';

/** One numeric field of a customer row: its name, a reader (NaN when invalid) and the rule it states. @internal */
export interface NumericField {
  readonly name: string;
  readonly read: (value: unknown) => number;
  readonly rule: string;
}

/** Valid customers in columns (input order of their rows), their id order and the rejected rows. @internal */
export interface CustomerColumns {
  /** Customer ids as strings. */
  readonly ids: string[];
  /** One column per field, aligned with `ids`. */
  readonly columns: Float64Array[];
  /** Positions into `ids` sorted by id (JS `<`). */
  readonly idOrder: Int32Array;
  /** Input row index of each customer, aligned with `ids`. */
  readonly index: Int32Array;
  /** Rejected rows sorted by input index. */
  readonly rejected: RejectedRecord[];
  /** Whether the rows came in id order (then `idOrder` is `0, 1, 2, ...`). */
  readonly inIdOrder: boolean;
}

/** A finite number, else NaN. @internal */
export function finiteNumber(value: unknown): number {
  return typeof value === 'number' && Number.isFinite(value) ? value : Number.NaN;
}

/** Below this many rows the general id sort (a comparison sort for small lists) is used directly. @internal */
const PLAN_MIN_ROWS = 256;

/** The valid ids of up to {@link PLAN_SAMPLE} rows spread evenly over `rows`. @internal */
function sampleIds(rows: readonly unknown[]): string[] {
  const n = rows.length;
  const out: string[] = [];
  for (let s = 0; s < PLAN_SAMPLE; s++) {
    const r = rows[Math.floor((s * n) / PLAN_SAMPLE)];
    if (r === null || typeof r !== 'object') continue;
    const id = readCustomerId((r as { customerId?: unknown }).customerId);
    if (id !== null) out.push(id);
  }
  return out;
}

/** Rows whose ids are touched ahead of the main loop, at a time (a power of 2; their cache lines fit in L2). @internal */
const AHEAD = 1024;

/** Where {@link touchIds} leaves its sum, so that its reads are not optimised away. @internal */
const TOUCHED = new Float64Array(1);

/**
 * Reads the length of the string id of `rows[from .. to − 1]` in a tight loop, so that the cache misses on
 * ids scattered in memory (a shuffled list) are taken many at a time rather than one per row of the main
 * loop, whose long body lets the processor run ahead by only a row or two. @internal
 */
function touchIds(rows: readonly unknown[], from: number, to: number): void {
  let sum = 0;
  for (let i = from; i < to; i++) {
    const r = rows[i];
    if (r !== null && typeof r === 'object') {
      const id = (r as { customerId?: unknown }).customerId;
      if (typeof id === 'string') sum += id.length;
    }
  }
  TOUCHED[0] = sum;
}

/** Writes the keys of `ids[0 .. k − 1]`; false when one does not fit the plan. @internal */
function writeIdKeys(plan: IdKeyPlan, ids: readonly string[], k: number, first: Uint32Array, second: Uint32Array | null): boolean {
  for (let q = 0; q < k; q++) if (!writeIdKey(plan, ids[q] as string, q, first, second)) return false;
  return true;
}

/**
 * Reads `{ customerId, <fields> }` rows into columns. Rows that are not objects, have no valid id, or an
 * invalid field are rejected; every row of an id met more than once is rejected too (which row is right is
 * unknown), so the result does not depend on row order.
 *
 * Ids already in order are found so on the way (compared with the one before) and not sorted. Otherwise,
 * when they fit a key plan guessed from a sample (see `planIdKeys`), each id's exact numeric key is made
 * while the row is read (no second pass over the strings, which for a shuffled list sit at random places
 * in memory) and the keys are sorted (placed at their slot when dense and distinct, as numbered ids are,
 * else radix sorted); ids that do not fit the plan fall back to `sortIds`. @internal
 */
export function readCustomerColumns(fn: string, argument: string, rows: unknown, fields: readonly NumericField[]): CustomerColumns {
  if (!Array.isArray(rows)) throw new InvalidArgumentError(fn, argument, 'must be an array of rows', rows);
  const n = rows.length;
  let ids: string[] = new Array<string>(n);
  let index: Int32Array = scratchInt32(n);
  let columns = fields.map(() => scratchFloat64(n));
  let k = 0;
  const rejected: RejectedRecord[] = [];
  const width = fields.length;
  const plan = n >= PLAN_MIN_ROWS ? planIdKeys(sampleIds(rows)) : null;
  let keyFirst: Uint32Array | null = null; // made when the ids turn out not to be in order
  let keySecond: Uint32Array | null = null;
  let keyed = plan !== null;
  let ascending = true;
  row: for (let i = 0; i < n; i++) {
    if ((i & (AHEAD - 1)) === 0) touchIds(rows, i, Math.min(n, i + AHEAD));
    const r: unknown = rows[i];
    if (r === null || typeof r !== 'object') {
      rejected.push({ index: i, field: 'row', reason: `must be an object with customerId and ${fields.map((f) => f.name).join(', ')}`, value: r });
      continue;
    }
    const id = readCustomerId((r as { customerId?: unknown }).customerId);
    if (id === null) {
      rejected.push({ index: i, field: 'customerId', reason: 'must be a non-blank string or a safe integer', value: (r as { customerId?: unknown }).customerId });
      continue;
    }
    for (let f = 0; f < width; f++) {
      const field = fields[f] as NumericField;
      const raw = (r as Record<string, unknown>)[field.name];
      // The common reader inline (no call per row): a finite number.
      const x = field.read === finiteNumber ? (typeof raw === 'number' && raw - raw === 0 ? raw : Number.NaN) : field.read(raw);
      if (Number.isNaN(x)) {
        rejected.push({ index: i, field: field.name, reason: field.rule, value: raw });
        continue row;
      }
      (columns[f] as Float64Array)[k] = x;
    }
    if (keyed) {
      if (ascending) {
        // While the ids come in order no key is needed; at the first one out of order, the keys of those
        // before it are made (usually a handful: unsorted lists show it early).
        if (k > 0 && id < (ids[k - 1] as string)) {
          ascending = false;
          keyFirst = scratchUint32(n);
          keySecond = (plan as IdKeyPlan).words === 2 ? scratchUint32(n) : null;
          keyed = writeIdKeys(plan as IdKeyPlan, ids, k, keyFirst, keySecond);
        }
      }
      if (!ascending && keyed && !writeIdKey(plan as IdKeyPlan, id, k, keyFirst as Uint32Array, keySecond)) keyed = false;
    }
    ids[k] = id;
    index[k++] = i;
  }
  ids.length = k;
  index = index.subarray(0, k);
  columns = columns.map((c) => c.subarray(0, k));
  let idOrder: Int32Array;
  let duplicated: Uint8Array | null;
  let inIdOrder = false;
  if (keyed && ascending) {
    inIdOrder = true;
    idOrder = scratchInt32(k);
    for (let j = 0; j < k; j++) idOrder[j] = j;
    duplicated = findDuplicates(ids, idOrder, null);
  } else if (keyed) {
    const first = (keyFirst as Uint32Array).subarray(0, k);
    const second = keySecond === null ? null : keySecond.subarray(0, k);
    ({ idOrder, duplicated } = sortKeys(first, second));
  } else {
    const byId = sortIds(ids);
    idOrder = byId.order;
    duplicated = findDuplicates(ids, idOrder, byId.keys);
  }
  if (duplicated !== null) {
    for (let k = 0; k < ids.length; k++) {
      if (duplicated[k] === 1) {
        rejected.push({ index: index[k] as number, field: 'customerId', reason: 'appears in more than one row: every row of this customer is left out', value: ids[k] });
      }
    }
    ({ ids, index, columns, idOrder } = dropMarked(duplicated, ids, index, columns, idOrder));
    rejected.sort((a, b) => a.index - b.index);
  }
  return { ids, columns, idOrder, index, rejected, inIdOrder };
}

/**
 * The order of distinct one-word keys that are dense (their range at most twice their number, as for
 * numbered ids): each position written at its key's slot, then the slots read in order. `null` when the
 * keys are not dense or a key repeats (then the radix sort finds the repeats). @internal
 */
function placeDenseKeys(first: Uint32Array): Int32Array | null {
  const n = first.length;
  let min = first[0] as number;
  let max = min;
  for (let i = 1; i < n; i++) {
    const k = first[i] as number;
    if (k < min) min = k;
    else if (k > max) max = k;
  }
  const range = max - min + 1;
  if (range > 2 * n) return null;
  const slot = scratchInt32(range); // position + 1; 0 = no key here
  for (let i = 0; i < n; i++) {
    const s = (first[i] as number) - min;
    if (slot[s] !== 0) return null;
    slot[s] = i + 1;
  }
  const order = scratchInt32(n);
  let j = 0;
  for (let s = 0; s < range; s++) {
    const v = slot[s] as number;
    if (v !== 0) order[j++] = v - 1;
  }
  return order;
}

/** The keys sorted, and the positions of repeated keys (neighbours in the sorted order). @internal */
function sortKeys(first: Uint32Array, second: Uint32Array | null): { idOrder: Int32Array; duplicated: Uint8Array | null } {
  const n = first.length;
  const dense = second === null && n > 0 ? placeDenseKeys(first) : null;
  if (dense !== null) return { idOrder: dense, duplicated: null };
  const { order, top } = radixSortWords(second === null ? [first] : [first, second], n);
  let duplicated: Uint8Array | null = null;
  for (let j = 1; j < n; j++) {
    if (top[j] !== top[j - 1]) continue;
    const a = order[j - 1] as number;
    const b = order[j] as number;
    if (second !== null && second[a] !== second[b]) continue;
    duplicated ??= new Uint8Array(n);
    duplicated[a] = 1;
    duplicated[b] = 1;
  }
  return { idOrder: order, duplicated };
}

/**
 * Marks (1) every position whose id occurs more than once; `null` when all ids are distinct. Neighbours in
 * id order are compared by their exact sort keys when given (no string is read), else as strings. @internal
 */
function findDuplicates(ids: readonly string[], idOrder: Int32Array, keys: readonly Uint32Array[] | null): Uint8Array | null {
  let marks: Uint8Array | null = null;
  for (let j = 1; j < idOrder.length; j++) {
    const a = idOrder[j - 1] as number;
    const b = idOrder[j] as number;
    let same: boolean;
    if (keys === null) same = ids[a] === ids[b];
    else {
      same = true;
      for (let w = 0; w < keys.length && same; w++) same = (keys[w] as Uint32Array)[a] === (keys[w] as Uint32Array)[b];
    }
    if (same) {
      marks ??= new Uint8Array(ids.length);
      marks[a] = 1;
      marks[b] = 1;
    }
  }
  return marks;
}

/** The columns without the marked positions, with the id order renumbered. @internal */
function dropMarked(marks: Uint8Array, ids: string[], index: Int32Array, columns: Float64Array[], idOrder: Int32Array) {
  const newPosition = new Int32Array(ids.length);
  const keptIds: string[] = [];
  const keptIndex: number[] = [];
  for (let k = 0; k < ids.length; k++) {
    newPosition[k] = keptIds.length;
    if (marks[k] === 1) continue;
    keptIds.push(ids[k] as string);
    keptIndex.push(index[k] as number);
  }
  const keptColumns = columns.map((c) => {
    const out = new Float64Array(keptIds.length);
    for (let k = 0; k < ids.length; k++) if (marks[k] !== 1) out[newPosition[k] as number] = c[k] as number;
    return out;
  });
  const keptOrder = new Int32Array(keptIds.length);
  let j = 0;
  for (const k of idOrder) if (marks[k] !== 1) keptOrder[j++] = newPosition[k] as number;
  return { ids: keptIds, index: Int32Array.from(keptIndex), columns: keptColumns, idOrder: keptOrder };
}
