// Telling customers apart by the value they bring, on the CDNOW sample: grade them A/B/C by predicted
// lifetime value, build a customer pyramid, measure how concentrated spend is, draw the whale curve of
// profit and Kotler's 20/80/30 figures, place customers on a value × risk grid, and see who moved between
// classes from the first to the second half of the data.
// Run: npx tsup && node --import tsx examples/09-segmentation-value.ts
import assert from 'node:assert/strict';
import { bgNbd, customerLifetimeValue, fitModel, gammaGamma } from 'clientele/clv';
import { cdnowSampleInfo, loadCdnowSample } from 'clientele/datasets';
import { abcAnalysis, customerPyramid, segmentMigration, valueConcentration, valueRiskMatrix, whaleCurve } from 'clientele/segmentation';
import { summarizeTransactions } from 'clientele/time';

const line = (s = '') => console.log(s);
const rule = (title: string) => line(`\n== ${title} ${'='.repeat(Math.max(0, 72 - title.length))}`);
const pct = (x: number | null) => (x === null ? 'n/a' : `${(100 * x).toFixed(1)} %`);

// ---------------------------------------------------------------------------------------------------
rule('1. Lifetime value of every customer (BG/NBD + Gamma-Gamma, 2 years, 10 % a year)');
const summary = summarizeTransactions(loadCdnowSample(), {
  calibrationEnd: cdnowSampleInfo.calibrationEnd,
  observationEnd: cdnowSampleInfo.observationEnd,
  unit: 'week',
  currency: 'USD',
});
const customers = summary.customers;
const purchase = fitModel(bgNbd, customers).params;
const spend = fitModel(gammaGamma, customers.filter((c) => c.frequency > 0)).params;
const clv = customerLifetimeValue(customers, {
  purchaseModel: bgNbd,
  purchaseParams: purchase,
  timeUnit: 'week',
  spend: { params: spend },
  margin: 0.3,
  discountRate: { rate: 0.1, per: 'year' },
  horizon: { value: 104, unit: 'week' },
  daysPerYear: 365.25,
});
// clv.values[i] belongs to customers[i]: pair them into the plain { customerId, value } list that every
// segmentation function takes.
const byClv = customers.map((c, i) => ({ customerId: c.customerId, value: clv.values[i]! }));
line(`${customers.length} customers; customer equity $${clv.total.toFixed(0)}`);

// ---------------------------------------------------------------------------------------------------
rule('2. ABC by the present value of future returns (80 / 95 % of value)');
const abc = abcAnalysis(byClv);
for (const k of abc.classes) line(`  ${k.name}: ${String(k.count).padStart(5)} customers (${pct(k.customerShare)}) hold ${pct(k.valueShare)} of predicted value`);

// ---------------------------------------------------------------------------------------------------
rule('3. Customer pyramid (key-important 1 %, key-secondary 4 %, ordinary 15 %, small 80 %)');
const pyramid = customerPyramid(byClv);
for (const t of pyramid.tiers) line(`  ${t.name.padEnd(14)} ${String(t.count).padStart(5)} customers, ${pct(t.valueShare).padStart(7)} of value, from $${t.minValue?.toFixed(2)}`);

// ---------------------------------------------------------------------------------------------------
rule('4. How concentrated is past spend?');
const spent = customers.map((c) => ({ customerId: c.customerId, value: c.totalSpend }));
const conc = valueConcentration(spent);
line(`Gini ${conc.gini!.toFixed(3)}; top 1 % ${pct(conc.topShares[0]!.valueShare)}, top 20 % ${pct(conc.topShares[3]!.valueShare)}`);
line(`80 % of spend comes from ${pct(conc.pareto!.customerShare)} of customers`);

