// Customer lifetime value on the CDNOW sample, the way Fader, Hardie & Lee (2005) did it:
// BG/NBD for the number of future purchases, Gamma-Gamma for the spend per purchase, discounting with
// explicit time units, and a ranking of customers by realised plus predicted value.
// Run: npx tsup && node --import tsx examples/03-clv-cdnow.ts
import assert from 'node:assert/strict';
import { isClienteleError } from 'clientele';
import {
  bgNbd,
  customerLifetimeValue,
  customerValue,
  fitModel,
  gammaGamma,
  holdoutAccuracy,
  repeatCountComparison,
  scoreCustomers,
} from 'clientele/clv';
import { cdnowSampleInfo, loadCdnowSample } from 'clientele/datasets';
import { roundMoney, sumMoney } from 'clientele/money';
import { summarizeTransactions } from 'clientele/time';

const line = (s = '') => console.log(s);
const rule = (title: string) => line(`\n== ${title} ${'='.repeat(Math.max(0, 72 - title.length))}`);

// ---------------------------------------------------------------------------------------------------
rule('1. Data: 78 weeks of purchases, 39 to learn from and 39 to check against');
const log = loadCdnowSample();
const summary = summarizeTransactions(log, {
  calibrationEnd: cdnowSampleInfo.calibrationEnd,
  observationEnd: cdnowSampleInfo.observationEnd,
  unit: 'week',
  currency: 'USD',
});
const customers = summary.customers;
const holdoutWeeks = customers[0]!.durationHoldout!; // 39
line(`${customers.length} customers, calibration to ${cdnowSampleInfo.calibrationEnd}, holdout ${holdoutWeeks} weeks; time unit: week`);

// ---------------------------------------------------------------------------------------------------
rule('2. BG/NBD: how often do customers buy, and when do they drop out?');
// Each customer buys at a Poisson rate λ ~ Gamma(r, α) while active and, after each repeat purchase,
// drops out with probability p ~ Beta(a, b). fitModel maximises the likelihood of (x, t_x, T).
// The summary itself is fitted, so the fit knows its data are in weeks (fit.timeUnit) and every later
// horizon is converted into weeks, or refused.
const fit = fitModel(bgNbd, summary);
const params = fit.params;
line(`fitted on ${fit.data.records} customers in ${fit.timeUnit}s, calibration to ${fit.data.calibrationEnd}`);
line(`converged ${fit.converged} (${fit.message}); log-likelihood ${fit.logLikelihood.toFixed(2)}; AIC ${fit.aic.toFixed(1)}`);
line('param     estimate     s.e.     95 % interval');
for (const name of fit.parameterNames) {
  const [lo, hi] = fit.confidenceIntervals[name]!;
  line(`  ${name.padEnd(7)} ${params[name].toFixed(3).padStart(8)} ${fit.standardErrors[name]!.toFixed(3).padStart(8)}   [${lo.toFixed(3)}, ${hi.toFixed(3)}]`);
}
line('(α is in weeks: the mean purchase rate while active is r/α per week)');
line(`mean purchase rate r/α = ${(params.r / params.alpha).toFixed(4)} per week; mean dropout probability a/(a+b) = ${(params.a / (params.a + params.b)).toFixed(3)}`);

// Does the model reproduce the histogram of repeat purchases in calibration (FHL 2005, Fig. 2)?
const histogram = repeatCountComparison(customers, (t, k) => bgNbd.probabilityOfPurchases(params, k, t), { maxCount: 7 });
line('\nrepeat purchases   actual   expected');
for (const row of histogram) line(`  ${row.label.padStart(4)}          ${String(row.actual).padStart(6)}   ${row.expected.toFixed(1).padStart(8)}`);

