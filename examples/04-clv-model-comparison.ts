// Which purchase model? BG/NBD, MBG/NBD and Pareto/NBD on the same CDNOW calibration data, compared by
// likelihood (AIC/BIC), by the holdout they never saw, and by what they say about one-time buyers.
// Then a contractual business: the shifted-beta-geometric (sBG) model on the renewal counts of Fader &
// Hardie (2007), its retention curve, and the value of a new and of a loyal subscriber (DEL / DERL).
// Run: npx tsup && node --import tsx examples/04-clv-model-comparison.ts
import assert from 'node:assert/strict';
import {
  bgNbd,
  fitModel,
  holdoutAccuracy,
  mbgNbd,
  paretoNbd,
  shiftedBetaGeometric,
  trackingCurve,
} from 'clientele/clv';
import { cdnowSampleInfo, loadCdnowSample } from 'clientele/datasets';
import { summarizeTransactions, toEpochDay } from 'clientele/time';

const line = (s = '') => console.log(s);
const rule = (title: string) => line(`\n== ${title} ${'='.repeat(Math.max(0, 72 - title.length))}`);

// ---------------------------------------------------------------------------------------------------
rule('1. Three non-contractual models, one data set');
// BG/NBD: a customer may drop out after each repeat purchase. MBG/NBD: also right after the first one.
// Pareto/NBD: dropout can happen at any moment (exponential lifetime). All fitted on (x, t_x, T) in weeks.
const log = loadCdnowSample();
const summary = summarizeTransactions(log, {
  calibrationEnd: cdnowSampleInfo.calibrationEnd,
  observationEnd: cdnowSampleInfo.observationEnd,
  unit: 'week',
});
const customers = summary.customers;
const holdoutWeeks = customers[0]!.durationHoldout!;
const bg = fitModel(bgNbd, customers);
const mbg = fitModel(mbgNbd, customers);
const pareto = fitModel(paretoNbd, customers);
const fmt = (params: Record<string, number>) => Object.entries(params).map(([k, v]) => `${k} ${v.toFixed(3)}`).join(', ');
line('model        log-lik       AIC       BIC   parameters');
for (const [name, fit] of [['BG/NBD', bg], ['MBG/NBD', mbg], ['Pareto/NBD', pareto]] as const) {
  line(`${name.padEnd(11)} ${fit.logLikelihood.toFixed(2)}  ${fit.aic.toFixed(1)}  ${fit.bic.toFixed(1)}   ${fmt(fit.params)}`);
}
line('(all have 4 parameters, so AIC and BIC rank them exactly as the log-likelihood does)');

// ---------------------------------------------------------------------------------------------------
rule('2. The holdout: 39 weeks the models never saw');
const actual = customers.map((c) => c.frequencyHoldout ?? 0);
const frequencies = customers.map((c) => c.frequency);
const predictions = {
  'BG/NBD': bgNbd.conditionalExpectedPurchases(bg.params, customers, holdoutWeeks),
  'MBG/NBD': mbgNbd.conditionalExpectedPurchases(mbg.params, customers, holdoutWeeks),
  'Pareto/NBD': paretoNbd.conditionalExpectedPurchases(pareto.params, customers, holdoutWeeks),
};
const accuracy = Object.fromEntries(
  Object.entries(predictions).map(([name, p]) => [name, holdoutAccuracy(p, actual, { frequencies, maxFrequency: 4 })]),
);
line('model        predicted  actual    bias     MAE    RMSE   corr');
for (const [name, a] of Object.entries(accuracy)) {
  line(
    `${name.padEnd(11)} ${a.totalPredicted.toFixed(0).padStart(9)} ${String(a.totalActual).padStart(7)} ` +
      `${(100 * a.relativeBias!).toFixed(1).padStart(6)} %  ${a.mae.toFixed(3)}  ${a.rmse.toFixed(3)}  ${a.correlation!.toFixed(3)}`,
  );
}
line('mean holdout purchases by calibration x:   0      1      2      3     4+');
for (const [name, a] of Object.entries(accuracy)) {
  line(`  ${name.padEnd(40)} ${a.byFrequency.map((g) => g.meanPredicted.toFixed(2).padStart(6)).join(' ')}`);
}
line(`  ${'actual'.padEnd(40)} ${accuracy['BG/NBD']!.byFrequency.map((g) => g.meanActual.toFixed(2).padStart(6)).join(' ')}`);

