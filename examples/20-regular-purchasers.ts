// Regular purchasers: MBG/CNBD-k (Platzer & Reutterer 2016). When customers buy on a rhythm (a weekly
// shop, a monthly refill), the time since the last purchase says more than the exponential timing of
// MBG/NBD assumes. This example computes the timing statistic `litt` from a transaction log, recovers the
// regularity k of simulated Erlang-3 customers, and compares P(alive) and lifetime value with MBG/NBD's.
// Run: npx tsup && node --import tsx examples/20-regular-purchasers.ts
import assert from 'node:assert/strict';
import { customerLifetimeValue, fitMbgCnbdK, fitModel, mbgCnbdK, mbgNbd } from 'clientele/clv';
import { simulateMbgCnbdK } from 'clientele/testing';
import { summarizeTimingRegularity, summarizeTransactions, withTimingRegularity } from 'clientele/time';

const line = (s = '') => console.log(s);
const rule = (title: string) => line(`\n== ${title} ${'='.repeat(Math.max(0, 72 - title.length))}`);

// ---------------------------------------------------------------------------------------------------
rule('1. From a transaction log to { frequency, recency, T, litt }');
const log = [
  { customerId: 'anna', date: '2024-01-01', amount: 30 },
  { customerId: 'anna', date: '2024-01-15', amount: 25 },
  { customerId: 'anna', date: '2024-01-15', amount: 5 }, // same day: one purchase
  { customerId: 'anna', date: '2024-01-29', amount: 28 },
  { customerId: 'anna', date: '2024-02-12', amount: 31 },
  { customerId: 'ben', date: '2024-01-03', amount: 80 },
  { customerId: 'ben', date: '2024-01-04', amount: 15 },
  { customerId: 'ben', date: '2024-02-20', amount: 60 },
  { customerId: 'cleo', date: '2024-02-01', amount: 12 },
  { customerId: 'cleo', date: '2024-02-30', amount: 12 }, // not a date: rejected, with its reason
];
const options = { unit: 'week', observationEnd: '2024-03-31' } as const;
const timing = summarizeTimingRegularity(log, options);
const data = withTimingRegularity(summarizeTransactions(log, options), timing);
for (const c of data.customers) {
  line(`${c.customerId.padEnd(5)} x=${c.frequency} t_x=${c.recency.toFixed(2)} T=${c.T.toFixed(2)} litt=${c.litt.toFixed(4)}`);
}
line(`rejected: ${timing.rejected.map((r) => `row ${r.index} (${r.field} ${r.reason})`).join('; ')}`);
// anna bought every two weeks: litt = 3 ln 2.
assert.ok(Math.abs(data.customers.find((c) => c.customerId === 'anna')!.litt - 3 * Math.log(2)) < 1e-12);
assert.equal(timing.rejected.length, 1);

// ---------------------------------------------------------------------------------------------------
rule('2. Recovering the regularity of simulated Erlang-3 customers');
const truth = { r: 0.85, alpha: 1.45, a: 0.79, b: 2.42 }; // per week; BTYDplus's test parameters
const customers = simulateMbgCnbdK(3, truth, { customers: 4000, seed: 11, T: 96, birthWindow: 60 });
const result = fitMbgCnbdK(customers, { kMax: 6, timeUnit: 'week' });
for (const c of result.candidates) line(`k=${c.k}  log-likelihood ${c.logLikelihood.toFixed(1)}${c.k === result.k ? '  <- chosen' : ''}`);
line(`estimates at k=${result.k}: ${JSON.stringify(result.params, (_, v: unknown) => (typeof v === 'number' ? Number(v.toFixed(3)) : v))}`);
assert.equal(result.k, 3);
for (const name of ['r', 'alpha', 'a', 'b'] as const) {
  assert.ok(Math.abs(result.params[name] - truth[name]) < 3 * result.fit.standardErrors[name]!, name);
}

// ---------------------------------------------------------------------------------------------------
rule('3. What regularity changes: P(alive) after a silence, and lifetime value');
const plain = fitModel(mbgNbd, customers, { timeUnit: 'week' });
const regular = mbgCnbdK(result.k);
const steady = { frequency: 8, recency: 40, T: 42 }; // bought regularly, last purchase 2 weeks ago
const silent = { frequency: 8, recency: 30, T: 42 }; // the same 8 purchases, then 12 weeks of silence
const rows = [steady, silent].map((c) => ({
  mbgNbd: mbgNbd.probabilityAlive(plain.params, c),
  mbgCnbdK: regular.probabilityAlive(result.params, c),
}));
line(`P(alive) steady: MBG/NBD ${rows[0]!.mbgNbd.toFixed(3)}, MBG/CNBD-${result.k} ${rows[0]!.mbgCnbdK.toFixed(3)}`);
line(`P(alive) silent: MBG/NBD ${rows[1]!.mbgNbd.toFixed(3)}, MBG/CNBD-${result.k} ${rows[1]!.mbgCnbdK.toFixed(3)}`);
// Under regular timing a 12-week silence is much stronger evidence of dropout.
assert.ok(rows[1]!.mbgCnbdK < rows[1]!.mbgNbd);
assert.ok(rows[0]!.mbgCnbdK > 0.9);

const value = customerLifetimeValue([steady, silent], {
  purchaseFit: result.fit, // the fit records k: the lifetime value predicts with mbgCnbdK(result.k)
  spend: { expected: 30 },
  margin: 0.3,
  discountRate: { rate: 0.1, per: 'year' },
  horizon: { value: 1, unit: 'year' },
  daysPerYear: 365.25,
});
line(`one-year CLV: steady ${value.values[0]!.toFixed(2)}, silent ${value.values[1]!.toFixed(2)}`);
assert.ok(value.values[0]! > value.values[1]!);
line('\nself-check passed');
