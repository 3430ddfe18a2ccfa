// Charts of the results: clientele/charts turns a result into a Vega-Lite specification (plain JSON with
// the data inlined); Vega renders it. Here the CDNOW sample is fitted and scored, the mobi survey modelled,
// the bundled price survey and a made-up profit list analysed, one chart built from each result, and every
// chart rendered to SVG in Node with vega and vega-lite (install them where you render: they are not
// dependencies of clientele). Set CHART_DIR=some/folder to keep the SVG files and look at them.
// Run: npx tsup && node --import tsx examples/17-charts.ts
import assert from 'node:assert/strict';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse, View } from 'vega';
import { compile } from 'vega-lite';
import type { TopLevelSpec } from 'vega-lite';
import {
  clvDistributionChart,
  cohortRetentionChart,
  expectedPurchasesMatrixChart,
  kaplanMeierChart,
  plsPathChart,
  probabilityAliveHistoryChart,
  repeatCountChart,
  rfmSegmentChart,
  trackingCumulativeChart,
  vanWestendorpChart,
  whaleCurveChart,
} from 'clientele/charts';
import type { VegaLiteSpec } from 'clientele/charts';
import {
  bgNbd,
  expectationMatrix,
  fitModel,
  probabilityAliveHistory,
  repeatCountComparison,
  scoreCustomers,
  trackingCurve,
} from 'clientele/clv';
import { cdnowSampleInfo, loadCdnowSample, loadMobi, loadPriceSurvey } from 'clientele/datasets';
import { cohortRetention, indexTransactions, kaplanMeier, lifetimesFromTransactions, vanWestendorp } from 'clientele/loyalty';
import { ecsiModel, plsPathModel } from 'clientele/satisfaction';
import { RFM_FM_GRID_SEGMENTS, rfmScores, rfmSegments, whaleCurve } from 'clientele/segmentation';
import { summarizeTransactions, toEpochDay } from 'clientele/time';

const line = (s = '') => console.log(s);
const rule = (title: string) => line(`\n== ${title} ${'='.repeat(Math.max(0, 72 - title.length))}`);
const outDir = process.env['CHART_DIR'];

/** Compiles and renders a specification to SVG, failing on any Vega-Lite or Vega warning. */
async function render(name: string, spec: VegaLiteSpec): Promise<string> {
  const warnings: string[] = [];
  const logger = {
    level: () => 2,
    error(...args: unknown[]) { warnings.push(args.join(' ')); return this; },
    warn(...args: unknown[]) { warnings.push(args.join(' ')); return this; },
    info() { return this; },
    debug() { return this; },
  };
  const compiled = compile(spec as unknown as TopLevelSpec, { logger: logger as never });
  const view = new View(parse(compiled.spec), { renderer: 'none', logger: logger as never, logLevel: 2 });
  const svg = await view.toSVG();
  view.finalize();
  assert.deepEqual(warnings, [], `${name}: ${warnings.join('; ')}`);
  if (outDir) {
    mkdirSync(outDir, { recursive: true });
    writeFileSync(join(outDir, `${name}.svg`), svg);
  }
  const rows = Object.values(spec.datasets).reduce((s, rows) => s + rows.length, 0);
  line(`  ${name.padEnd(26)} ${String(rows).padStart(5)} data rows, SVG ${(svg.length / 1024).toFixed(0).padStart(4)} kB  "${spec.title.text}"`);
  return svg;
}
/** Number of SVG paths of the marks of one type (`rect`, `symbol`, ...) in a rendered chart. */
const marks = (svg: string, type: string) =>
  [...svg.matchAll(new RegExp(`<g class="mark-${type} role-mark[^"]*"[^>]*>(.*?)</g>`, 'gs'))].reduce((n, m) => n + (m[1]!.match(/<path/g)?.length ?? 0), 0);

// ---------------------------------------------------------------------------------------------------
rule('1. CLV on the CDNOW sample (BG/NBD, weeks)');
const log = loadCdnowSample();
const summary = summarizeTransactions(log, {
  calibrationEnd: cdnowSampleInfo.calibrationEnd,
  observationEnd: cdnowSampleInfo.observationEnd,
  unit: 'week',
});
const customers = summary.customers;
const fit = fitModel(bgNbd, summary);
const matrix = expectationMatrix(fit, { maxFrequency: 20, maxRecency: 39, horizon: { value: 39, unit: 'week' } });
const matrixSvg = await render('expected-purchases', expectedPurchasesMatrixChart(matrix));
const counts = repeatCountComparison(customers, (t, k) => bgNbd.probabilityOfPurchases(fit.params, k, t), { maxCount: 7 });
const countsSpec = repeatCountChart(counts);
const countsSvg = await render('repeat-counts', countsSpec);
// Cumulative repeat purchases of the cohort, week by week, from its purchase days (FHL 2005, Fig. 1).
const origin = toEpochDay('1997-01-01');
const days = new Map<string, Set<number>>();
for (const t of log) days.set(t.customerId, (days.get(t.customerId) ?? new Set<number>()).add(toEpochDay(t.date) - origin));
const tracked = [...days.values()].map((set) => {
  const weeks = [...set].sort((a, b) => a - b).map((d) => d / 7);
  return { birth: weeks[0]!, repeatTimes: weeks.slice(1) };
});
const tracking = trackingCurve(tracked, (t) => bgNbd.expectedPurchases(fit.params, t), { periods: 78 });
const trackingSpec = trackingCumulativeChart(tracking, { timeUnit: 'week', calibrationEnd: 39 });
await render('tracking-cumulative', trackingSpec);
const firstBuyer = log.filter((t) => t.customerId === customers.find((c) => c.frequency >= 5)!.customerId);
const history = probabilityAliveHistory(fit, firstBuyer, { end: cdnowSampleInfo.calibrationEnd, step: { value: 7, unit: 'day' } });
await render('p-alive-history', probabilityAliveHistoryChart(history));
const scores = scoreCustomers(fit, summary, {
  horizon: { value: 52, unit: 'week' },
  spend: { expected: 35 },
  value: { margin: 0.3, discountRate: { rate: 0.1, per: 'year' }, horizon: { value: 52, unit: 'week' } },
  daysPerYear: 365.25,
});
const clvSpec = clvDistributionChart(scores, { currency: 'USD', bins: 40 });
const clvSvg = await render('clv-distribution', clvSpec);

