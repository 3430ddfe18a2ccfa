/**
 * A set of integers (a customer's purchase days or periods) as a bitmap in a plain array of small
 * integers: `[firstWord, bits, bits, ...]`, 30 bits per entry (small integers stay unboxed in every V8
 * build). Its size is bounded by the span of the periods (3,653 days in 10 years: 122 entries), not by
 * the number of rows. An empty set is `[]`. @internal
 */
export type PeriodSet = number[];

/** Bits per entry. @internal */
const WORD = 30;

/** Adds `p` to `set` in place; returns whether it was new. @internal */
export function addPeriod(set: PeriodSet, p: number): boolean {
  const w = Math.floor(p / WORD);
  const bit = 1 << (p - w * WORD);
  if (set.length === 0) {
    set.push(w, bit);
    return true;
  }
  let at = w - (set[0] as number) + 1;
  if (at < 1) {
    // Grow to the left (rare in a log read in time order): shift the entries right.
    const grow = 1 - at;
    const length = set.length;
    set.length = length + grow;
    for (let j = length - 1; j >= 1; j--) set[j + grow] = set[j] as number;
    for (let j = 1; j <= grow; j++) set[j] = 0;
    set[0] = w;
    at = 1;
  } else while (at >= set.length) set.push(0);
  const old = set[at] as number;
  if ((old & bit) !== 0) return false;
  set[at] = old | bit;
  return true;
}

/** The members of `set`, ascending. @internal */
export function periodsOf(set: PeriodSet): number[] {
  const out: number[] = [];
  if (set.length === 0) return out;
  const base = (set[0] as number) * WORD;
  for (let j = 1; j < set.length; j++) {
    let bits = set[j] as number;
    while (bits !== 0) {
      const low = bits & -bits;
      out.push(base + (j - 1) * WORD + (31 - Math.clz32(low)));
      bits ^= low;
    }
  }
  return out;
}
