// How sure are the predictions? Fit BG/NBD and Gamma-Gamma to the CDNOW sample, then give every
// customer's P(alive), expected purchases, expected spend and lifetime value an interval by drawing the
// parameters from the fits' sampling distributions, check one interval by hand, add intervals to the
// scoring table, compare with a (small) bootstrap, do the same for a discrete-time BG/BB panel, and give
// an interval to any other prediction (an sBG survival curve).
// Run: npx tsup && node --import tsx examples/23-prediction-intervals.ts
import assert from 'node:assert/strict';
import {
  bgBb,
  bgBbPredictionIntervals,
  bgNbd,
  drawParameters,
  fitModel,
  gammaGamma,
  intervalsFromDraws,
  predictionIntervals,
  scoreCustomers,
  shiftedBetaGeometric,
} from 'clientele/clv';
import { cdnowSampleInfo, loadCdnowSample } from 'clientele/datasets';
import { simulateBgBb } from 'clientele/testing';
import { summarizeTransactions } from 'clientele/time';

const line = (s = '') => console.log(s);
const rule = (title: string) => line(`\n== ${title} ${'='.repeat(Math.max(0, 72 - title.length))}`);
const fmt = (q: { estimate: number; lower: number; upper: number } | null, digits = 3) =>
  q === null ? '-' : `${q.estimate.toFixed(digits)} [${q.lower.toFixed(digits)}, ${q.upper.toFixed(digits)}]`;

const summary = summarizeTransactions(loadCdnowSample(), {
  calibrationEnd: cdnowSampleInfo.calibrationEnd,
  observationEnd: cdnowSampleInfo.observationEnd,
  unit: 'week',
});
const fit = fitModel(bgNbd, summary);
const spendFit = fitModel(gammaGamma, summary, { constraints: { q: { greaterThan: 1 } } });
const value = { margin: 0.3, discountRate: { rate: 0.1, per: 'year' as const }, horizon: { value: 52, unit: 'week' as const }, step: { value: 4, unit: 'week' as const } };

// ---------------------------------------------------------------------------------------------------
rule('1. Parameter draws (log scale, seeded)');
const draws = drawParameters(fit, { draws: 1000, seed: 42 });
for (const name of fit.parameterNames) {
  const column = [...draws.columns[name]].sort((a, b) => a - b);
  line(`${name.padEnd(6)} estimate ${fit.params[name].toFixed(4)}   5 % ${column[50]!.toFixed(4)}   95 % ${column[949]!.toFixed(4)}`);
}
assert.deepEqual(drawParameters(fit, { draws: 1000, seed: 42 }).columns, draws.columns); // same seed, same draws

// ---------------------------------------------------------------------------------------------------
rule('2. Intervals for every customer and for the whole base');
const started = Date.now();
const result = predictionIntervals(fit, summary, {
  horizon: { value: 39, unit: 'week' },
  spend: spendFit,
  value,
  daysPerYear: 365.25,
  draws: 1000,
  seed: 42,
});
line(`${result.rows.length} customers, ${result.settings.draws} draws, ${Date.now() - started} ms`);
line('customer  P(alive)                  E[purchases, 39 weeks]   spend/purchase              CLV');
for (const row of result.rows.slice(0, 5)) {
  line(`${row.customerId.padEnd(9)} ${fmt(row.probabilityAlive)}  ${fmt(row.expectedPurchases)}  ${fmt(row.expectedSpend, 2)}  ${fmt(row.clv, 2)}`);
}
const total = result.totals.expectedPurchases!;
const actual = summary.customers.reduce((s, c) => s + (c.frequencyHoldout ?? 0), 0);
line(`whole base, expected purchases in the 39-week holdout: ${fmt(total, 0)}; actual ${actual}`);
line('(the interval is for the expected value under the model, not a forecast band for the realised count)');
line(`customer equity: ${fmt(result.totals.clv, 0)}`);
assert.ok(total.lower < total.estimate && total.estimate < total.upper);
for (const row of result.rows) {
  for (const q of [row.probabilityAlive, row.expectedPurchases, row.expectedSpend, row.clv]) {
    assert.ok(q !== null && Number.isFinite(q.lower) && q.lower <= q.upper);
  }
}

// ---------------------------------------------------------------------------------------------------
rule('3. The same interval by hand, for customer 0001');
// The expected purchases of one customer at every drawn parameter vector, then the 5 % and 95 % quantiles.
const one = summary.customers.find((c) => c.customerId === '0001')!;
const perDraw = Array.from({ length: 1000 }, (_, d) =>
  bgNbd.conditionalExpectedPurchases({ r: draws.columns.r[d]!, alpha: draws.columns.alpha[d]!, a: draws.columns.a[d]!, b: draws.columns.b[d]! }, one, 39),
).sort((a, b) => a - b);
const byHand = [perDraw[49]! + 0.95 * (perDraw[50]! - perDraw[49]!), perDraw[949]! + 0.05 * (perDraw[950]! - perDraw[949]!)];
const row = result.rows.find((r) => r.customerId === '0001')!;
line(`by hand [${byHand.map((v) => v.toFixed(6)).join(', ')}], predictionIntervals [${row.expectedPurchases!.lower.toFixed(6)}, ${row.expectedPurchases!.upper.toFixed(6)}]`);
assert.ok(Math.abs(byHand[0]! - row.expectedPurchases!.lower) < 1e-6 * byHand[0]!);
assert.ok(Math.abs(byHand[1]! - row.expectedPurchases!.upper) < 1e-6 * byHand[1]!);

