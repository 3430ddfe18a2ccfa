import type { TransactionIndex } from '../types';
import type { RawTransactions } from './rawTransactions';

/** Permutes an optional column by `order` (sorted position → raw position). @internal */
function permuteTyped<T extends Float64Array>(col: T | null, order: Int32Array, make: (n: number) => T): T | null {
  if (col === null) return null;
  const out = make(order.length);
  for (let j = 0; j < order.length; j++) out[j] = col[order[j] as number] as number;
  return out;
}

function permuteList(col: (string | null)[] | null, order: Int32Array): (string | null)[] | null {
  if (col === null) return null;
  const out = new Array<string | null>(order.length);
  for (let j = 0; j < order.length; j++) out[j] = col[order[j] as number] ?? null;
  return out;
}

/** Ranks of the customer keys when their identifiers are sorted ascending. @internal */
function rankCustomers(ids: readonly string[]): { sortedIds: string[]; rank: Int32Array } {
  const byId = Array.from({ length: ids.length }, (_, k) => k);
  byId.sort((a, b) => {
    const x = ids[a] as string;
    const y = ids[b] as string;
    return x < y ? -1 : x > y ? 1 : 0;
  });
  const rank = new Int32Array(ids.length);
  const sortedIds = new Array<string>(ids.length);
  for (let r = 0; r < byId.length; r++) {
    rank[byId[r] as number] = r;
    sortedIds[r] = ids[byId[r] as number] as string;
  }
  return { sortedIds, rank };
}

/** Sorts the raw positions `order[from..to)` by day, then input index (they arrive in input order). @internal */
function sortByDay(order: Int32Array, from: number, to: number, day: Int32Array): void {
  let sorted = true;
  for (let j = from + 1; j < to && sorted; j++) sorted = (day[order[j - 1] as number] as number) <= (day[order[j] as number] as number);
  if (sorted) return;
  // Raw positions increase with the input index, so sorting on (day, position) keeps ties in input order.
  const part = Array.from(order.subarray(from, to));
  part.sort((a, b) => (day[a] as number) - (day[b] as number) || a - b);
  order.set(part, from);
}

/**
 * Groups accepted rows by customer (identifiers sorted ascending) and sorts each customer's rows by day:
 * a counting sort on the customer rank, then a per-customer check-and-sort. O(n + c log c). @internal
 */
export function groupRawTransactions(raw: RawTransactions, minorDigits: number, rowCount: number): TransactionIndex {
  const n = raw.count;
  const { sortedIds, rank } = rankCustomers(raw.ids);
  const start = new Int32Array(sortedIds.length + 1);
  for (let k = 0; k < n; k++) (start[(rank[raw.customer[k] as number] as number) + 1] as number)++;
  for (let c = 0; c < sortedIds.length; c++) start[c + 1] = (start[c + 1] as number) + (start[c] as number);
  const next = start.slice(0, sortedIds.length);
  const order = new Int32Array(n);
  for (let k = 0; k < n; k++) {
    const r = rank[raw.customer[k] as number] as number;
    order[(next[r] as number)++] = k;
  }
  for (let c = 0; c < sortedIds.length; c++) sortByDay(order, start[c] as number, start[c + 1] as number, raw.day);
  const epochDay = new Int32Array(n);
  const amountMinor = new Float64Array(n);
  const returned = new Uint8Array(n);
  const rowIndex = new Int32Array(n);
  let firstDay = Number.POSITIVE_INFINITY;
  let lastDay = Number.NEGATIVE_INFINITY;
  for (let j = 0; j < n; j++) {
    const k = order[j] as number;
    const d = raw.day[k] as number;
    epochDay[j] = d;
    if (d < firstDay) firstDay = d;
    if (d > lastDay) lastDay = d;
    amountMinor[j] = raw.amountMinor[k] as number;
    returned[j] = raw.returned[k] as number;
    rowIndex[j] = raw.rowIndex[k] as number;
  }
  return {
    kind: 'transactionIndex',
    // Frozen: measures that share an index may then share what they derive from its ids (a lookup).
    customerIds: Object.freeze(sortedIds),
    start,
    epochDay,
    amountMinor,
    returned,
    discountMinor: permuteTyped(raw.discountMinor, order, (m) => new Float64Array(m)),
    costMinor: permuteTyped(raw.costMinor, order, (m) => new Float64Array(m)),
    quantity: permuteTyped(raw.quantity, order, (m) => new Float64Array(m)),
    product: permuteList(raw.product, order),
    orderId: permuteList(raw.orderId, order),
    channel: permuteList(raw.channel, order),
    rowIndex,
    minorDigits,
    currency: raw.currency,
    firstDay: n === 0 ? null : firstDay,
    lastDay: n === 0 ? null : lastDay,
    rowCount,
    rejected: raw.rejected,
  };
}
