/**
 * The loyalty chart builders: compiled with vega-lite, rendered with vega, and the drawn items carry the
 * results' numbers. The price charts use the bundled simulated price survey (400 respondents, seed 2026).
 */
import { describe, expect, it } from 'vitest';
import { loadPriceSurvey } from '../../src/datasets/loadPriceSurvey';
import { cohortRetention } from '../../src/loyalty/cohortRetention';
import { gaborGranger } from '../../src/loyalty/gaborGranger';
import { kaplanMeier } from '../../src/loyalty/kaplanMeier';
import { vanWestendorp } from '../../src/loyalty/vanWestendorp';
import { cohortRetentionChart, gaborGrangerChart, kaplanMeierChart, vanWestendorpChart } from '../../src/charts/index';
import { dataOf, renderChart } from './renderChart';
import { errorOf } from '../errorOf';


describe('cohorts and survival', () => {
  const log = [
    { customerId: 'a', date: '2024-01-05', amount: 10 },
    { customerId: 'a', date: '2024-03-02', amount: 10 },
    { customerId: 'b', date: '2024-01-20', amount: 10 },
    { customerId: 'b', date: '2024-02-11', amount: 10 },
    { customerId: 'c', date: '2024-02-14', amount: 10 },
    { customerId: 'd', date: '2024-02-20', amount: 10 },
    { customerId: 'd', date: '2024-04-01', amount: 10 },
    { customerId: 'e', date: '2024-04-03', amount: 10 },
  ];
  const result = cohortRetention(log, { period: 'month', from: '2024-01-01', to: '2024-04-30' });

  it('cohort heat map: one rect and one label per cell with data, the triangle', async () => {
    const spec = cohortRetentionChart(result);
    const chart = await renderChart(spec, 'cohortRetention');
    expect(chart.warnings).toEqual([]);
    const cells = dataOf(chart, 'rect');
    const expected = result.cohorts.flatMap((c) => (c.size === 0 ? [] : c.active.flatMap((share, k) => (share === null ? [] : [[c.cohort, k, share]]))));
    expect(cells.map((d) => [d['cohort'], d['k'], d['share']])).toEqual(expected);
    expect(expected).toHaveLength(4 + 3 + 1);
    const labels = chart.marks.filter((m) => m.marktype === 'text').flatMap((m) => m.text);
    expect(labels).toHaveLength(expected.length);
    expect(labels.slice(0, 4)).toEqual(['100%', '50%', '50%', '0%']);
    const retained = cohortRetentionChart(result, { measure: 'retained' });
    expect(retained.datasets['cells']!.filter((d) => d['cohort'] === '2024-02').map((d) => d['share'])).toEqual(result.cohorts[1]!.retained.filter((u) => u !== null));
    expect(result.cohorts[1]!.retained).toHaveLength(4);
    expect(errorOf(() => cohortRetentionChart(result, { measure: 'x' as never })).code).toBe('INVALID_ARGUMENT');
  });

  const observations = [
    { time: 3, event: true, group: 'email' },
    { time: 5, event: false, group: 'email' },
    { time: 5, event: true, group: 'email' },
    { time: 8, event: true, group: 'email' },
    { time: 12, event: false, group: 'email' },
    { time: 2, event: true, group: 'store' },
    { time: 4, event: true, group: 'store' },
    { time: 4, event: true, group: 'store' },
    { time: 6, event: false, group: 'store' },
    { time: 7, event: true, group: 'store' },
  ];

  it('Kaplan-Meier: a step curve per group from (0, 1), and a band where it is defined', async () => {
    const km = kaplanMeier(observations);
    const spec = kaplanMeierChart(km, { timeUnit: 'month' });
    const chart = await renderChart(spec, 'kaplanMeier');
    expect(chart.warnings).toEqual([]);
    const lines = dataOf(chart, 'line');
    for (const g of km.groups) {
      expect(lines.filter((d) => d['group'] === g.group).map((d) => [d['time'], d['survival']])).toEqual([[0, 1], ...g.curve.steps.map((s) => [s.time, s.survival])]);
    }
    const band = dataOf(chart, 'area');
    const defined = km.groups.flatMap((g) => [[0, 1, 1], ...g.curve.steps.filter((s) => s.lower !== null).map((s) => [s.time, s.lower, s.upper])]);
    expect(band.map((d) => [d['time'], d['lower'], d['upper']])).toEqual(defined);
    expect(defined.length).toBeLessThan(lines.length);
    expect(spec.title.subtitle).toContain(`log-rank p = ${km.logRank!.pValue!.toPrecision(3)}`);
    expect(chart.svg).toContain('Time (months)');
    // Without groups: the overall curve only.
    const overall = kaplanMeierChart(kaplanMeier(observations.map(({ time, event }) => ({ time, event }))));
    expect(new Set(overall.datasets['curves']!.map((d) => d['group']))).toEqual(new Set(['All']));
  });
});

