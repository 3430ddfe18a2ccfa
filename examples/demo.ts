// `npm run demo`: the main job of clientele on the bundled example data.
// 1. The CDNOW sample transaction log summarised per customer (clientele/time, clientele/money).
// 2. Customer lifetime value: BG/NBD and Gamma-Gamma fitted on it, checked against the holdout (clientele/clv).
// 3. Satisfaction: the ECSI model on the mobi survey, with bootstrap intervals, the index and IPMA.
// Every figure printed is also checked at the end, so CI proves the demo still tells the truth.
import assert from 'node:assert/strict';
import { bgNbd, customerLifetimeValue, customerValue, fitModel, gammaGamma, holdoutAccuracy } from 'clientele/clv';
import { cdnowSampleInfo, loadCdnowSample, loadMobi } from 'clientele/datasets';
import { roundMoney, sumMoney } from 'clientele/money';
import { bootstrapPlsPathModel, ecsiModel, importancePerformanceMap, satisfactionIndex } from 'clientele/satisfaction';
import { summarizeTransactions } from 'clientele/time';

const line = (s = '') => console.log(s);
const rule = (title: string) => line(`\n== ${title} ${'='.repeat(Math.max(0, 72 - title.length))}`);

// ---------------------------------------------------------------------------------------------------
rule('1. The CDNOW sample: from a transaction log to customer summaries');
const log = loadCdnowSample();
const summary = summarizeTransactions(log, {
  calibrationEnd: cdnowSampleInfo.calibrationEnd,
  observationEnd: cdnowSampleInfo.observationEnd,
  unit: 'week',
});
const customers = summary.customers;
const repeaters = customers.filter((c) => c.frequency > 0);
const totalSpend = sumMoney(log.map((r) => r.amount), { currency: 'USD' });
const calibrationSpend = sumMoney(customers.map((c) => c.totalSpend), { currency: 'USD' });
const frequencyTotal = customers.reduce((s, c) => s + c.frequency, 0);
const holdoutTotal = customers.reduce((s, c) => s + (c.frequencyHoldout ?? 0), 0);

line(`transactions            ${log.length.toLocaleString('en-US')} (${cdnowSampleInfo.firstDate} to ${cdnowSampleInfo.lastDate})`);
line(`customers               ${customers.length.toLocaleString('en-US')}`);
line(`repeat buyers           ${repeaters.length} (${((100 * repeaters.length) / customers.length).toFixed(1)} %) by ${cdnowSampleInfo.calibrationEnd}`);
line(`repeat purchases        ${frequencyTotal} in calibration, ${holdoutTotal} in the 39-week holdout`);
line(`total spend             $${totalSpend.total} (calibration $${calibrationSpend.total})`);
line(`mean spend per customer $${(totalSpend.value / customers.length).toFixed(2)}`);
line(`rejected rows           ${summary.rejected.length}`);
line('\nrepeat purchases in calibration (customers):');
const histogram = new Map<number, number>();
for (const c of customers) {
  const bucket = Math.min(c.frequency, 7);
  histogram.set(bucket, (histogram.get(bucket) ?? 0) + 1);
}
for (const [k, n] of [...histogram].sort((a, b) => a[0] - b[0])) {
  line(`  ${k === 7 ? '7+' : String(k).padStart(2)}  ${String(n).padStart(5)}  ${'#'.repeat(Math.ceil(n / 40))}`);
}
const first = customers[0]!;
line(`\ncustomer ${first.customerId}: x = ${first.frequency}, t_x = ${first.recency.toFixed(2)}, T = ${first.T.toFixed(2)} weeks`);

// The published conventions of Fader, Hardie & Lee (2005) give exactly these counts.
assert.equal(customers.length, 2357);
assert.equal(frequencyTotal, 2457);
assert.equal(repeaters.length, 946);
assert.equal(holdoutTotal, 1882);
assert.equal(summary.rejected.length, 0);
assert.equal(first.frequency, 2);
assert.equal(first.recency.toFixed(2), '30.43');
assert.equal(first.T.toFixed(2), '38.86');
assert.equal(histogram.get(0), 2357 - 946);
assert.equal(totalSpend.total, '244091.94'); // the raw file's dollar column, summed in cents with awk

