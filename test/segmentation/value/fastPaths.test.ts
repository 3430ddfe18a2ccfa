// The fast paths of the value functions' internals: id keys made while the rows are read (with the
// fallback when an id does not fit the plan guessed from a sample), the radix sort of key words, and the
// ranking by the high key word with its repairs. Each is compared with a plain comparison sort.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { planIdKeys, writeIdKey } from '../../../src/segmentation/internal/value/idKeyPlan';
import { radixSortWords } from '../../../src/segmentation/internal/value/radixSortWords';
import { rankValuesDesc } from '../../../src/segmentation/internal/value/rankValuesDesc';
import { finiteNumber, readCustomerColumns } from '../../../src/segmentation/internal/value/readCustomerColumns';
import { readCustomersById } from '../../../src/segmentation/internal/value/readCustomersById';

const VALUE = { name: 'value', read: finiteNumber, rule: 'must be a finite number' };

/** Positions of `ids` in JS string order, equal ids in position order. */
const byString = (ids: readonly string[]) => ids.map((_, i) => i).sort((a, b) => (ids[a]! < ids[b]! ? -1 : ids[a]! > ids[b]! ? 1 : a - b));

/** Deterministic uniform [0, 1) numbers (LCG). */
function lcg(seed: number) {
  let s = seed >>> 0;
  return () => (s = (Math.imul(s, 1664525) + 1013904223) >>> 0) / 4294967296;
}

/** `n` ids from `make`, in an order shuffled by `seed`. */
function shuffledIds(n: number, make: (i: number) => string | number, seed = 1): (string | number)[] {
  const u = lcg(seed);
  const ids = Array.from({ length: n }, (_, i) => make(i));
  for (let i = n - 1; i > 0; i--) {
    const j = Math.floor(u() * (i + 1));
    [ids[i], ids[j]] = [ids[j]!, ids[i]!];
  }
  return ids;
}

/** What readCustomerColumns must give: distinct valid ids in id order, duplicates all rejected. */
function expectReadLikeReference(ids: readonly (string | number)[]) {
  const rows = ids.map((customerId, i) => ({ customerId, value: i }));
  const read = readCustomerColumns('f', 'rows', rows, [VALUE]);
  const text = ids.map(String);
  const count = new Map<string, number>();
  for (const id of text) count.set(id, (count.get(id) ?? 0) + 1);
  const kept = byString(text).filter((i) => count.get(text[i]!) === 1);
  expect(Array.from(read.idOrder, (p) => read.ids[p])).toEqual(kept.map((i) => text[i]));
  expect(Array.from(read.idOrder, (p) => read.columns[0]![p])).toEqual(kept);
  expect(read.rejected.map((r) => r.index)).toEqual(text.map((_, i) => i).filter((i) => count.get(text[i]!)! > 1));
  const byId = readCustomersById('f', 'rows', rows, [VALUE], true);
  expect(byId.ids).toEqual(kept.map((i) => text[i]));
  expect(Array.from(byId.rowIndex!)).toEqual(kept);
  expect(Array.from(byId.columns[0]!)).toEqual(kept);
}

describe('planIdKeys / writeIdKey (internal)', () => {
  it('key order is JS string order and equal keys are equal ids, for ids that fit the plan', () => {
    fc.assert(
      fc.property(fc.array(fc.oneof(fc.stringMatching(/^C[0-9]{1,6}$/), fc.stringMatching(/^C-[a-z]{0,5}$/)), { minLength: 2, maxLength: 60 }), (ids) => {
        const plan = planIdKeys(ids);
        if (plan === null) return;
        const first = new Uint32Array(ids.length);
        const second = plan.words === 2 ? new Uint32Array(ids.length) : null;
        ids.forEach((id, k) => expect(writeIdKey(plan, id, k, first, second)).toBe(true));
        const key = (k: number) => first[k]! * 2 ** 32 + (second === null ? 0 : second[k]!);
        for (let a = 0; a < ids.length; a++) {
          for (let b = 0; b < ids.length; b++) expect(Math.sign(key(a) - key(b))).toBe(ids[a]! < ids[b]! ? -1 : ids[a]! > ids[b]! ? 1 : 0);
        }
      }),
      { numRuns: 40 },
    );
  });

  it('refuses ids that do not fit: other prefix, length, or a code unit outside the sampled range', () => {
    const plan = planIdKeys(['C0012', 'C0345', 'C0999'])!;
    expect(plan.prefix).toBe('C0');
    const k = new Uint32Array(1);
    expect(writeIdKey(plan, 'C0123', 0, k, null)).toBe(true);
    expect(writeIdKey(plan, 'D0123', 0, k, null)).toBe(false);
    expect(writeIdKey(plan, 'C01234', 0, k, null)).toBe(false);
    expect(writeIdKey(plan, 'C01a3', 0, k, null)).toBe(false);
    expect(planIdKeys(['é1', 'é2'])).not.toBeNull(); // a shared non-ASCII prefix is fine
    expect(planIdKeys(['1é', '2é'])).toBeNull(); // a non-ASCII unit after it is not
    expect(planIdKeys(['x'.repeat(20) + '1', 'y'.repeat(20) + '2'])).toBeNull(); // too many bits for two words
  });
});

