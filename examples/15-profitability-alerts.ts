// Which customers earn money once the cost of serving them is counted, and which ones are drifting away?
// 1. A year of made-up transactions (with product costs for some rows) and service contacts (visits,
//    calls, deliveries) of a small wholesaler: customer profitability, exact to the cent, and the whale
//    curve read from it (cumulative profit with customers ranked from most to least profitable).
// 2. Abnormal-purchase alerts at the end of the year: overdue customers, spend and frequency drops,
//    segment downgrades, low P(alive) from a BG/NBD model, complaints not followed by a purchase, and
//    the good news (spend spikes, first purchases in a new category).
// The data come from a seeded generator plus a few hand-written customers, so every figure is checked
// against its definition at the end.
// Run: npx tsup && node --import tsx examples/15-profitability-alerts.ts
import assert from 'node:assert/strict';
import { createRandom, sampleCategorical, samplePoisson } from 'clientele';
import { bgNbd } from 'clientele/clv';
import { customerProfitability, indexTransactions, purchaseAlerts } from 'clientele/segmentation';
import type { InteractionInputRow, TransactionInputRow } from 'clientele/segmentation';
import { summarizeTransactions } from 'clientele/time';

const line = (s = '') => console.log(s);
const rule = (title: string) => line(`\n== ${title} ${'='.repeat(Math.max(0, 72 - title.length))}`);
const day = (n: number) => new Date(Date.UTC(2024, 0, 1 + n)).toISOString().slice(0, 10); // day n of 2024
const cents = (c: number) => (c / 100).toFixed(2);

// ---------------------------------------------------------------------------------------------------
rule('1. A year of orders and service contacts');
const random = createRandom(15);
const transactions: TransactionInputRow[] = [];
const interactions: InteractionInputRow[] = [];
const products = ['paper', 'toner', 'chairs', 'desks'];
for (let k = 0; k < 60; k++) {
  const id = `c${String(k).padStart(2, '0')}`;
  const orders = 1 + samplePoisson(random, 1 + (k % 7) * 2);
  const basket = 2000 + 1500 * (k % 5); // cents
  for (let o = 0; o < orders; o++) {
    const amount = basket + Math.floor(random.next() * basket);
    const withCost = random.next() < 0.5;
    transactions.push({
      customerId: id,
      date: day(Math.floor(random.next() * 330)),
      amount: cents(amount),
      product: products[sampleCategorical(random, [0.4, 0.3, 0.2, 0.1])]!,
      ...(withCost ? { cost: cents(Math.round(amount * 0.55)) } : {}),
      ...(random.next() < 0.2 ? { discount: cents(Math.round(amount * 0.1)) } : {}),
    });
  }
  // Small-basket customers call a lot; every fifth customer gets a sales visit each quarter.
  const calls = samplePoisson(random, k % 5 === 0 ? 8 : 2);
  for (let c = 0; c < calls; c++) interactions.push({ customerId: id, date: day(Math.floor(random.next() * 360)), kind: 'call' });
  if (k % 5 === 0) for (let q = 0; q < 4; q++) interactions.push({ customerId: id, date: day(45 + 90 * q), kind: 'visit' });
}
// Hand-written customers, one per story:
const regular = [0, 30, 60, 90, 120, 150, 180, 210, 240];
transactions.push(...regular.map((d) => ({ customerId: 'overdue', date: day(d), amount: '80.00', product: 'paper' })));
transactions.push(...[0, 20, 40, 60, 80, 100, 120, 140, 160, 180, 200, 220, 240, 260, 280, 300, 320, 340].map((d, i) => ({
  customerId: 'fading', date: day(d), amount: i < 14 ? '150.00' : '20.00', product: 'toner',
})));
transactions.push(...[10, 100, 190, 280].map((d, i) => ({ customerId: 'grower', date: day(d), amount: ['100.00', '90.00', '110.00', '100.00'][i]!, product: 'paper' })));
transactions.push({ customerId: 'grower', date: day(350), amount: '900.00', product: 'desks' });
transactions.push({ customerId: 'returner', date: day(100), amount: '500.00', cost: '300.00', product: 'chairs' });
transactions.push({ customerId: 'returner', date: day(110), amount: '-500.00', cost: '300.00', product: 'chairs', returned: true });
interactions.push({ customerId: 'returner', date: day(105), kind: 'delivery' }, { customerId: 'returner', date: day(112), kind: 'delivery' });
interactions.push({ customerId: 'prospect', date: day(200), kind: 'visit' }, { customerId: 'prospect', date: day(260), kind: 'visit' });
line(`${transactions.length} transaction rows, ${interactions.length} contacts`);

