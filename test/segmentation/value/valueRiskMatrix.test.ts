import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { valueRiskMatrix } from '../../../src/segmentation/valueRiskMatrix';
import { frozen } from './helpers';

describe('valueRiskMatrix', () => {
  const base = [
    { customerId: 'a', value: 900, risk: 0.7 },
    { customerId: 'b', value: 800, risk: 0.1 },
    { customerId: 'c', value: 100, risk: 0.9 },
    { customerId: 'd', value: 50, risk: 0.2 },
  ];

  it('median split 2 × 2 with the default actions', () => {
    const m = valueRiskMatrix(base);
    expect(m.valueCutoffs).toEqual([450]);
    expect(m.riskCutoffs[0]).toBeCloseTo(0.45, 15);
    expect(m.customers).toEqual([
      { customerId: 'a', valueGroup: 'high', riskGroup: 'high', action: 'retain' },
      { customerId: 'b', valueGroup: 'high', riskGroup: 'low', action: 'maintain' },
      { customerId: 'c', valueGroup: 'low', riskGroup: 'high', action: 'let go' },
      { customerId: 'd', valueGroup: 'low', riskGroup: 'low', action: 'grow' },
    ]);
    expect(m.cells.map((c) => [c.valueGroup, c.riskGroup, c.count, c.value])).toEqual([
      ['low', 'low', 1, 50], ['low', 'high', 1, 100], ['high', 'low', 1, 800], ['high', 'high', 1, 900],
    ]);
    expect(m.cells[3]!.valueShare).toBeCloseTo(900 / 1850, 15);
  });

  it('stated cut-offs (a value on a cut-off goes below it), custom actions, empty cells, ratio scale', () => {
    const m = valueRiskMatrix(
      [
        { customerId: 1, value: 100, risk: 2.5 },
        { customerId: 2, value: 100, risk: 1 },
        { customerId: 3, value: 10, risk: 0 },
      ],
      { valueGroups: [100], riskGroups: [1, 2], riskScale: 'ratio', actions: [['a', 'b', 'c'], ['d', 'e', 'f']] },
    );
    expect(m.customers.map((c) => [c.valueGroup, c.riskGroup, c.action])).toEqual([['low', 'high', 'c'], ['low', 'low', 'a'], ['low', 'low', 'a']]);
    expect(m.cells.map((c) => c.count)).toEqual([2, 0, 1, 0, 0, 0]);
    expect(m.cells[1]).toMatchObject({ count: 0, value: 0, valueShare: 0 });
  });

  it('ties on a quantile share a group; all-equal values; one customer', () => {
    const m = valueRiskMatrix([1, 2, 3, 4].map((i) => ({ customerId: i, value: 5, risk: i / 10 })), { valueGroups: 3, riskGroups: 3 });
    expect(new Set(m.customers.map((c) => c.valueGroup))).toEqual(new Set(['low']));
    expect(m.customers.map((c) => c.action)).toEqual(['grow', 'grow', 'maintain', 'let go']);
    expect(valueRiskMatrix([{ customerId: 'x', value: 1, risk: 0 }]).customers[0]).toMatchObject({ valueGroup: 'low', riskGroup: 'low' });
  });

  it('rejects rows with risk outside [0, 1] (probability scale) and duplicates', () => {
    const m = valueRiskMatrix([...base, { customerId: 'e', value: 1, risk: 1.5 }, { customerId: 'a', value: 1, risk: 0 }]);
    expect(m.rejected.map((r) => [r.index, r.field])).toEqual([[0, 'customerId'], [4, 'risk'], [5, 'customerId']]);
    expect(m.customerCount).toBe(3);
  });

  it('errors', () => {
    expect(() => valueRiskMatrix(base, { valueGroups: 4 })).toThrow(/`valueRiskMatrix`: `options.actions` must be given for a 4 × 2 grid/);
    expect(() => valueRiskMatrix(base, { actions: [['x']] })).toThrow(/`options.actions` must be an array of 2 rows/);
    expect(() => valueRiskMatrix(base, { valueGroups: [3, 1] })).toThrow(/`options.valueGroups\[1\]` must be a finite number greater than the cut-off before it/);
    expect(() => valueRiskMatrix(base, { riskGroups: 1 })).toThrow(/must be an integer 2-10, got 1/);
    expect(() => valueRiskMatrix([])).toThrow(expect.objectContaining({ code: 'EMPTY_INPUT' }));
  });

  it('properties: cells partition the customers, row order, no mutation', () => {
    fc.assert(
      fc.property(
        fc.uniqueArray(fc.record({ customerId: fc.nat(500), value: fc.integer({ min: -10, max: 50 }), risk: fc.integer({ min: 0, max: 10 }).map((x) => x / 10) }), { minLength: 1, maxLength: 50, selector: (r) => r.customerId }),
        fc.constantFrom(2, 3),
        (data, g) => {
          const input = frozen(data.map((r) => ({ ...r })));
          const m = valueRiskMatrix(input, { valueGroups: g, riskGroups: g });
          expect(valueRiskMatrix([...input].reverse(), { valueGroups: g, riskGroups: g })).toEqual(m);
          expect(m.cells.reduce((s, c) => s + c.count, 0)).toBe(data.length);
          expect(m.cells).toHaveLength(g * g);
        },
      ),
      { numRuns: 50 },
    );
  });
});
