import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { sortByValueDesc } from '../../../src/segmentation/internal/value/sortByValueDesc';
import { sortIdOrder } from '../../../src/segmentation/internal/value/sortIdOrder';

const byString = (ids: string[]) => ids.map((_, i) => i).sort((a, b) => (ids[a]! < ids[b]! ? -1 : ids[a]! > ids[b]! ? 1 : a - b));

describe('sortIdOrder (internal)', () => {
  it('sorts in JS string order, short and long inputs (radix path), with shared prefixes and odd code units', () => {
    fc.assert(
      fc.property(
        fc.array(fc.oneof(fc.string({ maxLength: 12 }), fc.constantFrom('c1', 'c10', 'c2', 'customer-0001', 'customer-00010', '\uffff', '\ufffe\uffff', 'a\uffffb', 'a\uffffa')), {
          minLength: 0,
          maxLength: 400,
        }),
        fc.constantFrom('', 'prefix-', 'x'),
        (raw, prefix) => {
          const ids = raw.map((s) => prefix + s);
          const order = Array.from(sortIdOrder(ids));
          const sorted = order.map((i) => ids[i]);
          expect(sorted).toEqual(byString(ids).map((i) => ids[i]));
          expect([...order].sort((a, b) => a - b)).toEqual(ids.map((_, i) => i));
        },
      ),
      { numRuns: 60 },
    );
  });

  it('puts equal ids next to each other and keeps them in input order', () => {
    const ids = Array.from({ length: 300 }, (_, i) => `id${(i * 37) % 100}`);
    const order = Array.from(sortIdOrder(ids));
    expect(order).toEqual(byString(ids));
  });
});

describe('sortByValueDesc (internal)', () => {
  it('equals a comparison sort by value descending, ties in the given order (radix and small paths)', () => {
    fc.assert(
      fc.property(
        fc.array(fc.oneof(fc.double({ noNaN: true, noDefaultInfinity: true }), fc.integer({ min: -5, max: 5 }), fc.constantFrom(0, -0, 1e-300, -1e-300)), { maxLength: 700 }),
        (xs) => {
          const values = Float64Array.from(xs);
          const start = Int32Array.from(xs.map((_, i) => xs.length - 1 - i));
          const position = new Map(Array.from(start).map((p, i) => [p, i]));
          const expected = Array.from(start).sort((a, b) => values[b]! - values[a]! || position.get(a)! - position.get(b)!);
          expect(Array.from(sortByValueDesc(values, start))).toEqual(expected);
        },
      ),
      { numRuns: 60 },
    );
  });

  it('radix path on 5000 values with many ties equals the comparison sort', () => {
    let seed = 7;
    const u = () => ((seed = (Math.imul(seed, 1664525) + 1013904223) >>> 0) / 4294967296);
    const values = Float64Array.from({ length: 5000 }, (_, i) => (i % 3 === 0 ? Math.round(u() * 20) - 5 : (u() - 0.3) * 1e6));
    const start = Int32Array.from({ length: 5000 }, (_, i) => (i * 7919) % 5000);
    const position = new Map(Array.from(start).map((p, i) => [p, i]));
    const expected = Array.from(start).sort((a, b) => values[b]! - values[a]! || position.get(a)! - position.get(b)!);
    expect(Array.from(sortByValueDesc(values, start))).toEqual(expected);
  });
});
