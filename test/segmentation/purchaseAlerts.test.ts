import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { purchaseAlerts } from '../../src/segmentation/purchaseAlerts';
import type { PurchaseAlertsOptions } from '../../src/segmentation/purchaseAlerts';
import { indexTransactions } from '../../src/time/indexTransactions';
import type { TransactionInputRow } from '../../src/time/types';

/** Day `n` after 2023-01-01 as 'yyyy-mm-dd'. */
const day = (n: number) => new Date(Date.UTC(2023, 0, 1 + n)).toISOString().slice(0, 10);
/** Purchases of `customerId` on the given day offsets (amount 10 unless given). */
const buys = (customerId: string, days: readonly number[], amount: number | string = 10, product?: string): TransactionInputRow[] =>
  days.map((d) => ({ customerId, date: day(d), amount, ...(product === undefined ? {} : { product }) }));
const range = (from: number, to: number, step: number) => Array.from({ length: Math.floor((to - from) / step) + 1 }, (_, k) => from + k * step);

function deepFreeze<T>(value: T): T {
  if (typeof value === 'object' && value !== null && !(value instanceof Date)) {
    for (const v of Object.values(value)) deepFreeze(v);
    Object.freeze(value);
  }
  return value;
}

describe('purchaseAlerts: overdue', () => {
  const a = buys('a', [0, 30, 60]); // own IPT 30
  const only = (asOf: number, rows = a, extra: Partial<PurchaseAlertsOptions> = {}) =>
    purchaseAlerts(rows, { asOf: day(asOf), rules: ['overdue'], ...extra });

  it('fires strictly above k · IPT, with severity by the ratio', () => {
    expect(only(120).alerts).toEqual([]); // 60 days = 2 × 30: at the boundary, no alert
    const low = only(121).alerts[0]!;
    expect(low).toMatchObject({ customerId: 'a', rule: 'overdue', severity: 'low', direction: 'risk' });
    expect(low.evidence).toEqual({
      lastPurchaseDate: day(60), daysSinceLastPurchase: 61, medianIpt: 30, iptSource: 'own', purchases: 3, multiple: 2, thresholdDays: 60, ratio: 61 / 30,
    });
    expect(only(150).alerts[0]!.severity).toBe('low'); // ratio 3 is not above 1.5k = 3
    expect(only(151).alerts[0]!.severity).toBe('medium');
    expect(only(180).alerts[0]!.severity).toBe('medium'); // ratio 4 is not above 2k = 4
    expect(only(181).alerts[0]!.severity).toBe('high');
    expect(only(91, a, { overdueMultiple: 1 }).alerts).toHaveLength(1); // 31 > 1 × 30
  });

  it('uses the population median IPT below 3 purchase days, and says when there is none', () => {
    const rows = [...a, ...buys('b', [0, 10, 20, 30]), ...buys('c', [100]), ...buys('d', [50, 60]), ...buys('d', [60])];
    const r = only(141, rows);
    // own IPTs: a 30, b 10 → population median 20; c's last purchase 41 days ago > 40; d: 81 days > 40.
    expect(r.populationMedianIpt).toBe(20);
    expect(r.alerts.map((x) => [x.customerId, x.evidence.iptSource, x.evidence.medianIpt])).toEqual([
      ['a', 'own', 30],
      ['b', 'own', 10],
      ['c', 'population', 20],
      ['d', 'population', 20],
    ]);
    expect(r.alerts[3]!.evidence.purchases).toBe(2); // same-day rows merge into one purchase day
    const none = only(200, buys('c', [100]));
    expect(none.populationMedianIpt).toBeNull();
    expect(none.alerts).toEqual([]);
    expect(none.notEvaluated).toEqual([
      { customerId: 'c', rule: 'overdue', reason: '1 purchase day (own inter-purchase time needs ≥ 3) and no customer has enough for a population median' },
    ]);
  });

  it('ignores returns and purchases after asOf', () => {
    const rows: TransactionInputRow[] = [...a, { customerId: 'a', date: day(100), amount: -10, returned: true }, ...buys('a', [200])];
    const r = only(121, rows);
    expect(r.alerts[0]!.evidence.lastPurchaseDate).toBe(day(60));
    expect(r.afterAsOf.transactions).toBe(1);
  });
});

