import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { segmentMigration } from '../../../src/segmentation/segmentMigration';
import { frozen } from './helpers';

describe('segmentMigration', () => {
  const before = [
    { customerId: 1, segment: 'A' },
    { customerId: 2, segment: 'B' },
    { customerId: 3, segment: 'C' },
    { customerId: 4, segment: 'B' },
    { customerId: 5, segment: 'B' },
  ];
  const after = [
    { customerId: 1, segment: 'B' },
    { customerId: 2, segment: 'A' },
    { customerId: 4, segment: 'B' },
    { customerId: 5, segment: 'C' },
    { customerId: 6, segment: 'A' },
  ];

  it('hand-counted transitions, rates, new and lost, promotions and demotions', () => {
    const m = segmentMigration(before, after, { order: ['A', 'B', 'C'] });
    expect(m.segments).toEqual(['A', 'B', 'C']);
    expect(m.transitions).toEqual([
      { from: 'A', counts: [0, 1, 0], lost: 0, total: 1, rates: [0, 1, 0], lostRate: 0 },
      { from: 'B', counts: [1, 1, 1], lost: 0, total: 3, rates: [1 / 3, 1 / 3, 1 / 3], lostRate: 0 },
      { from: 'C', counts: [0, 0, 0], lost: 1, total: 1, rates: [0, 0, 0], lostRate: 1 },
    ]);
    expect(m.newCustomers).toEqual({ count: 1, bySegment: [1, 0, 0] });
    expect(m.lostCustomers).toEqual({ count: 1, bySegment: [0, 0, 1] });
    expect(m.stayed).toBe(4);
    expect(m.promotions).toEqual({ count: 1, rate: 0.25 });
    expect(m.demotions).toEqual({ count: 2, rate: 0.5 });
    expect(m.unchanged).toEqual({ count: 1, rate: 0.25 });
    expect(m.customers.map((c) => [c.customerId, c.move, c.steps])).toEqual([
      ['1', 'demotion', -1], ['2', 'promotion', 1], ['3', 'lost', null], ['4', 'same', 0], ['5', 'demotion', -1], ['6', 'new', null],
    ]);
  });

  it('without order: sorted labels, changes but no promotions', () => {
    const m = segmentMigration([{ customerId: 'x', segment: 'Loyal' }, { customerId: 'y', segment: 555 }], [{ customerId: 'x', segment: 'At Risk' }, { customerId: 'y', segment: '555' }]);
    expect(m.segments).toEqual(['555', 'At Risk', 'Loyal']);
    expect(m.promotions).toBeNull();
    expect(m.changed).toEqual({ count: 1, rate: 0.5 });
    expect(m.customers.map((c) => c.move)).toEqual(['changed', 'same']);
  });

  it('duplicates are reported, not merged: the customer is left out of both snapshots', () => {
    const m = segmentMigration([...before, { customerId: '2', segment: 'C' }], after);
    expect(m.rejected.filter((r) => r.value === '2').map((r) => [r.snapshot, r.index])).toEqual([['before', 1], ['before', 5], ['after', 1]]);
    expect(m.rejected[0]!.reason).toMatch(/more than one row/);
    expect(m.customers.find((c) => c.customerId === '2')).toBeUndefined();
    expect(m.newCustomers.count).toBe(1);
  });

  it('bad rows and segments outside the order are rejected', () => {
    const m = segmentMigration([{ customerId: 1, segment: 'A' }, { customerId: 2, segment: '' }, null as never, { customerId: 3, segment: 'A' }], [{ customerId: 1, segment: 'Z' }], { order: ['A'] });
    expect(m.rejected.map((r) => [r.snapshot, r.index, r.field])).toEqual([['before', 0, 'customerId'], ['before', 1, 'segment'], ['before', 2, 'row'], ['after', 0, 'segment']]);
    expect(m.customers).toEqual([{ customerId: '3', from: 'A', to: null, move: 'lost', steps: null }]);
  });

  it('errors', () => {
    expect(() => segmentMigration(before, after, { order: ['A', 'A'] })).toThrow(/`segmentMigration`: `options.order` must be a non-empty array of distinct/);
    expect(() => segmentMigration(before, 'x' as never)).toThrow(/`after` must be an array/);
    expect(() => segmentMigration([], [])).toThrow(expect.objectContaining({ code: 'EMPTY_INPUT' }));
  });

  it('properties: counts add up, rows sum to 1, row order, no mutation', () => {
    const snap = fc.uniqueArray(fc.record({ customerId: fc.nat(30), segment: fc.constantFrom('A', 'B', 'C', 'D') }), { maxLength: 25, selector: (r) => r.customerId });
    fc.assert(
      fc.property(snap, snap, (b, a) => {
        if (b.length + a.length === 0) return;
        const B = frozen(b.map((r) => ({ ...r })));
        const A = frozen(a.map((r) => ({ ...r })));
        const m = segmentMigration(B, A, { order: ['A', 'B', 'C', 'D'] });
        expect(segmentMigration([...B].reverse(), [...A].reverse(), { order: ['A', 'B', 'C', 'D'] })).toEqual(m);
        expect(m.stayed + m.lostCustomers.count).toBe(b.length);
        expect(m.stayed + m.newCustomers.count).toBe(a.length);
        expect(m.promotions!.count + m.demotions!.count + m.unchanged.count).toBe(m.stayed);
        for (const row of m.transitions) if (row.total > 0) expect(row.rates.reduce((s, r) => s! + r!, 0)! + row.lostRate!).toBeCloseTo(1, 12);
      }),
      { numRuns: 50 },
    );
  });
});