// ---------------------------------------------------------------------------------------------------
rule('3. Who is still active, and what will they buy in the holdout?');
// P(alive) uses the whole history: a frequent buyer who has been silent for long is probably gone.
const alive = bgNbd.probabilityAlive(params, customers);
const predicted = bgNbd.conditionalExpectedPurchases(params, customers, holdoutWeeks);
const actual = customers.map((c) => c.frequencyHoldout ?? 0);
const examples = [
  { frequency: 2, recency: 30.43, T: 38.86 }, // customer 0001
  { frequency: 2, recency: 10, T: 38.86 },
  { frequency: 10, recency: 38, T: 38.86 },
  { frequency: 10, recency: 10, T: 38.86 },
];
line('  x     t_x       T   P(alive)   E[purchases in next 39 weeks]');
for (const c of examples) {
  line(
    `${String(c.frequency).padStart(3)} ${c.recency.toFixed(2).padStart(7)} ${c.T.toFixed(2).padStart(7)}` +
      `   ${bgNbd.probabilityAlive(params, c).toFixed(3)}      ${bgNbd.conditionalExpectedPurchases(params, c, 39).toFixed(3)}`,
  );
}
const accuracy = holdoutAccuracy(predicted, actual, { frequencies: customers.map((c) => c.frequency) });
line(`\nholdout: predicted ${accuracy.totalPredicted.toFixed(0)} purchases, actual ${accuracy.totalActual} (bias ${(100 * accuracy.relativeBias!).toFixed(1)} %)`);
// (Under-prediction concentrates in the customers with 1-2 calibration purchases.)
line(`per customer: MAE ${accuracy.mae.toFixed(3)}, RMSE ${accuracy.rmse.toFixed(3)}, correlation ${accuracy.correlation!.toFixed(3)}`);
line('calibration x   customers   mean predicted   mean actual   (FHL 2005, Fig. 3)');
for (const g of accuracy.byFrequency) {
  line(`  ${g.label.padStart(4)}        ${String(g.customers).padStart(8)}   ${g.meanPredicted.toFixed(2).padStart(14)}   ${g.meanActual.toFixed(2).padStart(11)}`);
}

// ---------------------------------------------------------------------------------------------------
rule('4. Gamma-Gamma: how much per purchase?');
// Spend per purchase ~ Gamma(p, ν), ν ~ Gamma(q, γ) across customers; fitted on repeat buyers only, and
// valid only if spend and frequency are (nearly) independent.
const repeatBuyers = customers.filter((c) => c.frequency > 0);
const independence = gammaGamma.frequencySpendCorrelation(repeatBuyers);
const spendFit = fitModel(gammaGamma, summary); // a summary: the spend model takes its repeat buyers
const spend = spendFit.params;
line(`correlation of frequency and mean spend: ${independence.correlation.toFixed(2)} over ${independence.repeatBuyers} repeat buyers`);
line(`p ${spend.p.toFixed(2)}, q ${spend.q.toFixed(2)}, γ ${spend.gamma.toFixed(2)} (dollars); population mean spend $${gammaGamma.meanSpend(spend).toFixed(2)}`);
const shrink = [
  { frequency: 1, monetaryValue: 100 },
  { frequency: 10, monetaryValue: 100 },
];
for (const c of shrink) {
  line(`  x = ${c.frequency}, mean $${c.monetaryValue}: expected $${gammaGamma.conditionalExpectedSpend(spend, c).toFixed(2)} per future purchase`);
}

// ---------------------------------------------------------------------------------------------------
rule('5. Discounted CLV over the next two years');
// CLV_i = margin × E[spend_i] × Σ_k ΔE[purchases in week k] / (1 + d)^(k/52.18): 30 % margin, 10 % a year,
// 104 weeks ahead in weekly steps. The data are in weeks and the rate is per year: the conversion needs
// the length of a year in days, and the library refuses to guess it.
const clvOptions = {
  purchaseFit: fit, // the model, its parameters and its time unit, together
  spend: { params: spend },
  margin: 0.3,
  discountRate: { rate: 0.1, per: 'year' },
  horizon: { value: 104, unit: 'week' },
  step: { value: 1, unit: 'week' },
} as const;
let refused = '';
try {
  customerLifetimeValue(customers, clvOptions);
} catch (e) {
  if (!isClienteleError(e)) throw e;
  refused = `${e.code}: ${e.message}`;
}
line(`without daysPerYear: ${refused}`);
const clv = customerLifetimeValue(customers, { ...clvOptions, daysPerYear: 365.25 });
// The same in days: 728 days in 7-day steps is the same computation.
const clvDays = customerLifetimeValue(customers, {
  ...clvOptions,
  horizon: { value: 728, unit: 'day' },
  step: { value: 7, unit: 'day' },
  daysPerYear: 365.25,
});
line(`customer equity (${customers.length} customers): $${clv.total.toFixed(0)}; mean $${(clv.total / customers.length).toFixed(2)}`);
line(`weekly discount rate δ = ${clv.ratePerUnit.toFixed(6)} per week (continuous), method '${clv.method}'`);

