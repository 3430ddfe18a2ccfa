import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { customerProfitability } from '../../src/segmentation/customerProfitability';
import type { InteractionInputRow } from '../../src/segmentation/customerProfitability';
import { indexTransactions } from '../../src/time/indexTransactions';
import type { TransactionInputRow } from '../../src/time/types';

const Q1 = { from: '2024-01-01', to: '2024-03-31' } as const;

/** Deep-freezes a value (arrays and plain objects). */
function deepFreeze<T>(value: T): T {
  if (typeof value === 'object' && value !== null && !(value instanceof Date)) {
    for (const v of Object.values(value)) deepFreeze(v);
    Object.freeze(value);
  }
  return value;
}

function codeOf(f: () => unknown): string | undefined {
  try {
    f();
  } catch (e) {
    return (e as { code?: string }).code;
  }
  return undefined;
}

describe('customerProfitability: hand-computed cases', () => {
  const transactions: TransactionInputRow[] = [
    { customerId: 'a', date: '2024-01-05', amount: '100.00', cost: '55.00' },
    { customerId: 'a', date: '2024-02-01', amount: '20.00', returned: true, cost: '11.00' },
    { customerId: 'b', date: '2024-01-09', amount: '40.00', discount: '5.00' },
  ];
  const interactions: InteractionInputRow[] = [
    { customerId: 'b', date: '2024-01-10', kind: 'call' },
    { customerId: 'c', date: '2024-01-11', cost: '7.50' },
  ];

  it('nets returns, applies the rate to uncosted rows, prices activities, includes interaction-only customers', () => {
    const r = customerProfitability(transactions, interactions, { window: Q1, costOfGoodsRate: 0.6, activityCosts: { call: '4.00' } });
    // a: revenue 100 − 20 = 80; cost 55 − 11 = 44; profit 36.
    // b: paid 40 after a 5 discount → revenue 45; cost 0.6 × 45 = 27; discount 5; a call at 4 → profit 9.
    // c: one contact at 7.50, no purchase → −7.50.
    expect(r.customers.map((c) => c.customerId)).toEqual(['a', 'b', 'c']);
    expect(r.customers[0]!.minor).toEqual({ revenue: 8000, costOfGoods: 4400, discounts: 0, costToServe: 0, profit: 3600 });
    expect(r.customers[1]!.minor).toEqual({ revenue: 4500, costOfGoods: 2700, discounts: 500, costToServe: 400, profit: 900 });
    expect(r.customers[2]!.exact).toEqual({ revenue: '0.00', costOfGoods: '0.00', discounts: '0.00', costToServe: '7.50', profit: '-7.50' });
    expect(r.customers[2]!.profit).toBe(-7.5);
    expect(r.customers[0]).toMatchObject({ transactions: 2, returns: 1, interactions: 0, profit: 36 });
    expect(r.totals.exact).toEqual({ revenue: '125.00', costOfGoods: '71.00', discounts: '5.00', costToServe: '11.50', profit: '37.50' });
    expect(r.totals).toMatchObject({ customers: 3, profitable: 2, unprofitable: 1, breakEven: 0, profit: 37.5 });
    expect(r.uncosted).toEqual([]);
    expect(r.rejected).toEqual([]);
    expect(r.settings).toMatchObject({ from: '2024-01-01', to: '2024-03-31', costOfGoodsRate: 0.6, activityCosts: { call: '4.00' }, amounts: 'after-discount' });
  });

  it('customers rows are directly { customerId, profit } rows for a whale curve', () => {
    const r = customerProfitability(transactions, interactions, { window: Q1, costOfGoodsRate: 0.6, activityCosts: { call: 4 } });
    const rows: readonly { readonly customerId: string; readonly profit: number }[] = r.customers;
    expect(rows.map(({ customerId, profit }) => ({ customerId, profit }))).toEqual([
      { customerId: 'a', profit: 36 },
      { customerId: 'b', profit: 9 },
      { customerId: 'c', profit: -7.5 },
    ]);
  });

  it('sums many rows of 0.10 exactly (float addition would not)', () => {
    const rows = Array.from({ length: 1000 }, (_, i) => ({ customerId: 'x', date: `2024-01-${String(1 + (i % 28)).padStart(2, '0')}`, amount: 0.1 }));
    let float = 0;
    for (const row of rows) float += row.amount;
    expect(float).not.toBe(100);
    const r = customerProfitability(rows, [], { window: Q1, costOfGoodsRate: 0.6 });
    expect(r.customers[0]!.exact.revenue).toBe('100.00');
    expect(r.customers[0]!.exact.costOfGoods).toBe('60.00'); // 0.06 per row, exactly
    expect(r.totals.minor.profit).toBe(4000);
    expect(r.totals.profit).toBe(40);
  });

  it('rounds each row\'s rate share half to even, and a return\'s share to the negative', () => {
    const at = (amount: string, rate: number, returned = false) =>
      customerProfitability([{ customerId: 'z', date: '2024-01-02', amount, returned }], [], { window: Q1, costOfGoodsRate: rate }).customers[0]!.minor
        .costOfGoods;
    expect(at('0.01', 0.5)).toBe(0); // 0.005 → 0.00 (to even)
    expect(at('0.03', 0.5)).toBe(2); // 0.015 → 0.02 (to even)
    expect(at('0.05', 0.5)).toBe(2); // 0.025 → 0.02 (to even)
    expect(at('0.20', 0.125)).toBe(2); // 0.025 → 0.02
    expect(at('0.12', 0.125)).toBe(2); // 0.015 → 0.02
    expect(at('0.13', 0.125)).toBe(2); // 0.01625 → 0.02
    expect(at('0.03', 0.5, true)).toBe(-2); // a return reverses its sale's share
    expect(at('1.10', 0.7)).toBe(77); // 0.7 × 110 = 77 exactly (float 0.7·110 = 77.00000000000001)
    // Products past 2^53 go through BigInt: 4503599627370495 × 0.999999999999 = 4503599627365991.40037… (Python Fraction)
    expect(at('45035996273704.95', 0.999999999999)).toBe(4503599627365991);
    expect(at('45035996273704.93', 0.5)).toBe(2251799813685246); // 2251799813685246.5 → even
  });

  it('one customer with one row', () => {
    const r = customerProfitability([{ customerId: 1, date: '2024-03-31', amount: 12, cost: 5 }], [], { window: Q1 });
    expect(r.customers).toHaveLength(1);
    expect(r.customers[0]).toMatchObject({ customerId: '1', profit: 7, exact: { profit: '7.00' } });
    expect(r.totals.profit).toBe(7);
  });

  it('counts the window days inclusively and only them', () => {
    const rows: TransactionInputRow[] = [
      { customerId: 'a', date: '2023-12-31', amount: 1, cost: 0 },
      { customerId: 'a', date: '2024-01-01', amount: 2, cost: 0 },
      { customerId: 'a', date: '2024-03-31', amount: 4, cost: 0 },
      { customerId: 'a', date: '2024-04-01', amount: 8, cost: 0 },
      { customerId: 'b', date: '2024-04-01', amount: 16, cost: 0 },
    ];
    const contacts: InteractionInputRow[] = [
      { customerId: 'a', date: '2024-01-01', cost: '0.50' },
      { customerId: 'c', date: '2023-12-31', cost: '0.50' },
    ];
    const r = customerProfitability(rows, contacts, { window: Q1 });
    expect(r.customers.map((c) => [c.customerId, c.exact.profit])).toEqual([['a', '5.50']]); // b, c: nothing in the window
    expect(r.outsideWindow).toEqual({ transactions: 3, interactions: 1 });
  });

  it('reports records whose cost is unknown instead of guessing', () => {
    const r = customerProfitability(
      [
        { customerId: 'a', date: '2024-01-02', amount: 10 },
        { customerId: 'a', date: '2024-01-03', amount: 10, cost: 4 },
      ],
      [
        { customerId: 'a', date: '2024-01-04', kind: 'visit' },
        { customerId: 'a', date: '2024-01-05' },
        { customerId: 'a', date: '2024-01-06', kind: 'call' },
      ],
      { window: Q1, activityCosts: { call: '1.25' } },
    );
    expect(r.customers[0]).toMatchObject({ uncostedTransactions: 1, uncostedInteractions: 2, minor: { costOfGoods: 400, costToServe: 125, profit: 1475 } });
    expect(r.uncosted.map((u) => [u.source, u.index])).toEqual([
      ['transactions', 0],
      ['interactions', 0],
      ['interactions', 1],
    ]);
    expect(r.uncosted[1]!.reason).toMatch(/activity cost for kind "visit"/);
    expect(r.uncosted[0]!.reason).toMatch(/costOfGoodsRate/);
  });

  it('reads amounts before or after discount, and counts interaction benefits as discounts unless told not to', () => {
    const rows: TransactionInputRow[] = [{ customerId: 'a', date: '2024-01-02', amount: 90, discount: 10, cost: 50 }];
    const contacts: InteractionInputRow[] = [{ customerId: 'a', date: '2024-01-03', cost: 2, benefit: 3 }];
    const after = customerProfitability(rows, contacts, { window: Q1 });
    expect(after.customers[0]!.minor).toEqual({ revenue: 10000, costOfGoods: 5000, discounts: 1300, costToServe: 200, profit: 3500 });
    const before = customerProfitability(rows, contacts, { window: Q1, amounts: 'before-discount', benefits: 'ignore' });
    expect(before.customers[0]!.minor).toEqual({ revenue: 9000, costOfGoods: 5000, discounts: 1000, costToServe: 200, profit: 2800 });
    expect(before.settings).toMatchObject({ amounts: 'before-discount', benefits: 'ignore' });
  });

  it('returns reverse their discount too: a sale and its full return net to zero', () => {
    const rows: TransactionInputRow[] = [
      { customerId: 'a', date: '2024-01-02', amount: '45.00', discount: '5.00' },
      { customerId: 'a', date: '2024-01-09', amount: '-45.00', discount: '5.00', returned: true },
    ];
    const r = customerProfitability(rows, [], { window: Q1, costOfGoodsRate: 0.6 });
    expect(r.customers[0]!.minor).toEqual({ revenue: 0, costOfGoods: 0, discounts: 0, costToServe: 0, profit: 0 });
    expect(r.totals.breakEven).toBe(1);
  });

  it('works with zero minor digits (yen)', () => {
    const r = customerProfitability([{ customerId: 'a', date: '2024-01-02', amount: 1001, currency: 'JPY' }], [{ customerId: 'a', date: '2024-01-02', cost: '3' }], {
      window: Q1,
      currency: 'JPY',
      costOfGoodsRate: 0.5,
    });
    expect(r.customers[0]!.exact).toEqual({ revenue: '1001', costOfGoods: '500', discounts: '0', costToServe: '3', profit: '498' }); // 500.5 → 500
    expect(r.settings).toMatchObject({ minorDigits: 0, currency: 'JPY' });
  });

  it('reports bad rows with index and reason, and they change no other customer', () => {
    const good: TransactionInputRow[] = [
      { customerId: 'a', date: '2024-01-02', amount: '10.00', cost: 4 },
      { customerId: 'b', date: '2024-01-03', amount: '20.00', cost: 5 },
    ];
    const goodContacts: InteractionInputRow[] = [{ customerId: 'a', date: '2024-01-02', cost: 1 }];
    const bad = [
      ...good,
      { customerId: 'a', date: '2024-02-30', amount: 5 },
      { customerId: 'c', date: '2024-01-02', amount: '1.005' },
    ] as TransactionInputRow[];
    const badContacts = [
      ...goodContacts,
      { customerId: 'a', date: '2024-01-02', cost: '-1' },
      { customerId: 'b', date: 'soon', cost: 1 },
      { customerId: 'b', date: '2024-01-02', cost: 1, currency: 'EUR' },
      null,
    ] as unknown as InteractionInputRow[];
    const clean = customerProfitability(good, goodContacts, { window: Q1, currency: 'USD' });
    const dirty = customerProfitability(bad, badContacts, { window: Q1, currency: 'USD' });
    expect(dirty.customers).toEqual(clean.customers);
    expect(dirty.rejected.map((r) => [r.source, r.index, r.field])).toEqual([
      ['transactions', 2, 'date'],
      ['transactions', 3, 'amount'],
      ['interactions', 1, 'cost'],
      ['interactions', 2, 'date'],
      ['interactions', 3, 'currency'],
      ['interactions', 4, 'row'],
    ]);
    expect(dirty.rejected[2]!.reason).toBe('must not be negative');
    expect(dirty.rejected[4]!.reason).toMatch(/must be USD/);
  });

  it('takes a transaction index as well as rows', () => {
    const rows: TransactionInputRow[] = [
      { customerId: 'a', date: '2024-01-02', amount: '10.00', cost: 4 },
      { customerId: 'b', date: '2024-01-03', amount: '20.00' },
    ];
    const options = { window: Q1, costOfGoodsRate: 0.25 } as const;
    expect(customerProfitability(indexTransactions(rows), [], options)).toEqual(customerProfitability(rows, [], options));
    expect(() => customerProfitability(indexTransactions(rows), [], { ...options, minorDigits: 3 })).toThrow(/must agree with the transaction index \(2\)/);
  });
});

