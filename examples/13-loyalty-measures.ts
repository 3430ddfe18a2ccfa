// Six of the loyalty measures on one small, made-up customer base: how often customers come back, how
// much of their category spend we get, how much attention they pay us, how long they take to choose,
// how price sensitive they are, and how they rate us against competitors. Every window, date and
// eligible population is written out: "80 % come back" means nothing without them.
// The figures are checked against their definitions at the end.
// Run: npx tsup && node --import tsx examples/13-loyalty-measures.ts
import assert from 'node:assert/strict';
import {
  brandAttention,
  choiceTime,
  competitorAttitude,
  customerPriceSensitivity,
  estimateWallet,
  indexTransactions,
  repeatPurchase,
  shareOfWallet,
  walletAllocationRule,
} from 'clientele/loyalty';
import type { TransactionInputRow } from 'clientele/loyalty';

const line = (s = '') => console.log(s);
const rule = (title: string) => line(`\n== ${title} ${'='.repeat(Math.max(0, 72 - title.length))}`);
const pct = (x: number | null) => (x === null ? '—' : `${(100 * x).toFixed(1)} %`);

// ---------------------------------------------------------------------------------------------------
rule('1. Repeat purchase: who comes back, within which window, out of whom');
// 100 buyers of a durable product in 2023; 80 of them buy again in 2024 (the source documents'
// "loyalty rate" example). One of them also returns a purchase: a return is never a purchase.
const log: TransactionInputRow[] = [];
for (let i = 0; i < 100; i++) {
  const id = `k${String(i).padStart(3, '0')}`;
  const month = String(1 + (i % 12)).padStart(2, '0');
  log.push({ customerId: id, date: `2023-${month}-15`, amount: '249.00', product: 'kettle', quantity: 1, discount: i % 4 === 0 ? '25.00' : undefined });
  if (i < 80) log.push({ customerId: id, date: `2024-${month}-10`, amount: i % 2 === 0 ? '229.00' : '259.00', product: 'kettle', quantity: 1 });
  if (i < 10) log.push({ customerId: id, date: `2023-${month}-20`, amount: '19.90', product: 'filter', quantity: 2 });
}
log.push({ customerId: 'k000', date: '2023-01-30', amount: '19.90', product: 'filter', quantity: 2, returned: true });
const index = indexTransactions(log); // read once, used by every measure below
const repeat = repeatPurchase(index, {
  window: { from: '2023-01-01', to: '2023-12-31' },
  minTenureDays: 0,
  population: 'windowBuyers',
  referenceDate: '2023-12-31',
  repurchaseWindowDays: 365,
  activeWithinDays: 365,
});
const rp = repeat.repurchase!;
line(`repurchase within 365 days of ${rp.referenceDate}: ${rp.count} of ${rp.of} active buyers = ${pct(rp.rate)} [${pct(rp.interval!.lower)}, ${pct(rp.interval!.upper)}]`);
line(`repeat buyers within 2023 (2+ purchase days): ${repeat.repeatRate.count} of ${repeat.repeatRate.of} = ${pct(repeat.repeatRate.rate)}`);

// ---------------------------------------------------------------------------------------------------
rule('2. Share of wallet: stated, allocated from ranks, estimated');
const sow = shareOfWallet([
  { customerId: 'k000', ours: '249.00', category: '400.00' },
  { customerId: 'k001', ours: '259.00', category: '259.00' },
  { customerId: 'k002', ours: '229.00', category: '1200.00' },
  { customerId: 'k003', ours: '300.00', category: '250.00' }, // survey answer below our own sales: clipped
]);
line(`pooled ${pct(sow.pooled.value)} (${sow.pooled.label}); mean of ratios ${pct(sow.meanOfRatios.value)}; clipped ${sow.clippedCustomers}`);
const war = walletAllocationRule([
  { customerId: 'k000', brand: 'us', rank: 1 }, { customerId: 'k000', brand: 'rival', rank: 1 }, { customerId: 'k000', brand: 'store brand', rank: 3 },
  { customerId: 'k001', brand: 'us', rank: 1 },
  { customerId: 'k002', brand: 'us', rank: 2 }, { customerId: 'k002', brand: 'rival', rank: 1 },
]);
for (const c of war.customers) line(`  ${c.customerId}: ${c.brands.map((b) => `${b.brand} ${b.share.toFixed(3)}`).join(', ')}`);
line(`multi-brand users ${pct(war.repertoire.multiBrandShare)}, mean usage set ${war.repertoire.meanUsageSetSize.toFixed(2)}; repertoire rule met: ${war.repertoire.meetsRule}`);
const est = estimateWallet(
  [120, 300, 80, 950, 410, 260].map((ours, i) => ({ customerId: `b${i}`, ours, group: i < 3 ? 'small' : 'large' })),
  { similarity: 'group' },
);
for (const c of est.customers) line(`  ${c.customerId}: ours ${c.oursMinor / 100}, estimated wallet ${c.wallet.toFixed(2)}, share ${pct(c.share)} (estimated: ${c.estimated})`);