// ---------------------------------------------------------------------------------------------------
rule('2. Customer profitability over 2024');
// Rows without a cost: cost of goods = 60 % of revenue (rounded half to even per row). Contacts are
// costed by activity: a call 4.50, a visit 95.00, a delivery 25.00.
const activityCosts = { call: '4.50', visit: '95.00', delivery: '25.00' };
const index = indexTransactions(transactions); // read once, used by both analyses
const profit = customerProfitability(index, interactions, {
  window: { from: '2024-01-01', to: '2024-12-31' },
  costOfGoodsRate: 0.6,
  activityCosts,
});
const t = profit.totals;
line(`revenue ${t.exact.revenue}, cost of goods ${t.exact.costOfGoods}, discounts ${t.exact.discounts}, cost to serve ${t.exact.costToServe}`);
line(`profit ${t.exact.profit}: ${t.profitable} customers profitable, ${t.unprofitable} unprofitable, ${t.breakEven} break even`);
const ranked = [...profit.customers].sort((a, b) => b.profit - a.profit || (a.customerId < b.customerId ? -1 : 1));
line('least profitable:');
for (const c of ranked.slice(-3)) {
  line(`  ${c.customerId.padEnd(9)} revenue ${c.exact.revenue.padStart(9)}  cost to serve ${c.exact.costToServe.padStart(7)}  profit ${c.exact.profit.padStart(8)}`);
}

// The whale curve: cumulative profit, most profitable customers first, as a share of total profit.
let running = 0n;
const curve = ranked.map((c) => (running += BigInt(c.minor.profit)));
const peak = curve.reduce((m, x) => (x > m ? x : m), 0n);
const totalMinor = BigInt(t.minor.profit);
line(`whale curve: peaks at ${((100 * Number(peak)) / Number(totalMinor)).toFixed(0)} % of total profit after ${t.profitable} of ${t.customers} customers, ends at 100 %`);

// ---------------------------------------------------------------------------------------------------
rule('3. Alerts at the end of the year');
const asOf = '2024-12-31';
// P(alive) from a BG/NBD model (parameters in weeks, as estimated on CDNOW by Fader, Hardie & Lee 2005).
const summary = summarizeTransactions(
  transactions.filter((r) => r.returned !== true).map((r) => ({ customerId: String(r.customerId), date: r.date, amount: r.amount })),
  { observationEnd: asOf, unit: 'week' },
);
const cdnow = { r: 0.243, alpha: 4.414, a: 0.793, b: 2.426 };
const pAlive = summary.customers.map((c) => ({ customerId: c.customerId, pAlive: bgNbd.probabilityAlive(cdnow, c) }));
const alerts = purchaseAlerts(index, {
  asOf,
  pAlive,
  segments: {
    before: [{ customerId: 'c03', segment: 'Champions' }, { customerId: 'c04', segment: 'Loyal Customers' }],
    after: [{ customerId: 'c03', segment: 'At Risk' }, { customerId: 'c04', segment: 'Loyal Customers' }],
  },
  incidents: [{ customerId: 'overdue', date: day(241), incidentId: 'Q-17' }],
});
line(`${alerts.customers} customers examined; population median inter-purchase time ${alerts.populationMedianIpt} days`);
line('rule                    low medium high');
for (const [name, c] of Object.entries(alerts.counts)) line(`  ${name.padEnd(22)} ${String(c.low).padStart(3)} ${String(c.medium).padStart(6)} ${String(c.high).padStart(4)}`);
for (const who of ['overdue', 'fading', 'grower', 'c03']) {
  for (const a of alerts.alerts.filter((x) => x.customerId === who)) line(`  ${who.padEnd(8)} ${a.rule.padEnd(22)} ${a.severity.padEnd(6)} ${a.direction}`);
}
line(`not evaluated (too little history etc.): ${alerts.notEvaluated.length} customer-rule pairs, e.g. ${JSON.stringify(alerts.notEvaluated[0])}`);

