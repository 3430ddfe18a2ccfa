/**
 * The satisfaction chart builders: compiled with vega-lite, rendered with vega, and the drawn items carry
 * the results' numbers. The PLS charts use the mobi survey and the ECSI model (Tenenhaus et al. 2005),
 * with a short bootstrap (50 resamples, seed 1) to keep the test fast.
 */
import { describe, expect, it } from 'vitest';
import { loadMobi } from '../../src/datasets/loadMobi';
import { importancePerformance } from '../../src/satisfaction/importancePerformance';
import { kano } from '../../src/satisfaction/kano';
import { nps } from '../../src/satisfaction/nps';
import { bootstrapPlsPathModel } from '../../src/satisfaction/pls/bootstrapPlsPathModel';
import { ecsiModel } from '../../src/satisfaction/pls/ecsiModel';
import { importancePerformanceMap } from '../../src/satisfaction/pls/importancePerformanceMap';
import { plsPathModel } from '../../src/satisfaction/pls/plsPathModel';
import {
  importancePerformanceChart,
  ipmaChart,
  kanoChart,
  npsByGroupChart,
  npsDistributionChart,
  plsPathChart,
} from '../../src/charts/index';
import { dataOf, renderChart } from './renderChart';
import { errorOf } from '../errorOf';


describe('NPS', () => {
  const scores = [10, 10, 9, 9, 9, 8, 8, 7, 6, 5, 5, 3, 0, 10, 9, 7, 7, 2, 9, 10];
  const groups = scores.map((_, i) => (i % 3 === 0 ? 'north' : i % 3 === 1 ? 'south' : 'east'));

  it('distribution: eleven bars with the answer counts, coloured by category', async () => {
    const result = nps(scores);
    const spec = npsDistributionChart(result);
    const chart = await renderChart(spec, 'npsDistribution');
    expect(chart.warnings).toEqual([]);
    const bars = dataOf(chart, 'rect');
    expect(bars.map((b) => b['respondents'])).toEqual(result.distribution);
    expect(bars.map((b) => b['respondents'])).toEqual([1, 0, 1, 1, 0, 2, 1, 3, 2, 5, 4]);
    expect(bars.filter((b) => b['category'] === 'Promoters').map((b) => b['answer'])).toEqual([9, 10]);
    expect(bars.filter((b) => b['category'] === 'Detractors')).toHaveLength(7);
    expect(spec.title.text).toBe('Net Promoter Score 15');
    expect(chart.svg).toContain('Net Promoter Score 15');
  });

  it('by group: a dot, an interval and a label per group, and the overall rule', async () => {
    const result = nps(scores, { groups });
    const spec = npsByGroupChart(result);
    const chart = await renderChart(spec, 'npsByGroup');
    expect(chart.warnings).toEqual([]);
    const dots = dataOf(chart, 'symbol');
    expect(dots.map((d) => [d['group'], d['score']])).toEqual(result.groups.map((g) => [g.key, g.result.score]));
    const rules = dataOf(chart, 'rule');
    expect(rules.filter((r) => 'lower' in r).map((r) => [r['lower'], r['upper']])).toEqual(
      result.groups.map((g) => [g.result.adjustedWald.lower, g.result.adjustedWald.upper]),
    );
    expect(rules.find((r) => !('lower' in r))?.['score']).toBe(result.overall.score);
    const labels = chart.marks.filter((m) => m.marktype === 'text').flatMap((m) => m.text);
    for (const g of result.groups) expect(labels).toContain(g.result.score.toFixed(1).replace('-', '\u2212'));
    const wald = npsByGroupChart(result, { interval: 'wald' });
    expect(wald.datasets['groups']!.map((d) => d['lower'])).toEqual(result.groups.map((g) => g.result.wald.lower));
    expect(errorOf(() => npsByGroupChart(result.overall as never)).code).toBe('INVALID_ARGUMENT');
  });
});

