import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { customerPriceSensitivity } from '../../src/loyalty/customerPriceSensitivity';
import { daysFromCivil } from '../../src/time/daysFromCivil';
import { formatEpochDay } from '../../src/time/formatEpochDay';
import type { TransactionInputRow } from '../../src/time/types';

const january = { from: '2024-01-01', to: '2024-01-31' };
const basic: TransactionInputRow[] = [
  { customerId: 'a', date: '2024-01-02', amount: 8, discount: 2, product: 'tea', quantity: 2 },
  { customerId: 'a', date: '2024-01-02', amount: 3, product: 'cup' }, // same day, no quantity
  { customerId: 'a', date: '2024-01-09', amount: 10, product: 'tea', quantity: 2 },
  { customerId: 'a', date: '2024-01-12', amount: 10, product: 'tea', quantity: 2, returned: true }, // a return: ignored
  { customerId: 'b', date: '2024-01-03', amount: 12, product: 'tea', quantity: 2 },
  { customerId: 'c', date: '2023-12-24', amount: 5, product: 'tea', quantity: 1 }, // before the window
];

describe('customerPriceSensitivity', () => {
  it('gives promo share, discount depth and price index paid', () => {
    const r = customerPriceSensitivity(basic, { window: january });
    // tea mean unit price over the window: (8 + 10 + 12) / 6 = 5
    expect(r.customers).toEqual([
      { customerId: 'a', orders: 2, promoOrders: 1, promoShare: 0.5, discountDepth: 2 / 23, priceIndex: 18 / 20, rowsWithoutQuantity: 1, response: null },
      { customerId: 'b', orders: 1, promoOrders: 0, promoShare: 0, discountDepth: 0, priceIndex: 12 / 10, rowsWithoutQuantity: 0, response: null },
      { customerId: 'c', orders: 0, promoOrders: 0, promoShare: null, discountDepth: null, priceIndex: null, rowsWithoutQuantity: 0, response: null },
    ]);
    expect(r.population).toMatchObject({ orders: 3, promoShare: 1 / 3, discountDepth: 2 / 35, rowsWithoutQuantity: 1, response: null });
    expect(r.settings.response).toBeNull();
  });

  it('counts orders by order id when given (rows without one: their day)', () => {
    const r = customerPriceSensitivity(
      [
        { customerId: 'a', date: '2024-01-02', amount: 8, orderId: 'o1', discount: 1 },
        { customerId: 'a', date: '2024-01-02', amount: 8, orderId: 'o2' },
        { customerId: 'a', date: '2024-01-02', amount: 8, orderId: 'o2' },
        { customerId: 'a', date: '2024-01-05', amount: 8 },
      ],
      { window: january },
    );
    expect(r.customers[0]).toMatchObject({ orders: 3, promoOrders: 1, priceIndex: null, rowsWithoutQuantity: 4 });
  });

  // Window of 8 weeks; even weeks sell tea at 4, odd weeks at 6 (quantity 1 each), so the period price
  // index takes two values and every logit fit has a closed form: slope = Δlogit / Δx.
  const start = daysFromCivil(2024, 1, 1);
  const day = (week: number) => formatEpochDay(start + 7 * week + 1);
  const buy = (id: string, week: number): TransactionInputRow => ({ customerId: id, date: day(week), amount: week % 2 === 0 ? 4 : 6, product: 'tea', quantity: 1 });
  const prior = (id: string): TransactionInputRow => ({ customerId: id, date: '2023-12-01', amount: 5, product: 'tea', quantity: 1 });
  const weekly: TransactionInputRow[] = [
    prior('a'), buy('a', 0), buy('a', 2), buy('a', 4), buy('a', 1), // low 3/4, high 1/4
    prior('b'), buy('b', 0), buy('b', 2), buy('b', 1), buy('b', 3), // 2/4 and 2/4: own slope 0
    prior('c'), buy('c', 0), buy('c', 2), buy('c', 4), buy('c', 6), // every low week, no high week: separated
    buy('d', 5), buy('d', 6), // new in week 5: observed in weeks 6 and 7, and week 7 has no price index
  ];
  const responseOptions = { window: { from: '2024-01-01', to: '2024-02-25' }, response: { periodDays: 7, shrinkage: 4, minPeriods: 4 } };
  const logit = (p: number) => Math.log(p / (1 - p));
  const pBar = 64 / 14; // 10 rows at 4 and 4 rows at 6
  const dx = 6 / pBar - 4 / pBar;

  it('fits the population slope over all customer-periods', () => {
    const r = customerPriceSensitivity(weekly, responseOptions);
    const pop = r.population.response;
    // Week 7 has no sale, so no price index: it is left out. Low weeks: 13 customer-periods and 10
    // purchases; high weeks 1, 3, 5: 9 and 3.
    expect(pop?.slope).toBeCloseTo((logit(3 / 9) - logit(10 / 13)) / dx, 9);
    expect(pop?.periods.map((p) => [p.customers, p.buyers])).toEqual([
      [3, 3], [3, 2], [3, 3], [3, 1], [3, 2], [3, 0], [4, 2], [4, 0],
    ]);
    expect(pop?.periods[0]).toMatchObject({ from: '2024-01-01', to: '2024-01-07' });
    expect(pop?.periods[0]?.priceIndex).toBeCloseTo(4 / pBar, 14);
    expect(pop?.periods[7]?.priceIndex).toBeNull();
  });

  it("shrinks each customer's own slope toward the population with weight n/(n + k), or says why it used the population", () => {
    const r = customerPriceSensitivity(weekly, responseOptions);
    const pop = r.population.response?.slope as number;
    const [a, b, c, d] = r.customers;
    // a: 7 priced weeks, bought in 3 of 4 low weeks and 1 of 3 high weeks; weight 7 / (7 + 4)
    const ownA = (logit(1 / 3) - logit(3 / 4)) / dx;
    expect(a?.response?.ownSlope).toBeCloseTo(ownA, 9);
    expect(a?.response).toMatchObject({ weight: 7 / 11, periods: 7, source: 'customer', reason: null });
    expect(a?.response?.slope).toBeCloseTo((7 / 11) * ownA + (4 / 11) * pop, 9);
    // b: 2 of 4 low weeks, 2 of 3 high weeks: buys more when prices are high
    const ownB = (logit(2 / 3) - logit(1 / 2)) / dx;
    expect(b?.response?.ownSlope).toBeCloseTo(ownB, 9);
    expect(b?.response?.slope).toBeCloseTo((7 / 11) * ownB + (4 / 11) * pop, 9);
    expect(c?.response).toMatchObject({ slope: pop, ownSlope: null, weight: 0, source: 'population' });
    expect(c?.response?.reason).toMatch(/own slope does not exist/);
    expect(d?.response).toMatchObject({ slope: pop, ownSlope: null, weight: 0, periods: 1, reason: 'history too short (1 periods < minPeriods 4): population slope used' });
    expect(r.settings.response).toEqual({ periodDays: 7, shrinkage: 4, minPeriods: 4, weight: 'n_i / (n_i + k)' });
  });

  it('gives the same fits without the shared-fit cache (more than 25 periods)', () => {
    // 26 weekly periods: weeks 8-25 have no sale, so no price index, and leave every fit unchanged.
    const long = customerPriceSensitivity(weekly, { ...responseOptions, window: { from: '2024-01-01', to: '2024-06-30' } });
    const short = customerPriceSensitivity(weekly, responseOptions);
    expect(long.population.response?.periods).toHaveLength(26);
    expect(long.customers.map((c) => c.response)).toEqual(short.customers.map((c) => c.response));
  });

  it('has no population slope without quantities, and says why', () => {
    const r = customerPriceSensitivity(
      weekly.map(({ quantity: _q, ...rest }) => rest),
      responseOptions,
    );
    expect(r.population.response?.slope).toBeNull();
    expect(r.population.response?.reason).toMatch(/does not exist/);
    expect(r.customers.every((c) => c.response === null && c.priceIndex === null)).toBe(true);
  });

  it('returns nulls for an empty window and handles one customer', () => {
    const empty = customerPriceSensitivity(basic, { window: { from: '2025-01-01', to: '2025-01-31' } });
    expect(empty.population).toMatchObject({ orders: 0, promoShare: null, discountDepth: null });
    const one = customerPriceSensitivity([{ customerId: 'x', date: '2024-01-01', amount: 9, discount: 1 }], { window: january });
    expect(one.customers[0]).toMatchObject({ promoShare: 1, discountDepth: 0.1, priceIndex: null });
  });

  it('reports bad rows, which change no other customer; ignores row order; does not mutate', () => {
    const bad = [...weekly, { customerId: 'a', date: '2024-01-03', amount: 4, quantity: 'many' }] as TransactionInputRow[];
    const r = customerPriceSensitivity(bad, responseOptions);
    expect(r.rejected.map((x) => [x.index, x.field])).toEqual([[weekly.length, 'quantity']]);
    expect(r).toEqual({ ...customerPriceSensitivity(weekly, responseOptions), rejected: r.rejected });
    fc.assert(
      fc.property(fc.shuffledSubarray(weekly, { minLength: weekly.length, maxLength: weekly.length }), (shuffled) => {
        const frozen = Object.freeze(shuffled.map((x) => Object.freeze({ ...x })));
        const got = customerPriceSensitivity(frozen, responseOptions);
        const want = customerPriceSensitivity(weekly, responseOptions);
        expect(got.customers.map((c) => [c.orders, c.promoShare, c.priceIndex, c.response?.periods])).toEqual(
          want.customers.map((c) => [c.orders, c.promoShare, c.priceIndex, c.response?.periods]),
        );
        got.customers.forEach((c, i) => expect(c.response?.slope).toBeCloseTo(want.customers[i]?.response?.slope as number, 12));
      }),
      { numRuns: 30 },
    );
  });

  it('checks its options', () => {
    expect(() => customerPriceSensitivity(basic, {} as never)).toThrow(/`customerPriceSensitivity`: `options.window` must be a window/);
    expect(() => customerPriceSensitivity(basic, { window: january, response: { periodDays: 7, shrinkage: -1, minPeriods: 4 } })).toThrow(/options.response.shrinkage/);
    expect(() => customerPriceSensitivity(basic, { window: january, response: { periodDays: 7, shrinkage: 1, minPeriods: 1 } })).toThrow(/`options.response.minPeriods` must be an integer at least 2/);
    expect(() => customerPriceSensitivity([], { window: january })).toThrow(/`transactions` must not be empty/);
  });
});