// ---------------------------------------------------------------------------------------------------
// Self-check: the library still tells the truth.
// (a) Profit is exact: recompute every customer from the rows with integer cents.
const toCents = (x: string | number) => Math.round(Number(x) * 100);
const expected = new Map<string, bigint>();
const add = (id: string, v: number) => expected.set(id, (expected.get(id) ?? 0n) + BigInt(v));
for (const r of transactions) {
  const sign = r.returned === true ? -1 : 1;
  const paid = sign * Math.abs(toCents(r.amount));
  const discount = sign * toCents(r.discount ?? 0);
  const revenue = paid + discount;
  const cost = r.cost !== undefined ? sign * toCents(r.cost) : Math.sign(revenue) * halfEven((Math.abs(revenue) * 6) / 10);
  add(String(r.customerId), revenue - cost - discount);
}
for (const r of interactions) add(String(r.customerId), -toCents(activityCosts[r.kind as keyof typeof activityCosts]));
assert.equal(profit.customers.length, expected.size);
for (const c of profit.customers) assert.equal(BigInt(c.minor.profit), expected.get(c.customerId), c.customerId);
assert.equal(t.minor.profit, t.minor.revenue - t.minor.costOfGoods - t.minor.discounts - t.minor.costToServe);
assert.equal(profit.customers.find((c) => c.customerId === 'returner')!.exact.profit, '-50.00'); // sold, returned, two deliveries
assert.equal(profit.customers.find((c) => c.customerId === 'prospect')!.exact.profit, '-190.00'); // two visits, no order
// (b) The whale curve ends at total profit and peaks at the sum of the positive profits.
assert.equal(curve[curve.length - 1], totalMinor);
assert.equal(peak, profit.customers.reduce((s, c) => s + BigInt(Math.max(0, c.minor.profit)), 0n));
// (c) Each story customer raises its alert, and each alert holds by its own evidence.
const has = (id: string, name: string) => alerts.alerts.some((a) => a.customerId === id && a.rule === name);
assert.ok(has('overdue', 'overdue')); // 126 days since the last order against a 30-day rhythm
assert.ok(has('overdue', 'incident-no-follow-up')); // complaint Q-17, no order since
assert.ok(has('fading', 'spend-drop')); // 20.00 orders instead of 150.00
assert.ok(has('grower', 'spend-spike') && has('grower', 'new-category')); // 900.00 of desks
assert.ok(has('c03', 'segment-downgrade'));
for (const a of alerts.alerts) {
  const e = a.evidence;
  if (a.rule === 'overdue') assert.ok((e.daysSinceLastPurchase as number) > (e.multiple as number) * (e.medianIpt as number));
  if (a.rule === 'frequency-drop') assert.ok((e.pValue as number) < 0.05);
  if (a.rule === 'low-p-alive') assert.ok((e.pAlive as number) < 0.3);
}
assert.equal(alerts.totals.total, alerts.alerts.length);
line('\nself-check passed');

/** Rounds a non-negative number of the form n/10 half to even (the example's 60 % rule). */
function halfEven(x: number): number {
  const f = Math.floor(x);
  const d = x - f;
  return d > 0.5 || (Math.abs(d - 0.5) < 1e-9 && f % 2 === 1) ? f + 1 : f;
}