// ---------------------------------------------------------------------------------------------------
rule('5. Whale curve: profit after a cost to serve');
// Stated assumption: profit = 30 % margin on calibration spend (rounded to the cent) − $4 of service cost
// per order row. Amounts are read exactly, in cents.
const cents = customers.map((c) => Math.round(0.3 * c.totalSpendMinor) - 400 * c.transactionCount);
const profits = customers.map((c, i) => ({ customerId: c.customerId, profit: cents[i]! / 100 }));
const whale = whaleCurve(profits, { amounts: 'exact', maxPoints: 11 });
line(`total profit $${whale.totalProfit.toFixed(2)}; ${whale.profitable.customers} profitable customers`);
line(`peak ${pct(whale.peak.share)} of total profit after ${pct(whale.peak.customerShare)} of customers; erosion ${pct(whale.erosion.share)}`);
line(`Kotler: top 20 % earn ${pct(whale.kotler.top20)}, bottom 30 % ${pct(whale.kotler.bottom30)}, half rule ${whale.kotler.halfRule!.toFixed(2)}`);

// ---------------------------------------------------------------------------------------------------
rule('6. Value × risk: who to retain, grow, maintain or let go');
const alive = bgNbd.probabilityAlive(purchase, customers);
const grid = valueRiskMatrix(customers.map((c, i) => ({ customerId: c.customerId, value: clv.values[i]!, risk: 1 - alive[i]! })));
for (const cell of grid.cells) line(`  value ${cell.valueGroup.padEnd(4)} risk ${cell.riskGroup.padEnd(4)} → ${cell.action.padEnd(8)} ${String(cell.count).padStart(5)} customers`);

// ---------------------------------------------------------------------------------------------------
rule('7. Migration: ABC by spend in the first vs the second 39 weeks');
const first = abcAnalysis(spent);
const secondSpend = customers.map((c) => ({ customerId: c.customerId, value: c.frequencyHoldout! * c.monetaryValueHoldout! }));
const second = abcAnalysis(secondSpend.filter((c) => c.value > 0));
const moves = segmentMigration(
  first.customers.map((c) => ({ customerId: c.customerId, segment: c.class })),
  second.customers.map((c) => ({ customerId: c.customerId, segment: c.class })),
  { order: ['A', 'B', 'C'] },
);
line('from   to A    to B    to C    lost');
for (const r of moves.transitions) line(`  ${r.from}  ${r.rates.map((x) => pct(x).padStart(7)).join(' ')} ${pct(r.lostRate).padStart(7)}`);
line(`promotions ${moves.promotions!.count}, demotions ${moves.demotions!.count} of ${moves.stayed} who bought again`);

// ---------------------------------------------------------------------------------------------------
// Self-check: the library still tells the truth.
const n = customers.length;
// (a) Classes and tiers partition the customers; ABC A holds at most 80 % of positive value (rule 'lower').
assert.equal(abc.classes.reduce((s, k) => s + k.count, 0), n);
assert.equal(pyramid.tiers.reduce((s, t) => s + t.count, 0), n);
assert.ok(abc.classes[0]!.valueShare! <= 0.8 + 1e-12);
assert.equal(pyramid.tiers[0]!.count, Math.floor(0.01 * n));
// (b) Gini by its mean-difference definition on the sorted spends: G = Σ (2k − N − 1) x_(k) / (N Σx).
const xs = customers.map((c) => c.totalSpend).sort((a, b) => a - b);
const g = xs.reduce((s, x, k) => s + (2 * (k + 1) - n - 1) * x, 0) / (n * xs.reduce((s, x) => s + x, 0));
assert.ok(Math.abs(conc.gini! - g) < 1e-9);
// (c) The whale curve ends at total profit (exact cents) and its peak is the sum of the positive profits.
assert.equal(whale.rejected.length, 0);
assert.equal(whale.totalProfit, cents.reduce((s, x) => s + x, 0) / 100);
assert.equal(whale.curve.at(-1)!.cumulativeProfit, whale.totalProfit);
assert.ok(Math.abs(whale.peak.profit - cents.filter((x) => x > 0).reduce((s, x) => s + x, 0) / 100) < 1e-6);
// (d) Every customer has one cell; the grid's cells add up; migration counts are consistent.
assert.equal(grid.cells.reduce((s, c) => s + c.count, 0), n);
assert.equal(moves.stayed + moves.lostCustomers.count, n);
assert.equal(moves.promotions!.count + moves.demotions!.count + moves.unchanged.count, moves.stayed);
line('\nself-check passed');
