// Do customers forgive a defect? A simulated customer base whose truth we chose: an unresolved or slowly
// resolved incident cuts the purchase rate to 40 % for 20 days; a fast resolution has no effect. We then
// measure, as with real records: defect tolerance per customer and for the population (matched against
// purchases without an incident), the complaint figures, the exit cost (benefits a customer would forfeit
// by leaving) and the link between stated satisfaction and later repurchase.
// Run: npx tsup && node --import tsx examples/14-defect-tolerance.ts
import assert from 'node:assert/strict';
import { complaintMetrics, defectTolerance, exitCost, indexTransactions, satisfactionToLoyalty } from 'clientele/loyalty';
import { simulateCustomerRecords } from 'clientele/testing';

const line = (s = '') => console.log(s);
const rule = (title: string) => line(`\n== ${title} ${'='.repeat(Math.max(0, 72 - title.length))}`);
const pct = (x: number | null) => (x === null ? '—' : `${(100 * x).toFixed(1)} %`);
const iv = (i: { lower: number; upper: number } | null) => (i === null ? '—' : `[${i.lower.toFixed(3)}, ${i.upper.toFixed(3)}]`);

// ---------------------------------------------------------------------------------------------------
rule('1. A customer base with a known truth');
const end = '2025-06-30';
const sim = simulateCustomerRecords({
  customers: 5000, seed: 14, startDate: '2024-01-01', acquisitionDays: 90, endDate: end,
  purchaseRate: { shape: 3, rate: 90 }, // about one order a month on average, varying across customers
  incidentProbability: 0.12,
  incidentEffect: { rateMultiplier: 0.4, durationDays: 20, resolutions: ['slow', 'unresolved'] },
});
line(`${sim.transactions.length} orders, ${sim.incidents.length} incidents, ${sim.interactions.length} interactions, ${sim.surveys.length} survey answers`);
// Index the log once; every measure below reads the same index.
const index = indexTransactions(sim.transactions);

// ---------------------------------------------------------------------------------------------------
rule('2. Defect tolerance: repurchase within 30 days after an incident');
const W = 30;
const period = { from: '2024-01-01', to: end };
const dt = defectTolerance(index, sim.incidents, { period, windowDays: W, fastResolutionDays: 2 });
const o = dt.population.overall;
line(`after an incident ${pct(o.repurchaseRate)} bought again within ${W} days; matched baseline ${pct(o.baselineRate)}`);
line(`tolerance ratio ${o.ratio!.toFixed(3)} ${iv(o.interval)} (${o.incidents} incidents, ${o.censored} too recent to tell)`);
for (const g of dt.population.byResolution) line(`  ${g.resolution.padEnd(10)} ratio ${g.ratio!.toFixed(3)} ${iv(g.interval)}  n ${g.incidents}`);
const verdicts = dt.customers.reduce((s, c) => ({ tolerant: s.tolerant + c.tolerant, intolerant: s.intolerant + c.intolerant, open: s.open + c.notYetDecidable }), { tolerant: 0, intolerant: 0, open: 0 });
line(`per incident, against the customer's own rhythm (k = 2 × median gap): ${verdicts.tolerant} tolerant, ${verdicts.intolerant} intolerant, ${verdicts.open} not yet decidable`);

// ---------------------------------------------------------------------------------------------------
rule('3. Complaint figures for 2024');
const cm = complaintMetrics(index, sim.incidents, { period: { from: '2024-01-01', to: '2024-12-31' } });
line(`${cm.overall.incidents} incidents on ${cm.orders} orders: ${cm.overall.per1000Orders!.toFixed(1)} per 1,000 orders; ${pct(cm.overall.customerShare)} of customers complained`);
line(`resolved ${pct(cm.overall.resolutionRate)}, median ${cm.overall.medianDaysToResolve} days, satisfaction with the resolution ${cm.overall.satisfaction.mean!.toFixed(2)} / 5`);