describe('price sensitivity', () => {
  const survey = loadPriceSurvey();

  it('Van Westendorp: the curves of the price points, a rule and a label per point', async () => {
    const psm = vanWestendorp(survey);
    const spec = vanWestendorpChart(psm, { currency: 'EUR' });
    const chart = await renderChart(spec, 'vanWestendorp');
    expect(chart.warnings).toEqual([]);
    const rules = dataOf(chart, 'rule');
    expect(rules.map((r) => [r['point'], r['price']])).toEqual([
      ['PMC', psm.pricePoints.pmc.price],
      ['OPP', psm.pricePoints.opp.price],
      ['IPP', psm.pricePoints.ipp.price],
      ['PME', psm.pricePoints.pme.price],
    ]);
    const lines = dataOf(chart, 'line');
    const names = [...new Set(lines.map((d) => d['curve']))];
    expect(names.sort()).toEqual(['Not cheap', 'Not expensive', 'Too cheap', 'Too expensive']);
    expect(lines.filter((d) => d['curve'] === 'Too expensive').map((d) => d['share'])).toEqual(psm.curves.tooExpensive);
    expect(dataOf(chart, 'rect')).toEqual([{ lower: psm.acceptableRange.lower, upper: psm.acceptableRange.upper }]);
    for (const p of ['PMC', 'OPP', 'IPP', 'PME']) expect(chart.svg).toContain(p);
    expect(chart.svg).toContain('Price (EUR)');
    // The narrower range: the curves whose crossings give its points.
    const narrower = vanWestendorpChart(vanWestendorp(survey, { range: 'narrower' }));
    expect([...new Set(narrower.datasets['curves']!.map((d) => d['curve']))]).toEqual(['Too cheap', 'Cheap', 'Expensive', 'Too expensive']);
  });

  it('Gabor-Granger: revenue and profit at each tested price, the logistic fit, the best price', async () => {
    const answers = survey.map((r) => ({ respondentId: r.respondentId, maxPrice: Math.round(r.expensive) }));
    const gg = gaborGranger(answers, { prices: [20, 30, 40, 50, 60, 70], unitCost: 5, marketSize: 10_000, smoothing: 'logistic' });
    const spec = gaborGrangerChart(gg);
    const chart = await renderChart(spec, 'gaborGranger');
    expect(chart.warnings).toEqual([]);
    const points = dataOf(chart, 'symbol');
    expect(points.filter((d) => d['series'] === 'Revenue').map((d) => [d['price'], d['amount']])).toEqual(gg.curve.map((c) => [c.price, c.revenue]));
    expect(points.filter((d) => d['series'] === 'Profit').map((d) => d['amount'])).toEqual(gg.curve.map((c) => c.profit));
    expect(points.filter((d) => d['series'] === 'Revenue (logistic fit)')).toHaveLength(6);
    expect(dataOf(chart, 'rule').map((r) => r['price'])).toEqual([gg.optimalRevenue.price]);
    expect(chart.svg).toContain(`best revenue at ${gg.optimalRevenue.price}`);
    expect(errorOf(() => gaborGrangerChart({} as never)).code).toBe('INVALID_ARGUMENT');
  });
});