describe('purchaseAlerts: spend drop and spike', () => {
  const asOf = 300;
  const W = 30;
  /** One purchase of each amount in trailing windows 4, 3, 2, 1 and the recent window (last). */
  const log = (id: string, amounts: readonly (number | string)[]) =>
    amounts.flatMap((amount, k) => buys(id, [asOf - W * (amounts.length - 1 - k) - 5], amount));
  const run = (rows: TransactionInputRow[], extra: Partial<PurchaseAlertsOptions> = {}) =>
    purchaseAlerts(rows, { asOf: day(asOf), windowDays: W, rules: ['spend-drop', 'spend-spike'], ...extra });

  it('ratio below 0.5 is a drop (medium), below 0.25 high, exactly 0.5 none', () => {
    const r = run([...log('m', [100, 100, 100, 100, 40]), ...log('h', [100, 100, 100, 100, 20]), ...log('n', [100, 100, 100, 100, 50])]);
    expect(r.alerts.map((x) => [x.customerId, x.rule, x.severity])).toEqual([
      ['h', 'spend-drop', 'high'],
      ['m', 'spend-drop', 'medium'],
    ]);
    expect(r.alerts[1]!.evidence).toEqual({
      recentSpend: 40, trailingMean: 100, trailingMedian: 100, trailingMad: 0, trailingWindows: 4, windowDays: 30, ratio: 0.4, robustZ: null, zScale: null,
    });
    // all trailing windows equal: z is undefined, so the spike rule cannot judge them
    expect(r.notEvaluated.filter((x) => x.rule === 'spend-spike').map((x) => x.customerId)).toEqual(['h', 'm', 'n']);
  });

  it('robust z below −2 alone is a low drop; MAD scale 1.4826', () => {
    const r = run(log('z', [100, 120, 100, 120, 70]));
    // median 110, MAD 10: z = (70 − 110) / 14.826 = −2.698; ratio 70/110 = 0.636 ≥ 0.5
    const alert = r.alerts[0]!;
    expect(alert).toMatchObject({ rule: 'spend-drop', severity: 'low' });
    expect(alert.evidence.robustZ).toBeCloseTo(-40 / 14.826, 12);
    expect(alert.evidence.zScale).toBe('mad');
    expect(run(log('z', [100, 120, 100, 120, 81])).alerts).toEqual([]); // z = −1.955
  });

  it('a spike (z > 3) is an opportunity; MAD 0 falls back to the mean absolute deviation', () => {
    const r = run([...log('s', [100, 100, 100, 140, 400]), ...log('t', [100, 120, 100, 120, 150])]);
    // s: median 100, |dev| = 0,0,0,40: MAD 0, mean AD 10 → z = 300 / (1.2533141 · 10) = 23.94
    // t: z = 40 / 14.826 = 2.698 ≤ 3: no spike
    expect(r.alerts.map((x) => [x.customerId, x.rule, x.severity, x.direction])).toEqual([['s', 'spend-spike', 'low', 'opportunity']]);
    expect(r.alerts[0]!.evidence.robustZ).toBeCloseTo(300 / (Math.sqrt(Math.PI / 2) * 10), 10);
    expect(r.alerts[0]!.evidence.zScale).toBe('meanAbsoluteDeviation');
  });

  it('says when the history is too short or empty', () => {
    const r = run([...buys('new', [asOf - 3]), ...buys('young', [asOf - 40]), ...log('idle', [0.01, 0, 0, 0, 0]).slice(0, 1)]);
    // new: first purchase inside the recent window (0 trailing windows); young: 1 trailing window;
    // idle: 4 windows but its only purchase (0.01) is in window 4, so... it has spend: no note
    const notes = r.notEvaluated.filter((x) => x.rule === 'spend-drop');
    expect(notes).toEqual([
      { customerId: 'new', rule: 'spend-drop', reason: '0 trailing windows of 30 days since the first purchase (needs ≥ 2)' },
      { customerId: 'young', rule: 'spend-drop', reason: '1 trailing window of 30 days since the first purchase (needs ≥ 2)' },
    ]);
    expect(r.alerts.map((x) => [x.customerId, x.rule])).toEqual([['idle', 'spend-drop']]);
    const old = run(buys('old', [10]));
    expect(old.notEvaluated[0]!.reason).toBe('no spend in the trailing windows'); // purchases before the 4 trailing windows only
  });
});