// ---------------------------------------------------------------------------------------------------
rule('6. Current + potential value: the top customers');
// Current value: margins already earned (30 % of each calibration purchase, exact to the cent).
// Potential value: the discounted expected margin from section 5.
const calibrationPurchases = new Map<string, string[]>();
for (const t of log) {
  if (t.date > cdnowSampleInfo.calibrationEnd) continue;
  const margins = calibrationPurchases.get(t.customerId) ?? [];
  margins.push(roundMoney(t.amount * 0.3));
  calibrationPurchases.set(t.customerId, margins);
}
const value = customerValue(
  customers.map((c, i) => ({
    customerId: String(c.customerId),
    pastMargins: calibrationPurchases.get(String(c.customerId)) ?? [],
    potentialValue: clv.values[i]!,
  })),
  { currency: 'USD' },
);
const top = [...value.customers].sort((a, b) => b.totalValue - a.totalValue).slice(0, 8);
line('customer   current   potential     total   P(alive)');
for (const row of top) {
  const i = customers.findIndex((c) => c.customerId === row.customerId);
  line(`  ${row.customerId}   ${row.currentValue.toFixed(2).padStart(7)}   ${row.potentialValue.toFixed(2).padStart(9)}   ${row.totalValue.toFixed(2).padStart(7)}   ${alive[i]!.toFixed(3)}`);
}
line(`all customers: current $${value.totalCurrentValueExact}, potential $${value.totalPotentialValue.toFixed(2)}`);
// The biggest spender so far bought often early on and then fell silent: the model judges them gone, so
// their future is worth nothing, while the next ones owe most of their rank to what they will still buy.

// A unit passed by hand must agree with the fit's: a fit in weeks asked for a daily CLV is refused.
let mismatch = '';
try {
  customerLifetimeValue(customers, { ...clvOptions, timeUnit: 'day', daysPerYear: 365.25 });
} catch (e) {
  if (!isClienteleError(e)) throw e;
  mismatch = `${e.code}: ${e.message}`;
}
line(`\nunit passed by hand: ${mismatch}`);

// ---------------------------------------------------------------------------------------------------
rule('7. One table keyed by customer');
// P(alive), expected purchases over the 39-week holdout, expected spend, a 12-month CLV in 4-week steps
// (13 steps and a short last one) and the holdout actuals, one row per customer id.
const scores = scoreCustomers(fit, summary, {
  horizon: { value: 39, unit: 'week' },
  spend: spendFit,
  value: { margin: 0.3, discountRate: { rate: 0.1, per: 'year' }, horizon: { value: 12, unit: 'month' }, step: { value: 4, unit: 'week' } },
  daysPerYear: 365.25,
});
line('customer  P(alive)  E[39 wk]  actual  spend/purchase  12-month CLV');
for (const r of scores.rows.slice(0, 5)) {
  line(`  ${r.customerId}    ${r.probabilityAlive.toFixed(3)}     ${r.expectedPurchases.toFixed(2)}     ${r.frequencyHoldout}       ${r.expectedSpend!.toFixed(2).padStart(6)}        ${r.value!.toFixed(2).padStart(6)}`);
}
line(`steps: ${scores.settings.value!.steps} (last ${(scores.settings.value!.lastStep! * 7).toFixed(2)} days); equity $${scores.totals.value!.toFixed(0)}`);

