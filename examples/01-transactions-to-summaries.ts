// From raw transaction rows to the per-customer summaries that every CLV model starts from.
// 1. A small CRM export with the usual defects goes through `parseTransactions` (clientele/schemas):
//    every row is either a clean record or a rejected row with its index and reasons.
// 2. The clean records become recency-frequency-monetary summaries (`summarizeTransactions`,
//    clientele/time), with a calibration period and a holdout period.
// 3. The same pipeline on the CDNOW sample reproduces the counts published by Fader, Hardie & Lee (2005).
// Run: npx tsup && node --import tsx examples/01-transactions-to-summaries.ts
import assert from 'node:assert/strict';
import { cdnowSampleInfo, loadCdnowSample } from 'clientele/datasets';
import { sumMoney } from 'clientele/money';
import { parseTransactions } from 'clientele/schemas';
import { summarizeTransactions } from 'clientele/time';

const line = (s = '') => console.log(s);
const rule = (title: string) => line(`\n== ${title} ${'='.repeat(Math.max(0, 72 - title.length))}`);

// ---------------------------------------------------------------------------------------------------
rule('1. A CRM export: which rows can we trust?');
// The question: an e-shop exports its orders as JSON. Before any model sees them, which rows are unusable
// and why? The method: parse once at the boundary; nothing is dropped without a trace.
const crmExport: unknown[] = [
  { customerId: 'A-17', date: '2024-01-05', amount: '19.90', channel: 'web' },
  { customerId: 'A-17', date: '2024-01-05', amount: '4.10', channel: 'web' }, // same day: one purchase
  { customerId: 'A-17', date: '2024-02-09', amount: 35, channel: 'store' },
  { customerId: 'A-17', date: '20240401', amount: '12.00', channel: 'web' }, // yyyymmdd is fine
  { customerId: 'B-03', date: '2024-01-20', amount: '120.00', channel: 'store' },
  { customerId: 'B-03', date: '2024-01-27', amount: '-120.00', returned: true }, // a flagged refund
  { customerId: 'B-03', date: '2023-02-29', amount: '18.00' }, // no 29 February in 2023
  { customerId: 'C-88', date: '2024-02-14', amount: 'N/A' }, // not an amount
  { customerId: 'C-88', date: '2024-02-15', amount: '1,234.50' }, // thousands separator: ambiguous
  { customerId: 'C-88', date: '2024-02-16', amount: '-9.99' }, // negative but not flagged as a return
  { customerId: '', date: '2024-02-17', amount: '9.99' }, // no customer
  { customerId: 4711, date: '2024-03-20', amount: 64.5 }, // numeric ids become strings
  { customerId: 'D-01', date: '2024-04-02', amount: '15.00' }, // first seen after the calibration end
  { customerId: 'A-17', date: '2024-07-01', amount: '10.00' }, // after the observation end
];
const parsed = parseTransactions(crmExport, { source: 'website' });
line(`rows ${crmExport.length}: ${parsed.records.length} records, ${parsed.rejected.length} rejected`);
for (const bad of parsed.rejected) {
  line(`  row ${String(bad.index).padStart(2)}: ${bad.reasons.map((r) => r.message).join('; ')}`);
}

// ---------------------------------------------------------------------------------------------------
rule('2. Per-customer summaries with a holdout period');
// The question: for each customer, how many repeat purchases (x), when was the last one (recency t_x),
// how long have we known them (T), and what did they buy afterwards (x*)? The method: returns are not
// purchases, so they are left out; same-day rows merge into one purchase; weeks = days / 7; calibration
// to 2024-03-31, holdout to 2024-06-30. A row after the observation end is a second kind of rejection.
const purchases = parsed.records.filter((r) => r.returned !== true);
const refunds = sumMoney(parsed.records.filter((r) => r.returned === true).map((r) => r.amount));
const crmSummary = summarizeTransactions(purchases, {
  calibrationEnd: '2024-03-31',
  observationEnd: '2024-06-30',
  unit: 'week',
  currency: 'EUR',
});
line('customer   x   t_x (wk)   T (wk)   spend   x*');
for (const c of crmSummary.customers) {
  line(
    `${String(c.customerId).padEnd(8)} ${String(c.frequency).padStart(3)} ${c.recency.toFixed(2).padStart(10)} ` +
      `${c.T.toFixed(2).padStart(8)} ${c.totalSpend.toFixed(2).padStart(7)} ${String(c.frequencyHoldout).padStart(4)}`,
  );
}
line(`first seen in the holdout: ${crmSummary.notInCalibration.map((c) => `${c.customerId} (${c.firstPurchaseDate})`).join(', ')}`);
// (indices of the summary refer to its own input, the `purchases` array)
line(`rejected by the summary:   ${crmSummary.rejected.map((r) => `${purchases[r.index]?.customerId} on ${String(r.value)}: ${r.field} ${r.reason}`).join(', ')}`);
line(`refunds booked separately: ${refunds.total} over ${refunds.count} row(s)`);

