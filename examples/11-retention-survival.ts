// How long do customers stay, and what is keeping them worth? Retention over a quarter with the "lost"
// rule stated, monthly cohort tables, customer lifetimes as a Kaplan-Meier curve by acquisition channel
// with a log-rank test, the classic `aml` survival data against R, and the economics of five points more
// retention. The transaction log is drawn from a seeded generator, so every figure is re-derived by hand
// at the end.
// Run: npx tsup && node --import tsx examples/11-retention-survival.ts
import assert from 'node:assert/strict';
import { createRandom, sampleExponential } from 'clientele';
import { cohortRetention, kaplanMeier, lifetimesFromTransactions, retentionEconomics, retentionRate } from 'clientele/loyalty';
import type { TransactionInputRow } from 'clientele/loyalty';

const line = (s = '') => console.log(s);
const rule = (title: string) => line(`\n== ${title} ${'='.repeat(Math.max(0, 72 - title.length))}`);
const pct = (x: number | null) => (x === null ? '   -  ' : `${(100 * x).toFixed(1).padStart(5)} %`);
const day = (epochDay: number) => new Date(epochDay * 86_400_000).toISOString().slice(0, 10);

// ---------------------------------------------------------------------------------------------------
// A made-up shop: 600 customers acquired January to June 2024 through 'search' or 'referral'. Each buys
// about every 25 days while still a customer; referral customers stay longer (mean 200 days against 90).
const random = createRandom(11);
const start = Date.UTC(2024, 0, 1) / 86_400_000;
const log: TransactionInputRow[] = [];
const channelOf = new Map<string, string>();
for (let i = 0; i < 600; i++) {
  const id = `c${String(i).padStart(3, '0')}`;
  const channel = random.next() < 0.4 ? 'referral' : 'search';
  channelOf.set(id, channel);
  const first = start + Math.floor(random.next() * 182);
  const quits = first + sampleExponential(random, channel === 'referral' ? 1 / 200 : 1 / 90);
  for (let t = first; t <= quits && t < start + 366; t += 1 + Math.floor(sampleExponential(random, 1 / 25))) {
    log.push({ customerId: id, date: day(t), amount: (20 + Math.floor(random.next() * 60)).toFixed(2) });
  }
}
line(`${log.length} purchases by ${channelOf.size} customers`);

// ---------------------------------------------------------------------------------------------------
rule('1. Retention over the third quarter');
// Non-contractual data show no cancellations: "lost" needs a rule. Here: active = a purchase in the 60
// days up to a date. S = active on 30 June, E = active on 30 September, N = acquired in the quarter.
const q3 = retentionRate(log, { periodStart: '2024-07-01', periodEnd: '2024-09-30', lostRule: { activeWindowDays: 60 } });
line(`S ${q3.counts.atStart}, E ${q3.counts.atEnd}, N ${q3.counts.acquired}: retained ${q3.counts.retained}, lost ${q3.counts.lost}, reactivated ${q3.counts.reactivated}`);
line(`CRR (E − N)/S ${pct(q3.customerRetentionRate)}  = strict ${pct(q3.strictRetentionRate)} + reactivation ${pct(q3.reactivationRate)}; churn ${pct(q3.churnRate)}`);
const q3Long = retentionRate(log, { periodStart: '2024-07-01', periodEnd: '2024-09-30', lostRule: { activeWindowDays: 120 } });
line(`with a 120-day window: CRR ${pct(q3Long.customerRetentionRate)}, churn ${pct(q3Long.churnRate)} (the rule moves the rate)`);

// ---------------------------------------------------------------------------------------------------
rule('2. Monthly acquisition cohorts');
const cohorts = cohortRetention(log, { period: 'month', from: '2024-01-01', to: '2024-12-31' });
line('"active in month k" (share of the cohort buying in its k-th month after acquisition)');
line(`cohort    size  ${[0, 1, 2, 3, 4, 5, 6].map((k) => `k=${k}`.padStart(8)).join('')}`);
for (const c of cohorts.cohorts.slice(0, 6)) line(`${c.cohort}  ${String(c.size).padStart(4)}  ${c.active.slice(0, 7).map((x) => pct(x).padStart(8)).join('')}`);
line('"retained through month k" (buying in month k or later)');
for (const c of cohorts.cohorts.slice(0, 6)) line(`${c.cohort}  ${String(c.size).padStart(4)}  ${c.retained.slice(0, 7).map((x) => pct(x).padStart(8)).join('')}`);

