import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { customerPyramid } from '../../../src/segmentation/customerPyramid';
import { frozen, valueRows } from './helpers';

const rows = (xs: number[]) => xs.map((value, i) => ({ customerId: `c${String(i).padStart(3, '0')}`, value }));

describe('customerPyramid', () => {
  it('Curry preset by rank share: 1 / 4 / 15 / 80 % of 200 customers', () => {
    const r = customerPyramid(rows(Array.from({ length: 200 }, (_, i) => 200 - i)));
    expect(r.tiers.map((t) => [t.name, t.count])).toEqual([['key-important', 2], ['key-secondary', 8], ['ordinary', 30], ['small', 160]]);
    expect(r.customers[0]).toEqual({ customerId: 'c000', tier: 'key-important', rank: 1 });
    expect(r.tiers[0]!.value).toBe(200 + 199);
    expect(r.tiers[0]!.valueShare).toBeCloseTo(399 / 20100, 15);
  });

  it('reports empty tiers with count 0 and null extremes (6 customers: 1 % and 4 % are empty)', () => {
    const r = customerPyramid(rows([5, 4, 3, 2, 1, 0]));
    // cumulative cut-offs 0.01, 0.05, 0.20 of 6 customers: ⌊0.06⌋ = ⌊0.3⌋ = 0, ⌊1.2⌋ = 1
    expect(r.tiers.map((t) => t.count)).toEqual([0, 0, 1, 5]);
    expect(r.tiers[0]).toEqual({ name: 'key-important', count: 0, customerShare: 0, value: 0, valueShare: 0, minValue: null, maxValue: null });
    expect(r.tiers[3]).toMatchObject({ minValue: 0, maxValue: 4, value: 10 });
  });

  it('crossing rule: lower takes ⌊cN⌋, upper ⌈cN⌉ cumulatively', () => {
    const tiers = [{ name: 'top', share: 0.25 }, { name: 'rest' }];
    const values = rows([7, 6, 5, 4, 3, 2]); // 0.25 × 6 = 1.5
    expect(customerPyramid(values, { tiers }).tiers.map((t) => t.count)).toEqual([1, 5]);
    expect(customerPyramid(values, { tiers, crossing: 'upper' }).tiers.map((t) => t.count)).toEqual([2, 4]);
  });

  it('value basis: tiers by cumulative share of positive value', () => {
    const tiers = [{ name: 'top', share: 0.5 }, { name: 'mid', share: 0.3 }, { name: 'low' }];
    const values = rows([50, 30, 10, 10, -5]);
    const lower = customerPyramid(values, { tiers, basis: 'value' });
    expect(lower.customers.map((c) => c.tier)).toEqual(['top', 'mid', 'low', 'low', 'low']);
    const upper = customerPyramid(values, { tiers, basis: 'value', crossing: 'upper' });
    expect(upper.customers.map((c) => c.tier)).toEqual(['top', 'mid', 'low', 'low', 'low']);
    const off = customerPyramid(rows([40, 30, 20, 10]), { tiers, basis: 'value', crossing: 'upper' }); // S = .4 .7 .9 1
    expect(off.customers.map((c) => c.tier)).toEqual(['top', 'top', 'mid', 'low']);
  });

  it('Zeithaml preset: Lead takes every negative value whatever its rank', () => {
    const r = customerPyramid(rows([-1, -2, -3, 10, 0]), { tiers: 'zeithaml', crossing: 'upper' });
    expect(r.customers.map((c) => c.tier)).toEqual(['Lead', 'Lead', 'Lead', 'Platinum', 'Iron']);
    expect(r.tiers.map((t) => t.count)).toEqual([1, 0, 1, 3]);
    expect(r.totalValue).toBe(4);
  });

  it('ties are ranked by customer id, whatever the row order; all-equal values and one customer', () => {
    const r = customerPyramid([{ customerId: 'b', value: 1 }, { customerId: 'a', value: 1 }, { customerId: 'c', value: 1 }], { tiers: [{ name: 'x', share: 0.34 }, { name: 'y' }] });
    expect(r.customers).toEqual([
      { customerId: 'a', tier: 'x', rank: 1 },
      { customerId: 'b', tier: 'y', rank: 2 },
      { customerId: 'c', tier: 'y', rank: 3 },
    ]);
    const one = customerPyramid([{ customerId: 9, value: -4 }]);
    expect(one.customers).toEqual([{ customerId: '9', tier: 'small', rank: 1 }]);
    expect(one.valueShareReason).toMatch(/not positive/);
    expect(one.tiers[3]!.valueShare).toBeNull();
  });

  it('rejects bad and duplicated rows with their index, never silently', () => {
    const r = customerPyramid([
      { customerId: 'a', value: 3 },
      { customerId: 'b', value: Number.NaN },
      { customerId: '', value: 1 },
      { customerId: 'a', value: 4 },
      null as never,
      { customerId: 'd', value: 2 },
    ]);
    expect(r.rejected.map((x) => [x.index, x.field])).toEqual([[0, 'customerId'], [1, 'value'], [2, 'customerId'], [3, 'customerId'], [4, 'row']]);
    expect(r.customers.map((c) => c.customerId)).toEqual(['d']);
  });

  it('errors: options, tiers, empty input, value basis without positive value', () => {
    expect(() => customerPyramid(null as never)).toThrow(/`customerPyramid`: `values` must be an array/);
    expect(() => customerPyramid([], null as never)).toThrow(/`options` must be an object/);
    expect(() => customerPyramid([{ customerId: 1, value: 1 }], { tiers: 'gold' as never })).toThrow(/`options.tiers` must be 'curry' or 'zeithaml'/);
    expect(() => customerPyramid([{ customerId: 1, value: 1 }], { tiers: [{ name: 'a', share: 0.6 }, { name: 'a' }] })).toThrow(/tiers\[1\]\.name/);
    expect(() => customerPyramid([{ customerId: 1, value: 1 }], { tiers: [{ name: 'a', share: 0.6 }, { name: 'b', share: 0.5 }, { name: 'c' }] })).toThrow(/tiers\[1\]\.share` must keep the cumulative share below 1/);
    expect(() => customerPyramid([{ customerId: 1, value: 1 }], { tiers: [{ name: 'a' }, { name: 'b' }] })).toThrow(/tiers\[0\]\.share` must be given/);
    expect(() => customerPyramid([{ customerId: 1, value: 1 }], { tiers: [{ name: 'a', negative: true }, { name: 'b' }] })).toThrow(/negative` is allowed on the last tier only/);
    expect(() => customerPyramid([{ customerId: 1, value: 1 }], { basis: 'share' as never })).toThrow(/`options.basis` must be 'rank' or 'value'/);
    expect(() => customerPyramid([{ customerId: 1, value: Number.NaN }])).toThrow(expect.objectContaining({ code: 'EMPTY_INPUT' }));
    expect(() => customerPyramid([{ customerId: 1, value: 0 }], { basis: 'value' })).toThrow(expect.objectContaining({ code: 'UNDEFINED_RESULT' }));
  });

  it('properties: tiers partition the customers, row order does not matter, input not mutated', () => {
    fc.assert(
      fc.property(valueRows(), fc.constantFrom('rank', 'value'), fc.constantFrom('lower', 'upper'), fc.constantFrom('curry', 'zeithaml'), fc.context(), (data, basis, crossing, tiers, ctx) => {
        const input = frozen(data.map((r) => ({ ...r })));
        if (basis === 'value' && !data.some((r) => r.value > 0)) return;
        const a = customerPyramid(input, { basis: basis as 'rank', crossing: crossing as 'lower', tiers: tiers as 'curry' });
        const b = customerPyramid([...input].reverse(), { basis: basis as 'rank', crossing: crossing as 'lower', tiers: tiers as 'curry' });
        ctx.log(JSON.stringify(a.tiers));
        expect(b).toEqual(a);
        expect(a.tiers.reduce((s, t) => s + t.count, 0)).toBe(data.length);
        expect(a.tiers.reduce((s, t) => s + t.value, 0)).toBeCloseTo(a.totalValue, 9);
        expect(new Set(a.customers.map((c) => c.rank)).size).toBe(data.length);
        const ids = a.customers.map((c) => c.customerId);
        expect(ids).toEqual([...ids].sort((x, y) => (x < y ? -1 : x > y ? 1 : 0)));
        // higher rank never in a lower tier than a lower rank
        const order = a.tiers.map((t) => t.name);
        const byRank = [...a.customers].sort((x, y) => x.rank - y.rank).map((c) => order.indexOf(c.tier));
        if (tiers === 'curry') for (let k = 1; k < byRank.length; k++) expect(byRank[k]).toBeGreaterThanOrEqual(byRank[k - 1]!);
      }),
      { numRuns: 60 },
    );
  });
});