// The cohort's cumulative repeat purchases week by week (FHL 2005, Fig. 1): each customer's expected
// purchases E[X(t - birth)] summed over the cohort, against the purchases actually made.
const origin = toEpochDay('1997-01-01');
const days = new Map<string, Set<number>>();
for (const t of log) {
  const set = days.get(t.customerId) ?? new Set<number>();
  set.add(toEpochDay(t.date) - origin);
  days.set(t.customerId, set);
}
const tracked = [...days.values()].map((set) => {
  const sorted = [...set].sort((a, b) => a - b).map((d) => d / 7);
  return { birth: sorted[0]!, repeatTimes: sorted.slice(1) };
});
const curves = {
  'BG/NBD': trackingCurve(tracked, (t) => bgNbd.expectedPurchases(bg.params, t), { periods: 78 }),
  'MBG/NBD': trackingCurve(tracked, (t) => mbgNbd.expectedPurchases(mbg.params, t), { periods: 78 }),
  'Pareto/NBD': trackingCurve(tracked, (t) => paretoNbd.expectedPurchases(pareto.params, t), { periods: 78 }),
};
line('\ncumulative repeat purchases   week 39   week 78');
line(`  actual                      ${String(curves['BG/NBD'][38]!.actualCumulative).padStart(7)}   ${String(curves['BG/NBD'][77]!.actualCumulative).padStart(7)}`);
for (const [name, curve] of Object.entries(curves)) {
  line(`  ${name.padEnd(27)} ${curve[38]!.expectedCumulative.toFixed(0).padStart(7)}   ${curve[77]!.expectedCumulative.toFixed(0).padStart(7)}`);
}

// ---------------------------------------------------------------------------------------------------
rule('3. One-time buyers: alive or not?');
// Under BG/NBD a customer can only drop out after a repeat purchase, so everyone who bought once is
// "alive" with probability 1 however long ago that was. MBG/NBD and Pareto/NBD let them leave.
// For BG/NBD, the probability of no purchase in the next 39 weeks is the usable alternative.
line('  T (weeks)   BG/NBD P(alive)   MBG/NBD P(alive)   Pareto/NBD P(alive)   BG/NBD P(no purchase in 39 wk)');
const oneTimers = [27, 33, 39].map((T) => ({ frequency: 0, recency: 0, T }));
for (const c of oneTimers) {
  line(
    `  ${String(c.T).padStart(9)}   ${bgNbd.probabilityAlive(bg.params, c).toFixed(3).padStart(15)}   ` +
      `${mbgNbd.probabilityAlive(mbg.params, c).toFixed(3).padStart(16)}   ${paretoNbd.probabilityAlive(pareto.params, c).toFixed(3).padStart(19)}   ` +
      `${bgNbd.probabilityNoPurchase(bg.params, c, 39).toFixed(3).padStart(30)}`,
  );
}
const expectedActive = {
  'BG/NBD': bgNbd.probabilityAlive(bg.params, customers).reduce((s, p) => s + p, 0),
  'MBG/NBD': mbgNbd.probabilityAlive(mbg.params, customers).reduce((s, p) => s + p, 0),
  'Pareto/NBD': paretoNbd.probabilityAlive(pareto.params, customers).reduce((s, p) => s + p, 0),
};
line(`expected active customers at the end of calibration: ${Object.entries(expectedActive).map(([k, v]) => `${k} ${v.toFixed(0)}`).join(', ')}`);

