import { radixSortKeys } from './radixSortKeys';

/** Below this many ids a comparison sort is cheaper than the radix passes. @internal */
const SMALL = 64;

/** Code units after the common prefix read into the numeric keys (at most). @internal */
const MAX_UNITS = 12;

/** Key words (32 bits each) the code units are packed into (at most). @internal */
const MAX_WORDS = 3;

/** JS string order (`a < b`) of two ids. @internal */
function compareIds(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** Length of the prefix shared by the ids at `step` apart (all of them for `step` 1). @internal */
function sharedPrefix(ids: readonly string[], step: number): number {
  const first = ids[0] as string;
  let prefix = first.length;
  for (let i = step; i < ids.length && prefix > 0; i += step) {
    const id = ids[i] as string;
    let j = 0;
    const m = Math.min(prefix, id.length);
    while (j < m && id.charCodeAt(j) === first.charCodeAt(j)) j++;
    prefix = j;
  }
  return prefix;
}

/**
 * The code units `prefix .. prefix + MAX_UNITS − 1` of every id as `c + 1` (0 = past the end, capped at
 * 65535), id-major with stride MAX_UNITS, the smallest and largest at each position, whether a unit was
 * capped and the greatest id length, in one pass over the strings. `null` when an id does not start with
 * the `prefix` code units of the first id (the prefix was guessed from a sample). @internal
 */
function readUnits(ids: readonly string[], prefix: number) {
  const n = ids.length;
  const shared = (ids[0] as string).slice(0, prefix);
  const codes = new Uint16Array(n * MAX_UNITS);
  const min = new Int32Array(MAX_UNITS).fill(65535);
  const max = new Int32Array(MAX_UNITS);
  let capped = false;
  let maxLength = 0;
  for (let i = 0; i < n; i++) {
    const id = ids[i] as string;
    if (prefix > 0 && !id.startsWith(shared)) return null;
    if (id.length > maxLength) maxLength = id.length;
    const end = Math.min(id.length - prefix, MAX_UNITS);
    const at = i * MAX_UNITS;
    for (let j = 0; j < end; j++) {
      let c = id.charCodeAt(prefix + j) + 1;
      if (c >= 65535) {
        c = 65535;
        capped = true;
      }
      codes[at + j] = c;
      if (c < (min[j] as number)) min[j] = c;
      if (c > (max[j] as number)) max[j] = c;
    }
    if (end < MAX_UNITS) min[end] = 0; // past the end: 0 from here on (already 0 in codes)
  }
  return { codes, min, max, capped, maxLength };
}

/**
 * Packs the code units into at most three 32-bit words, each position taking `⌈log2(max − min + 1)⌉`
 * bits (`unit − min`), most significant first; stops at the first position that does not fit. Returns
 * the words, their used widths and how many positions were packed. @internal
 */
function packKeys(codes: Uint16Array, units: number, min: Int32Array, max: Int32Array, n: number) {
  const stride = MAX_UNITS;
  const bits: number[] = [];
  const wordOf: number[] = [];
  const widths: number[] = [0];
  for (let j = 0; j < units; j++) {
    const b = Math.ceil(Math.log2((max[j] as number) - (min[j] as number) + 1));
    let w = widths.length - 1;
    if ((widths[w] as number) + b > 32) {
      if (widths.length === MAX_WORDS) break;
      widths.push(0);
      w++;
    }
    widths[w] = (widths[w] as number) + b;
    bits.push(b);
    wordOf.push(w);
  }
  const words = widths.map(() => new Uint32Array(n));
  const packed = bits.length;
  for (let i = 0; i < n; i++) {
    const at = i * stride;
    let key = 0;
    let w = 0;
    for (let j = 0; j < packed; j++) {
      if (wordOf[j] !== w) {
        (words[w] as Uint32Array)[i] = key;
        key = 0;
        w++;
      }
      key = key * (1 << (bits[j] as number)) + ((codes[at + j] as number) - (min[j] as number));
    }
    (words[w] as Uint32Array)[i] = key;
  }
  return { words, widths, packed };
}

/** Sorts runs of ids whose keys agree (they share the packed units) by full comparison. @internal */
function sortTies(order: Int32Array, ids: readonly string[], words: readonly Uint32Array[]): void {
  const n = order.length;
  let start = 0;
  for (let i = 1; i <= n; i++) {
    if (i < n) {
      const a = order[start] as number;
      const b = order[i] as number;
      let same = true;
      for (const w of words) if (w[a] !== w[b]) same = false;
      if (same) continue;
    }
    if (i - start > 1) {
      const run = Array.from(order.subarray(start, i)).sort((x, y) => compareIds(ids[x] as string, ids[y] as string) || x - y);
      order.set(run, start);
    }
    start = i;
  }
}

/** The id order and, when they tell equal ids apart exactly, the numeric keys it was sorted by. @internal */
export interface SortedIds {
  /** Positions into `ids` sorted by id (JS `<`), equal ids adjacent in input order. */
  readonly order: Int32Array;
  /** Key words per position (most significant first): equal ids ⇔ equal keys. `null` when not exact. */
  readonly keys: readonly Uint32Array[] | null;
}

/**
 * The permutation that sorts `ids` ascending in JS string order (`a < b`, UTF-16 code units); equal ids
 * are adjacent, in input order. One O(n) pass when the ids are already sorted (as every clientele summary
 * is); otherwise the up to twelve code units after the common prefix (guessed from 64 ids, checked) are
 * read in one pass over the strings, packed into at most three words with only the bits their range needs
 * (ten digits take 4 bits), LSD radix sorted, and the runs that agree on the packed units are sorted by
 * full comparison (none when the units cover every id whole: then the keys are returned, so that equal
 * ids can be found without reading the strings again). @internal
 */
export function sortIds(ids: readonly string[]): SortedIds {
  const n = ids.length;
  const identity = new Int32Array(n);
  for (let i = 0; i < n; i++) identity[i] = i;
  let sorted = true;
  for (let i = 1; i < n && sorted; i++) if ((ids[i - 1] as string) > (ids[i] as string)) sorted = false;
  if (sorted) return { order: identity, keys: null };
  if (n <= SMALL) {
    return { order: Int32Array.from(Array.from(identity).sort((x, y) => compareIds(ids[x] as string, ids[y] as string) || x - y)), keys: null };
  }
  let prefix = sharedPrefix(ids, Math.max(1, Math.floor(n / 64)));
  let read = readUnits(ids, prefix);
  if (read === null) {
    prefix = sharedPrefix(ids, 1);
    read = readUnits(ids, prefix) as NonNullable<typeof read>;
  }
  const { codes, min, max, capped, maxLength } = read;
  const units = Math.min(MAX_UNITS, maxLength - prefix);
  const { words, widths, packed } = packKeys(codes, units, min, max, n);
  const order = radixSortKeys(identity, words, widths);
  // Equal keys are equal ids when the packed units are whole ids and exact: nothing left to sort.
  if (capped || packed < maxLength - prefix) {
    sortTies(order, ids, words);
    return { order, keys: null };
  }
  return { order, keys: words };
}

/** {@link sortIds} without the keys: the permutation that sorts `ids` (JS `<`), equal ids in input order. @internal */
export function sortIdOrder(ids: readonly string[]): Int32Array {
  return sortIds(ids).order;
}
