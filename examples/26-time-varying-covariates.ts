// Time-varying covariates in Pareto/NBD: do weekly promotions and the season change how often customers
// buy, and how long they stay? The covariates change from week to week and differ between customers, as
// in Bachmann, Meierer & Näf (2021) and CLVTools' dynamic covariates. We simulate a transaction log whose
// truth we know, fit, read every coefficient with its standard error, and score each customer over the
// next quarter with its own planned promotions.
// Run: npx tsup && node --import tsx examples/26-time-varying-covariates.ts
import assert from 'node:assert/strict';
import { fitTimeVaryingCovariateModel, scoreTimeVaryingCovariateCustomers } from 'clientele/clv';
import type { TimeVaryingCovariateRow } from 'clientele/clv';
import { simulateTimeVaryingCovariateCustomers } from 'clientele/testing';

const line = (s = '') => console.log(s);
const rule = (title: string) => line(`\n== ${title} ${'='.repeat(Math.max(0, 72 - title.length))}`);

// ---------------------------------------------------------------------------------------------------
rule('1. A transaction log and weekly covariate rows, keyed by customer and week');
// Weeks run Monday to Sunday from 2024-01-01. Each customer is mailed a promotion in some weeks (about
// one in four); the season is the same for everyone. Truth: a promotion week multiplies the purchase
// rate by e^0.6 ≈ 1.8 and the dropout rate by e^-0.5; in winter customers drop out e^0.5 times as fast.
const SEASONS = ['winter', 'spring', 'summer', 'autumn'] as const;
const seasonOf = (k: number) => SEASONS[Math.floor(((k + 4) % 52) / 13)] as string;
const mailed = (id: string, k: number) => ((Number(id.slice(1)) * 2654435761 + k * 40503) % 65536) / 65536 < 0.25;
const truth = { r: 0.9, alpha: 7, s: 0.7, beta: 12 };
const sim = simulateTimeVaryingCovariateCustomers({
  customers: 3000,
  periods: { start: '2024-01-01', days: 7 },
  end: '2025-09-28', // calibration to 2025-06-29, then a 13-week holdout
  birthPeriods: 12,
  params: truth,
  coefficients: { purchase: { promo: 0.6 }, lifetime: { promo: -0.5, 'season=winter': 0.5 } },
  covariates: (id, k) => ({ promo: mailed(id, k) ? 1 : 0, season: seasonOf(k), 'season=winter': seasonOf(k) === 'winter' ? 1 : 0 }),
  seed: 26,
});
line(`${sim.transactions.length} purchase days of ${sim.truth.length} customers; first: ${JSON.stringify(sim.transactions[0])}`);
// What a data warehouse would hand over: one row per customer and week (the period's first day).
const rows: TimeVaryingCovariateRow[] = sim.covariates.map((r) => ({ customerId: r.customerId, period: r.period, promo: r.promo === 1, season: r.season as string }));
line(`covariate rows: ${rows.length}; first: ${JSON.stringify(rows[0])}`);

// ---------------------------------------------------------------------------------------------------
rule('2. Fit: every coefficient with its standard error');
// `promo` is a boolean, `season` a string: both are dummy-coded (reference: the first sorted level,
// `false`, and `autumn`, which we name explicitly).
const calibrationEnd = '2025-06-29';
const fit = fitTimeVaryingCovariateModel(sim.transactions, {
  calibrationEnd,
  periods: { start: '2024-01-01', days: 7 },
  purchase: { data: rows, columns: ['promo'] },
  lifetime: { data: rows, columns: ['promo', 'season'], reference: { season: 'autumn' } },
});
line(`converged: ${fit.converged} (${fit.message}); gradient norm ${fit.gradientNorm.toExponential(1)}; LL ${fit.logLikelihood.toFixed(1)}`);
line(`base parameters per week: ${Object.entries(fit.params).map(([k, v]) => `${k} ${v.toFixed(3)} (SE ${(fit.standardErrors[k as 'r'] as number).toFixed(3)})`).join(', ')}`);
for (const process of ['purchase', 'lifetime'] as const) {
  for (const [name, c] of Object.entries(fit.coefficients[process])) {
    line(`  ${process}.${name.padEnd(14)} ${c.estimate.toFixed(3)}  SE ${(c.standardError as number).toFixed(3)}  95% [${c.confidenceInterval!.map((v) => v.toFixed(3)).join(', ')}]`);
  }
}
line(`rejected: ${fit.rejected.length} (customers whose first purchase falls after the calibration end are listed here)`);

// ---------------------------------------------------------------------------------------------------
rule('3. Score the next 13 weeks with each customer’s planned promotions');
// The plan: promotions continue as simulated (the rows already run to the end of the holdout).
const scored = scoreTimeVaryingCovariateCustomers(fit, sim.transactions, {
  horizon: 13,
  calibrationEnd,
  covariates: { purchase: rows, lifetime: rows },
  spend: 35,
  margin: 0.3,
  discountRate: 0.0018, // about 10 % a year
});
for (const row of scored.rows.slice(0, 3)) {
  line(`  ${row.customerId}: x=${row.frequency}, P(alive) ${row.probabilityAlive.toFixed(3)}, E[purchases] ${row.expectedPurchases.toFixed(3)}, value ${row.value?.toFixed(2)}`);
}
// Against the holdout: purchase days in the 13 weeks after the calibration end.
const holdout = sim.transactions.filter((t) => (t.date as string) > calibrationEnd).length;
line(`expected purchases in the holdout: ${scored.totals.expectedPurchases.toFixed(0)}; actual: ${holdout}`);

// Self-check: the truth within 3 standard errors, the optimum an optimum, and predictions near the holdout.
assert.ok(fit.converged && fit.gradientNorm < 1e-8);
for (const [name, value] of Object.entries(truth)) assert.ok(Math.abs(fit.params[name as 'r'] - value) < 3 * (fit.standardErrors[name as 'r'] as number), name);
const expected = { purchase: { 'promo=true': 0.6 }, lifetime: { 'promo=true': -0.5, 'season=winter': 0.5, 'season=spring': 0, 'season=summer': 0 } };
for (const process of ['purchase', 'lifetime'] as const) {
  for (const [name, value] of Object.entries(expected[process])) {
    const c = fit.coefficients[process][name as 'promo=true'];
    assert.ok(c !== undefined && Math.abs(c.estimate - value) < 3 * (c.standardError as number), `${process}.${name}`);
  }
}
assert.ok(Math.abs(scored.totals.expectedPurchases - holdout) < 0.1 * holdout);
line('\nself-check passed');
