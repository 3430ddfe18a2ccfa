import { describe, expect, it } from 'vitest';
import { dickBasuMatrix } from '../../src/loyalty/dickBasuMatrix';

const v = (pairs: [string | number, number][]) => pairs.map(([customerId, value]) => ({ customerId, value }));

describe('dickBasuMatrix', () => {
  it('places customers in the four cells against median thresholds (at or above is high)', () => {
    const r = dickBasuMatrix(v([['a', 9], ['b', 8], ['c', 3], ['d', 2], ['e', 5]]), v([['a', 0.9], ['b', 0.1], ['c', 0.8], ['d', 0.2], ['e', 0.5]]));
    expect(r.thresholds).toMatchObject({ attitude: 5, patronage: 0.5, attitudeFrom: 'median' });
    expect(r.customers.map((c) => [c.customerId, c.cell])).toEqual([
      ['a', 'loyalty'],
      ['b', 'latentLoyalty'],
      ['c', 'spuriousLoyalty'],
      ['d', 'noLoyalty'],
      ['e', 'loyalty'],
    ]);
    expect(r.cells.loyalty).toEqual({ count: 2, share: 0.4 });
  });

  it('uses given business cut-offs, lists customers on one axis only and rejected rows', () => {
    const r = dickBasuMatrix(v([['a', 9], [1, 2], ['x', 7]]), [...v([['a', 0.9], ['1', 0.95], ['y', 0.2]]), { customerId: 'z', value: Number.NaN }], {
      attitudeThreshold: 8,
      patronageThreshold: 0.5,
    });
    expect(r.customers.map((c) => [c.customerId, c.cell])).toEqual([
      ['1', 'spuriousLoyalty'],
      ['a', 'loyalty'],
    ]);
    expect(r.unmatched).toEqual([
      { customerId: 'x', missing: 'patronage' },
      { customerId: 'y', missing: 'attitude' },
    ]);
    expect(r.rejected.patronage).toEqual([{ index: 3, field: 'value', reason: 'must be a finite number', value: Number.NaN }]);
    expect(r.thresholds.attitudeFrom).toBe('given');
  });

  it('throws typed errors for nothing to classify and bad thresholds', () => {
    expect(() => dickBasuMatrix(v([['a', 1]]), v([['b', 1]]))).toThrow(/must share at least one customer/);
    expect(() => dickBasuMatrix(v([['a', 1]]), v([['a', 1]]), { attitudeThreshold: 'mean' as never })).toThrow(
      /`options\.attitudeThreshold` must be 'median' or a finite number, got "mean"/,
    );
    expect(() => dickBasuMatrix('x' as never, [])).toThrow(/`attitude` must be an array of rows/);
  });
});
