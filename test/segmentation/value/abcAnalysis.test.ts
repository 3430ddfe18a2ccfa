import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { abcAnalysis } from '../../../src/segmentation/abcAnalysis';
import { frozen, valueRows } from './helpers';

const rows = (xs: number[]) => xs.map((value, i) => ({ customerId: String.fromCharCode(97 + i), value }));

describe('abcAnalysis', () => {
  it('value-cumulative 80/95 with both crossing rules (hand-computed S = .7 .9 .95 .98 1)', () => {
    const values = rows([70, 20, 5, 3, 2, -3]);
    const lower = abcAnalysis(values);
    expect(lower.customers.map((c) => c.class)).toEqual(['A', 'B', 'B', 'C', 'C', 'C']);
    expect(lower.customers.map((c) => c.cumulativeShare)).toEqual([0.7, 0.9, 0.95, 0.98, 1, 1]);
    expect(abcAnalysis(values, { crossing: 'upper' }).customers.map((c) => c.class)).toEqual(['A', 'A', 'B', 'C', 'C', 'C']);
    expect(lower.classes.map((k) => [k.name, k.count, k.value])).toEqual([['A', 1, 70], ['B', 2, 25], ['C', 3, 2]]);
    expect(lower.totalValue).toBe(97);
    expect(lower.classes[0]!.valueShare).toBeCloseTo(70 / 97, 15);
  });

  it('a customer exactly on a cut-off stays above it under both rules', () => {
    for (const crossing of ['lower', 'upper'] as const) {
      expect(abcAnalysis(rows([80, 15, 5]), { crossing }).customers.map((c) => c.class)).toEqual(['A', 'B', 'C']);
    }
  });

  it('count-based 20/30/50: ⌊0.2N⌋ / ⌊0.5N⌋ (lower) or ⌈⌉ (upper)', () => {
    const values = rows([9, 8, 7, 6, 5, 4, 3]); // 0.2 × 7 = 1.4, 0.5 × 7 = 3.5
    expect(abcAnalysis(values, { basis: 'count' }).classes.map((k) => k.count)).toEqual([1, 2, 4]);
    expect(abcAnalysis(values, { basis: 'count', crossing: 'upper' }).classes.map((k) => k.count)).toEqual([2, 2, 3]);
    expect(abcAnalysis(rows(Array(10).fill(1)), { basis: 'count' }).classes.map((k) => k.count)).toEqual([2, 3, 5]);
  });

  it('all-equal values by value: ties broken by id; one customer crosses both cut-offs', () => {
    const r = abcAnalysis(rows([5, 5, 5, 5])); // S = .25 .5 .75 1
    expect(r.customers.map((c) => [c.customerId, c.class, c.rank])).toEqual([['a', 'A', 1], ['b', 'A', 2], ['c', 'A', 3], ['d', 'C', 4]]);
    expect(abcAnalysis(rows([5, 5, 5, 5]), { crossing: 'upper' }).customers.map((c) => c.class)).toEqual(['A', 'A', 'A', 'A']);
    expect(abcAnalysis([{ customerId: 'x', value: 3 }]).customers).toEqual([{ customerId: 'x', class: 'C', rank: 1, cumulativeShare: 1 }]);
    expect(abcAnalysis([{ customerId: 'x', value: 3 }], { crossing: 'upper' }).customers[0]!.class).toBe('A');
  });

  it('negative values: class C and out of the denominator by default, or rejected', () => {
    const values = rows([10, -30, 10]);
    const r = abcAnalysis(values, { basis: 'count', cutoffs: [0.5, 0.9] });
    expect(r.customers.map((c) => c.class)).toEqual(['A', 'C', 'B']);
    const rej = abcAnalysis(values, { negative: 'reject' });
    expect(rej.rejected).toEqual([{ index: 1, field: 'value', reason: expect.stringMatching(/at least 0/), value: -30 }]);
    expect(rej.customerCount).toBe(2);
  });

  it('errors', () => {
    expect(() => abcAnalysis(rows([1]), { cutoffs: [0.9, 0.8] })).toThrow(/`abcAnalysis`: `options.cutoffs\[1\]` must be greater than the cut-off before it, got 0.8/);
    expect(() => abcAnalysis(rows([1]), { cutoffs: [0.9] as never })).toThrow(/must be an array of 2 cut-offs/);
    expect(() => abcAnalysis(rows([1]), { crossing: 'up' as never })).toThrow(/`options.crossing` must be 'lower' or 'upper'/);
    expect(() => abcAnalysis(rows([0, -1]))).toThrow(expect.objectContaining({ code: 'UNDEFINED_RESULT' }));
    expect(() => abcAnalysis([])).toThrow(expect.objectContaining({ code: 'EMPTY_INPUT' }));
  });

  it('properties: classes partition, A ≥ B ≥ C by value, row order and mutation', () => {
    fc.assert(
      fc.property(valueRows(-20, 100), fc.constantFrom('value', 'count'), fc.constantFrom('lower', 'upper'), (data, basis, crossing) => {
        if (!data.some((r) => r.value > 0)) return;
        const input = frozen(data.map((r) => ({ ...r })));
        const o = { basis: basis as 'value', crossing: crossing as 'lower' };
        const a = abcAnalysis(input, o);
        expect(abcAnalysis([...input].reverse(), o)).toEqual(a);
        expect(a.classes.reduce((s, k) => s + k.count, 0)).toBe(data.length);
        const v = new Map(data.map((r) => [String(r.customerId), r.value]));
        const min = (k: string) => Math.min(...a.customers.filter((c) => c.class === k).map((c) => v.get(c.customerId)!));
        const max = (k: string) => Math.max(...a.customers.filter((c) => c.class === k).map((c) => v.get(c.customerId)!));
        expect(min('A')).toBeGreaterThanOrEqual(Math.max(max('B'), max('C')));
        expect(min('B')).toBeGreaterThanOrEqual(max('C'));
      }),
      { numRuns: 60 },
    );
  });
});
