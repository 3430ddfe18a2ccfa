// The string index behind summarizeTransactions: it must give exactly the indices of a `Map` from
// string to first-appearance index (reference: a `Map`, in the test), whatever the keys and however
// many, and summarizeTransactions must keep string and number identifiers apart.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createStringIndex } from '../../src/time/createStringIndex';
import { summarizeTransactions } from '../../src/time/summarizeTransactions';
import type { TransactionRow } from '../../src/time/types';

/** Indices of `keys` by order of first appearance, from the index and from a `Map`. */
const indicesOf = (keys: readonly string[]) => {
  const indexOf = createStringIndex();
  const map = new Map<string, number>();
  const got: number[] = [];
  const expected: number[] = [];
  for (const key of keys) {
    got.push(indexOf(key, map.size));
    if (!map.has(key)) map.set(key, map.size);
    expected.push(map.get(key) as number);
  }
  return { got, expected };
};

describe('createStringIndex', () => {
  it('gives a new key the next index and an equal string (another object) the same index', () => {
    const indexOf = createStringIndex();
    expect(indexOf('c12', 0)).toBe(0);
    expect(indexOf('c1', 1)).toBe(1);
    expect(indexOf(['c', '1', '2'].join(''), 2)).toBe(0);
    expect(indexOf('xc1'.slice(1), 2)).toBe(1);
    expect(indexOf('', 2)).toBe(2);
    expect(indexOf(String(''), 3)).toBe(2);
  });

  it('tells apart keys that share a prefix, a hash bucket or code units in another order', () => {
    const keys = ['a', 'ab', 'ba', 'a\u0000', '\u0000a', 'é', 'e\u0301', '😀', '\ud83d', 'A', ''];
    const { got, expected } = indicesOf([...keys, ...keys.slice().reverse()]);
    expect(got).toEqual(expected);
    expect(Math.max(...got)).toBe(keys.length - 1);
  });

  it('agrees with a Map over 200,000 keys in random order (the table grows many times)', () => {
    let s = 12345;
    const keys: string[] = [];
    for (let i = 0; i < 400_000; i++) {
      s = (Math.imul(s, 1664525) + 1013904223) >>> 0;
      keys.push(`c${s % 200_000}`);
    }
    const { got, expected } = indicesOf(keys);
    expect(got).toEqual(expected);
    expect(new Set(got).size).toBe(new Set(keys).size);
  });

  it('agrees with a Map on arbitrary strings (property)', () => {
    fc.assert(
      fc.property(fc.array(fc.oneof(fc.string({ maxLength: 4 }), fc.string({ unit: 'binary', maxLength: 6 })), { maxLength: 300 }), (keys) => {
        const { got, expected } = indicesOf(keys);
        expect(got).toEqual(expected);
      }),
    );
  });
});

describe('summarizeTransactions customer identifiers', () => {
  it('reads the number 1 and the string "1" as one customer, rejects a blank id, and lists customers by first appearance', () => {
    const rows: TransactionRow<string | number>[] = [
      { customerId: '1', date: '2024-01-01', amount: 1 },
      { customerId: 1, date: '2024-01-02', amount: 2 },
      { customerId: '', date: '2024-01-03', amount: 3 },
      { customerId: 'é', date: '2024-01-04', amount: 4 },
      { customerId: 1, date: '2024-01-05', amount: 5 },
      { customerId: ['', '1'].join(''), date: '2024-01-06', amount: 6 },
      { customerId: 'e\u0301', date: '2024-01-07', amount: 7 },
    ];
    const { customers, rejected } = summarizeTransactions(rows, { observationEnd: '2024-01-10' });
    // As indexTransactions: `1` and `'1'` are one customer (under the form of its first row); '' is rejected.
    expect(customers.map((c) => [c.customerId, c.transactionCount, c.totalSpend])).toEqual([
      ['1', 4, 14],
      ['é', 1, 4],
      ['e\u0301', 1, 7],
    ]);
    expect(rejected.map((r) => [r.index, r.field])).toEqual([[2, 'customerId']]);
  });
});