// ---------------------------------------------------------------------------------------------------
rule('4. A contractual business: sBG on yearly renewals');
// Fader & Hardie (2007): of 1,000 customers acquired in year 0, how many are still customers at the start
// of each year? Fit on the first 7 years, project years 8-12, compare with what happened. Each customer
// renews with probability 1 − θ, θ ~ Beta(α, β): the cohort's retention rate rises with tenure because
// the customers likely to cancel leave first, not because anyone becomes more loyal.
const cohorts = {
  regular: [1000, 631, 468, 382, 326, 289, 262, 241, 223, 207, 194, 183, 173],
  'high end': [1000, 869, 743, 653, 593, 551, 517, 491, 468, 445, 427, 409, 394],
};
const sbgFits: Record<string, ReturnType<typeof fitModel<{ alpha: number; beta: number }, readonly number[]>>> = {};
for (const [name, counts] of Object.entries(cohorts)) {
  const fit = fitModel(shiftedBetaGeometric, counts.slice(0, 8));
  sbgFits[name] = fit;
  const curve = shiftedBetaGeometric.survivalCurve(fit.params, 12);
  line(`\n${name}: α ${fit.params.alpha.toFixed(3)} ± ${fit.standardErrors.alpha!.toFixed(3)}, β ${fit.params.beta.toFixed(3)} ± ${fit.standardErrors.beta!.toFixed(3)}, LL ${fit.logLikelihood.toFixed(1)}`);
  line('  year        ' + [1, 2, 4, 7, 8, 10, 12].map((t) => String(t).padStart(6)).join(''));
  line('  actual      ' + [1, 2, 4, 7, 8, 10, 12].map((t) => String(counts[t]).padStart(6)).join(''));
  line('  sBG         ' + [1, 2, 4, 7, 8, 10, 12].map((t) => (1000 * curve.survival[t]!).toFixed(0).padStart(6)).join('') + '   (8-12 projected)');
  line('  retention   ' + [1, 2, 4, 7, 8, 10, 12].map((t) => curve.retention[t - 1]!.toFixed(3).padStart(6)).join(''));
  const lifetime = shiftedBetaGeometric.expectedLifetime(fit.params);
  line(`  expected lifetime: ${lifetime.finite ? `${lifetime.periods!.toFixed(2)} years` : `infinite: ${lifetime.reason}`}`);
  // Value in years' worth of margin at 10 % a year: a new customer (DEL) and one who has renewed 4 times.
  const del = shiftedBetaGeometric.discountedExpectedLifetime(fit.params, 0.1);
  const derl = shiftedBetaGeometric.discountedExpectedResidualLifetime(fit.params, 4, 0.1);
  line(`  at 10 %/year: new customer DEL ${del.toFixed(2)} payments; after 4 renewals DERL ${derl.toFixed(2)} payments`);
}

