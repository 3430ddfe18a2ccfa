// Coverage study of bgBbPredictionIntervals with method 'bootstrap' (docs/clv.md, "Uncertainty of
// predictions", the BG/BB paragraph): `npx tsx scripts/coverage-study-bgbb-bootstrap.ts [panels, default 40]
// [refits per panel, default 100]`. Simulates 800-customer, 6-opportunity BG/BB panels from known
// parameters (seeds 1000, 1001, …), fits each, and counts how often the nominal 90 % bootstrap intervals
// of the four parameters and of the total expected purchases in the next 5 opportunities hold the truth.
// It reports; it does not judge (the percentile bootstrap with few refits is known to run narrow).
import { bgBb, type BgBbParams } from '../src/clv/bgBb/index';
import { bgBbPredictionIntervals } from '../src/clv/bgBbPredictionIntervals';
import { fitModel } from '../src/clv/fitModel';
import { simulateBgBb } from '../src/testing/simulateBgBb';

const truth: BgBbParams = { alpha: 1.2, beta: 0.75, gamma: 0.66, delta: 2.78 };
const panels = Number(process.argv[2] ?? 40);
const refits = Number(process.argv[3] ?? 100);
const names = ['alpha', 'beta', 'gamma', 'delta'] as const;
const covered: Record<string, number> = { total: 0, alpha: 0, beta: 0, gamma: 0, delta: 0 };
const started = Date.now();
for (let s = 0; s < panels; s++) {
  const data = simulateBgBb(truth, { customers: 800, opportunities: 6, seed: 1000 + s }).map((c, i) => ({ customerId: `d${i}`, ...c }));
  const fit = fitModel(bgBb, data);
  const r = bgBbPredictionIntervals(fit, data, { horizon: 5, quantities: ['expectedPurchases'], method: 'bootstrap', draws: refits, seed: s });
  const total = bgBb.conditionalExpectedPurchases(truth, data, 5).reduce((a, b) => a + b, 0);
  const t = r.totals.expectedPurchases!;
  if (t.lower <= total && total <= t.upper) covered.total! += 1;
  for (const name of names) {
    const p = r.parameters[name]!;
    if (p.lower <= truth[name] && truth[name] <= p.upper) covered[name]! += 1;
  }
}
console.log(`${panels} panels of 800 customers, ${refits} refits each, ${((Date.now() - started) / 1000).toFixed(0)} s`);
for (const [name, n] of Object.entries(covered)) console.log(`  ${name.padEnd(6)} ${n}/${panels} (${((100 * n) / panels).toFixed(1)} %)`);