// ---------------------------------------------------------------------------------------------------
rule('3. The CDNOW sample, through the same pipeline');
// The question: does the pipeline reproduce the data set behind the BG/NBD paper? The method: present
// the bundled log as a CRM would (yyyymmdd dates, numeric amounts, extra columns), parse it, summarise
// it with the published conventions (same-day merge, weeks, calibration to 1997-09-30, 39-week holdout).
const cdnowRows = loadCdnowSample().map((t) => ({
  customerId: t.customerId,
  date: t.date.replaceAll('-', ''),
  amount: t.amount,
  quantity: t.quantity,
  masterId: t.masterId, // unknown column: kept under `attributes`
}));
const cdnowParsed = parseTransactions(cdnowRows);
const cdnow = summarizeTransactions(cdnowParsed.records, {
  calibrationEnd: cdnowSampleInfo.calibrationEnd,
  observationEnd: cdnowSampleInfo.observationEnd,
  unit: 'week',
  currency: cdnowSampleInfo.currency,
});
const customers = cdnow.customers;
const sumX = customers.reduce((s, c) => s + c.frequency, 0);
const sumXHoldout = customers.reduce((s, c) => s + (c.frequencyHoldout ?? 0), 0);
const repeaters = customers.filter((c) => c.frequency > 0).length;
const holdoutWeeks = customers[0]?.durationHoldout ?? Number.NaN;
const calibrationSpend = sumMoney(customers.map((c) => c.totalSpendMinor / 100));
line(`rows parsed          ${cdnowParsed.records.length} (${cdnowParsed.rejected.length} rejected)`);
line(`customers            ${customers.length}`);
line(`repeat purchases     Σx  = ${sumX} (calibration, to ${cdnowSampleInfo.calibrationEnd})`);
line(`repeat buyers        ${repeaters} (${((100 * repeaters) / customers.length).toFixed(1)} %)`);
line(`holdout purchases    Σx* = ${sumXHoldout} over ${holdoutWeeks} weeks`);
line(`calibration spend    $${calibrationSpend.total}`);
const rows5 = customers.slice(0, 5).map((c) => `${c.customerId}: x=${c.frequency} t_x=${c.recency.toFixed(2)} T=${c.T.toFixed(2)} x*=${c.frequencyHoldout}`);
line(`first customers      ${rows5.join('\n                     ')}`);

// ---------------------------------------------------------------------------------------------------
// Self-check: the library still tells the truth.
// Parsing: every row is accounted for, with the right reasons.
assert.equal(parsed.records.length + parsed.rejected.length, crmExport.length);
assert.deepEqual(parsed.rejected.map((r) => r.index), [6, 7, 8, 9, 10]);
assert.deepEqual(parsed.rejected.map((r) => r.reasons[0]?.path), ['date', 'amount', 'amount', 'amount', 'customerId']);
assert.equal(parsed.records.find((r) => r.customerId === '4711')?.amount, '64.5'); // id as string, amount as written
assert.ok(parsed.records.every((r) => r.source === 'website'));
assert.deepEqual(parsed.records[3]?.date, '2024-04-01');
// Summary of the CRM export.
const a17 = crmSummary.customers.find((c) => c.customerId === 'A-17');
assert.ok(a17);
assert.equal(a17.frequency, 1); // 5 Jan (two rows merged) and 9 Feb; 1 April is in the holdout
assert.equal(a17.recency, 5); // 35 days
assert.equal(a17.T, 86 / 7); // 5 January to 31 March 2024 (a leap year) is 86 days
assert.equal(a17.totalSpendMinor, 5900); // 19.90 + 4.10 + 35
assert.equal(a17.monetaryValue, 35);
assert.equal(a17.frequencyHoldout, 1);
assert.deepEqual(crmSummary.notInCalibration.map((c) => c.customerId), ['D-01']);
assert.deepEqual(crmSummary.rejected.map((r) => r.field), ['date']); // the July row
assert.equal(purchases[crmSummary.rejected[0]?.index ?? -1]?.date, '2024-07-01');
assert.equal(refunds.total, '-120.00');
// CDNOW: the counts of Fader, Hardie & Lee (2005), exactly.
assert.equal(cdnowParsed.records.length, cdnowSampleInfo.transactions); // 6,919 rows, none rejected
assert.equal(cdnowParsed.rejected.length, 0);
assert.equal(cdnowParsed.records[0]?.attributes?.['masterId'], '00004');
assert.equal(cdnow.rejected.length, 0);
assert.equal(cdnow.notInCalibration.length, 0); // the cohort was acquired in the first 12 weeks of 1997
assert.equal(customers.length, 2357);
assert.equal(sumX, 2457);
assert.equal(repeaters, 946);
assert.equal(sumXHoldout, 1882);
assert.equal(holdoutWeeks, 39);
// Identity: first purchases + repeat purchases + holdout purchases = distinct customer-days in the log.
assert.equal(customers.length + sumX + sumXHoldout, cdnowSampleInfo.distinctCustomerDays);
// Invariants of the summary: 0 ≤ t_x ≤ T, t_x = 0 exactly when x = 0.
assert.ok(customers.every((c) => c.recency >= 0 && c.recency <= c.T && (c.recency === 0) === (c.frequency === 0)));
line('\nself-check passed');