// ---------------------------------------------------------------------------------------------------
// Self-check: the library still tells the truth.
// (a) Published fits on CDNOW: BG/NBD (Fader, Hardie & Lee 2005a) and Pareto/NBD (Fader, Hardie & Lee
//     2005, "A note on implementing the Pareto/NBD model in MATLAB": r 0.55, α 10.58, s 0.61, β 11.67, LL −9595.0).
for (const fit of [bg, mbg, pareto]) assert.equal(fit.converged, true);
assert.equal(bg.params.r.toFixed(3), '0.243');
assert.equal(bg.params.b.toFixed(3), '2.426');
assert.ok(Math.abs(bg.logLikelihood - -9582.43) < 0.01);
assert.equal(pareto.params.r.toFixed(2), '0.55');
assert.equal(pareto.params.alpha.toFixed(2), '10.58');
assert.equal(pareto.params.s.toFixed(2), '0.61');
assert.equal(pareto.params.beta.toFixed(2), '11.67');
assert.ok(Math.abs(pareto.logLikelihood - -9594.98) < 0.01);
// AIC = 2k − 2LL and BIC = k ln N − 2LL with k = 4, N = 2,357.
for (const fit of [bg, mbg, pareto]) {
  assert.ok(Math.abs(fit.aic - (8 - 2 * fit.logLikelihood)) < 1e-9);
  assert.ok(Math.abs(fit.bic - (4 * Math.log(2357) - 2 * fit.logLikelihood)) < 1e-9);
}
// (b) Tracking: the actual curve is the data (Σx + Σx* = 2,457 + 1,882 by week 78); BG/NBD's E[X(78)] = 1.858.
assert.equal(curves['BG/NBD'][77]!.actualCumulative, 2457 + 1882);
assert.equal(bgNbd.expectedPurchases(bg.params, 78).toFixed(3), '1.858');
for (const curve of Object.values(curves)) {
  assert.ok(curve.every((p, k) => k === 0 || p.expectedCumulative >= curve[k - 1]!.expectedCumulative));
}
// (c) One-time buyers: P(alive) = 1 under BG/NBD only; MBG/NBD's falls with the time since the purchase.
for (const c of oneTimers) {
  assert.equal(bgNbd.probabilityAlive(bg.params, c), 1);
  assert.ok(mbgNbd.probabilityAlive(mbg.params, c) < 1);
  assert.ok(bgNbd.probabilityNoPurchase(bg.params, c, 39) < 1);
}
assert.ok(mbgNbd.probabilityAlive(mbg.params, oneTimers[2]!) < mbgNbd.probabilityAlive(mbg.params, oneTimers[0]!));
assert.ok(expectedActive['MBG/NBD'] < expectedActive['BG/NBD']);
// For a one-time buyer (alive for sure under BG/NBD) P(no purchase in t) is the Gamma-Poisson zero term
// ((α+T)/(α+T+t))^r.
for (const c of oneTimers) {
  const closedForm = ((bg.params.alpha + c.T) / (bg.params.alpha + c.T + 39)) ** bg.params.r;
  assert.ok(Math.abs(bgNbd.probabilityNoPurchase(bg.params, c, 39) - closedForm) < 1e-12);
}
// (d) sBG: Fader & Hardie (2007) fits on years 0-7: regular α 0.704, β 1.182; high end α 0.668, β 3.806.
const regular = sbgFits['regular']!.params;
const highEnd = sbgFits['high end']!.params;
assert.equal(regular.alpha.toFixed(3), '0.704');
assert.equal(regular.beta.toFixed(3), '1.182');
assert.equal(highEnd.alpha.toFixed(3), '0.668');
assert.equal(highEnd.beta.toFixed(3), '3.806');
// The projection of years 8-12 stays within 5 % of the actual counts (the paper's Fig. 3).
for (const [name, counts] of Object.entries(cohorts)) {
  const curve = shiftedBetaGeometric.survivalCurve(sbgFits[name]!.params, 12);
  for (let t = 8; t <= 12; t++) assert.ok(Math.abs(1000 * curve.survival[t]! - counts[t]!) / counts[t]! < 0.05, `${name} year ${t}`);
  // Retention r_t = (β + t − 1)/(α + β + t − 1) rises with t.
  const { alpha, beta } = sbgFits[name]!.params;
  curve.retention.forEach((r, k) => assert.ok(Math.abs(r - (beta + k) / (alpha + beta + k)) < 1e-12));
}
// α < 1: the undiscounted expected lifetime is infinite and reported as such, not as a negative number.
assert.equal(shiftedBetaGeometric.expectedLifetime(regular).finite, false);
assert.equal(shiftedBetaGeometric.expectedLifetime(regular).periods, null);
// DEL = Σ S(t)/1.1^t and DERL = Σ_{t≥5} S(t)/S(4)/1.1^(t−5), summed directly over 3,000 years.
const long = shiftedBetaGeometric.survivalCurve(regular, 3000).survival;
const delSeries = long.reduce((s, x, t) => s + x / 1.1 ** t, 0);
const derlSeries = long.slice(5).reduce((s, x, k) => s + x / long[4]! / 1.1 ** k, 0);
assert.ok(Math.abs(shiftedBetaGeometric.discountedExpectedLifetime(regular, 0.1) - delSeries) < 1e-9);
assert.ok(Math.abs(shiftedBetaGeometric.discountedExpectedResidualLifetime(regular, 4, 0.1) - derlSeries) < 1e-9);
line('\nself-check passed');
