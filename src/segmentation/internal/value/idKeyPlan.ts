/**
 * A guess, from a sample of ids, at how every id of a list can be turned into an exact numeric key of at
 * most two 32-bit words whose order is the JS string order (`a < b`): ids of `minLength .. maxLength`
 * UTF-16 code units that start with `prefix`, each later unit drawn from a small range (digits, letters,
 * printable ASCII). The unit after the prefix is the most significant digit of a mixed-radix number
 * (radix = the size of its range, plus one for "past the end" where an id may already have ended), so that
 * equal keys are equal ids and key order is id order. An id that does not fit makes the plan fail, and the
 * caller falls back to the general id sort. @internal
 */
export interface IdKeyPlan {
  readonly prefix: string;
  readonly minLength: number;
  readonly maxLength: number;
  /** Smallest code unit allowed at each position after the prefix. */
  readonly low: Int32Array;
  /** Largest code unit allowed at each position after the prefix. */
  readonly high: Int32Array;
  /** Radix of each position: `high − low + 1`, plus 1 where an id may have ended (digit 0 then). */
  readonly radix: Float64Array;
  /** What is taken from a code unit to make its digit: `low`, or `low − 1` where digit 0 means "ended". */
  readonly offset: Int32Array;
  /** Positions (after the prefix) packed into the first (most significant) word; the rest go to the second. */
  readonly split: number;
  /** Key words: 1 or 2. */
  readonly words: number;
}

/** The code-unit ranges tried, narrowest first: digits, upper case, lower case, alphanumerics, printable ASCII. @internal */
const RANGES: readonly (readonly [number, number])[] = [
  [48, 57],
  [65, 90],
  [97, 122],
  [48, 122],
  [32, 126],
];

/** Most ids of the sample (spread over the list) the plan is guessed from. @internal */
export const PLAN_SAMPLE = 64;

/**
 * The plan for ids like those of `sample` (non-empty strings), or `null` when they do not fit two words
 * (long or non-ASCII ids): the general sort handles those. @internal
 */
export function planIdKeys(sample: readonly string[]): IdKeyPlan | null {
  if (sample.length === 0) return null;
  const first = sample[0] as string;
  let prefix = first.length;
  let minLength = first.length;
  let maxLength = first.length;
  for (const id of sample) {
    let j = 0;
    const m = Math.min(prefix, id.length);
    while (j < m && id.charCodeAt(j) === first.charCodeAt(j)) j++;
    prefix = j;
    minLength = Math.min(minLength, id.length);
    maxLength = Math.max(maxLength, id.length);
  }
  const units = maxLength - prefix;
  const low = new Int32Array(units);
  const high = new Int32Array(units);
  const radix = new Float64Array(units);
  const offset = new Int32Array(units);
  for (let j = 0; j < units; j++) {
    let lo = 65535;
    let hi = 0;
    for (const id of sample) {
      if (prefix + j >= id.length) continue;
      const c = id.charCodeAt(prefix + j);
      lo = Math.min(lo, c);
      hi = Math.max(hi, c);
    }
    const range = RANGES.find(([a, b]) => a <= lo && hi <= b);
    if (range === undefined) return null;
    low[j] = range[0];
    high[j] = range[1];
    const ended = prefix + j >= minLength ? 1 : 0;
    radix[j] = range[1] - range[0] + 1 + ended;
    offset[j] = range[0] - ended;
  }
  // Fill the first word with as many positions as fit below 2^32, the second with the rest.
  let split = 0;
  let capacity = 1;
  while (split < units && capacity * (radix[split] as number) <= 2 ** 32) capacity *= radix[split++] as number;
  capacity = 1;
  for (let j = split; j < units; j++) {
    capacity *= radix[j] as number;
    if (capacity > 2 ** 32) return null;
  }
  return { prefix: first.slice(0, prefix), minLength, maxLength, low, high, radix, offset, split, words: split < units ? 2 : 1 };
}

/**
 * Writes the key of `id` at position `k` of `first` (and `second` with a two-word plan); `false` when the
 * id does not fit the plan (other prefix, length or code unit), leaving the key unspecified. @internal
 */
export function writeIdKey(plan: IdKeyPlan, id: string, k: number, first: Uint32Array, second: Uint32Array | null): boolean {
  const length = id.length;
  if (length < plan.minLength || length > plan.maxLength || !id.startsWith(plan.prefix)) return false;
  const start = plan.prefix.length;
  const units = plan.maxLength - start;
  const { low, high, radix, offset, split } = plan;
  let key = 0;
  for (let j = 0; j < units; j++) {
    if (j === split) {
      first[k] = key;
      key = 0;
    }
    const at = start + j;
    let digit = 0;
    if (at < length) {
      const c = id.charCodeAt(at);
      if (c < (low[j] as number) || c > (high[j] as number)) return false;
      digit = c - (offset[j] as number);
    }
    key = key * (radix[j] as number) + digit;
  }
  if (second === null) first[k] = key;
  else second[k] = key;
  return true;
}