// ---------------------------------------------------------------------------------------------------
// Self-check: the library still tells the truth.
// (a) BG/NBD on CDNOW: Fader, Hardie & Lee (2005), r 0.243, α 4.414, a 0.793, b 2.426, LL −9582.4.
assert.equal(fit.converged, true);
assert.equal(params.r.toFixed(3), '0.243');
assert.equal(params.alpha.toFixed(3), '4.414');
assert.equal(params.a.toFixed(3), '0.793');
assert.equal(params.b.toFixed(3), '2.426');
assert.ok(Math.abs(fit.logLikelihood - -9582.43) < 0.01);
assert.ok(Math.abs(fit.aic - (8 + 2 * 9582.43)) < 0.05); // AIC = 2k − 2LL
fit.parameterNames.forEach((name, j) => {
  assert.ok(Math.abs(fit.standardErrors[name]! - Math.sqrt(fit.covariance[j]![j]!)) < 1e-12);
  const [lo, hi] = fit.confidenceIntervals[name]!;
  assert.ok(lo < params[name] && params[name] < hi);
});
// (b) The paper's worked customer (x = 2, t_x = 30.43, T = 38.86): 1.226 expected purchases in 39 weeks.
assert.equal(bgNbd.conditionalExpectedPurchases({ r: 0.243, alpha: 4.414, a: 0.793, b: 2.426 }, examples[0]!, 39).toFixed(3), '1.226');
// (c) The histogram: actual counts are the data; expected counts sum to the number of customers.
assert.equal(histogram[0]!.actual, 2357 - 946);
assert.equal(histogram.reduce((s, r) => s + r.actual, 0), 2357);
assert.ok(Math.abs(histogram.reduce((s, r) => s + r.expected, 0) - 2357) < 1e-6);
// (d) P(alive) is 1 for one-time buyers under BG/NBD, in [0, 1] for everyone; holdout actuals are the data.
assert.ok(customers.every((c, i) => (c.frequency === 0 ? alive[i] === 1 : alive[i]! >= 0 && alive[i]! <= 1)));
assert.equal(accuracy.totalActual, 1882);
// BG/NBD under-predicts this holdout by about 12 % (1653 vs 1882); pinned loosely, so that a change in the
// model code shows up. Predictions rise with calibration frequency, and track the actuals per customer.
assert.ok(accuracy.relativeBias! > -0.15 && accuracy.relativeBias! < -0.1);
assert.ok(accuracy.byFrequency.every((g, k, all) => k === 0 || g.meanPredicted > all[k - 1]!.meanPredicted));
assert.ok(accuracy.correlation! > 0.6);
// (e) Gamma-Gamma: Fader, Hardie & Lee (2005b) p 6.25, q 3.74, γ 15.44; Fader & Hardie (2013) r = 0.11.
assert.equal(spend.p.toFixed(2), '6.25');
assert.equal(spend.q.toFixed(2), '3.74');
assert.equal(spend.gamma.toFixed(2), '15.44');
assert.equal(independence.correlation.toFixed(2), '0.11');
assert.ok(Math.abs(gammaGamma.meanSpend(spend) - (spend.p * spend.gamma) / (spend.q - 1)) < 1e-12);
// (f) CLV: the units are checked, converted exactly, and the value decomposes as margin × spend × purchases.
assert.match(refused, /^UNIT_MISMATCH/);
clv.values.forEach((v, i) => {
  assert.ok(Math.abs(v - 0.3 * clv.expectedSpend[i]! * clv.discountedPurchases[i]!) <= 1e-9 * Math.max(1, v));
  assert.ok(Math.abs(v - clvDays.values[i]!) <= 1e-9 * Math.max(1, v));
  // Discounting only lowers the 104-week expected purchases.
  assert.ok(clv.discountedPurchases[i]! <= bgNbd.conditionalExpectedPurchases(params, customers[i]!, 104) + 1e-12);
});
assert.ok(Math.abs(clv.ratePerUnit - Math.log(1.1) / (365.25 / 7)) < 1e-15);
// (g) Current value is exact: it equals the exact sum of the same margins.
const allMargins = [...calibrationPurchases.values()].flat();
assert.equal(value.totalCurrentValueExact, sumMoney(allMargins).total);
assert.ok(Math.abs(value.totalPotentialValue - clv.total) < 1e-6);
assert.equal(top[0]!.customerId, '1901');
assert.ok(top[0]!.potentialValue < 0.01 && top[0]!.currentValue > 1900);
// (h) Units travel: the fit knows weeks, a disagreeing unit is refused, the score table equals the calls.
assert.equal(fit.timeUnit, 'week');
assert.match(mismatch, /^UNIT_MISMATCH: .*"day" but the fit's time unit is "week"/);
assert.equal(scores.rows.length, 2357);
assert.equal(scores.totals.frequencyHoldout, 1882);
assert.equal(scores.settings.value!.steps, 14);
const first = scores.rows[0]!;
const c0 = customers.find((c) => c.customerId === first.customerId)!;
assert.equal(first.probabilityAlive, bgNbd.probabilityAlive(params, c0));
assert.equal(first.expectedPurchases, bgNbd.conditionalExpectedPurchases(params, c0, 39));
line('\nself-check passed');
