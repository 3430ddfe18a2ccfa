// `npm run demo`: the main job of clientele on the bundled example data.
// 1. The CDNOW sample transaction log summarised per customer (clientele/time, clientele/money).
// Every figure printed is also checked at the end, so CI proves the demo still tells the truth.
import assert from 'node:assert/strict';
import { cdnowSampleInfo, loadCdnowSample } from 'clientele/datasets';
import { sumMoney } from 'clientele/money';
import { summarizeTransactions } from 'clientele/time';

const line = (s = '') => console.log(s);
const rule = (title: string) => line(`\n== ${title} ${'='.repeat(Math.max(0, 72 - title.length))}`);

// ---------------------------------------------------------------------------------------------------
rule('1. The CDNOW sample: from a transaction log to customer summaries');
const log = loadCdnowSample();
const summary = summarizeTransactions(log, {
  calibrationEnd: cdnowSampleInfo.calibrationEnd,
  observationEnd: cdnowSampleInfo.observationEnd,
  unit: 'week',
});
const customers = summary.customers;
const repeaters = customers.filter((c) => c.frequency > 0);
const totalSpend = sumMoney(log.map((r) => r.amount), { currency: 'USD' });
const calibrationSpend = sumMoney(customers.map((c) => c.totalSpend), { currency: 'USD' });
const frequencyTotal = customers.reduce((s, c) => s + c.frequency, 0);
const holdoutTotal = customers.reduce((s, c) => s + (c.frequencyHoldout ?? 0), 0);

line(`transactions            ${log.length.toLocaleString('en-US')} (${cdnowSampleInfo.firstDate} to ${cdnowSampleInfo.lastDate})`);
line(`customers               ${customers.length.toLocaleString('en-US')}`);
line(`repeat buyers           ${repeaters.length} (${((100 * repeaters.length) / customers.length).toFixed(1)} %) by ${cdnowSampleInfo.calibrationEnd}`);
line(`repeat purchases        ${frequencyTotal} in calibration, ${holdoutTotal} in the 39-week holdout`);
line(`total spend             $${totalSpend.total} (calibration $${calibrationSpend.total})`);
line(`mean spend per customer $${(totalSpend.value / customers.length).toFixed(2)}`);
line(`rejected rows           ${summary.rejected.length}`);
line('\nrepeat purchases in calibration (customers):');
const histogram = new Map<number, number>();
for (const c of customers) {
  const bucket = Math.min(c.frequency, 7);
  histogram.set(bucket, (histogram.get(bucket) ?? 0) + 1);
}
for (const [k, n] of [...histogram].sort((a, b) => a[0] - b[0])) {
  line(`  ${k === 7 ? '7+' : String(k).padStart(2)}  ${String(n).padStart(5)}  ${'#'.repeat(Math.ceil(n / 40))}`);
}
const first = customers[0]!;
line(`\ncustomer ${first.customerId}: x = ${first.frequency}, t_x = ${first.recency.toFixed(2)}, T = ${first.T.toFixed(2)} weeks`);

// The published conventions of Fader, Hardie & Lee (2005) give exactly these counts.
assert.equal(customers.length, 2357);
assert.equal(frequencyTotal, 2457);
assert.equal(repeaters.length, 946);
assert.equal(holdoutTotal, 1882);
assert.equal(summary.rejected.length, 0);
assert.equal(first.frequency, 2);
assert.equal(first.recency.toFixed(2), '30.43');
assert.equal(first.T.toFixed(2), '38.86');
assert.equal(histogram.get(0), 2357 - 946);
assert.equal(totalSpend.total, '244091.94'); // the raw file's dollar column, summed in cents with awk
