import { radixPass } from './radixPass';

/** Below this many ids a comparison sort is cheaper than the radix passes. @internal */
const SMALL = 64;

/** Code units read into numeric keys after the common prefix (two per 32-bit word). @internal */
const KEY_WORDS = 4;

/** JS string order (`a < b`) of two ids. @internal */
function compareIds(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** Length of the prefix shared by every id. @internal */
function commonPrefixLength(ids: readonly string[]): number {
  const first = ids[0] as string;
  let length = first.length;
  for (let i = 1; i < ids.length && length > 0; i++) {
    const id = ids[i] as string;
    if (id.length < length) length = id.length;
    let j = 0;
    while (j < length && id.charCodeAt(j) === first.charCodeAt(j)) j++;
    length = j;
  }
  return length;
}

/**
 * Word `w` of every id's key: code units `start + 2w` and `start + 2w + 1`, each as `c + 1` (0 = past the
 * end) capped at 65535. Returns whether a unit was capped (then equal keys need a full comparison). @internal
 */
function keyWord(ids: readonly string[], start: number, out: Uint32Array): boolean {
  let capped = false;
  for (let i = 0; i < ids.length; i++) {
    const id = ids[i] as string;
    const n = id.length;
    let a = start < n ? id.charCodeAt(start) + 1 : 0;
    let b = start + 1 < n ? id.charCodeAt(start + 1) + 1 : 0;
    if (a > 65535 || b > 65535 || a === 65535 || b === 65535) {
      capped = true;
      a = Math.min(a, 65535);
      b = Math.min(b, 65535);
    }
    out[i] = ((a << 16) | b) >>> 0;
  }
  return capped;
}

/** Sorts runs of ids whose keys agree (they share the prefix and the key units) by full comparison. @internal */
function sortTies(order: Int32Array, ids: readonly string[], words: readonly Uint32Array[], last: Uint32Array, capped: boolean): void {
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
    // Equal keys whose last unit is past the end are equal ids: nothing to sort.
    if (i - start > 1 && (capped || ((last[order[start] as number] as number) & 0xffff) !== 0)) {
      const run = Array.from(order.subarray(start, i)).sort((x, y) => compareIds(ids[x] as string, ids[y] as string) || x - y);
      order.set(run, start);
    }
    start = i;
  }
}

/**
 * The permutation that sorts `ids` ascending in JS string order (`a < b`, UTF-16 code units); equal ids
 * are adjacent, in input order. One O(n) pass when the ids are already sorted (as every clientele summary
 * is); otherwise an LSD radix sort on the first eight code units after the common prefix (read once, in
 * input order), then a comparison sort of the runs that agree on them. @internal
 */
export function sortIdOrder(ids: readonly string[]): Int32Array {
  const n = ids.length;
  let order = new Int32Array(n);
  for (let i = 0; i < n; i++) order[i] = i;
  let sorted = true;
  for (let i = 1; i < n && sorted; i++) if ((ids[i - 1] as string) > (ids[i] as string)) sorted = false;
  if (sorted) return order;
  if (n <= SMALL) {
    return Int32Array.from(Array.from(order).sort((x, y) => compareIds(ids[x] as string, ids[y] as string) || x - y));
  }
  const prefix = commonPrefixLength(ids);
  const words: Uint32Array[] = [];
  let capped = false;
  for (let w = 0; w < KEY_WORDS; w++) {
    const word = new Uint32Array(n);
    if (keyWord(ids, prefix + 2 * w, word)) capped = true;
    words.push(word);
  }
  let tmp = new Int32Array(n);
  const counts = new Int32Array(65536);
  for (let w = KEY_WORDS - 1; w >= 0; w--) {
    for (const shift of [0, 16]) {
      if (radixPass(order, tmp, words[w] as Uint32Array, shift, counts)) {
        const t = order;
        order = tmp;
        tmp = t;
      }
    }
  }
  sortTies(order, ids, words, words[KEY_WORDS - 1] as Uint32Array, capped);
  return order;
}
