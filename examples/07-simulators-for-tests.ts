// `clientele/testing`: seeded simulators for the unit tests of YOUR project. A churn dashboard, a CRM
// import or a pricing service that uses clientele needs test data whose truth is known: a transaction
// log from a BTYD model, a contractual cohort, spend, or survey answers from a known path model. The same
// seed gives the same data on every machine, so tests can assert exact values and recover parameters.
// Run: npx tsup && node --import tsx examples/07-simulators-for-tests.ts
import assert from 'node:assert/strict';
import { bgNbd, fitModel, gammaGamma, shiftedBetaGeometric } from 'clientele/clv';
import { parseTransactions } from 'clientele/schemas';
import { plsPathModel } from 'clientele/satisfaction';
import {
  simulateBgNbd,
  simulateGammaGamma,
  simulateShiftedBetaGeometric,
  simulateSurvey,
  simulateTransactionLog,
} from 'clientele/testing';
import { summarizeTransactions } from 'clientele/time';

const line = (s = '') => console.log(s);
const rule = (title: string) => line(`\n== ${title} ${'='.repeat(Math.max(0, 72 - title.length))}`);

// ---------------------------------------------------------------------------------------------------
rule('1. A realistic transaction log with a known truth');
// 4,000 customers acquired over 12 weeks from 2024-01-01, followed to the end of 2025, buying like the
// CDNOW customers (BG/NBD with the published parameters, in weeks) and spending like them (Gamma-Gamma).
const truth = { r: 0.243, alpha: 4.414, a: 0.793, b: 2.426 };
const logOptions = {
  customers: 4000,
  seed: 42,
  startDate: '2024-01-01',
  acquisitionDays: 84,
  endDate: '2025-12-31',
  purchases: { model: 'bgNbd', params: truth },
  timeUnit: 'week',
} as const;
const simulated = simulateTransactionLog(logOptions);
const activeAtEnd = simulated.customers.filter((c) => c.activeAtEnd).length;
line(`${simulated.transactions.length} rows for ${simulated.customers.length} customers; first rows:`);
for (const row of simulated.transactions.slice(0, 3)) line(`  ${JSON.stringify(row)}`);
line(`truth kept for the test: e.g. ${JSON.stringify(simulated.customers[0])}`);
line(`customers still active at the end (known only because we simulated): ${activeAtEnd}`);

// ---------------------------------------------------------------------------------------------------
rule('2. Determinism: what a snapshot-free test can rely on');
const again = simulateTransactionLog(logOptions);
const other = simulateTransactionLog({ ...logOptions, seed: 43 });
line(`same seed, identical log:      ${JSON.stringify(again) === JSON.stringify(simulated)}`);
line(`other seed, different log:     ${JSON.stringify(other.transactions) !== JSON.stringify(simulated.transactions)}`);

// ---------------------------------------------------------------------------------------------------
rule('3. The whole pipeline: parse, summarise, fit, compare with the truth');
// This is the test a downstream project writes for its CLV job: if the pipeline is wired right (dates,
// units, same-day merging), the fit recovers the parameters that generated the data.
const parsed = parseTransactions(simulated.transactions);
const summary = summarizeTransactions(parsed.records, { calibrationEnd: '2024-12-31', observationEnd: '2025-12-31', unit: 'week' });
const fit = fitModel(bgNbd, summary.customers);
line(`parsed ${parsed.records.length} rows (${parsed.rejected.length} rejected); ${summary.customers.length} customers in calibration`);
line('param     truth   estimate    s.e.    |error| / s.e.');
for (const name of fit.parameterNames) {
  const error = Math.abs(fit.params[name] - truth[name]) / fit.standardErrors[name]!;
  line(`  ${name.padEnd(6)} ${truth[name].toFixed(3).padStart(7)} ${fit.params[name].toFixed(3).padStart(10)} ${fit.standardErrors[name]!.toFixed(3).padStart(7)} ${error.toFixed(2).padStart(10)}`);
}
// The truth also says who is alive; P(alive) should be higher, on average, for those who are.
const aliveById = new Map(simulated.customers.map((c) => [c.customerId, c.activeAtEnd]));
const pAlive = bgNbd.probabilityAlive(fit.params, summary.customers);
const meanP = (alive: boolean) => {
  const ps = summary.customers.flatMap((c, i) => (c.frequency > 0 && aliveById.get(String(c.customerId)) === alive ? [pAlive[i]!] : []));
  return ps.reduce((s, p) => s + p, 0) / ps.length;
};
line(`mean P(alive) of repeat buyers at the calibration end: ${meanP(true).toFixed(3)} (alive at the end of 2025) vs ${meanP(false).toFixed(3)} (gone)`);