// ---------------------------------------------------------------------------------------------------
rule('2. Satisfaction: the ECSI model on mobi');
const pls = plsPathModel(loadMobi(), ecsiModel());
const plsSpec = plsPathChart(pls);
const plsSvg = await render('pls-paths', plsSpec);

// ---------------------------------------------------------------------------------------------------
rule('3. Loyalty: cohorts and survival on CDNOW, the price survey');
const index = indexTransactions(log);
const cohorts = cohortRetention(index, { period: 'quarter', from: '1997-01-01', to: cdnowSampleInfo.observationEnd });
const cohortSpec = cohortRetentionChart(cohorts);
const cohortSvg = await render('cohort-retention', cohortSpec);
const lives = lifetimesFromTransactions(index, { analysisDate: cdnowSampleInfo.observationEnd, lapseDays: 180 });
await render('kaplan-meier', kaplanMeierChart(kaplanMeier(lives.observations), { timeUnit: 'day' }));
const psm = vanWestendorp(loadPriceSurvey());
const psmSpec = vanWestendorpChart(psm, { currency: 'EUR' });
const psmSvg = await render('van-westendorp', psmSpec);

// ---------------------------------------------------------------------------------------------------
rule('4. Segmentation: RFM on CDNOW, a whale curve');
const rfm = rfmSegments(rfmScores(index, { analysisDate: '1998-07-01' }), { rules: RFM_FM_GRID_SEGMENTS });
const rfmSpec = rfmSegmentChart(rfm);
const rfmSvg = await render('rfm-segments', rfmSpec);
const profits = [40, 25, 15, 10, 5, 5, 0, -5, -10, -15].map((profit, i) => ({ customerId: i + 1, profit }));
const whale = whaleCurve(profits);
const whaleSpec = whaleCurveChart(whale, { currency: 'EUR' });
const whaleSvg = await render('whale-curve', whaleSpec);

// ---------------------------------------------------------------------------------------------------
// Self-check: the charts carry the results' numbers, and the rendered marks are as many as the data.
// (a) The matrix: one rect per possible cell (21 frequencies × 40 recencies, less the 39 impossible cells
//     of x = 0), and the cells are the matrix's values.
assert.equal(marks(matrixSvg, 'rect'), 21 * 40 - 39);
assert.equal(fit.converged, true);
// (b) Repeat counts: two bars per row; the actual bars sum to the 2,357 customers.
assert.equal(marks(countsSvg, 'rect'), 2 * counts.length);
assert.equal(countsSpec.datasets['counts']!.filter((d) => d['source'] === 'Actual').reduce((s, d) => s + (d['customers'] as number), 0), 2357);
// (c) Tracking: the actual curve ends at the 2,457 + 1,882 repeat purchases of calibration and holdout.
assert.equal(trackingSpec.datasets['curve']!.filter((d) => d['series'] === 'Actual').at(-1)!['purchases'], 2457 + 1882);
// (d) CLV: the bins count every scored customer.
assert.equal(clvSpec.datasets['bins']!.reduce((s, b) => s + (b['customers'] as number), 0), scores.totals.customers);
assert.equal(marks(clvSvg, 'rect'), 40);
// (e) PLS: one bar per path of the ECSI model (12), with the fit's coefficients.
assert.equal(marks(plsSvg, 'rect'), 12);
assert.deepEqual(plsSpec.datasets['paths']!.map((p) => p['coefficient']), pls.paths.map((p) => p.coefficient));
// (f) Cohorts: the first quarter's cohort is every customer (CDNOW's cohort was acquired in 1997-Q1), and
//     the heat map has one rect and one label per defined cell.
const cells = cohortSpec.datasets['cells']!;
assert.equal(cells[0]!['size'], 2357);
assert.equal(cells[0]!['share'], 1);
assert.equal(marks(cohortSvg, 'rect'), cells.length);
// (g) Van Westendorp: a rule per price point, at the result's prices.
assert.deepEqual(psmSpec.datasets['points']!.map((p) => p['price']), [psm.pricePoints.pmc.price, psm.pricePoints.opp.price, psm.pricePoints.ipp.price, psm.pricePoints.pme.price]);
for (const p of ['PMC', 'OPP', 'IPP', 'PME']) assert.ok(psmSvg.includes(p));
// (h) RFM: the cells hold every scored customer.
assert.equal(rfmSpec.datasets['cells']!.reduce((s, c) => s + (c['customers'] as number), 0), rfm.customers.length);
assert.ok(marks(rfmSvg, 'rect') >= 5);
// (i) Whale curve: Kotler's markers (the top 20 % make 65 of the 70, the bottom 30 % lose 30) and the peak.
assert.ok(whaleSvg.includes('top 20 %: 93 % of profit') && whaleSvg.includes('bottom 30 %: -43 % of profit'));
assert.equal(whaleSpec.datasets['peak']![0]!['y'], 100 / 70);
line('\nself-check passed');