describe('customerProfitability: errors', () => {
  const rows: TransactionInputRow[] = [{ customerId: 'a', date: '2024-01-02', amount: 1 }];
  const call = (options: unknown, contacts: unknown = []) =>
    () => customerProfitability(rows, contacts as InteractionInputRow[], options as { window: { from: string; to: string } });

  it('checks the options', () => {
    expect(call(undefined)).toThrow('`customerProfitability`: `options` must be an object, got undefined');
    expect(call(null)).toThrow('`options` must be an object, got null');
    expect(call({})).toThrow('`options.window` must be an object { from, to } of calendar dates (both inclusive), got undefined');
    expect(call({ window: { from: '2024-01-01' } })).toThrow('`options.window.to` must be a valid calendar date');
    expect(call({ window: { from: '2024-02-01', to: '2024-01-01' } })).toThrow('`options.window.to` must not be before `options.window.from`, got "2024-01-01"');
    expect(call({ window: Q1, costOfGoodsRate: '0.6' })).toThrow('`options.costOfGoodsRate` must be a number from 0 to 10, got "0.6"');
    expect(call({ window: Q1, costOfGoodsRate: -0.1 })).toThrow(/costOfGoodsRate/);
    expect(call({ window: Q1, costOfGoodsRate: 1e-13 })).toThrow('must have at most 12 decimals');
    expect(call({ window: Q1, activityCosts: { call: '1.005' } })).toThrow('`options.activityCosts["call"]` must have at most 2 decimal places, got "1.005"');
    expect(call({ window: Q1, activityCosts: { call: -1 } })).toThrow('`options.activityCosts["call"]` must not be negative, got -1');
    expect(call({ window: Q1, activityCosts: null })).toThrow(/activityCosts/);
    expect(call({ window: Q1, amounts: 'net' })).toThrow("`options.amounts` must be one of 'after-discount', 'before-discount', got \"net\"");
    expect(call({ window: Q1, benefits: true })).toThrow(/options\.benefits/);
    expect(call({ window: Q1, minorDigits: '2' })).toThrow(/options\.minorDigits/);
    expect(codeOf(call({ window: Q1, amounts: 'net' }))).toBe('INVALID_ARGUMENT');
  });

  it('checks the inputs', () => {
    expect(call({ window: Q1 }, null)).toThrow('`interactions` must be an array of interaction rows, got null');
    expect(call({ window: Q1 }, [{ customerId: 'a', date: '2024-01-01', cost: 1, currency: 'EUR' }, { customerId: 'a', date: '2024-01-01', cost: 1, currency: 'USD' }]))
      .toThrow(/`interactions\[\]\.currency` must be one currency/);
    const empty = () => customerProfitability([], [], { window: Q1 });
    expect(empty).toThrow('`customerProfitability`: `transactions and interactions` must not both be empty');
    expect(codeOf(empty)).toBe('EMPTY_INPUT');
  });
});

