import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { customerLookup } from '../../../src/loyalty/internal/customerLookup';
import { createCustomerKeys, idOfKey, keyCount, keyOf, keysInIdOrder } from '../../../src/loyalty/internal/customerKeys';

/** Sorted, distinct ids (JavaScript string order), as an index holds them. */
const sorted = (ids: Iterable<string>) => [...new Set(ids)].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));

describe('customerLookup', () => {
  it('finds every id at its position, numeric or not, and nothing else (decimal table and Map agree)', () => {
    // Mostly decimal ids (the typed table) with a few others and decimals beyond the table's range.
    const ids = sorted([...Array.from({ length: 300 }, (_, i) => String(i * 2)), 'a7', 'Z', ' 5', '007', '-3', '1e3', '99999999999', '4000000000']);
    const lookup = customerLookup(ids);
    ids.forEach((id, c) => expect(lookup.get(id)).toBe(c));
    for (const absent of ['1', '3', '599', '600', '0007', '7', '', ' ', '+4', '4.0', '2 ', 'b7', '99999999998']) expect(lookup.get(absent)).toBeUndefined();
  });

  it('agrees with a Map on random id sets (property)', () => {
    // Mostly decimal ids, so that most runs take the typed table.
    const id = fc.oneof({ arbitrary: fc.nat({ max: 2000 }).map(String), weight: 6 }, { arbitrary: fc.string({ maxLength: 4 }), weight: 1 }, { arbitrary: fc.constantFrom('0', '00', '01', '-1', '10'), weight: 1 });
    fc.assert(
      fc.property(fc.array(id, { minLength: 0, maxLength: 200 }), fc.array(id, { maxLength: 40 }), (given, probes) => {
        const ids = sorted(given);
        const lookup = customerLookup(ids);
        const map = new Map(ids.map((x, c) => [x, c]));
        for (const p of [...ids, ...probes]) expect(lookup.get(p)).toBe(map.get(p));
      }),
      { numRuns: 60 },
    );
  });
});

describe('customerKeys', () => {
  it('keeps the known ids at their rank, gives new ids the next keys, and orders all keys by id', () => {
    const keys = createCustomerKeys(['b', 'd', 'f']);
    expect(['d', 'z', 'a', 'b', 'z', 'e'].map((id) => keyOf(keys, id))).toEqual([1, 3, 4, 0, 3, 5]);
    expect(keyCount(keys)).toBe(6);
    expect(Array.from(keysInIdOrder(keys), (k) => idOfKey(keys, k))).toEqual(['a', 'b', 'd', 'e', 'f', 'z']);
  });
});

describe('customerLookup reuse', () => {
  it('reuses a lookup only for a frozen id array; an array that can change is read afresh each time', () => {
    const ids = Array.from({ length: 100 }, (_, i) => `c${String(i).padStart(3, '0')}`);
    const first = customerLookup(ids);
    expect(first.get('c010')).toBe(10);
    ids[10] = 'c010x'; // still sorted; a cached lookup would keep answering 10 for 'c010'
    const second = customerLookup(ids);
    expect(second.get('c010')).toBeUndefined();
    expect(second.get('c010x')).toBe(10);
    const frozen = Object.freeze(ids.slice());
    expect(customerLookup(frozen)).toBe(customerLookup(frozen));
  });
});
