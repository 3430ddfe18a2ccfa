import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { compressColumns } from '../../../src/clv/internal/compressColumns';

/** Rows drawn from a small pool, so that many repeat (and −0 meets +0). */
const rowsArb = fc.array(fc.tuple(fc.constantFrom(0, -0, 1, 2.5, 7), fc.constantFrom(0, 3, 1e-300, 1e300), fc.integer({ min: 0, max: 3 })), {
  minLength: 1,
  maxLength: 60,
});

function columnsOf(rows: readonly (readonly number[])[]): Float64Array[] {
  return [0, 1].map((c) => Float64Array.from(rows, (r) => r[c] as number));
}

describe('compressColumns', () => {
  it('groups equal rows in order of first appearance and adds their weights, owned or not', () => {
    fc.assert(
      fc.property(rowsArb, (rows) => {
        // The reference: a plain map over the rows (−0 and +0 as one value), weights from the third entry.
        const expected = new Map<string, number>();
        for (const [a, b, w] of rows) if (w !== 0) expected.set(`${a + 0}|${b}`, (expected.get(`${a + 0}|${b}`) ?? 0) + w);
        const weights = Float64Array.from(rows, (r) => r[2]);
        const borrowed = columnsOf(rows);
        const copy = borrowed.map((c) => c.slice());
        const plain = compressColumns(['a', 'b'], borrowed, weights);
        const owned = compressColumns(['a', 'b'], columnsOf(rows), weights, true);
        expect(borrowed).toEqual(copy); // a borrowed column is never written
        for (const result of [plain, owned]) {
          const got = new Map<string, number>();
          for (let u = 0; u < result.rows; u++) got.set(`${result.columns.a![u]! + 0}|${result.columns.b![u]}`, result.weights[u]!);
          expect([...got]).toEqual([...expected]);
          expect(result.total).toBe([...expected.values()].reduce((s, w) => s + w, 0));
        }
        expect(Array.from(owned.columns.a!)).toEqual(Array.from(plain.columns.a!));
        expect(Array.from(owned.weights)).toEqual(Array.from(plain.weights));
      }),
      { numRuns: 300, seed: 20261204 },
    );
  });
});
