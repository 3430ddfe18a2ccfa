/**
 * The purchase days (or periods) of many customers as bitmaps in one shared `Int32Array` pool: customer
 * `k` owns words `[at[k], at[k] + words[k])` of the pool, covering periods from `32 · base[k]`. Its size is
 * bounded by the span of its periods (3,653 days in 10 years: 115 words), not by its rows; and a million
 * customers make no million heap objects for the garbage collector to trace (growing per-customer arrays
 * did, and dominated the time). A block that must grow moves to the end of the pool; the pool is
 * compacted when full. @internal
 */
export interface PeriodPool {
  words32: Int32Array;
  used: number;
  /** Words of blocks abandoned by a move (reclaimed by compaction). */
  garbage: number;
  /** First word (period / 32) of each customer's block. */
  base: Float64Array;
  /** Offset of each customer's block in the pool. */
  at: Float64Array;
  /** Length of each customer's block, in words (0: no period yet). */
  words: Float64Array;
}

/** An empty pool for `capacity` customers. @internal */
export function createPeriodPool(capacity: number): PeriodPool {
  return { words32: new Int32Array(4096), used: 0, garbage: 0, base: new Float64Array(capacity), at: new Float64Array(capacity), words: new Float64Array(capacity) };
}

/** Makes room for customers below `capacity`. @internal */
export function reservePeriodPool(pool: PeriodPool, capacity: number): void {
  if (capacity <= pool.words.length) return;
  for (const name of ['base', 'at', 'words'] as const) {
    const grown = new Float64Array(capacity);
    grown.set(pool[name]);
    pool[name] = grown;
  }
}

/**
 * `n` zeroed words at the end of the pool; returns their offset. When full, the pool doubles (one
 * memory copy) or, when over a third of it is abandoned blocks (blocks left behind by a move), is compacted. @internal
 */
function allocate(pool: PeriodPool, n: number): number {
  if (pool.used + n > pool.words32.length && pool.garbage * 3 <= pool.used) {
    const next = new Int32Array(Math.max(2 * pool.words32.length, pool.used + n));
    next.set(pool.words32);
    pool.words32 = next;
  } else if (pool.used + n > pool.words32.length) {
    const { words, at } = pool;
    let live = 0;
    for (let k = 0; k < words.length; k++) live += words[k] as number;
    const next = new Int32Array(Math.max(4096, Math.ceil(1.5 * (live + n))));
    const old = pool.words32;
    let used = 0;
    for (let k = 0; k < words.length; k++) {
      const length = words[k] as number;
      if (length === 0) continue;
      const from = at[k] as number;
      for (let j = 0; j < length; j++) next[used + j] = old[from + j] as number;
      at[k] = used;
      used += length;
    }
    pool.words32 = next;
    pool.used = used;
    pool.garbage = 0;
  }
  const offset = pool.used;
  pool.used += n;
  return offset;
}

/** Moves customer `k`'s block to one covering word `w` (at least twice as long, growing toward `w`). @internal */
function relocate(pool: PeriodPool, k: number, w: number): void {
  const words = pool.words[k] as number;
  const base = pool.base[k] as number;
  let newBase: number;
  let newWords: number;
  if (words === 0) {
    newBase = w;
    newWords = 2;
  } else if (w >= base + words) {
    newBase = base;
    newWords = Math.max(w - base + 1, words * 2);
  } else {
    const end = base + words;
    newWords = Math.max(end - w, words * 2);
    newBase = end - newWords;
  }
  const offset = allocate(pool, newWords);
  if (words > 0) {
    const from = pool.at[k] as number; // read after `allocate`, which may have compacted the pool
    pool.words32.copyWithin(offset + (base - newBase), from, from + words);
    pool.garbage += words;
  }
  pool.base[k] = newBase;
  pool.words[k] = newWords;
  pool.at[k] = offset;
}

/** Adds period `p` to customer `k`'s set; returns whether it was new. @internal */
export function addPeriod(pool: PeriodPool, k: number, p: number): boolean {
  const w = Math.floor(p / 32);
  const bit = 1 << (p - w * 32);
  const base = pool.base[k] as number;
  if ((pool.words[k] as number) === 0 || w < base || w >= base + (pool.words[k] as number)) relocate(pool, k, w);
  const at = (pool.at[k] as number) + (w - (pool.base[k] as number));
  const old = pool.words32[at] as number;
  if ((old & bit) !== 0) return false;
  pool.words32[at] = old | bit;
  return true;
}

/** The members of customer `k`'s set, ascending. @internal */
export function periodsOf(pool: PeriodPool, k: number): number[] {
  const out: number[] = [];
  const words = pool.words[k] as number;
  const at = pool.at[k] as number;
  const base = (pool.base[k] as number) * 32;
  for (let j = 0; j < words; j++) {
    let bits = pool.words32[at + j] as number;
    while (bits !== 0) {
      const low = bits & -bits;
      out.push(base + j * 32 + (31 - Math.clz32(low)));
      bits ^= low;
    }
  }
  return out;
}