// ---------------------------------------------------------------------------------------------------
rule('2. Customer lifetime value: BG/NBD + Gamma-Gamma on CDNOW');
const purchases = fitModel(bgNbd, customers);
const fmt = (v: number, d = 3) => v.toFixed(d);
line(`BG/NBD (weeks), converged: ${purchases.converged}, log-likelihood ${fmt(purchases.logLikelihood, 2)}`);
for (const name of purchases.parameterNames) {
  const [lo, hi] = purchases.confidenceIntervals[name];
  line(`  ${name.padEnd(6)} ${fmt(purchases.params[name]).padStart(7)}  SE ${fmt(purchases.standardErrors[name])}  95% CI [${fmt(lo)}, ${fmt(hi)}]`);
}
line('  published (Fader, Hardie & Lee 2005): r 0.243, alpha 4.414, a 0.793, b 2.426, LL -9582.43');

const spend = fitModel(gammaGamma, repeaters);
line(`Gamma-Gamma on ${repeaters.length} repeat buyers, converged: ${spend.converged}`);
line(`  p ${fmt(spend.params.p, 2)}, q ${fmt(spend.params.q, 2)}, gamma ${fmt(spend.params.gamma, 2)} (published: 6.25, 3.74, 15.44)`);

const holdoutWeeks = first.durationHoldout ?? 39;
const predicted = bgNbd.conditionalExpectedPurchases(purchases.params, customers, holdoutWeeks);
const accuracy = holdoutAccuracy(
  predicted,
  customers.map((c) => c.frequencyHoldout ?? 0),
  { frequencies: customers.map((c) => c.frequency) },
);
line(`\nholdout (${holdoutWeeks} weeks): predicted ${fmt(accuracy.totalPredicted, 0)} repeat purchases, actual ${accuracy.totalActual}`);
line(`  per customer: MAE ${fmt(accuracy.mae)}, RMSE ${fmt(accuracy.rmse)}, correlation ${fmt(accuracy.correlation ?? Number.NaN)}`);

const alive = bgNbd.probabilityAlive(purchases.params, customers);
line('\nP(alive) at the calibration end (BG/NBD gives 1 to every one-time buyer):');
const bands = [0, 0.2, 0.4, 0.6, 0.8, 1.0000001];
for (let k = 0; k < bands.length - 1; k++) {
  const n = alive.filter((p) => p >= bands[k]! && p < bands[k + 1]!).length;
  line(`  ${fmt(bands[k]!, 1)}-${fmt(Math.min(1, bands[k + 1]!), 1)}  ${String(n).padStart(5)}  ${'#'.repeat(Math.ceil(n / 40))}`);
}

const margin = 0.3;
const clv = customerLifetimeValue(customers, {
  purchaseModel: bgNbd,
  purchaseParams: purchases.params,
  timeUnit: 'week',
  spend: { params: spend.params },
  margin,
  discountRate: { rate: 0.1, per: 'year' },
  horizon: { value: 52, unit: 'week' },
  step: { value: 4, unit: 'week' },
  daysPerYear: 365.25,
});
// current value: the realised margin of each purchase, rounded to the cent, summed exactly
const pastMargins = new Map<string, string[]>();
for (const row of log) {
  if (row.date > cdnowSampleInfo.calibrationEnd) continue;
  const list = pastMargins.get(row.customerId) ?? [];
  list.push(roundMoney(row.amount * margin, { currency: 'USD' }));
  pastMargins.set(row.customerId, list);
}
const value = customerValue(
  customers.map((c, i) => ({
    customerId: c.customerId,
    pastMargins: pastMargins.get(c.customerId) ?? [],
    potentialValue: clv.values[i]!,
  })),
  { currency: 'USD' },
);
line(`\ncustomer value at a ${margin * 100} % margin, 10 % a year, next 52 weeks:`);
line(`  current (realised) $${value.totalCurrentValueExact}, potential $${fmt(value.totalPotentialValue, 2)}`);
line('  the ten most valuable customers (current + potential):');
const top = [...value.customers].sort((a, b) => b.totalValue - a.totalValue).slice(0, 10);
for (const c of top) {
  line(`    ${c.customerId}  current $${c.currentValueExact.padStart(8)}  potential $${fmt(c.potentialValue, 2).padStart(7)}  total $${fmt(c.totalValue, 2).padStart(8)}`);
}