describe('importance and performance', () => {
  it('IPA: the attributes, the cross-hairs at the result cut points, four named quadrants', async () => {
    const result = importancePerformance([
      { name: 'price', importance: 6.1, performance: 4.2 },
      { name: 'staff', importance: 5.2, performance: 6.0 },
      { name: 'speed', importance: 6.4, performance: 5.9 },
      { name: 'parking', importance: 3.9, performance: 3.5 },
    ]);
    const spec = importancePerformanceChart(result);
    const chart = await renderChart(spec, 'importancePerformance');
    expect(chart.warnings).toEqual([]);
    const points = dataOf(chart, 'symbol');
    expect(points.map((p) => [p['name'], p['importance'], p['performance'], p['quadrant']])).toEqual(
      result.attributes.map((a) => [a.name, a.importance, a.performance, a.quadrant]),
    );
    const rules = dataOf(chart, 'rule');
    expect(rules).toEqual([
      { importance: result.crosshair.importance, performance: result.crosshair.performance },
      { importance: result.crosshair.importance, performance: result.crosshair.performance },
    ]);
    for (const label of ['Concentrate here', 'Keep up the good work', 'Low priority', 'Possible overkill', 'parking']) expect(chart.svg).toContain(label);
  });

  const data = loadMobi();
  const fit = plsPathModel(data, ecsiModel());

  it('IPMA: constructs or items at their importance and performance', async () => {
    const map = importancePerformanceMap(fit, { target: 'Loyalty', scale: { min: 1, max: 10 } });
    const spec = ipmaChart(map);
    const chart = await renderChart(spec, 'ipma');
    expect(chart.warnings).toEqual([]);
    expect(dataOf(chart, 'symbol').map((p) => [p['name'], p['importance'], p['performance']])).toEqual(
      map.constructs.map((c) => [c.construct, c.importance, c.performance]),
    );
    expect(dataOf(chart, 'rule')[0]).toEqual({ importance: map.meanImportance, performance: map.meanPerformance });
    const items = ipmaChart(map, { level: 'indicators' });
    expect(items.datasets['drivers']!.map((d) => d['importance'])).toEqual(map.indicators.map((i) => i.importance));
    expect((await renderChart(items)).warnings).toEqual([]);
  });

  it('PLS paths: one bar per path; the bootstrap adds its intervals', async () => {
    const spec = plsPathChart(fit);
    const chart = await renderChart(spec, 'plsPaths');
    expect(chart.warnings).toEqual([]);
    expect(dataOf(chart, 'rect').map((b) => [b['from'], b['to'], b['coefficient']])).toEqual(fit.paths.map((p) => [p.from, p.to, p.coefficient]));
    expect(dataOf(chart, 'rule')).toEqual([]);
    expect(chart.svg).toContain('Image → Expectation');
    const boot = bootstrapPlsPathModel(data, ecsiModel(), { seed: 1, resamples: 50 });
    const withIntervals = await renderChart(plsPathChart(boot), 'plsPathsBootstrap');
    expect(withIntervals.warnings).toEqual([]);
    expect(dataOf(withIntervals, 'rule').map((r) => [r['lower'], r['upper']])).toEqual(boot.paths.map((p) => [p.lower, p.upper]));
    expect(errorOf(() => plsPathChart({} as never)).code).toBe('INVALID_ARGUMENT');
  });
});

describe('Kano', () => {
  it('places every feature with coefficients at (|Worse|, Better)', async () => {
    const results = kano([
      { name: 'free delivery', functional: ['like', 'like', 'like', 'like'], dysfunctional: ['neutral', 'dislike', 'neutral', 'live-with'] },
      { name: 'warranty', functional: ['must-be', 'neutral', 'like', 'neutral'], dysfunctional: ['dislike', 'dislike', 'dislike', 'dislike'] },
      { name: 'gift wrap', functional: ['neutral', 'neutral', 'live-with', 'like'], dysfunctional: ['neutral', 'neutral', 'neutral', 'neutral'] },
      { name: 'broken', functional: ['dislike', 'dislike'], dysfunctional: ['like', 'like'] },
    ]);
    const spec = kanoChart(results);
    const chart = await renderChart(spec, 'kano');
    expect(chart.warnings).toEqual([]);
    const points = dataOf(chart, 'symbol');
    const placed = results.filter((r) => r.better !== null);
    expect(placed).toHaveLength(3);
    expect(points.map((p) => [p['name'], p['better'], p['dissatisfaction']])).toEqual(placed.map((r) => [r.name, r.better, -r.worse!]));
    expect(points.map((p) => p['category'])).toEqual(['Attractive', 'Must-be', 'Indifferent']);
    expect(spec.title.subtitle).toContain('1 feature(s) without coefficients left out');
    for (const label of ['Attractive', 'One-dimensional', 'Must-be', 'Indifferent', 'warranty']) expect(chart.svg).toContain(label);
  });
});