// ---------------------------------------------------------------------------------------------------
rule('3. Lifetimes and Kaplan-Meier by channel');
// A customer lapses 90 days after a purchase not followed by another within 90 days; customers still
// active on 31 December are right-censored there.
const lifetimes = lifetimesFromTransactions(log, { analysisDate: '2024-12-31', lapseDays: 90 });
const observations = lifetimes.observations.map((o) => ({ ...o, group: channelOf.get(o.id)! }));
const km = kaplanMeier(observations, { restrictedMeanHorizon: 270 });
for (const g of km.groups) {
  const m = g.curve.median;
  const s180 = [...g.curve.steps].reverse().find((s) => s.time <= 180);
  line(
    `${g.group.padEnd(9)} n ${g.curve.n}, lapsed ${g.curve.events}; median ${m.time ?? '-'} days [${m.lower ?? '-'}, ${m.upper ?? '-'}]; ` +
      `S(180) ${s180?.survival.toFixed(3)}; mean over 270 days ${g.curve.restrictedMean!.value.toFixed(1)} ± ${g.curve.restrictedMean!.standardError.toFixed(1)}`,
  );
}
line(`log-rank χ² ${km.logRank!.statistic!.toFixed(2)} on ${km.logRank!.degreesOfFreedom} df, p ${km.logRank!.pValue!.toExponential(2)}`);

// ---------------------------------------------------------------------------------------------------
rule('4. The aml data (Miller 1981) against R survival');
// Weeks to relapse of 23 leukaemia patients, chemotherapy maintained or not; `+` = censored.
const maintained = [9, 13, '13+', 18, 23, '28+', 31, 34, '45+', 48, '161+'];
const nonmaintained = [5, 5, 8, 8, 12, '16+', 23, 27, 30, 33, 43, 45];
const aml = [
  ...maintained.map((t) => ({ time: Number.parseInt(String(t), 10), event: typeof t === 'number', group: 'Maintained' })),
  ...nonmaintained.map((t) => ({ time: Number.parseInt(String(t), 10), event: typeof t === 'number', group: 'Nonmaintained' })),
];
const amlLog = kaplanMeier(aml, { interval: 'log' }); // R's default conf.type
const amlLogLog = kaplanMeier(aml); // log(−log) interval, clientele's default
line('Maintained   time  n.risk  survival  std.err  95 % (log)        95 % (log-log)');
amlLog.groups[0]!.curve.steps.forEach((s, i) => {
  const ll = amlLogLog.groups[0]!.curve.steps[i]!;
  line(`             ${String(s.time).padStart(4)}  ${String(s.atRisk).padStart(6)}  ${s.survival.toFixed(3).padStart(8)}  ${s.standardError!.toFixed(4)}   [${s.lower!.toFixed(4)}, ${s.upper!.toFixed(3)}]  [${ll.lower!.toFixed(4)}, ${ll.upper!.toFixed(3)}]`);
});
line(`medians: Maintained ${amlLog.groups[0]!.curve.median.time}, Nonmaintained ${amlLog.groups[1]!.curve.median.time}; log-rank χ² ${amlLog.logRank!.statistic!.toFixed(2)}, p ${amlLog.logRank!.pValue!.toFixed(3)}`);

// ---------------------------------------------------------------------------------------------------
rule('5. Retention economics');
// Reichheld & Sasser (1990): five points fewer defections raised profits 25-85 % in the businesses they
// studied. With the margin multiple, a customer's value moves by CLV(r + Δ)/CLV(r) − 1.
const economics = retentionEconomics({ margin: 100, retentionRate: 0.8, retentionChange: 0.05, discountRate: 0.1, acquisitionCost: 200, retentionCost: 30 });
line(`CLV at r = 0.80: ${economics.lifetimeValue.toFixed(2)}; at 0.85: ${economics.changedLifetimeValue.toFixed(2)} (${pct(economics.relativeChange)})`);
line(`expected lifetime ${economics.expectedLifetime!.toFixed(1)} → ${economics.changedExpectedLifetime!.toFixed(1)} years`);
const cmp = economics.comparison!;
line(`per money unit: acquisition ${cmp.acquisition.valuePerMoneyUnit!.toFixed(2)}, retention ${cmp.retention.valuePerMoneyUnit!.toFixed(2)} → ${cmp.preferred}; break-even retention cost ${cmp.breakEvenRetentionCost!.toFixed(2)}`);

