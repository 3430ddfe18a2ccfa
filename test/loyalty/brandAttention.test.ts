import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { brandAttention, type AttentionInteraction } from '../../src/loyalty/brandAttention';

const window = { from: '2024-01-01', to: '2024-02-29' }; // 60 days = 2 periods of 30
const rows: AttentionInteraction[] = [
  { customerId: 'a', date: '2024-01-03', kind: 'visit' },
  { customerId: 'a', date: '2024-01-20', kind: 'enquiry' },
  { customerId: 'a', date: '2024-01-21', kind: 'mailing' }, // company-initiated kind
  { customerId: 'a', date: '2024-03-05', kind: 'visit' }, // outside the window
  { customerId: 'b', date: '2024-02-01', kind: 'call', initiatedBy: 'customer' }, // flagged: counts
  { customerId: 'b', date: '2024-02-02', kind: 'visit', initiatedBy: 'company' }, // a sales visit: not counted
];
const opts = { window, customerInitiatedKinds: ['visit', 'enquiry'], weights: { visit: 1, enquiry: 2 }, defaultWeight: 0.5 };

describe('brandAttention', () => {
  it('counts customer-initiated interactions per period, weighted by kind', () => {
    const r = brandAttention(rows, opts);
    expect(r.source).toBe('interactions');
    expect(r.customers).toEqual([
      { customerId: 'a', attention: 1.5, interactions: 2, weightedInteractions: 3, scaled: null },
      { customerId: 'b', attention: 0.25, interactions: 1, weightedInteractions: 0.5, scaled: null }, // 'call' has the default weight
    ]);
    expect(r.excluded).toEqual({ outsideWindow: 1, notCustomerInitiated: 2, itemMissing: 0 });
    expect(r.settings).toMatchObject({ periodDays: 30, customerInitiatedKinds: ['enquiry', 'visit'], weights: { enquiry: 2, visit: 1 }, defaultWeight: 0.5 });
  });

  it('counts every interaction as 1 without weights, per periodDays', () => {
    const r = brandAttention(rows, { window, customerInitiatedKinds: ['visit', 'enquiry'], periodDays: 60 });
    expect(r.customers.map((c) => [c.customerId, c.attention])).toEqual([
      ['a', 2],
      ['b', 1],
    ]);
  });

  it('reports a kind without a weight when there is no default weight', () => {
    const r = brandAttention(rows, { window, customerInitiatedKinds: ['visit', 'enquiry'], weights: { visit: 1, enquiry: 2 } });
    expect(r.rejected).toEqual([{ index: 4, field: 'kind', reason: 'has no weight (give it in options.weights, or options.defaultWeight)', value: 'call' }]);
    expect(r.customers.map((c) => c.customerId)).toEqual(['a']);
  });

  it('reports every listed customer (0 without interactions) and rejects unknown customers', () => {
    const r = brandAttention(rows, { ...opts, customers: ['a', 'z'] });
    expect(r.customers.map((c) => [c.customerId, c.attention])).toEqual([
      ['a', 1.5],
      ['z', 0],
    ]);
    expect(r.rejected.map((x) => [x.index, x.field])).toEqual([
      [4, 'customerId'],
      [5, 'customerId'],
    ]);
  });

  it('returns no customer for an empty window', () => {
    const r = brandAttention(rows, { ...opts, window: { from: '2023-01-01', to: '2023-01-31' } });
    expect(r.customers).toEqual([]);
    expect(r.excluded.outsideWindow).toBe(6);
  });

  it('reads a survey item, rescaled to [0, 1], with missing and bad answers reported', () => {
    const r = brandAttention(
      [
        { respondentId: 2, answers: { interest: 7 } },
        { respondentId: 1, answers: { interest: 4 } },
        { respondentId: 3, answers: { other: 1 } },
        { respondentId: 4, answers: { interest: 9 } },
        { respondentId: 5, answers: { interest: true } },
      ],
      { item: 'interest', scale: { min: 1, max: 7 } },
    );
    expect(r.source).toBe('survey');
    expect(r.customers).toEqual([
      { customerId: '1', attention: 4, interactions: null, weightedInteractions: null, scaled: 0.5 },
      { customerId: '2', attention: 7, interactions: null, weightedInteractions: null, scaled: 1 },
      { customerId: '5', attention: 1, interactions: null, weightedInteractions: null, scaled: 0 },
    ]);
    expect(r.excluded.itemMissing).toBe(1);
    expect(r.rejected).toEqual([{ index: 3, field: 'answers.interest', reason: 'must be a number 1-7', value: 9 }]);
  });

  it('a bad row changes no other customer; row order does not matter; input not mutated', () => {
    const withBad = [...rows, { customerId: 'c', date: 'yesterday', kind: 'visit' }, { customerId: null, date: '2024-01-05' }] as AttentionInteraction[];
    const r = brandAttention(withBad, opts);
    expect(r.rejected.map((x) => [x.index, x.field])).toEqual([
      [6, 'date'],
      [7, 'customerId'],
    ]);
    expect(r.customers).toEqual(brandAttention(rows, opts).customers);
    fc.assert(
      fc.property(fc.shuffledSubarray(rows, { minLength: rows.length, maxLength: rows.length }), (shuffled) => {
        const frozen = Object.freeze(shuffled.map((x) => Object.freeze({ ...x })));
        expect(brandAttention(frozen, opts)).toEqual(brandAttention(rows, opts));
      }),
      { numRuns: 50 },
    );
  });

  it('checks its options', () => {
    expect(() => brandAttention(rows, null as never)).toThrow(/`brandAttention`: `options` must be an object, got null/);
    expect(() => brandAttention(rows, { window } as never)).toThrow(/`options.customerInitiatedKinds` must be an array of strings/);
    expect(() => brandAttention(rows, { ...opts, periodDays: 0 })).toThrow(/`options.periodDays` must be a finite number greater than 0/);
    expect(() => brandAttention(rows, { ...opts, weights: { visit: -1 } })).toThrow(/`options.weights.visit` must be a finite number at least 0/);
    expect(() => brandAttention([], opts)).toThrow(/`records` must not be empty/);
    expect(() => brandAttention(rows, { item: '' })).toThrow(/`options.item` must be a non-blank string/);
    expect(() => brandAttention(rows, { item: 'x', scale: { min: 5, max: 1 } })).toThrow(/options.scale/);
  });
});
