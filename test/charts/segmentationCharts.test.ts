/**
 * The segmentation chart builders: compiled with vega-lite, rendered with vega, and the drawn items carry
 * the results' numbers. The whale curve uses the ten-customer example of the `whaleCurve` docs (total
 * profit 70, peak 100 at 6 customers, top 20 % make 65, bottom 30 % lose 30).
 */
import { describe, expect, it } from 'vitest';
import { customerPyramid } from '../../src/segmentation/customerPyramid';
import { RFM_FM_GRID_SEGMENTS } from '../../src/segmentation/rfmRuleSets';
import { rfmScores } from '../../src/segmentation/rfmScores';
import { rfmSegments } from '../../src/segmentation/rfmSegments';
import { whaleCurve } from '../../src/segmentation/whaleCurve';
import { customerPyramidChart, rfmSegmentChart, whaleCurveChart } from '../../src/charts/index';
import { dataOf, renderChart } from './renderChart';
import { errorOf } from '../errorOf';


describe('whale curve', () => {
  const profits = [40, 25, 15, 10, 5, 5, 0, -5, -10, -15].map((profit, i) => ({ customerId: i + 1, profit }));
  const result = whaleCurve(profits);

  it('draws the curve in shares of total profit, the 20/80/30 markers on it, and the peak', async () => {
    const spec = whaleCurveChart(result, { currency: 'EUR' });
    const chart = await renderChart(spec, 'whaleCurve');
    expect(chart.warnings).toEqual([]);
    const line = dataOf(chart, 'line');
    expect(line.map((d) => [d['customerShare'], d['share']])).toEqual(result.curve.map((p) => [p.customerShare, p.cumulativeShare]));
    expect(line.map((d) => d['profit'])).toEqual([0, 40, 65, 80, 90, 95, 100, 100, 95, 85, 70]);
    const points = dataOf(chart, 'symbol');
    expect(points.map((d) => [d['customerShare'], d['y']])).toEqual([
      [0.2, 65 / 70],
      [0.7, 100 / 70],
      [0.6, result.peak.share],
    ]);
    expect(dataOf(chart, 'rule').filter((d) => 'marker' in d).map((d) => d['customerShare'])).toEqual([0.2, 0.7]);
    for (const label of ['top 20 %: 93 % of profit', 'bottom 30 %: -43 % of profit', 'peak 143 % of profit']) expect(chart.svg).toContain(label);
    expect(spec.title.subtitle).toBe('10 customers; total profit 70 EUR');
  });

  it('labels a small share with one decimal, never as -0 %', () => {
    // Ten customers, total 1000: the top two make 900 (90 %), the bottom three lose 2 (-0.2 %).
    const small = whaleCurve([500, 400, 40, 30, 20, 8, 4, -1, -0.5, -0.5].map((profit, i) => ({ customerId: i + 1, profit })));
    const texts = whaleCurveChart(small).datasets['markers']!.map((d) => d['text']);
    expect(texts).toEqual(['top 20 %: 90 % of profit', 'bottom 30 %: -0.2 % of profit']);
  });

  it('falls back to money when total profit is not positive', async () => {
    const losing = whaleCurve([{ customerId: 'a', profit: 10 }, { customerId: 'b', profit: -30 }]);
    const spec = whaleCurveChart(losing);
    const chart = await renderChart(spec);
    expect(chart.warnings).toEqual([]);
    expect(dataOf(chart, 'line').map((d) => d['profit'])).toEqual([0, 10, -20]);
    expect(chart.svg).toContain('Cumulative profit (money units)');
    expect(errorOf(() => whaleCurveChart({} as never)).code).toBe('INVALID_ARGUMENT');
  });
});

describe('pyramid and RFM', () => {
  it('pyramid: one centred bar per tier, as wide as its customers, with its label', async () => {
    const values = Array.from({ length: 200 }, (_, i) => ({ customerId: `c${String(i).padStart(3, '0')}`, value: Math.round(10_000 / (i + 1)) - 60 }));
    const result = customerPyramid(values, { tiers: 'zeithaml' });
    const spec = customerPyramidChart(result, { currency: 'USD' });
    const chart = await renderChart(spec, 'customerPyramid');
    expect(chart.warnings).toEqual([]);
    const bars = dataOf(chart, 'rect');
    expect(bars.map((b) => [b['tier'], b['count'], b['left'], b['right'], b['valueShare']])).toEqual(
      result.tiers.map((t) => [t.name, t.count, t.count === 0 ? 0 : -t.count / 2, t.count / 2, t.valueShare]),
    );
    expect(bars.reduce((s, b) => s + (b['count'] as number), 0)).toBe(200);
    const labels = chart.marks.filter((m) => m.marktype === 'text').flatMap((m) => m.text);
    expect(labels).toHaveLength(4);
    expect(result.tiers[3]!.count).toBeGreaterThan(0);
    expect(labels[0]).toBe(`10 customers (5.0 %), ${(100 * result.tiers[0]!.valueShare!).toFixed(1)} % of value`);
  });

  it('RFM grid: one cell per (R, FM) with customers, labelled with their number', async () => {
    const totals = Array.from({ length: 120 }, (_, i) => ({
      customerId: `c${String(i).padStart(3, '0')}`,
      recencyDays: (i * 37) % 365,
      frequency: 1 + ((i * 7) % 13),
      monetary: 20 + ((i * 53) % 500),
    }));
    const segments = rfmSegments(rfmScores(totals, { analysisDate: '2024-06-30' }), { rules: RFM_FM_GRID_SEGMENTS });
    const spec = rfmSegmentChart(segments);
    const chart = await renderChart(spec, 'rfmSegments');
    expect(chart.warnings).toEqual([]);
    const cells = dataOf(chart, 'rect');
    expect(cells.reduce((s, c) => s + (c['customers'] as number), 0)).toBe(120);
    // Recount each cell from the customers.
    for (const cell of cells) {
      const inCell = segments.customers.filter(
        (c) => c.recencyScore === cell['recency'] && Math.floor((c.frequencyScore + c.monetaryScore + 1) / 2) === cell['frequencyMonetary'],
      );
      expect(cell['customers']).toBe(inCell.length);
      expect(inCell.filter((c) => c.segment === cell['segment']).length).toBeGreaterThanOrEqual(inCell.length / (cell['segments'] as number));
    }
    const labels = chart.marks.filter((m) => m.marktype === 'text').flatMap((m) => m.text);
    expect(labels).toEqual(cells.map((c) => String(c['customers'])));
    expect(errorOf(() => rfmSegmentChart({ customers: [], segments: [] } as never)).code).toBe('INVALID_ARGUMENT');
  });
});
