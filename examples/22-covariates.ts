// Static covariates in Pareto/NBD: do web customers buy more often, and do older customers stay longer?
// Covariates enter per process (purchase and lifetime), each with its own coefficients, as in Fader &
// Hardie (2007) and CLVTools. We simulate 6,000 customers whose truth we know, fit, read the coefficients
// with their standard errors, and score each customer with its own parameters.
// Run: npx tsup && node --import tsx examples/22-covariates.ts
import assert from 'node:assert/strict';
import { covariateCustomerParams, fitCovariateModel, paretoNbd, scoreCovariateCustomers } from 'clientele/clv';
import { simulateCovariateCustomers } from 'clientele/testing';

const line = (s = '') => console.log(s);
const rule = (title: string) => line(`\n== ${title} ${'='.repeat(Math.max(0, 72 - title.length))}`);

// ---------------------------------------------------------------------------------------------------
rule('1. Customers with covariates, keyed by customerId');
// A CRM export: one row per customer. `channel` is a category, `age` a number.
let seed = 7;
const uniform = () => {
  seed = (seed * 1103515245 + 12345) % 2147483648;
  return seed / 2147483648;
};
const crm = Array.from({ length: 6000 }, (_, i) => ({
  customerId: `C${String(i).padStart(5, '0')}`,
  channel: uniform() < 0.4 ? 'web' : uniform() < 0.5 ? 'store' : 'phone',
  age: Math.round(25 + 40 * uniform()),
}));
line(`first rows: ${JSON.stringify(crm.slice(0, 2))}`);

// The truth, on the coded covariates: web buyers buy e^0.5 ≈ 1.6 times as often as phone buyers (the
// reference level), store buyers alike; each 10 years of age lowers the dropout rate by e^-0.3.
const coded = crm.map((c) => ({
  customerId: c.customerId,
  'channel=store': c.channel === 'store' ? 1 : 0,
  'channel=web': c.channel === 'web' ? 1 : 0,
  age: c.age,
}));
const truth = { r: 0.9, alpha: 10, s: 0.8, beta: 8 };
const customers = simulateCovariateCustomers(
  'paretoNbd',
  truth,
  { purchase: { 'channel=web': 0.5 }, lifetime: { age: -0.03 } },
  coded,
  { seed: 11, T: 52, birthWindow: 26 },
);
line(`simulated ${customers.length} customers (weeks): ${JSON.stringify(customers[0])}`);

// ---------------------------------------------------------------------------------------------------
rule('2. Fit: one covariate set per process');
// `channel` is dummy-coded against its first level in sorted order ('phone'); `age` is standardised,
// and its coefficient is reported per standard deviation and per year.
const fit = fitCovariateModel(paretoNbd, customers, {
  purchase: { data: crm, columns: ['channel'] },
  lifetime: { data: crm, columns: ['age'], standardize: ['age'] },
  timeUnit: 'week',
});
line(`converged: ${fit.converged}, log-likelihood ${fit.logLikelihood.toFixed(1)}, AIC ${fit.aic.toFixed(1)}`);
line(`base parameters (a phone customer of mean age): ${JSON.stringify(fit.params, (_, v) => (typeof v === 'number' ? +v.toFixed(3) : v))}`);
for (const [process, coefficients] of Object.entries(fit.coefficients)) {
  for (const [name, c] of Object.entries(coefficients)) {
    const raw = c.raw === null ? '' : `; per unit ${c.raw.estimate.toFixed(4)} ± ${(c.raw.standardError ?? Number.NaN).toFixed(4)}`;
    line(`  ${process}.${name}: ${c.estimate.toFixed(3)} ± ${(c.standardError ?? Number.NaN).toFixed(3)}${raw}`);
  }
}
line(`coding of channel: ${JSON.stringify(fit.coding.purchase.columns[0])}`);

// ---------------------------------------------------------------------------------------------------
rule('3. Each customer scored with its own parameters');
const scored = scoreCovariateCustomers(fit, customers.slice(0, 5), { purchase: crm, lifetime: crm }, { horizon: { value: 26, unit: 'week' } });
for (const row of scored.rows) {
  line(`  ${row.customerId}: P(alive) ${row.probabilityAlive.toFixed(3)}, E[purchases, 26 weeks] ${row.expectedPurchases.toFixed(3)}, alpha_i ${row.params.alpha.toFixed(2)}`);
}
const { params } = covariateCustomerParams(fit, ['C00000'], { purchase: crm, lifetime: crm });
line(`parameters of C00000: ${JSON.stringify(params.C00000)}`);

// ---------------------------------------------------------------------------------------------------
// Self-check: the fit recovers the truth within 3 standard errors, and the scores are the plain model's
// formulas at each customer's parameters.
const web = fit.coefficients.purchase['channel=web'];
const store = fit.coefficients.purchase['channel=store'];
const age = fit.coefficients.lifetime.age;
assert.ok(fit.converged);
assert.ok(web !== undefined && store !== undefined && age?.raw);
assert.ok(Math.abs(web.estimate - 0.5) < 3 * (web.standardError as number));
assert.ok(Math.abs(store.estimate) < 3 * (store.standardError as number));
assert.ok(Math.abs(age.raw.estimate + 0.03) < 3 * (age.raw.standardError as number));
const first = scored.rows[0];
const own = customers.find((c) => c.customerId === first?.customerId);
assert.ok(first !== undefined && own !== undefined);
assert.ok(Math.abs(first.probabilityAlive - paretoNbd.probabilityAlive(first.params as typeof truth, own)) < 1e-12);
line('\nself-check passed');
