// Scoring on all cores: scoreCustomersInParallel returns exactly what scoreCustomers returns (every
// number the same bit for bit, the same rejected records and totals), computed in worker threads. Here
// 40,000 simulated customers with all-distinct purchase times, two of them invalid, scored both ways.
// Run: npx tsup && node --import tsx examples/25-parallel-scoring.ts
import assert from 'node:assert/strict';
import { scoreCustomers } from 'clientele/clv';
import type { ScoreCustomersOptions } from 'clientele/clv';
import { PARALLEL_FROM, scoreCustomersInParallel } from 'clientele/parallel';
import { simulateBgNbd } from 'clientele/testing';

const params = { r: 0.243, alpha: 4.414, a: 0.793, b: 2.426 }; // BG/NBD, CDNOW-like, in weeks
const fit = { model: 'bgNbd', params, timeUnit: 'week' } as const;
const customers: { customerId: string; frequency: number; recency: number; T: number }[] = simulateBgNbd(params, {
  customers: 40_000,
  seed: 25,
  T: 39,
  birthWindow: 12,
}).map((c, i) => ({ customerId: `c${String(i).padStart(5, '0')}`, frequency: c.frequency, recency: c.recency, T: c.T }));
customers[17] = { customerId: 'c00017', frequency: 2, recency: 50, T: 39 }; // recency > T: rejected
customers[23_456] = { customerId: 'c00042', frequency: 0, recency: 0, T: 30 }; // c00042's id again: both rejected

const options: ScoreCustomersOptions = {
  as: 'columns',
  horizon: { value: 52, unit: 'week' },
  spend: { expected: 35 },
  value: { margin: 0.3, discountRate: { rate: 0.1, per: 'year' }, horizon: { value: 1, unit: 'year' }, step: { value: 4, unit: 'week' } },
  daysPerYear: 365.25,
};

let t = performance.now();
const single = scoreCustomers(fit, customers, options);
const singleMs = performance.now() - t;
t = performance.now();
const parallel = await scoreCustomersInParallel(fit, customers, { ...options, workers: 2 });
const parallelMs = performance.now() - t;

console.log(`scored ${parallel.totals.customers} customers (parallel from ${PARALLEL_FROM}); rejected at indices ${parallel.rejected.map((r) => r.index).join(', ')}`);
console.log(`expected purchases over 52 weeks: ${parallel.totals.expectedPurchases.toFixed(2)}; customer equity: ${parallel.totals.value?.toFixed(2)}`);
console.log(`one thread ${singleMs.toFixed(0)} ms, two workers ${parallelMs.toFixed(0)} ms (worker start-up included; small inputs gain little)`);

// Self-check: the same result, bit for bit.
assert.equal(parallel.as, 'columns');
assert.equal(single.as, 'columns');
assert.deepEqual(parallel.rejected, single.rejected);
assert.deepEqual(parallel.settings, single.settings);
assert.deepEqual(parallel.columns.customerIds, single.columns.customerIds);
for (const key of ['probabilityAlive', 'expectedPurchases', 'expectedSpend', 'discountedPurchases', 'value'] as const) {
  const a = parallel.columns[key];
  const b = single.columns[key];
  assert.ok(a !== null && b !== null && a.length === b.length);
  for (let i = 0; i < b.length; i++) assert.ok(Object.is(a[i], b[i]), `${key}[${i}]`);
}
assert.ok(Object.is(parallel.totals.expectedPurchases, single.totals.expectedPurchases));
assert.ok(Object.is(parallel.totals.value, single.totals.value));
assert.deepEqual(parallel.rejected.map((r) => r.index), [17, 42, 23_456]);
