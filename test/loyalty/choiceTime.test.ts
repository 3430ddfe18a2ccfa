import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { AttentionInteraction } from '../../src/loyalty/brandAttention';
import { choiceTime } from '../../src/loyalty/choiceTime';
import type { TransactionInputRow } from '../../src/time/types';

const window = { from: '2024-03-01', to: '2024-03-31' };
const opts = { window, enquiryKinds: ['enquiry', 'visit'], lookbackDays: 30 };
const interactions: AttentionInteraction[] = [
  { customerId: 'a', date: '2024-03-01', kind: 'enquiry' },
  { customerId: 'a', date: '2024-03-04', kind: 'visit' },
  { customerId: 'a', date: '2024-03-10', kind: 'mailing' }, // not an enquiry kind
  { customerId: 'a', date: '2024-03-15', kind: 'visit' },
  { customerId: 'b', date: '2024-01-01', kind: 'visit' }, // more than 30 days before b's order
  { customerId: 'c', date: '2024-03-10', kind: 'visit' }, // c has no order in the window
];
const transactions: TransactionInputRow[] = [
  { customerId: 'a', date: '2024-03-08', amount: 120 }, // 7 days after the enquiry of 03-01
  { customerId: 'a', date: '2024-03-08', amount: 5 }, // same day: the same order
  { customerId: 'a', date: '2024-03-20', amount: 40 }, // visit of 03-15 (after the previous order): 5 days
  { customerId: 'a', date: '2024-03-25', amount: 40 }, // no enquiry since the previous order
  { customerId: 'b', date: '2024-03-05', amount: 60 },
  { customerId: 'c', date: '2024-04-02', amount: 60 },
];

describe('choiceTime', () => {
  it('measures days from the first enquiry to each order, counting orders without one', () => {
    const r = choiceTime(interactions, transactions, opts);
    expect(r.customers).toEqual([
      { customerId: 'a', orders: 3, ordersWithEnquiry: 2, ordersWithoutEnquiry: 1, medianDays: 6 },
      { customerId: 'b', orders: 1, ordersWithEnquiry: 0, ordersWithoutEnquiry: 1, medianDays: null },
    ]);
    expect(r.population).toEqual({ orders: 4, ordersWithEnquiry: 2, ordersWithoutEnquiry: 2, days: { n: 2, q1: 5.5, median: 6, q3: 6.5, reason: null } });
    expect(r.excluded).toEqual({ otherKinds: 1, noOrderInWindow: 1 });
  });

  it('lets an enquiry serve several orders when sincePreviousOrder is false', () => {
    const r = choiceTime(interactions, transactions, { ...opts, sincePreviousOrder: false });
    // a: 03-08 <- 03-01 (7), 03-20 <- 03-01 (19), 03-25 <- 03-01 (24)
    expect(r.customers[0]).toMatchObject({ ordersWithEnquiry: 3, medianDays: 19 });
    expect(r.settings.sincePreviousOrder).toBe(false);
  });

  it('counts a same-day enquiry as 0 days, and a look-back of 0 keeps only those', () => {
    const r = choiceTime([{ customerId: 'x', date: '2024-03-05', kind: 'visit' }, { customerId: 'x', date: '2024-03-04', kind: 'visit' }], [{ customerId: 'x', date: '2024-03-05', amount: 1 }], {
      ...opts,
      lookbackDays: 0,
    });
    expect(r.customers[0]).toMatchObject({ orders: 1, ordersWithEnquiry: 1, medianDays: 0 });
  });

  it('gives null quartiles with a reason when no order has an enquiry', () => {
    const r = choiceTime([], transactions, opts);
    expect(r.population.days).toEqual({ n: 0, q1: null, median: null, q3: null, reason: 'no order with an enquiry in the look-back' });
    expect(r.population.ordersWithoutEnquiry).toBe(4);
  });

  it('reports bad rows of both inputs, changes no other customer, ignores row order', () => {
    const badI = [...interactions, { customerId: 'a', date: '2024-13-01', kind: 'visit' }] as AttentionInteraction[];
    const badT = [...transactions, { customerId: 'b', date: '2024-03-09', amount: 'abc' }] as TransactionInputRow[];
    const r = choiceTime(badI, badT, opts);
    expect(r.rejected.interactions.map((x) => [x.index, x.field])).toEqual([[6, 'date']]);
    expect(r.rejected.transactions.map((x) => [x.index, x.field])).toEqual([[6, 'amount']]);
    expect(r.customers).toEqual(choiceTime(interactions, transactions, opts).customers);
    fc.assert(
      fc.property(fc.shuffledSubarray(interactions, { minLength: 6, maxLength: 6 }), fc.shuffledSubarray(transactions, { minLength: 6, maxLength: 6 }), (i, t) => {
        const fi = Object.freeze(i.map((x) => Object.freeze({ ...x })));
        const ft = Object.freeze(t.map((x) => Object.freeze({ ...x })));
        expect(choiceTime(fi, ft, opts)).toEqual(choiceTime(interactions, transactions, opts));
      }),
      { numRuns: 50 },
    );
  });

  it('checks its options', () => {
    expect(() => choiceTime(interactions, transactions, { ...opts, lookbackDays: -1 })).toThrow(/`choiceTime`: `options.lookbackDays` must be an integer at least 0/);
    expect(() => choiceTime(interactions, transactions, { ...opts, enquiryKinds: [] })).toThrow(/options.enquiryKinds/);
    expect(() => choiceTime(interactions, transactions, { ...opts, sincePreviousOrder: 'yes' as never })).toThrow(/must be a boolean/);
    expect(() => choiceTime(interactions, [], opts)).toThrow(/`transactions` must not be empty/);
  });
});