describe('customerProfitability: properties', () => {
  const day = fc.integer({ min: 0, max: 120 }).map((d) => new Date(Date.UTC(2024, 0, 1 + d)).toISOString().slice(0, 10));
  const id = fc.constantFrom('a', 'b', 'c', 'd', 7);
  const cents = fc.integer({ min: 0, max: 100_000 }).map((c) => (c / 100).toFixed(2));
  const txRow = fc.record({
    customerId: id,
    date: day,
    amount: cents,
    returned: fc.boolean(),
    cost: fc.option(cents, { nil: undefined }),
    discount: fc.option(cents, { nil: undefined }),
  });
  const contactRow = fc.record({
    customerId: id,
    date: day,
    kind: fc.option(fc.constantFrom('call', 'visit', 'mail'), { nil: undefined }),
    cost: fc.option(cents, { nil: undefined }),
    benefit: fc.option(cents, { nil: undefined }),
  });
  const options = { window: { from: '2024-01-10', to: '2024-04-10' }, costOfGoodsRate: 0.37, activityCosts: { call: '2.35', visit: 40 } } as const;
  const clean = (rows: { returned: boolean }[]) => rows.map((r) => (r.returned ? r : { ...r, returned: undefined })) as TransactionInputRow[];

  it('does not depend on row order, does not mutate inputs, and the totals are the exact identity', () => {
    fc.assert(
      fc.property(fc.array(txRow, { maxLength: 40 }), fc.array(contactRow, { maxLength: 20 }), fc.integer(), (tx, contacts, seed) => {
        fc.pre(tx.length + contacts.length > 0);
        const rows = deepFreeze(clean(tx));
        const frozenContacts = deepFreeze(contacts as InteractionInputRow[]);
        const before = JSON.stringify([rows, frozenContacts]);
        const r = customerProfitability(rows, frozenContacts, options);
        expect(JSON.stringify([rows, frozenContacts])).toBe(before);
        const shuffle = <T>(xs: readonly T[]) => xs.map((x, i) => [((i + 1) * (seed | 1)) % 9973, i, x] as const).sort((p, q) => p[0] - q[0] || p[1] - q[1]).map((p) => p[2]);
        const s = customerProfitability(shuffle(rows), shuffle(frozenContacts), options);
        expect(s.customers).toEqual(r.customers);
        expect(s.totals).toEqual(r.totals);
        const t = r.totals.minor;
        expect(t.profit).toBe(t.revenue - t.costOfGoods - t.discounts - t.costToServe);
        for (const key of ['revenue', 'costOfGoods', 'discounts', 'costToServe', 'profit'] as const) {
          expect(r.customers.reduce((acc, c) => acc + c.minor[key], 0)).toBe(t[key]);
        }
        for (const c of r.customers) expect(c.minor.profit).toBe(c.minor.revenue - c.minor.costOfGoods - c.minor.discounts - c.minor.costToServe);
        const ids = r.customers.map((c) => c.customerId);
        expect(ids).toEqual([...ids].sort());
      }),
      { numRuns: 60 },
    );
  });

  it('splitting the customers into two logs gives the same rows (customers are independent)', () => {
    fc.assert(
      fc.property(fc.array(txRow, { minLength: 1, maxLength: 40 }), fc.array(contactRow, { maxLength: 20 }), (tx, contacts) => {
        const rows = clean(tx);
        const all = customerProfitability(rows, contacts as InteractionInputRow[], options);
        const isA = (x: { customerId: string | number }) => String(x.customerId) === 'a';
        const partA = rows.filter(isA);
        const contactsA = (contacts as InteractionInputRow[]).filter(isA);
        fc.pre(partA.length + contactsA.length > 0);
        const only = customerProfitability(partA, contactsA, options);
        expect(only.customers).toEqual(all.customers.filter((c) => c.customerId === 'a'));
      }),
      { numRuns: 40 },
    );
  });
});