// ---------------------------------------------------------------------------------------------------
// Self-check: the library still tells the truth.
// (a) Retention identities and a recount of S and E from the log by the stated rule.
const purchasesOf = new Map<string, number[]>();
for (const r of log) {
  const d = Date.parse(String(r.date)) / 86_400_000;
  purchasesOf.set(r.customerId as string, [...(purchasesOf.get(r.customerId as string) ?? []), d]);
}
const activeAt = (days: number[], at: number, window: number) => days.some((d) => d <= at && d > at - window);
const june30 = Date.UTC(2024, 5, 30) / 86_400_000;
const sep30 = Date.UTC(2024, 8, 30) / 86_400_000;
let s = 0;
let e = 0;
let n = 0;
for (const days of purchasesOf.values()) {
  const isNew = Math.min(...days) > june30 && Math.min(...days) <= sep30;
  if (activeAt(days, june30, 60)) s++;
  if (activeAt(days, sep30, 60)) {
    e++;
    if (isNew) n++;
  }
}
assert.deepEqual([q3.counts.atStart, q3.counts.atEnd, q3.counts.acquired], [s, e, n]);
assert.ok(Math.abs(q3.customerRetentionRate! - (e - n) / s) < 1e-15);
assert.ok(Math.abs(q3.customerRetentionRate! - q3.strictRetentionRate! - q3.reactivationRate!) < 1e-15);
assert.ok(Math.abs(q3.churnRate! + q3.strictRetentionRate! - 1) < 1e-15);
// (b) Cohorts: sizes add up to the customers; u ≥ r; cells past December are null.
assert.equal(cohorts.cohorts.reduce((sum, c) => sum + c.size, 0) + cohorts.acquiredBefore, channelOf.size);
for (const c of cohorts.cohorts) c.active.forEach((r, k) => assert.ok(r === null ? c.retained[k] === null : c.retained[k]! >= r));
assert.equal(cohorts.cohorts[11]!.active[1], null);
// (c) Kaplan-Meier by hand for the search channel: Ŝ(t) = Π (1 − d/n) with the censored at t at risk at t.
const search = observations.filter((o) => o.group === 'search');
let survival = 1;
for (const step of km.groups.find((g) => g.group === 'search')!.curve.steps) {
  const atRisk = search.filter((o) => o.time >= step.time).length;
  const died = search.filter((o) => o.time === step.time && o.event).length;
  survival *= 1 - died / atRisk;
  assert.equal(step.atRisk, atRisk);
  assert.ok(Math.abs(step.survival - survival) < 1e-12);
}
// Referral customers were drawn to stay longer: their curve is higher and the test sees it.
assert.ok(km.groups[0]!.group === 'referral' && km.groups[0]!.curve.restrictedMean!.value > km.groups[1]!.curve.restrictedMean!.value);
assert.ok(km.logRank!.pValue! < 0.001);
// (d) aml as printed by R survival 3.5-3, summary(survfit(Surv(time, status) ~ x, data = aml)):
//     Maintained at 31 weeks: survival 0.491, std.err 0.1642, log 95 % [0.2549, 0.946], log-log [0.1673, 0.753].
const at31 = amlLog.groups[0]!.curve.steps[4]!;
const at31ll = amlLogLog.groups[0]!.curve.steps[4]!;
assert.equal(at31.time, 31);
assert.ok(Math.abs(at31.survival - 0.491) < 5e-4 && Math.abs(at31.standardError! - 0.1642) < 5e-5);
assert.ok(Math.abs(at31.lower! - 0.2549) < 5e-5 && Math.abs(at31.upper! - 0.946) < 5e-4);
assert.ok(Math.abs(at31ll.lower! - 0.1673) < 5e-5 && Math.abs(at31ll.upper! - 0.753) < 5e-4);
assert.deepEqual([amlLog.groups[0]!.curve.median.time, amlLog.groups[1]!.curve.median.time], [31, 23]);
assert.ok(Math.abs(amlLog.logRank!.statistic! - 3.3963886989776) < 1e-9); // survdiff: Chisq = 3.4 on 1 df, p = 0.07
// (e) Economics: 100·0.8/0.3 → 100·0.85/0.25 = 340, +27.5 %, inside Reichheld & Sasser's 25-85 %.
assert.ok(Math.abs(economics.changedLifetimeValue - 340) < 1e-9 && Math.abs(economics.relativeChange! - 0.275) < 1e-12);
assert.equal(cmp.preferred, 'retention'); // 73.33 per 30 beats 266.67 per 200
line('\nself-check passed');