// ---------------------------------------------------------------------------------------------------
rule('3. Attention to the brand and 4. time spent choosing');
const interactions = [
  { customerId: 'k000', date: '2024-01-02', kind: 'visit' },
  { customerId: 'k000', date: '2024-01-05', kind: 'enquiry' },
  { customerId: 'k000', date: '2024-01-06', kind: 'newsletter' }, // sent by us: not attention
  { customerId: 'k001', date: '2024-02-01', kind: 'enquiry' },
  { customerId: 'k002', date: '2024-03-09', kind: 'call', initiatedBy: 'customer' },
];
const attention = brandAttention(interactions, {
  window: { from: '2024-01-01', to: '2024-03-31' },
  customerInitiatedKinds: ['visit', 'enquiry'],
  weights: { visit: 1, enquiry: 2, call: 2 },
});
for (const c of attention.customers) line(`  ${c.customerId}: ${c.weightedInteractions} weighted contacts, ${c.attention.toFixed(3)} per 30 days`);
const choice = choiceTime(interactions, index, { window: { from: '2024-01-01', to: '2024-12-31' }, enquiryKinds: ['visit', 'enquiry', 'call'], lookbackDays: 60 });
line(`orders ${choice.population.orders}: ${choice.population.ordersWithEnquiry} after an enquiry (median ${choice.population.days.median} days), ${choice.population.ordersWithoutEnquiry} without one`);

// ---------------------------------------------------------------------------------------------------
rule('5. Price sensitivity');
const price = customerPriceSensitivity(index, { window: { from: '2023-01-01', to: '2024-12-31' } });
const k000 = price.customers.find((c) => c.customerId === 'k000')!;
const k001 = price.customers.find((c) => c.customerId === 'k001')!;
line(`k000: promo share ${pct(k000.promoShare)}, discount depth ${pct(k000.discountDepth)}, price index ${k000.priceIndex!.toFixed(3)}`);
line(`k001: promo share ${pct(k001.promoShare)}, price index ${k001.priceIndex!.toFixed(3)}; population promo share ${pct(price.population.promoShare)}`);

// ---------------------------------------------------------------------------------------------------
rule('6. Attitude to competitors');
const attitude = competitorAttitude(
  [
    { respondentId: 'k000', answers: { rankUs: 1, rankRival: 2, switch: 1 } },
    { respondentId: 'k002', answers: { rankUs: 2, rankRival: 1, switch: 4 } },
  ],
  {
    brands: { ours: 'rankUs', competitors: ['rankRival'], answers: 'rank' },
    switching: [{ item: 'switch', min: 1, max: 5, higherMeans: 'switch' }],
  },
);
for (const r of attitude.respondents) line(`  ${r.customerId}: relative ${r.relativeAttitude}, switching ${r.switching}, attitude ${r.attitude}`);

// ---------------------------------------------------------------------------------------------------
// Self-check: the figures are what their definitions say.
// (1) 80 of 100 active buyers came back within 365 days; 10 customers bought twice in 2023 (k000's
// return does not count as a purchase, but its purchase day does).
assert.equal(rp.rate, 0.8);
assert.equal(rp.of, 100);
assert.deepEqual([repeat.repeatRate.count, repeat.repeatRate.of], [10, 100]);
// Wilson interval by its formula.
const z = 1.959963984540054;
const centre = (0.8 + (z * z) / 200) / (1 + (z * z) / 100);
assert.ok(Math.abs((rp.interval!.lower + rp.interval!.upper) / 2 - centre) < 1e-12);
// (2) pooled = Σ ours / Σ max(category, ours); WAR shares of every customer sum to 1; ranks {1, 1, 3}
// give 5/12, 5/12, 1/6; the wallet of the small group is the 0.9 quantile (type 7) of 80, 120, 300.
assert.ok(Math.abs(sow.pooled.value! - (249 + 259 + 229 + 300) / (400 + 259 + 1200 + 300)) < 1e-12);
for (const c of war.customers) assert.ok(Math.abs(c.brands.reduce((s, b) => s + b.share, 0) - 1) < 1e-12);
assert.deepEqual(war.customers[0]!.brands.map((b) => b.share), [5 / 12, 5 / 12, 1 / 6]);
assert.ok(Math.abs(est.customers[0]!.wallet - (120 + 0.8 * (300 - 120))) < 1e-9);
// (3) k000: a visit (1) and an enquiry (2) in 91 days; (4) k000's 2024 order (01-10) came 8 days after its first visit (01-02).
assert.ok(Math.abs(attention.customers[0]!.attention - 3 / (91 / 30)) < 1e-12);
assert.equal(attention.excluded.notCustomerInitiated, 1);
assert.equal(choice.customers.find((c) => c.customerId === 'k000')!.medianDays, 8);
// (5) price index = Σ paid / Σ (quantity × category mean unit price), from the index's own columns.
const kettleRows = log.filter((r) => r.product === 'kettle');
const kettlePrice = kettleRows.reduce((s, r) => s + Number(r.amount), 0) / kettleRows.length;
// k001 bought two kettles and two filters (19.90 for 2: exactly the filters' mean unit price 9.95).
assert.ok(Math.abs(k001.priceIndex! - (249 + 259 + 19.9) / (2 * kettlePrice + 2 * 9.95)) < 1e-12);
assert.equal(k000.promoShare, 1 / 3); // 3 purchase days in the window, one with a discount
// (6) rank 1 of 2 -> 1, rank 2 of 2 -> 0; switching 1 on 1-5 -> 1, 4 -> 0.25.
assert.deepEqual(attitude.respondents.map((r) => r.attitude), [1, 0.125]);
line('\nself-check passed');