describe('purchaseAlerts: frequency drop (Poisson lower tail)', () => {
  const run = (rows: TransactionInputRow[], asOf: number, extra: Partial<PurchaseAlertsOptions> = {}) =>
    purchaseAlerts(rows, { asOf: day(asOf), rules: ['frequency-drop'], ...extra });

  it('e^−3 = 0.0498 < 0.05 fires; 0.0502 does not', () => {
    // 12 purchase days 0, 30, ..., 330; asOf 449: recent window 360..449, history 360 days → λ̂W = 12·90/360 = 3
    const r = run(buys('a', range(0, 330, 30)), 449);
    expect(r.alerts[0]!.evidence).toEqual({
      observedPurchases: 0, expectedPurchases: 3, ratePerDay: 12 / 360, historyPurchases: 12, historyDays: 360, windowDays: 90, pValue: r.alerts[0]!.evidence.pValue, threshold: 0.05,
    });
    expect(r.alerts[0]!.evidence.pValue as number).toBeCloseTo(Math.exp(-3), 14);
    expect(r.alerts[0]!.severity).toBe('low');
    // one day later: history 361 days, λ̂W = 2.99169, p = 0.05021
    expect(run(buys('a', range(0, 330, 30)), 450).alerts).toEqual([]);
  });

  it('counts the observed purchases: P(N ≤ 1 | 6) = 7e^−6 (low), P(N = 0 | 6) = e^−6 (medium)', () => {
    const rows = [...buys('one', [...range(0, 345, 15), 400]), ...buys('zero', range(0, 345, 15))];
    const r = run(rows, 449);
    expect(r.alerts.map((x) => [x.customerId, x.severity])).toEqual([['one', 'low'], ['zero', 'medium']]);
    expect(r.alerts[0]!.evidence.pValue as number).toBeCloseTo(7 * Math.exp(-6), 14);
    expect(r.alerts[1]!.evidence.pValue as number).toBeCloseTo(Math.exp(-6), 14);
  });

  it('stays accurate for a large expected count (e^−90, high)', () => {
    const r = run(buys('daily', range(0, 899, 1)), 989);
    const p = r.alerts[0]!.evidence.pValue as number;
    expect(r.alerts[0]!.evidence.expectedPurchases).toBe(90);
    expect(Math.abs(p / Math.exp(-90) - 1)).toBeLessThan(1e-12);
    expect(r.alerts[0]!.severity).toBe('high');
  });

  it('needs a window of history and 3 purchase days before the recent window', () => {
    const r = run(buys('short', [0, 10, 20]), 150);
    expect(r.notEvaluated).toEqual([
      { customerId: 'short', rule: 'frequency-drop', reason: '61 days of history before the recent window (needs ≥ 90)' },
    ]);
    const s = run(buys('sparse', [0, 50]), 200);
    expect(s.notEvaluated[0]!.reason).toBe('2 purchase days before the recent window (needs ≥ 3)');
  });
});

