// RFM: who bought recently, who buys often, who spends the most, and what to call each group.
// Scores follow the R package rfm by default (explicit analysis date, type-7 quantile breaks + 1, recency
// scored in reverse, score = 100 R + 10 F + M), then customers are named by rule sets kept as plain data.
// The transaction log is drawn from a seeded generator, so every figure is re-derived by hand at the end.
// Run: npx tsup && node --import tsx examples/12-rfm.ts
import assert from 'node:assert/strict';
import { createRandom, quantile, sampleUniform } from 'clientele';
import {
  RFM_FM_GRID_SEGMENTS,
  RFM_IMPORTANCE_VALUE_SEGMENTS,
  RFM_R_PACKAGE_SEGMENTS,
  indexTransactions,
  rfmScores,
  rfmSegments,
} from 'clientele/segmentation';
import type { RfmRuleSet, TransactionInputRow } from 'clientele/segmentation';

const line = (s = '') => console.log(s);
const rule = (title: string) => line(`\n== ${title} ${'='.repeat(Math.max(0, 72 - title.length))}`);
const pct = (x: number | null) => (x === null ? 'n/a' : `${(100 * x).toFixed(1)} %`);

// ---------------------------------------------------------------------------------------------------
rule('1. A year of orders, with a few returns');
// 60 customers; each buys 1-12 times in 2024 (amounts 5.00-150.00); every 15th order is returned.
const random = createRandom(12);
const rows: TransactionInputRow[] = [];
const day0 = Date.UTC(2024, 0, 1);
for (let c = 0; c < 60; c++) {
  const orders = 1 + Math.floor(sampleUniform(random, 0, 12));
  for (let k = 0; k < orders; k++) {
    const date = new Date(day0 + Math.floor(sampleUniform(random, 0, 366)) * 86_400_000).toISOString().slice(0, 10);
    const amount = (500 + Math.floor(sampleUniform(random, 0, 14_501))) / 100;
    rows.push({ customerId: `C${String(c).padStart(2, '0')}`, date, amount, returned: rows.length % 15 === 14 });
  }
}
const log = indexTransactions(rows); // read once; every function below accepts the index
line(`${rows.length} rows, ${log.customerIds.length} customers, ${rows.filter((r) => r.returned).length} returns`);