// ---------------------------------------------------------------------------------------------------
rule('4. Smaller building blocks for faster unit tests');
// RFM summaries without a log (no dates involved), spend for given frequencies, a contractual cohort.
const rfm = simulateBgNbd(truth, { customers: 20_000, seed: 7, T: 52, birthWindow: 12 });
const rfmFit = fitModel(bgNbd, rfm);
const spendTruth = { p: 6.25, q: 3.74, gamma: 15.44 };
const spend = simulateGammaGamma(spendTruth, rfm.map((c) => c.frequency), { seed: 8 }).filter((c) => c.frequency > 0);
const spendFit = fitModel(gammaGamma, spend);
const cohortTruth = { alpha: 0.704, beta: 1.182 };
const cohort = simulateShiftedBetaGeometric(cohortTruth, { cohortSize: 50_000, periods: 8, seed: 9 });
const cohortFit = fitModel(shiftedBetaGeometric, cohort);
const show = (label: string, est: Record<string, number>, tr: Record<string, number>) =>
  line(`${label.padEnd(28)} ${Object.keys(tr).map((k) => `${k} ${est[k]!.toFixed(3)} (true ${tr[k]})`).join(', ')}`);
show('BG/NBD, 20,000 customers:', rfmFit.params, truth);
show(`Gamma-Gamma, ${spend.length} buyers:`, spendFit.params, spendTruth);
show('sBG, cohort of 50,000:', cohortFit.params, cohortTruth);
line(`cohort counts: ${cohort.join(', ')}`);

// ---------------------------------------------------------------------------------------------------
rule('5. Survey answers from a known path model');
// A two-driver satisfaction model with known paths. PLS on 1-10 integer answers (rounded, clamped, as
// real surveys are) should come close to the true paths; the latent truth is returned for comparison.
const surveyModel = {
  blocks: [
    { name: 'Quality', indicators: ['q1', 'q2', 'q3'], loadings: [0.85, 0.8, 0.75] },
    { name: 'Price', indicators: ['p1', 'p2'], loadings: [0.85, 0.85] },
    { name: 'Satisfaction', indicators: ['s1', 's2', 's3'], loadings: [0.9, 0.85, 0.8] },
  ],
  paths: [
    { from: 'Quality', to: 'Satisfaction', coefficient: 0.6 },
    { from: 'Price', to: 'Satisfaction', coefficient: 0.25 },
  ],
};
const survey = simulateSurvey(surveyModel, { respondents: 5000, seed: 11 });
const pls = plsPathModel(survey.rows as Record<string, number>[], surveyModel, { consistent: true });
line(`first respondent: ${JSON.stringify(survey.rows[0])}`);
line(`true R² of Satisfaction ${survey.rSquared['Satisfaction']!.toFixed(4)}; PLSc estimate ${pls.rSquared['Satisfaction']!.toFixed(4)}`);
for (const p of pls.paths) {
  const t = surveyModel.paths.find((q) => q.from === p.from && q.to === p.to)!.coefficient;
  line(`  ${p.from} -> ${p.to}: estimate ${p.coefficient.toFixed(3)}, true ${t}`);
}

// ---------------------------------------------------------------------------------------------------
// Self-check: the library still tells the truth.
// (a) Reproducibility: the same seed gives the same data; another seed does not.
assert.deepEqual(again, simulated);
assert.notDeepEqual(other.transactions, simulated.transactions);
assert.deepEqual(simulateShiftedBetaGeometric(cohortTruth, { cohortSize: 50_000, periods: 8, seed: 9 }), cohort);
assert.deepEqual(simulateSurvey(surveyModel, { respondents: 5000, seed: 11 }).rows, survey.rows);
// (b) The log is well-formed: valid rows only, every customer present, dates inside the window.
assert.equal(parsed.rejected.length, 0);
assert.equal(new Set(simulated.transactions.map((t) => t.customerId)).size, 4000);
assert.ok(simulated.transactions.every((t) => t.date >= '2024-01-01' && t.date <= '2025-12-31' && t.amount >= 0));
assert.ok(simulated.transactions.every((t) => Math.round(t.amount * 100) / 100 === t.amount)); // whole cents
assert.equal(summary.rejected.length, 0);
assert.equal(summary.customers.length + summary.notInCalibration.length, 4000);
// (c) Parameter recovery: every estimate within 3 standard errors of the truth.
for (const [f, tr] of [[fit, truth], [rfmFit, truth], [spendFit, spendTruth], [cohortFit, cohortTruth]] as const) {
  assert.equal(f.converged, true);
  for (const name of f.parameterNames) {
    const est = (f.params as Record<string, number>)[name]!;
    const se = (f.standardErrors as Record<string, number>)[name]!;
    assert.ok(Math.abs(est - (tr as Record<string, number>)[name]!) < 3 * se, `${name}: ${est} vs ${(tr as Record<string, number>)[name]}`);
  }
}
assert.ok(meanP(true) > meanP(false));
// (d) The sBG cohort starts at its size and never grows; the survey's implied R² is bᵀΦb = 0.6² + 0.25².
assert.equal(cohort[0], 50_000);
assert.ok(cohort.every((c, t) => t === 0 || c <= cohort[t - 1]!));
assert.ok(Math.abs(survey.rSquared['Satisfaction']! - (0.6 ** 2 + 0.25 ** 2)) < 1e-12); // Quality and Price independent
// PLSc recovers the true paths within 0.05 on 5,000 respondents despite rounding to a 1-10 scale.
for (const p of pls.paths) {
  const t = surveyModel.paths.find((q) => q.from === p.from && q.to === p.to)!.coefficient;
  assert.ok(Math.abs(p.coefficient - t) < 0.05, `${p.from} -> ${p.to}`);
}
line('\nself-check passed');