describe('purchaseAlerts: segment downgrade', () => {
  const before = [
    { customerId: 'a', segment: 'Champions' },
    { customerId: 'b', segment: 'At Risk' },
    { customerId: 'c', segment: 'Loyal Customers' },
    { customerId: 'd', segment: 'Champions' },
    { customerId: 'x', segment: 'Lost' },
    { customerId: 'x', segment: 'Champions' },
  ];
  const after = [
    { customerId: 'a', segment: 'at risk' },
    { customerId: 'b', segment: 'Lost' },
    { customerId: 'c', segment: 'Loyal Customers' },
    { customerId: 'e', segment: 'Hibernating' },
  ];

  it('entering the bad set is high; moves inside it or between good segments are not alerts', () => {
    const r = purchaseAlerts([], { asOf: '2024-01-01', rules: ['segment-downgrade'], segments: { before, after } });
    expect(r.alerts).toEqual([
      { customerId: 'a', rule: 'segment-downgrade', severity: 'high', direction: 'risk', evidence: { before: 'Champions', after: 'at risk', enteredBadSet: true, tierDrop: null } },
    ]);
    expect(r.notEvaluated).toEqual([
      { customerId: 'd', rule: 'segment-downgrade', reason: 'no segment in the after snapshot' },
      { customerId: 'e', rule: 'segment-downgrade', reason: 'no segment in the before snapshot' },
    ]);
    // x names two different segments in one snapshot: both rows are rejected (no row wins by position)
    expect(r.rejected.map((x) => [x.source, x.index, x.field])).toEqual([
      ['segments.before', 4, 'segment'],
      ['segments.before', 5, 'segment'],
    ]);
    expect(r.customers).toBe(5);
  });

  it('tier demotions by an explicit order: one tier medium, two high, promotions none', () => {
    const order = ['Platinum', 'Gold', 'Iron', 'Lead'];
    const r = purchaseAlerts([], {
      asOf: '2024-01-01',
      rules: ['segment-downgrade'],
      segments: {
        before: [{ customerId: 'e', segment: 'Platinum' }, { customerId: 'f', segment: 'Gold' }, { customerId: 'g', segment: 'Lead' }, { customerId: 'h', segment: 'Tin' }],
        after: [{ customerId: 'e', segment: 'Gold' }, { customerId: 'f', segment: 'lead' }, { customerId: 'g', segment: 'Gold' }, { customerId: 'h', segment: 'Gold' }],
        order,
        bad: ['Lead'],
      },
    });
    expect(r.alerts.map((x) => [x.customerId, x.severity, x.evidence.tierDrop, x.evidence.enteredBadSet])).toEqual([
      ['e', 'medium', 1, false],
      ['f', 'high', 2, true],
    ]);
    expect(r.notEvaluated).toEqual([{ customerId: 'h', rule: 'segment-downgrade', reason: 'segment "Tin" is not in options.segments.order' }]);
    expect(r.settings.badSegments).toEqual(['Lead']);
  });
});

describe('purchaseAlerts: P(alive)', () => {
  it('strictly below the threshold; severity by thirds of it', () => {
    const pAlive = [
      { customerId: 'a', pAlive: 0.05 },
      { customerId: 'b', pAlive: 0.15 },
      { customerId: 'c', pAlive: 0.25 },
      { customerId: 'd', pAlive: 0.3 },
      { customerId: 'e', pAlive: 1.2 },
      { customerId: 'f', pAlive: 0.9 },
    ];
    const r = purchaseAlerts(buys('g', [0]), { asOf: day(10), rules: ['low-p-alive'], pAlive });
    expect(r.alerts.map((x) => [x.customerId, x.severity, x.evidence.pAlive])).toEqual([
      ['a', 'high', 0.05],
      ['b', 'medium', 0.15],
      ['c', 'low', 0.25],
    ]);
    expect(r.rejected).toEqual([{ source: 'pAlive', index: 4, field: 'pAlive', reason: 'must be a probability from 0 to 1', value: 1.2 }]);
    expect(r.notEvaluated).toEqual([{ customerId: 'g', rule: 'low-p-alive', reason: 'no pAlive row' }]);
    expect(purchaseAlerts([], { asOf: day(10), rules: ['low-p-alive'], pAlive, pAliveThreshold: 0.9 }).alerts).toHaveLength(4);
  });
});