assert.ok(purchases.converged && spend.converged);
assert.equal(fmt(purchases.params.r), '0.243');
assert.equal(fmt(purchases.params.alpha), '4.414');
assert.equal(fmt(purchases.params.a), '0.793');
assert.equal(fmt(purchases.params.b), '2.426');
assert.ok(Math.abs(purchases.logLikelihood - -9582.43) < 0.01);
assert.equal(fmt(spend.params.p, 2), '6.25');
assert.equal(fmt(spend.params.q, 2), '3.74');
assert.equal(fmt(spend.params.gamma, 2), '15.44');
assert.equal(accuracy.totalActual, 1882);
assert.ok(alive.every((p) => p >= 0 && p <= 1));
assert.equal(alive.filter((p, i) => customers[i]!.frequency === 0 && p === 1).length, 2357 - 946);
assert.equal(value.customers.length, 2357);

// ---------------------------------------------------------------------------------------------------
rule('3. Satisfaction: the ECSI model on the mobi survey (PLS path modeling)');
const survey = loadMobi();
// Tenenhaus et al. (2005)'s convention: centroid scheme, Mode A, indicators centred but not scaled.
const boot = bootstrapPlsPathModel(survey, ecsiModel(), { scheme: 'centroid', scaled: false, seed: 2005, resamples: 1000 });
const ecsi = boot.estimate;
line(`${ecsi.n} respondents, converged in ${ecsi.iterations} iterations; ${boot.successful} of ${boot.resamples} bootstrap resamples used`);
const published: Record<string, number> = {
  'Image>Expectation': 0.493, 'Image>Satisfaction': 0.153, 'Image>Loyalty': 0.212, 'Expectation>Quality': 0.545,
  'Expectation>Value': 0.066, 'Expectation>Satisfaction': 0.037, 'Quality>Value': 0.540, 'Quality>Satisfaction': 0.544,
  'Value>Satisfaction': 0.200, 'Satisfaction>Complaints': 0.540, 'Satisfaction>Loyalty': 0.466, 'Complaints>Loyalty': 0.05, // printed to 2 dp
};
line('  path                        estimate  95% bootstrap CI   published');
for (const p of boot.paths) {
  const key = `${p.from}>${p.to}`;
  line(`  ${`${p.from} -> ${p.to}`.padEnd(27)} ${fmt(p.original).padStart(7)}  [${fmt(p.lower).padStart(6)}, ${fmt(p.upper)}]  ${published[key]!.toFixed(key === 'Complaints>Loyalty' ? 2 : 3)}`);
}
line(`R-squared: ${Object.entries(ecsi.rSquared).map(([k, v]) => `${k} ${fmt(v)}`).join(', ')}`);
const csi = satisfactionIndex(ecsi, { scale: { min: 1, max: 10 } });
line(`satisfaction index (0-100, ${csi.weightSource} weights): ${fmt(csi.constructs.Satisfaction!.index, 1)}; loyalty ${fmt(csi.constructs.Loyalty!.index, 1)}`);
const ipma = importancePerformanceMap(ecsi, { target: 'Loyalty', scale: { min: 1, max: 10 } });
line('drivers of loyalty by importance (IPMA): importance, performance (0-100)');
for (const c of [...ipma.constructs].sort((a, b) => b.importance - a.importance).slice(0, 4)) {
  line(`  ${c.construct.padEnd(13)} ${fmt(c.importance).padStart(6)}  ${fmt(c.performance, 1)}`);
}

for (const p of ecsi.paths) {
  const key = `${p.from}>${p.to}`;
  const tolerance = key === 'Complaints>Loyalty' ? 5e-3 : 1.0001e-3; // published to 2 dp / 3 dp
  assert.ok(Math.abs(p.coefficient - published[key]!) <= tolerance, key);
}
const publishedR2: Record<string, number> = {
  Expectation: 0.243, Quality: 0.297, Value: 0.335, Satisfaction: 0.672, Complaints: 0.292, Loyalty: 0.432,
};
for (const [k, v] of Object.entries(publishedR2)) assert.ok(Math.abs(ecsi.rSquared[k]! - v) <= 1.0001e-3, k);
assert.ok(ecsi.converged);
assert.ok(csi.constructs.Satisfaction!.index > 0 && csi.constructs.Satisfaction!.index < 100);
