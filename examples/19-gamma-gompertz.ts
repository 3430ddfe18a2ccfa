// The Gamma-Gompertz/NBD model (Bemmaor & Glady 2012): Pareto/NBD's purchasing with a lifetime whose
// hazard can grow with age. On CDNOW it finds no ageing and falls back to Pareto/NBD; on customers who do
// age it recovers the truth. Then its predictions, and a fit used by scoreCustomers.
// Run: npx tsup && node --import tsx examples/19-gamma-gompertz.ts
import assert from 'node:assert/strict';
import { fitModel, ggomNbd, paretoNbd, scoreCustomers } from 'clientele/clv';
import { cdnowSampleInfo, loadCdnowSample } from 'clientele/datasets';
import { simulateGgomNbd } from 'clientele/testing';
import { summarizeTransactions } from 'clientele/time';

const line = (s = '') => console.log(s);
const rule = (title: string) => line(`\n== ${title} ${'='.repeat(Math.max(0, 72 - title.length))}`);
const fmt = (params: Record<string, number>) => Object.entries(params).map(([k, v]) => `${k} ${v.toPrecision(4)}`).join(', ');

// ---------------------------------------------------------------------------------------------------
rule('1. CDNOW: no ageing, so GGom/NBD becomes Pareto/NBD');
// P(alive at t) = (beta / (beta + e^{bt} − 1))^s. As b → 0 with beta/b fixed this is Pareto/NBD's
// (β_P / (β_P + t))^s: the likelihood runs along that ridge and fitModel says so (converged: false,
// boundary: beta). Bemmaor & Glady (2012, Table 2) report the same: b = 0.0002, beta = 0.0026.
const summary = summarizeTransactions(loadCdnowSample(), {
  calibrationEnd: cdnowSampleInfo.calibrationEnd,
  observationEnd: cdnowSampleInfo.observationEnd,
  unit: 'week',
});
const ggom = fitModel(ggomNbd, summary);
const pareto = fitModel(paretoNbd, summary);
line(`GGom/NBD   log-lik ${ggom.logLikelihood.toFixed(3)}  ${fmt(ggom.params)}`);
line(`Pareto/NBD log-lik ${pareto.logLikelihood.toFixed(3)}  ${fmt(pareto.params)}`);
line(`beta / b = ${(ggom.params.beta / ggom.params.b).toFixed(2)} (Pareto/NBD beta ${pareto.params.beta.toFixed(2)}); converged: ${ggom.converged}, boundary: ${ggom.boundary.join(', ')}`);
assert.ok(Math.abs(ggom.logLikelihood - pareto.logLikelihood) < 1e-3);
assert.ok(Math.abs(ggom.params.beta / ggom.params.b - pareto.params.beta) / pareto.params.beta < 0.01);
assert.equal(ggom.converged, false);

// ---------------------------------------------------------------------------------------------------
rule('2. Customers who age: the hazard of leaving grows with tenure');
// 1,500 customers over a year (weeks), acquired over half a year; the Gompertz hazard η b e^{bt} grows
// 20 % a week (b = 0.2), with a lifetime density that peaks after some weeks (beta > 1 + s).
const truth = { r: 1.5, alpha: 3, b: 0.2, s: 0.8, beta: 20 };
const aged = simulateGgomNbd(truth, { customers: 1500, seed: 11, T: 52, birthWindow: 26 });
const fitAged = fitModel(ggomNbd, aged, { timeUnit: 'week' });
line(`truth      ${fmt(truth)}`);
line(`GGom/NBD   ${fmt(fitAged.params)}  converged: ${fitAged.converged}`);
line(`z-scores   ${ggomNbd.parameterNames.map((k) => ((fitAged.params[k] - truth[k]) / fitAged.standardErrors[k]!).toFixed(2)).join(', ')}`);
assert.ok(fitAged.converged);
for (const name of ggomNbd.parameterNames) {
  assert.ok(Math.abs(fitAged.params[name] - truth[name]) < 3 * fitAged.standardErrors[name]!, `${name} within 3 SE`);
}

// ---------------------------------------------------------------------------------------------------
rule('3. Predictions for one customer, and a table for all');
const params = { r: 0.553, alpha: 10.578, b: 0.0002, s: 0.603, beta: 0.0026 }; // Table 2 of the paper
const customer = { frequency: 2, recency: 30.43, T: 38.86 }; // CDNOW customer 0001, weeks
const alive = ggomNbd.probabilityAlive(params, customer);
const next39 = ggomNbd.conditionalExpectedPurchases(params, customer, 39);
const dert = ggomNbd.discountedExpectedResidualTransactions(params, customer, 0.01);
line(`P(alive) ${alive.toFixed(4)}, E[Y(39)] ${next39.toFixed(4)}, DERT(1 %/week) ${dert.toFixed(4)}, E[X(39)] new customer ${ggomNbd.expectedPurchases(params, 39).toFixed(4)}`);
assert.equal(alive.toFixed(4), '0.8727');
assert.equal(next39.toFixed(4), '1.4663');
assert.equal(dert.toFixed(4), '2.7497');

const scores = scoreCustomers(ggom, summary, { horizon: { value: 39, unit: 'week' }, spend: { expected: 35 } });
const top = [...scores.rows].sort((a, b) => b.expectedPurchases - a.expectedPurchases).slice(0, 3);
for (const row of top) line(`${row.customerId}: P(alive) ${row.probabilityAlive.toFixed(3)}, E[Y(39)] ${row.expectedPurchases.toFixed(2)}`);
assert.equal(scores.settings.model, 'ggomNbd');
assert.equal(scores.rows.length, 2357);
line('\nok');