describe('purchaseAlerts: incident follow-up', () => {
  const rows = buys('a', [0, 30, 60]); // IPT 30, allowance 2 × 30 = 60
  const run = (asOf: number, extraRows: TransactionInputRow[] = [], incidents = [{ customerId: 'a', date: day(60), incidentId: 'T-1' }]) =>
    purchaseAlerts([...rows, ...extraRows], { asOf: day(asOf), rules: ['incident-no-follow-up'], incidents });

  it('undecidable until the allowance has passed, then an alert; a purchase within it clears it', () => {
    expect(run(119).alerts).toEqual([]);
    expect(run(119).notEvaluated[0]!.reason).toBe(`incident of ${day(60)} is undecidable: 59 of 60 days of its follow-up allowance have passed`);
    const at = run(120);
    expect(at.alerts[0]).toMatchObject({ rule: 'incident-no-follow-up', severity: 'medium' });
    expect(at.alerts[0]!.evidence).toEqual({
      incidentDate: day(60), incidentIndex: 0, incidentId: 'T-1', daysSinceIncident: 60, allowanceDays: 60, medianIpt: 30, iptSource: 'own', multiple: 2,
    });
    expect(run(120, buys('a', [120])).alerts).toEqual([]); // bought on the last day of the allowance
    expect(run(121, buys('a', [121])).alerts).toHaveLength(1); // a day too late
    expect(run(180).alerts[0]!.severity).toBe('medium');
    expect(run(181).alerts[0]!.severity).toBe('high'); // 121 > 2 × 60
  });

  it('one alert per unfollowed incident, incidents after asOf counted apart', () => {
    const incidents = [
      { customerId: 'a', date: day(5) }, // followed by the purchase on day 30
      { customerId: 'a', date: day(61) },
      { customerId: 'a', date: day(60) },
      { customerId: 'a', date: day(500) },
      { customerId: 'a', date: 'yesterday' },
    ];
    const r = run(200, [], incidents as { customerId: string; date: string; incidentId: string }[]);
    expect(r.alerts.map((x) => x.evidence.incidentDate)).toEqual([day(60), day(61)]);
    expect(r.afterAsOf.incidents).toBe(1);
    expect(r.rejected.map((x) => [x.source, x.index, x.field])).toEqual([['incidents', 4, 'date']]);
  });
});

describe('purchaseAlerts: new category', () => {
  it('lists products first bought in the recent window by a customer who bought before it', () => {
    const rows: TransactionInputRow[] = [
      ...buys('a', [0], 10, 'tea'),
      ...buys('a', [95], 10, 'tea'),
      ...buys('a', [96], 10, 'coffee'),
      ...buys('a', [97], 10, 'cups'),
      { customerId: 'a', date: day(98), amount: 5, product: 'mugs', returned: true },
      ...buys('b', [95], 10, 'tea'),
      ...buys('c', [0, 95], 10, 'tea'),
    ];
    const r = purchaseAlerts(rows, { asOf: day(100), rules: ['new-category'], windowDays: 10 });
    expect(r.alerts).toEqual([
      { customerId: 'a', rule: 'new-category', severity: 'low', direction: 'opportunity', evidence: { categories: ['coffee', 'cups'], knownCategories: 1, windowDays: 10 } },
    ]);
    expect(r.notEvaluated).toEqual([{ customerId: 'b', rule: 'new-category', reason: 'no purchase before the recent window (every category would be new)' }]);
  });

  it('is skipped, and says so, without a product column', () => {
    const r = purchaseAlerts(buys('a', [0, 95]), { asOf: day(100), rules: ['new-category'] });
    expect(r.rulesSkipped).toEqual([{ rule: 'new-category', reason: 'the transactions have no product column' }]);
  });
});