// ---------------------------------------------------------------------------------------------------
rule('4. The scoring table with lower and upper columns');
const scores = scoreCustomers(fit, summary, { horizon: { value: 39, unit: 'week' }, spend: spendFit, value, daysPerYear: 365.25, intervals: { draws: 1000, seed: 42 } });
const first = scores.rows[0]!;
line(`${first.customerId}: value ${first.value!.toFixed(2)} in [${first.intervals!.value!.lower.toFixed(2)}, ${first.intervals!.value!.upper.toFixed(2)}]`);
assert.equal(first.intervals!.value!.upper, result.rows[0]!.clv!.upper);

// ---------------------------------------------------------------------------------------------------
rule('5. A small bootstrap (resample customers, refit): slower, no normality assumption');
const bootStarted = Date.now();
const boot = predictionIntervals(fit, summary, { horizon: { value: 39, unit: 'week' }, method: 'bootstrap', draws: 30, seed: 42, quantities: ['expectedPurchases'] });
line(`${boot.settings.draws} refits in ${Date.now() - bootStarted} ms; whole base ${fmt(boot.totals.expectedPurchases, 0)} (parametric ${fmt(total, 0)})`);
assert.ok(boot.totals.expectedPurchases!.lower < total.estimate && total.estimate < boot.totals.expectedPurchases!.upper);

// ---------------------------------------------------------------------------------------------------
rule('6. Discrete time: a BG/BB panel of yearly donation opportunities');
// 11,104 donors observed for 6 yearly opportunities, simulated at the estimates Fader, Hardie & Shang
// (2010) report for their donation data; the residual value discounts every future gift's margin of 25
// at 10 % a year (one opportunity a year).
const panel = simulateBgBb({ alpha: 1.204, beta: 0.75, gamma: 0.657, delta: 2.783 }, { customers: 11_104, opportunities: 6, seed: 42 }).map((c, i) => ({
  customerId: `donor${String(i + 1).padStart(5, '0')}`,
  ...c,
}));
const bgBbFit = fitModel(bgBb, panel);
const donors = bgBbPredictionIntervals(bgBbFit, panel, { horizon: 5, value: { discountRate: 0.1, marginPerPurchase: 25 }, draws: 1000, seed: 42 });
line('donor      P(alive)                  E[gifts, 5 years]        residual value');
for (const r of donors.rows.slice(0, 3)) line(`${r.customerId}  ${fmt(r.probabilityAlive)}  ${fmt(r.expectedPurchases)}  ${fmt(r.clv, 2)}`);
line(`all donors, gifts in the next 5 years: ${fmt(donors.totals.expectedPurchases, 0)}; residual value ${fmt(donors.totals.clv, 0)}`);
line(`parameters: ${Object.entries(donors.parameters).map(([k, q]) => `${k} ${fmt(q)}`).join(', ')}`);
const gifts = donors.totals.expectedPurchases!;
assert.ok(gifts.lower < gifts.estimate && gifts.estimate < gifts.upper);
// The estimate column is the model's own prediction at the fitted parameters.
const firstDonor = panel.find((c) => c.customerId === donors.rows[0]!.customerId)!;
assert.equal(donors.rows[0]!.expectedPurchases!.estimate, bgBb.conditionalExpectedPurchases(bgBbFit.params, firstDonor, 5));

// ---------------------------------------------------------------------------------------------------
rule('7. Any prediction of any fit: an sBG survival curve with its band');
const sbg = fitModel(shiftedBetaGeometric, [1000, 631, 468, 382, 326]); // active at the start of each of 5 years
const years = [1, 2, 3, 4, 5, 6, 8, 10];
const band = intervalsFromDraws(sbg, (p) => shiftedBetaGeometric.survival(p, years), { draws: 1000, seed: 42 });
years.forEach((y, k) => line(`year ${String(y).padStart(2)}  survival ${fmt(band.intervals[k]!)}`));
// Observed years are pinned down by the data; the band widens where the curve is extrapolated.
const width = (k: number) => band.intervals[k]!.upper - band.intervals[k]!.lower;
assert.ok(width(years.indexOf(10)) > width(years.indexOf(5)));
for (const q of band.intervals) assert.ok(q.lower <= q.upper && q.lower >= 0 && q.upper <= 1);