describe('readCustomerColumns fast paths (internal)', () => {
  it('shuffled numbered ids, all distinct (dense keys placed at their slot)', () => {
    expectReadLikeReference(shuffledIds(3000, (i) => `C${String(i + 17).padStart(7, '0')}`, 7));
    expectReadLikeReference(shuffledIds(3000, (i) => `C${String(i * 3).padStart(7, '0')}`, 8)); // not dense: radix
  });

  it('shuffled fixed-width ids (one key word), with repeated ids', () => {
    expectReadLikeReference(shuffledIds(3000, (i) => `C${String(i % 2900).padStart(7, '0')}`));
  });

  it('ids of several lengths (c1 < c10 < c2) and numeric ids', () => {
    expectReadLikeReference(shuffledIds(2000, (i) => `c${i}`, 2));
    expectReadLikeReference(shuffledIds(2000, (i) => i * 7, 3));
  });

  it('long ids packed into two key words', () => {
    expectReadLikeReference(shuffledIds(1500, (i) => `cust-${String((i * 7919) % 1400).padStart(5, '0')}-${String.fromCharCode(97 + (i % 26))}${String.fromCharCode(97 + ((i * 3) % 26))}`, 4));
  });

  it('falls back to the general sort when a later id does not fit the sampled plan', () => {
    const ids = shuffledIds(1000, (i) => `C${String(i).padStart(4, '0')}`, 5);
    ids[999] = 'C12x4'; // a letter where the sample saw digits
    ids[500] = 'B0001'; // another prefix
    expectReadLikeReference(ids);
  });

  it('ids in order for a long stretch, then not: the keys of the stretch are made when order breaks', () => {
    const ids = [...Array.from({ length: 700 }, (_, i) => `C${String(i * 3).padStart(5, '0')}`), ...shuffledIds(600, (i) => `C${String(i * 5 + 1).padStart(5, '0')}`, 6)];
    ids.push(ids[10]!); // and one repeated from the stretch
    expectReadLikeReference(ids);
  });

  it('ids already in order are not sorted again and still checked for repeats', () => {
    const ids = Array.from({ length: 1000 }, (_, i) => `C${String(i).padStart(4, '0')}`);
    ids[401] = ids[400]!;
    expectReadLikeReference(ids);
    const read = readCustomerColumns('f', 'rows', ids.map((customerId) => ({ customerId, value: 1 })), [VALUE]);
    expect(read.inIdOrder).toBe(true);
  });
});

describe('radixSortWords (internal)', () => {
  it('equals a stable comparison sort on one and two words, with a payload carried along', () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(fc.nat(20), fc.oneof(fc.nat(5), fc.constant(2 ** 32 - 1))), { maxLength: 300 }), (pairs) => {
        const hi = Uint32Array.from(pairs, (p) => p[0]);
        const lo = Uint32Array.from(pairs, (p) => p[1]);
        const payload = Float64Array.from(pairs, (_, i) => i / 2);
        const expected = pairs.map((_, i) => i).sort((a, b) => hi[a]! - hi[b]! || lo[a]! - lo[b]! || a - b);
        const two = radixSortWords([hi, lo], pairs.length, payload);
        expect(Array.from(two.order)).toEqual(expected);
        expect(Array.from(two.top)).toEqual(expected.map((i) => hi[i]));
        expect(Array.from(two.payload!)).toEqual(expected.map((i) => i / 2));
        const one = radixSortWords([lo], pairs.length);
        expect(Array.from(one.order)).toEqual(pairs.map((_, i) => i).sort((a, b) => lo[a]! - lo[b]! || a - b));
      }),
      { numRuns: 60 },
    );
  });
});

describe('rankValuesDesc (internal)', () => {
  const reference = (values: Float64Array) => Array.from(values, (_, i) => i).sort((a, b) => values[b]! - values[a]! || a - b);

  it('equals a comparison ranking (value descending, then position), small and radix paths', () => {
    fc.assert(
      fc.property(fc.array(fc.oneof(fc.double({ noNaN: true, noDefaultInfinity: true }), fc.integer({ min: -5, max: 5 }), fc.constantFrom(0, -0, 1e-300, -1e-300)), { maxLength: 700 }), (xs) => {
        const values = Float64Array.from(xs);
        const { byValue, sorted } = rankValuesDesc(values);
        const expected = reference(values);
        expect(Array.from(byValue)).toEqual(expected);
        expect(Array.from(sorted)).toEqual(expected.map((i) => values[i]));
      }),
      { numRuns: 60 },
    );
  });

  it('values equal in their high word but not in their last bits: a few repaired, many sorted on 64 bits', () => {
    const u = lcg(9);
    const few = Float64Array.from({ length: 4000 }, (_, i) => (i % 50 === 0 ? 100 + (i % 7) * 2 ** -40 : Math.round(u() * 1e4) / 100));
    expect(Array.from(rankValuesDesc(few).byValue)).toEqual(reference(few));
    const many = Float64Array.from({ length: 4000 }, () => 1 + Math.floor(u() * 50) * 2 ** -45);
    expect(Array.from(rankValuesDesc(many).byValue)).toEqual(reference(many));
  });
});