describe('purchaseAlerts: the result as a whole', () => {
  it('sorts alerts by customer then rule, counts them, names the customers, lists skipped rules', () => {
    const rows = [...buys('b', [0, 30, 60]), ...buys('a', [0, 30, 60])];
    const r = purchaseAlerts(rows, { asOf: day(200), rules: ['low-p-alive', 'overdue'], pAlive: [{ customerId: 'b', pAlive: 0.01 }, { customerId: 'a', pAlive: 0.5 }] });
    expect(r.alerts.map((x) => [x.customerId, x.rule])).toEqual([['a', 'overdue'], ['b', 'overdue'], ['b', 'low-p-alive']]);
    expect(r.counts.overdue).toEqual({ low: 0, medium: 0, high: 2, total: 2 });
    expect(r.counts['low-p-alive']).toEqual({ low: 0, medium: 0, high: 1, total: 1 });
    expect(r.counts['spend-drop'].total).toBe(0);
    expect(r.totals).toEqual({ low: 0, medium: 0, high: 3, total: 3 });
    expect(r.customersWithAlerts).toEqual(['a', 'b']);
    expect(r.settings.rules).toEqual(['overdue', 'low-p-alive']);
    const all = purchaseAlerts(rows, { asOf: day(200) });
    expect(all.rulesSkipped.map((x) => x.rule)).toEqual(['segment-downgrade', 'low-p-alive', 'incident-no-follow-up', 'new-category']);
    expect(all.settings).toMatchObject({ asOf: day(200), recentWindow: { from: day(111), to: day(200) }, windowDays: 90, overdueMultiple: 2, spendDropRatio: 0.5, frequencyPValue: 0.05, pAliveThreshold: 0.3 });
  });

  it('takes an index as well as rows', () => {
    const rows = [...buys('a', [0, 30, 60]), ...buys('b', [0, 100])];
    expect(purchaseAlerts(indexTransactions(rows), { asOf: day(200) })).toEqual(purchaseAlerts(rows, { asOf: day(200) }));
    expect(() => purchaseAlerts(indexTransactions(rows), { asOf: day(200), minorDigits: 0 })).toThrow('`options.minorDigits` must agree with the transaction index (2), got 0');
  });

  it('checks its options', () => {
    const rows = buys('a', [0]);
    const call = (o: unknown) => () => purchaseAlerts(rows, o as PurchaseAlertsOptions);
    expect(call(undefined)).toThrow('`purchaseAlerts`: `options` must be an object, got undefined');
    expect(call({})).toThrow('`purchaseAlerts`: `options.asOf` must be a valid calendar date (yyyy-mm-dd, yyyymmdd or a Date), got undefined');
    expect(call({ asOf: day(5), overdueMultiple: '2' })).toThrow('`options.overdueMultiple` must be a finite number greater than 0, got "2"');
    expect(call({ asOf: day(5), overdueMultiple: 0 })).toThrow(/overdueMultiple/);
    expect(call({ asOf: day(5), windowDays: 1.5 })).toThrow(/`options.windowDays` must be an integer/);
    expect(call({ asOf: day(5), trailingWindows: 2, minTrailingWindows: 3 })).toThrow(/`options.minTrailingWindows` must be an integer 1-2/);
    expect(call({ asOf: day(5), spendDropZ: 2 })).toThrow('`options.spendDropZ` must be a finite number below 0, got 2');
    expect(call({ asOf: day(5), frequencyPValue: 1 })).toThrow(/frequencyPValue/);
    expect(call({ asOf: day(5), pAliveThreshold: null })).toThrow(/pAliveThreshold/);
    expect(call({ asOf: day(5), rules: ['overdue', 'churn'] })).toThrow(/`options.rules\[1\]` must be one of 'overdue'/);
    expect(call({ asOf: day(5), rules: 'overdue' })).toThrow(/options.rules/);
    expect(call({ asOf: day(5), segments: null })).toThrow(/options.segments/);
    expect(call({ asOf: day(5), segments: { before: [], after: 'x' } })).toThrow('`options.segments.after` must be an array of rows, got "x"');
    expect(call({ asOf: day(5), segments: { before: [], after: [], order: ['A', ''] } })).toThrow(/options.segments.order/);
    expect(call({ asOf: day(5), pAlive: {} })).toThrow(/options.pAlive/);
    expect(call({ asOf: day(5), incidents: 3 })).toThrow(/options.incidents/);
  });

  it('bad transaction rows are reported and change nothing else', () => {
    const good = [...buys('a', [0, 30, 60]), ...buys('b', [0, 100])];
    const bad = [...good, { customerId: 'a', date: day(150), amount: '1.001' }, { customerId: '', date: day(150), amount: 1 }] as TransactionInputRow[];
    const clean = purchaseAlerts(good, { asOf: day(200) });
    const dirty = purchaseAlerts(bad, { asOf: day(200) });
    expect({ ...dirty, rejected: [] }).toEqual({ ...clean, rejected: [] });
    expect(dirty.rejected.map((x) => [x.source, x.index, x.field])).toEqual([['transactions', 5, 'amount'], ['transactions', 6, 'customerId']]);
  });
});

