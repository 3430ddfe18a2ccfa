import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
// The ranking by value (rankValuesDesc, which replaced sortByValueDesc) is tested in fastPaths.test.ts.
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
