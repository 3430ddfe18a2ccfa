// `npm run demo`: the main job of clientele on the bundled example data.
// 1. The CDNOW sample transaction log summarised per customer (clientele/time, clientele/money).
// 2. Customer lifetime value: BG/NBD and Gamma-Gamma fitted on it, checked against the holdout (clientele/clv).
// 3. Satisfaction: the ECSI model on the mobi survey, with bootstrap intervals, the index and IPMA.
// 4. Loyalty: the loyalty ladder, cohorts and survival on CDNOW, defect tolerance on a simulated customer
//    base with a known truth, and a Van Westendorp analysis of the bundled price survey.
// 5. Segmentation: RFM segments, ABC classes and the pyramid by customer value, the whale curve, value x risk
//    and the purchase alerts of the customers who need attention now.
// Every figure printed is also checked at the end, so CI proves the demo still tells the truth.
// The same tables and the charts of clientele/charts go into one self-contained HTML page (SVG inlined, no
// script, no external URL): report/clientele-report.html, or the path in CLIENTELE_REPORT.
import assert from 'node:assert/strict';
import { relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import {
  clvDistributionChart,
  cohortRetentionChart,
  customerPyramidChart,
  expectedPurchasesMatrixChart,
  ipmaChart,
  kaplanMeierChart,
  modelComparisonChart,
  plsPathChart,
  probabilityAliveHistoryChart,
  repeatCountChart,
  rfmSegmentChart,
  trackingCumulativeChart,
  vanWestendorpChart,
  whaleCurveChart,
} from 'clientele/charts';
import {
  bgNbd,
  customerLifetimeValue,
  customerValue,
  expectationMatrix,
  fitModel,
  gammaGamma,
  holdoutAccuracy,
  probabilityAliveHistory,
  repeatCountComparison,
  scoreCustomers,
  trackingCurve,
} from 'clientele/clv';
import { cdnowSampleInfo, loadCdnowSample, loadMobi, loadPriceSurvey } from 'clientele/datasets';
import {
  cohortRetention,
  defectTolerance,
  indexTransactions,
  kaplanMeier,
  lifetimesFromTransactions,
  loyaltyLadder,
  vanWestendorp,
} from 'clientele/loyalty';
import { roundMoney, sumMoney } from 'clientele/money';
import { bootstrapPlsPathModel, ecsiModel, importancePerformanceMap, satisfactionIndex } from 'clientele/satisfaction';
import {
  abcAnalysis,
  customerProfitability,
  customerPyramid,
  purchaseAlerts,
  RFM_R_PACKAGE_SEGMENTS,
  rfmScores,
  rfmSegments,
  valueConcentration,
  valueRiskMatrix,
  whaleCurve,
} from 'clientele/segmentation';
import { simulateCustomerRecords } from 'clientele/testing';
import { fromEpochDay, summarizeTransactions, toEpochDay } from 'clientele/time';
import { createReport } from './report/createReport';
import { dollars as money, exactDollars, percent as pct } from './report/format';
import { writeReport } from './report/writeReport';

const line = (s = '') => console.log(s);
const rule = (title: string) => line(`\n== ${title} ${'='.repeat(Math.max(0, 72 - title.length))}`);
const report = createReport(
  'clientele on the bundled example data',
  'The CDNOW sample (2,357 customers, 1997-01 to 1998-06), the mobi satisfaction survey, a price survey and a simulated customer base: the figures and charts of npm run demo.',
);

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
line(`repeat purchases        ${frequencyTotal.toLocaleString('en-US')} in calibration, ${holdoutTotal.toLocaleString('en-US')} in the 39-week holdout`);
line(`total spend             ${exactDollars(totalSpend.total)} (calibration ${exactDollars(calibrationSpend.total)})`);
line(`mean spend per customer ${money(totalSpend.value / customers.length)}`);
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
report.section('1. The CDNOW sample: from a transaction log to customer summaries',
  `Calibration to ${cdnowSampleInfo.calibrationEnd}, holdout to ${cdnowSampleInfo.observationEnd}, time in weeks (the conventions of Fader, Hardie & Lee 2005).`);
report.table('The transaction log', ['measure', 'value'], [
  ['transactions', log.length.toLocaleString('en-US')],
  ['customers', customers.length.toLocaleString('en-US')],
  ['repeat buyers by the calibration end', `${repeaters.length} (${pct(repeaters.length / customers.length)})`],
  ['repeat purchases, calibration / holdout', `${frequencyTotal.toLocaleString('en-US')} / ${holdoutTotal.toLocaleString('en-US')}`],
  ['total spend', exactDollars(totalSpend.total)],
  ['mean spend per customer', money(totalSpend.value / customers.length)],
  ['rejected rows', summary.rejected.length],
]);
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
const purchases = fitModel(bgNbd, summary); // the summary carries its time unit (weeks) into the fit
const fmt = (v: number, d = 3) => v.toFixed(d);
/** A count with thousands separators. */
const count = (v: number) => v.toLocaleString('en-US');
line(`BG/NBD (weeks), converged: ${purchases.converged}, log-likelihood ${fmt(purchases.logLikelihood, 2)}`);
for (const name of purchases.parameterNames) {
  const [lo, hi] = purchases.confidenceIntervals[name]!;
  line(`  ${name.padEnd(6)} ${fmt(purchases.params[name]).padStart(7)}  SE ${fmt(purchases.standardErrors[name]!)}  95% CI [${fmt(lo)}, ${fmt(hi)}]`);
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
line(`\nholdout (${holdoutWeeks} weeks): predicted ${Math.round(accuracy.totalPredicted).toLocaleString('en-US')} repeat purchases, actual ${accuracy.totalActual.toLocaleString('en-US')}`);
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
line(`  current (realised) ${exactDollars(value.totalCurrentValueExact)}, potential ${money(value.totalPotentialValue)}`);
line('  the ten most valuable customers (current + potential):');
const top = [...value.customers].sort((a, b) => b.totalValue - a.totalValue).slice(0, 10);
for (const c of top) {
  line(`    ${c.customerId}  current ${exactDollars(c.currentValueExact).padStart(9)}  potential ${money(c.potentialValue).padStart(8)}  total ${money(c.totalValue).padStart(9)}`);
}
reportClv();

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

/** Section 2 of the report: the fit, its checks against the holdout, and the value of the customers. */
function reportClv(): void {
  report.section('2. Customer lifetime value: BG/NBD + Gamma-Gamma on CDNOW',
    `BG/NBD fitted by maximum likelihood on the calibration period (log-likelihood ${fmt(purchases.logLikelihood, 2)}; published -9582.43), Gamma-Gamma on the ${repeaters.length} repeat buyers.`);
  const publishedParams: Record<string, string> = { r: '0.243', alpha: '4.414', a: '0.793', b: '2.426' };
  report.table('BG/NBD parameters (weeks)', ['parameter', 'estimate', 'SE', '95% CI', 'published (FHL 2005)'],
    purchases.parameterNames.map((name) => {
      const interval = purchases.confidenceIntervals[name];
      const se = purchases.standardErrors[name];
      // null when the data do not identify the parameter (fit.notIdentified says why); not the case on CDNOW
      const ci = interval ? `[${fmt(interval[0])}, ${fmt(interval[1])}]` : 'not identified';
      return [name, fmt(purchases.params[name]), se === null ? '-' : fmt(se), ci, publishedParams[name] ?? '-'];
    }));
  const counts = repeatCountComparison(customers, (t, k) => bgNbd.probabilityOfPurchases(purchases.params, k, t), { maxCount: 7 });
  report.chart(repeatCountChart(counts));
  report.chart(trackingCumulativeChart(trackingCurve(purchaseWeeks(), (t) => bgNbd.expectedPurchases(purchases.params, t), { periods: 78 }),
    { timeUnit: 'week', calibrationEnd: 39 }));
  report.chart(modelComparisonChart({ 'BG/NBD': accuracy }));
  report.chart(expectedPurchasesMatrixChart(expectationMatrix(purchases, { maxFrequency: 20, maxRecency: 39, horizon: { value: 39, unit: 'week' } })));
  const loyal = customers.find((c) => c.frequency >= 5)!;
  const history = probabilityAliveHistory(purchases, log.filter((t) => t.customerId === loyal.customerId),
    { end: cdnowSampleInfo.calibrationEnd, step: { value: 7, unit: 'day' } });
  report.chart(probabilityAliveHistoryChart(history, { title: `P(alive) of customer ${loyal.customerId} over the calibration period` }));
  const scores = scoreCustomers(purchases, summary, {
    horizon: { value: 52, unit: 'week' },
    spend: { params: spend.params },
    value: { margin, discountRate: { rate: 0.1, per: 'year' }, horizon: { value: 52, unit: 'week' } },
    daysPerYear: 365.25,
  });
  report.chart(clvDistributionChart(scores, { currency: 'USD', bins: 40 }));
  report.table(`The ten most valuable customers (current margin + potential at a ${margin * 100} % margin, next 52 weeks)`,
    ['customer', 'current', 'potential', 'total'],
    top.map((c) => [c.customerId, exactDollars(c.currentValueExact), money(c.potentialValue), money(c.totalValue)]));
}

/** Each customer's purchase days in weeks since 1997-01-01: the first, then the repeats (for the tracking curve). */
function purchaseWeeks(): { birth: number; repeatTimes: number[] }[] {
  const origin = toEpochDay('1997-01-01');
  const days = new Map<string, Set<number>>();
  for (const t of log) days.set(t.customerId, (days.get(t.customerId) ?? new Set<number>()).add(toEpochDay(t.date) - origin));
  return [...days.values()].map((set) => {
    const weeks = [...set].sort((a, b) => a - b).map((d) => d / 7);
    return { birth: weeks[0]!, repeatTimes: weeks.slice(1) };
  });
}

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

report.section('3. Satisfaction: the ECSI model on the mobi survey (PLS path modeling)',
  `${ecsi.n} respondents; centroid scheme, Mode A, indicators centred but not scaled (Tenenhaus et al. 2005); ${boot.successful} bootstrap resamples. Satisfaction index ${fmt(csi.constructs.Satisfaction!.index, 1)}, loyalty index ${fmt(csi.constructs.Loyalty!.index, 1)} (0-100).`);
report.table('Path coefficients', ['path', 'estimate', '95% bootstrap CI', 'published'], boot.paths.map((p) => {
  const key = `${p.from}>${p.to}`;
  return [`${p.from} → ${p.to}`, fmt(p.original), `[${fmt(p.lower)}, ${fmt(p.upper)}]`, published[key]!.toFixed(key === 'Complaints>Loyalty' ? 2 : 3)];
}));
report.chart(plsPathChart(boot));
report.chart(ipmaChart(ipma));

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

// ---------------------------------------------------------------------------------------------------
rule('4. Loyalty: the ladder, retention, defect tolerance and a price survey');
// The whole CDNOW sample log (to 1998-06-30), indexed once and read by every measure below.
const index = indexTransactions(log);
const ladder = loyaltyLadder({ transactions: index }, { asOf: cdnowSampleInfo.observationEnd });
line(`loyalty ladder at ${ladder.asOf} (lapsed: no purchase for 2 x the median gap between purchases):`);
for (const [stage, s] of Object.entries(ladder.stages)) {
  if (s.count > 0) line(`  ${stage.padEnd(15)} ${String(s.count).padStart(5)}  (${pct(s.share)}), of whom lapsed ${s.lapsed}`);
}
const cohorts = cohortRetention(index, { period: 'quarter', from: '1997-01-01', to: cdnowSampleInfo.observationEnd });
const q1 = cohorts.cohorts[0]!;
line(`the 1997-Q1 cohort (${count(q1.size)} customers), active by quarter: ${q1.active.map((r) => pct(r)).join(', ')}`);
const lives = lifetimesFromTransactions(index, { analysisDate: cdnowSampleInfo.observationEnd, lapseDays: 180 });
const km = kaplanMeier(lives.observations);
const at365 = km.overall.steps.filter((s) => s.time <= 365).at(-1)!;
line(`Kaplan-Meier (lapsed after 180 days without a purchase): ${pct(at365.survival)} still active one year after the first purchase`);
line(`  95% interval (log-log) [${pct(at365.lower)}, ${pct(at365.upper)}], median lifetime ${km.overall.median.time} days`);

const base = simulateCustomerRecords({
  customers: 3000, seed: 3, startDate: '2024-01-01', acquisitionDays: 90, endDate: '2025-06-30',
  purchaseRate: { shape: 3, rate: 90 },
  incidentProbability: 0.12,
  incidentEffect: { rateMultiplier: 0.4, durationDays: 20, resolutions: ['slow', 'unresolved'] },
});
const tolerance = defectTolerance(base.transactions, base.incidents, {
  period: { from: '2024-01-01', to: '2025-06-30' }, windowDays: 30, fastResolutionDays: 2,
});
const tol = tolerance.population.overall;
line(`defect tolerance on a simulated base (3,000 customers; slow or no resolution cuts the purchase rate to 40 % for 20 days):`);
line(`  repurchase within 30 days after an incident ${pct(tol.repurchaseRate)} against ${pct(tol.baselineRate)} for matched purchases: ratio ${fmt(tol.ratio!)} [${fmt(tol.interval!.lower)}, ${fmt(tol.interval!.upper)}]`);
for (const g of tolerance.population.byResolution) line(`    ${g.resolution.padEnd(10)} ratio ${fmt(g.ratio!)} (${g.incidents} incidents)`);

const priceSurvey = loadPriceSurvey();
const psm = vanWestendorp(priceSurvey);
line(`Van Westendorp on the bundled price survey: ${psm.n} consistent answers, ${psm.invalid.length} reported as inconsistent`);
line(`  acceptable range ${money(psm.acceptableRange.lower!)} to ${money(psm.acceptableRange.upper!)}; optimal ${money(psm.pricePoints.opp.price!)}, indifference ${money(psm.pricePoints.ipp.price!)}`);
line(`  Newton-Miller-Smith: reach peaks at ${money(psm.newtonMillerSmith!.optimalReach.price)}, revenue at ${money(psm.newtonMillerSmith!.optimalRevenue.price)}`);

report.section('4. Loyalty: the ladder, retention, defect tolerance and a price survey');
report.table(`The loyalty ladder at ${ladder.asOf} (lapsed: no purchase for 2 × the median gap between purchases)`,
  ['stage', 'customers', 'share', 'lapsed'],
  Object.entries(ladder.stages).filter(([, st]) => st.count > 0).map(([stage, st]) => [stage, st.count, pct(st.share), st.lapsed]));
report.chart(cohortRetentionChart(cohorts));
report.chart(kaplanMeierChart(km, { timeUnit: 'day', title: 'Survival of CDNOW customers (lapsed after 180 days without a purchase)' }));
report.table('Defect tolerance on a simulated base: repurchase within 30 days after an incident, against matched purchases',
  ['resolution', 'incidents', 'ratio', '95% interval'],
  [['all', tol.incidents, fmt(tol.ratio!), `[${fmt(tol.interval!.lower)}, ${fmt(tol.interval!.upper)}]`],
    ...tolerance.population.byResolution.map((g) => [g.resolution, g.incidents, fmt(g.ratio!), `[${fmt(g.interval!.lower)}, ${fmt(g.interval!.upper)}]`])]);
report.chart(vanWestendorpChart(psm, { currency: 'USD' }));

assert.equal(index.customerIds.length, 2357);
assert.equal(Object.values(ladder.stages).reduce((s, x) => s + x.count, 0), 2357);
assert.equal(ladder.stages.firstPurchase.count, 2357 - 1139); // 1,139 customers bought on two days or more by 1998-06-30
assert.equal(q1.size, 2357);
assert.ok(at365.survival > 0 && at365.survival < 1 && at365.lower! < at365.survival && at365.survival < at365.upper!);
assert.ok(tol.interval!.upper < 1); // the simulated incidents do cut repurchase
const fastResolution = tolerance.population.byResolution.find((g) => g.resolution === 'fast')!;
// ... but not after a fast resolution. (A 95 % interval: about one seed in twenty misses the truth; seeds 1, 2, 3
// and 14 cover 1, seed 2026 gives [0.949, 1.000].)
assert.ok(fastResolution.interval!.lower < 1 && 1 < fastResolution.interval!.upper);
assert.equal(psm.invalid.length, 10); // the survey's 10 swapped answers, none dropped silently
assert.ok(psm.acceptableRange.lower! < psm.pricePoints.opp.price! && psm.pricePoints.opp.price! < psm.acceptableRange.upper!);

// ---------------------------------------------------------------------------------------------------
rule('5. Segmentation: RFM, value tiers, the whale curve, who needs attention');
const rfm = rfmScores(index, { analysisDate: '1998-07-01' });
const segments = rfmSegments(rfm, { rules: RFM_R_PACKAGE_SEGMENTS });
line(`RFM (R rfm conventions, analysis date 1998-07-01), segments of the R rfm documentation:`);
line('  segment              customers   share   revenue share  median recency (days)');
for (const s of [...segments.segments].sort((a, b) => b.customers - a.customers)) {
  if (s.customers === 0) continue;
  line(`  ${s.segment.padEnd(20)} ${String(s.customers).padStart(7)}  ${pct(s.customerShare).padStart(7)}  ${pct(s.revenueShare).padStart(9)}  ${String(s.medianRecencyDays).padStart(10)}`);
}
// Value: the 52-week CLV of section 2 plus the realised margin, graded by the source documents' ABC rule.
const values = value.customers.map((c) => ({ customerId: c.customerId, value: c.totalValue }));
const abc = abcAnalysis(values);
const pyramid = customerPyramid(values);
line(`ABC by customer value (80/95 % of value): ${abc.classes.map((c) => `${c.name} ${count(c.count)}`).join(', ')}`);
line(`pyramid: ${pyramid.tiers.map((t) => `${t.name} ${count(t.count)} (${pct(t.valueShare)} of value)`).join(', ')}`);
const concentration = valueConcentration(values);
line(`Gini of customer value ${fmt(concentration.gini!)}; the top 20 % hold ${pct(concentration.topShares.find((s) => s.share === 0.2)!.valueShare)}`);
// Profit: cost of goods at 70 % of revenue (the 30 % margin of section 2) and, as a stated assumption,
// $4 of handling per purchase day; customers who buy little, often, do not pay for their service.
const handling = [];
for (let c = 0; c < index.customerIds.length; c++) {
  let last = -1;
  for (let j = index.start[c]!; j < index.start[c + 1]!; j++) {
    if (index.epochDay[j] !== last) handling.push({ customerId: index.customerIds[c]!, date: fromEpochDay(index.epochDay[j]!), kind: 'handling', cost: '4.00' });
    last = index.epochDay[j]!;
  }
}
const profit = customerProfitability(index, handling, {
  window: { from: cdnowSampleInfo.firstDate, to: cdnowSampleInfo.observationEnd }, costOfGoodsRate: 0.7,
});
const whale = whaleCurve(profit.customers);
line(`whale curve (profit = 30 % margin - $4 handling per purchase day): total ${exactDollars(profit.totals.exact.profit)}`);
line(`  ${count(whale.profitable.customers)} profitable customers earn ${pct(whale.peak.share)} of the total; the other ${count(whale.unprofitable.customers + whale.breakEven.customers)} give back ${pct(whale.erosion.share)}`);
line(`  20/80/30: the top 20 % earn ${pct(whale.kotler.top20)} of profit, the bottom 30 % ${pct(whale.kotler.bottom30)}`);
// Value x risk: value groups split at the median expected CLV, risk high when P(alive) < 0.5 (a stated
// cut-off: BG/NBD gives every one-time buyer P(alive) = 1, so a median split of risk would say nothing).
const risk = valueRiskMatrix(
  customers.map((c, i) => ({ customerId: c.customerId, value: clv.values[i]!, risk: 1 - alive[i]! })),
  { riskGroups: [0.5] },
);
const urgent = risk.cells.find((c) => c.valueGroup === 'high' && c.riskGroup === 'high')!;
line(`value x risk at the calibration end: ${urgent.count} customers of high expected value with P(alive) < 0.5 (${urgent.action})`);
const alerts = purchaseAlerts(index, {
  asOf: cdnowSampleInfo.calibrationEnd,
  pAlive: customers.map((c, i) => ({ customerId: c.customerId, pAlive: alive[i]! })),
});
line(`purchase alerts at ${cdnowSampleInfo.calibrationEnd}: ${count(alerts.totals.total)} for ${count(alerts.customersWithAlerts.length)} customers (high ${count(alerts.totals.high)}, medium ${count(alerts.totals.medium)}, low ${count(alerts.totals.low)})`);
for (const [name, n] of Object.entries(alerts.counts)) if (n.total > 0) line(`  ${name.padEnd(16)} ${String(n.total).padStart(5)}`);
const classOf = new Map(abc.customers.map((c) => [c.customerId, c.class]));
const valueOf = new Map(values.map((v) => [v.customerId, v.value]));
const attention = [...new Set(alerts.alerts.filter((a) => a.severity === 'high' && classOf.get(a.customerId) === 'A').map((a) => a.customerId))]
  .sort((a, b) => valueOf.get(b)! - valueOf.get(a)!);
line(`class-A customers with a high-severity alert: ${attention.length}; the five most valuable:`);
for (const id of attention.slice(0, 5)) {
  const rules = alerts.alerts.filter((a) => a.customerId === id && a.severity === 'high').map((a) => a.rule);
  line(`  ${id}  value ${money(valueOf.get(id)!).padStart(9)}  ${rules.join(', ')}`);
}

report.section('5. Segmentation: RFM, value tiers, the whale curve, who needs attention',
  `RFM with the R rfm conventions (analysis date 1998-07-01); value = realised margin + 52-week CLV; profit = 30 % margin - $4 handling per purchase day. Gini of customer value ${fmt(concentration.gini!)}.`);
report.table('RFM segments (the segments of the R rfm documentation)', ['segment', 'customers', 'share', 'revenue share', 'median recency (days)'],
  [...segments.segments].sort((a, b) => b.customers - a.customers).filter((x) => x.customers > 0)
    .map((x) => [x.segment, x.customers, pct(x.customerShare), pct(x.revenueShare), x.medianRecencyDays ?? '-']));
report.chart(rfmSegmentChart(segments));
report.chart(customerPyramidChart(pyramid, { currency: 'USD' }));
report.chart(whaleCurveChart(whale, { currency: 'USD' }));
report.table(`Class-A customers with a high-severity purchase alert at ${cdnowSampleInfo.calibrationEnd} (the five most valuable of ${attention.length})`,
  ['customer', 'value', 'alerts'],
  attention.slice(0, 5).map((id) => [id, money(valueOf.get(id)!), alerts.alerts.filter((a) => a.customerId === id && a.severity === 'high').map((a) => a.rule).join(', ')]));

assert.equal(rfm.customers.length, 2357);
assert.equal(segments.segments.reduce((s, x) => s + x.customers, 0), 2357);
assert.equal(abc.classes.reduce((s, c) => s + c.count, 0), 2357);
assert.equal(pyramid.tiers.reduce((s, t) => s + t.count, 0), 2357);
assert.equal(whale.curve.at(-1)!.cumulativeProfit.toFixed(2), profit.totals.profit.toFixed(2));
assert.ok(whale.peak.share! > 1); // the profitable customers earn more than the total
assert.ok(concentration.gini! > 0 && concentration.gini! < 1);
assert.equal(risk.cells.reduce((s, c) => s + c.count, 0), 2357);
assert.ok(attention.length > 0 && attention.every((id) => classOf.get(id) === 'A'));

// ---------------------------------------------------------------------------------------------------
// The report: every table above and the charts, rendered to SVG and written into one HTML file.
const reportPath = resolve(process.env['CLIENTELE_REPORT'] ?? fileURLToPath(new URL('../report/clientele-report.html', import.meta.url)));
const written = await writeReport(report.content, reportPath);
assert.equal(written.charts, 14);
const shown = relative(process.cwd(), written.path);
line(`\nreport: ${shown.startsWith('..') ? written.path : shown} (${(written.bytes / 1024).toFixed(0)} kB, ${written.charts} charts; opens offline in any browser)`);