// ---------------------------------------------------------------------------------------------------
rule('4. Exit cost: unexpired benefits a customer would forfeit');
const ec = exitCost(sim.interactions, { period: { to: end }, expiresAfterDays: 365, customers: index });
const top = [...ec.customers].sort((a, b) => b.exitCostMinor - a.exitCostMinor).slice(0, 3);
line(`total ${ec.total.exitCost} over ${ec.total.customersWithBenefit} customers; largest: ${top.map((c) => `${c.customerId} ${c.exitCost}`).join(', ')}`);

// ---------------------------------------------------------------------------------------------------
rule('5. Satisfaction and later repurchase (the Jones & Sasser question)');
const sl = satisfactionToLoyalty(sim.surveys, index, { item: 'satisfaction', levels: [1, 2, 3, 4, 5], period, withinDays: W });
for (const l of sl.levels) line(`  satisfaction ${l.level}: ${pct(l.rate)} ${iv(l.interval)} of ${l.n}`);
line(`top box vs 4: ${sl.ratio.ratio!.toFixed(2)} times as likely ${iv(sl.ratio.interval)} — measured, not the quoted "six times"`);

// ---------------------------------------------------------------------------------------------------
// Self-check: the measures recover the truth we chose.
// (a) The simulated ratio: for incident i of a customer buying at λ_i, orders come at whole-day gaps
//     ⌈Exp⌉, so P(order within W) = 1 − exp(−λ_i(m·min(W, D) + max(0, W − D))) with the effect and
//     1 − exp(−λ_i W) without; the truth is Σ p_inc / Σ p_base over the decidable incidents.
const lambda = new Map(sim.truth.customers.map((c) => [c.customerId, c.purchaseRate]));
const endDay = Date.parse(end) / 86_400_000;
let pInc = 0;
let pBase = 0;
for (const i of sim.truth.incidents) {
  if (Date.parse(i.date) / 86_400_000 + W > endDay) continue;
  const l = lambda.get(i.customerId)!;
  pInc += 1 - Math.exp(-l * (i.rateMultiplier * Math.min(W, i.effectDays) + Math.max(0, W - i.effectDays)));
  pBase += 1 - Math.exp(-l * W);
}
const truth = pInc / pBase;
line(`\nsimulated tolerance ratio ${truth.toFixed(3)}`);
assert.ok(o.interval!.lower < truth && truth < o.interval!.upper);
const fast = dt.population.byResolution.find((g) => g.resolution === 'fast')!;
assert.ok(fast.interval!.lower < 1 && 1 < fast.interval!.upper); // a fast resolution: no effect
// (b) Complaint figures by their definitions, recomputed from the records.
const inYear = sim.incidents.filter((i) => i.date <= '2024-12-31');
assert.equal(cm.overall.incidents, inYear.length);
assert.equal(cm.orders, sim.transactions.filter((t) => t.date <= '2024-12-31').length); // one row per order
assert.equal(cm.overall.resolved, inYear.filter((i) => i.resolvedDate !== undefined && i.resolvedDate <= '2024-12-31').length);
// (c) Exit cost is exact: the cumulative total equals the simulated benefits to the cent.
const cumulative = exitCost(sim.interactions, { period: { to: end }, customers: index });
assert.equal(cumulative.total.exitCostMinor, sim.truth.customers.reduce((s, c) => s + c.benefitsMinor, 0));
assert.ok(ec.total.exitCostMinor + ec.total.expiredMinor === cumulative.total.exitCostMinor);
// (d) Satisfaction: P(repurchase within W | level s) = 1 − (90/(90 + m_s W))³ with the default
//     multipliers m = 0.4, 0.6, 0.8, 1, 1.5 (λ₀ ~ Gamma(3, 90), memoryless whole-day gaps); the
//     incidents lower it a little, so check the ordering and the top level against its truth bound.
const rates = sl.levels.map((l) => l.rate!);
assert.ok(rates[4]! > rates[3]! && rates[3]! > rates[0]!);
assert.ok(sl.levels[4]!.interval!.lower < 1 - (90 / (90 + 1.5 * W)) ** 3);
line('\nself-check passed');