// ---------------------------------------------------------------------------------------------------
rule('2. Scores at an explicit analysis date (R rfm conventions)');
const scores = rfmScores(log, { analysisDate: '2024-12-31' });
const fmt = (b: number[] | null) => (b ?? []).map((x) => +x.toFixed(2)).join(', ');
line(`recency breaks (days)  ${fmt(scores.recency.breaks)}   customers by score ${scores.recency.customersByScore.join('/')}`);
line(`frequency breaks       ${fmt(scores.frequency.breaks)}   customers by score ${scores.frequency.customersByScore.join('/')}`);
line(`monetary breaks        ${fmt(scores.monetary.breaks)}   customers by score ${scores.monetary.customersByScore.join('/')}`);
for (const c of scores.customers.slice(0, 5)) {
  line(`${c.customerId}: last ${c.lastPurchaseDate} (${c.recencyDays} d), ${c.frequency} orders, ${c.monetary.toFixed(2)} -> ${c.score}`);
}
if (scores.rejected.length > 0) line(`rejected: ${scores.rejected.map((r) => `#${r.index} ${r.reason}`).join('; ')}`);

// ---------------------------------------------------------------------------------------------------
rule('3. Segments: the R rfm documentation, the R x FM grid, the importance-value classes');
for (const rules of [RFM_R_PACKAGE_SEGMENTS, RFM_FM_GRID_SEGMENTS, RFM_IMPORTANCE_VALUE_SEGMENTS]) {
  const seg = rfmSegments(scores, { rules });
  line(`-- ${seg.settings.ruleSet}`);
  for (const s of seg.segments.filter((x) => x.customers > 0)) {
    line(`  ${s.segment.padEnd(28)} ${String(s.customers).padStart(3)} customers  ${pct(s.revenueShare).padStart(7)} of revenue  median recency ${s.medianRecencyDays} d`);
  }
}

// ---------------------------------------------------------------------------------------------------
rule('4. Your own rules, business recency bounds, equal-count bins');
// Recency by calendar logic (this week, month, quarter, half-year, older) and spend in equal-count bins.
const business = rfmScores(log, {
  analysisDate: '2024-12-31',
  recencyBins: { method: 'fixed', upperBounds: [7, 30, 90, 180] },
  monetaryBins: { method: 'equalCount' },
});
const mine: RfmRuleSet = {
  name: 'win-back campaign',
  otherwise: 'No action',
  rules: [
    { segment: 'Call now', recency: [1, 2], monetary: [4, 5] },
    { segment: 'E-mail', recency: [1, 2] },
  ],
};
const campaign = rfmSegments(business, { rules: mine });
for (const s of campaign.segments) line(`  ${s.segment.padEnd(10)} ${s.customers} customers, revenue ${s.revenue.toFixed(2)}`);

// ---------------------------------------------------------------------------------------------------
rule('Self-check');
// Breaks are the type-7 quantiles + 1 (one day, one order, one currency unit) of the raw values.
for (const dim of ['recency', 'frequency', 'monetary'] as const) {
  const values = scores.customers.map((c) => (dim === 'recency' ? c.recencyDays : c[dim]));
  scores[dim].breaks?.forEach((b, k) => assert.ok(Math.abs(b - (quantile(values, (k + 1) / 5) + 1)) < 1e-9));
}
for (const c of scores.customers) {
  assert.equal(c.score, 100 * c.recencyScore + 10 * c.frequencyScore + c.monetaryScore);
  // recency in days from the analysis date to the last non-return order; frequency counts order rows
  const own = rows.filter((r) => r.customerId === c.customerId && !r.returned && (r.date as string) <= '2024-12-31');
  const last = own.map((r) => r.date as string).sort().at(-1) as string;
  assert.equal(c.recencyDays, (Date.UTC(2024, 11, 31) - Date.parse(last)) / 86_400_000);
  assert.equal(c.frequency, own.length);
}
// Lower recency never scores lower; equal values share a score.
const sorted = [...scores.customers].sort((a, b) => a.recencyDays - b.recencyDays);
sorted.slice(1).forEach((c, i) => assert.ok(c.recencyScore <= (sorted[i] as (typeof sorted)[number]).recencyScore));
// The segments partition the customers and the revenue (exact, in cents).
const doc = rfmSegments(scores, { rules: RFM_R_PACKAGE_SEGMENTS });
assert.equal(doc.segments.reduce((s, x) => s + x.customers, 0), scores.customers.length);
assert.equal(doc.segments.reduce((s, x) => s + x.revenueMinor, 0), scores.customers.reduce((s, c) => s + c.monetaryMinor, 0));
// Importance-value classes by hand: high R means RECENT (recency days at or below the mean).
const mean = (f: (c: (typeof scores.customers)[number]) => number) => scores.customers.reduce((s, c) => s + f(c), 0) / scores.customers.length;
const [mr, mf, mm] = [mean((c) => c.recencyDays), mean((c) => c.frequency), mean((c) => c.monetary)];
const classes = rfmSegments(scores, { rules: RFM_IMPORTANCE_VALUE_SEGMENTS });
scores.customers.forEach((c, i) => {
  const recent = c.recencyDays <= mr;
  const frequent = c.frequency >= mf;
  const name = `${c.monetary >= mm ? 'Important' : 'General'} ${recent ? (frequent ? 'Value' : 'Development') : frequent ? 'Retention' : 'Win-back'}`;
  assert.equal(classes.customers[i]?.segment, name);
});
// Row order does not matter.
assert.deepEqual(rfmScores([...rows].reverse(), { analysisDate: '2024-12-31' }).customers, scores.customers);
line('all checks passed');