describe('purchaseAlerts: properties', () => {
  const id = fc.constantFrom('a', 'b', 'c', 'd', 'e');
  const row = fc.record({
    customerId: id,
    date: fc.integer({ min: 0, max: 400 }).map(day),
    amount: fc.integer({ min: 1, max: 50_000 }).map((c) => (c / 100).toFixed(2)),
    product: fc.constantFrom('tea', 'coffee', 'cups'),
  });
  const side = fc.record({
    before: fc.array(fc.record({ customerId: id, segment: fc.constantFrom('Champions', 'Lost', 'At Risk', 'Loyal') }), { maxLength: 6 }),
    after: fc.array(fc.record({ customerId: id, segment: fc.constantFrom('Champions', 'Lost', 'At Risk', 'Loyal') }), { maxLength: 6 }),
    pAlive: fc.array(fc.record({ customerId: id, pAlive: fc.double({ min: 0, max: 1, noNaN: true }) }), { maxLength: 6 }),
    incidents: fc.array(fc.record({ customerId: id, date: fc.integer({ min: 0, max: 400 }).map(day) }), { maxLength: 6 }),
  });
  const reverse = <T>(xs: readonly T[]) => [...xs].reverse();
  const rotate = <T>(xs: readonly T[], k: number) => (xs.length === 0 ? [...xs] : [...xs.slice(k % xs.length), ...xs.slice(0, k % xs.length)]);

  it('does not depend on row order and does not mutate its inputs', () => {
    fc.assert(
      fc.property(fc.array(row, { maxLength: 60 }), side, fc.nat(), (rows, s, k) => {
        const options: PurchaseAlertsOptions = deepFreeze({
          asOf: day(380), windowDays: 60, segments: { before: s.before, after: s.after }, pAlive: s.pAlive, incidents: s.incidents,
        });
        const frozen = deepFreeze(rows);
        const snapshot = JSON.stringify([frozen, options]);
        const r = purchaseAlerts(frozen, options);
        expect(JSON.stringify([frozen, options])).toBe(snapshot);
        const shuffled = purchaseAlerts(rotate(reverse(frozen), k), {
          ...options,
          segments: { before: rotate(s.before, k), after: reverse(s.after) },
          pAlive: reverse(s.pAlive),
          incidents: rotate(s.incidents, k + 1),
        });
        // incidentIndex points into the input, so it moves with the rows; all else must not
        const strip = (x: typeof r) => ({ ...x, rejected: [], alerts: x.alerts.map((a) => ({ ...a, evidence: { ...a.evidence, incidentIndex: null } })) });
        expect(strip(shuffled)).toEqual(strip(r));
        expect(shuffled.rejected.length).toBe(r.rejected.length);
        // counts agree with the alerts; alerts are sorted by customer id
        expect(r.totals.total).toBe(r.alerts.length);
        const ids = r.alerts.map((a) => a.customerId);
        expect(ids).toEqual([...ids].sort());
        expect(r.customersWithAlerts).toEqual([...new Set(ids)]);
        for (const a of r.alerts) for (const v of Object.values(a.evidence)) if (typeof v === 'number') expect(Number.isFinite(v)).toBe(true);
      }),
      { numRuns: 60 },
    );
  });
});
