/**
 * The CLV chart builders: every specification compiles with vega-lite and renders with vega without a
 * warning, its inlined data are the result's numbers, and the rendered marks carry them (one item per
 * cell, bar or point). Results come from the library itself with the published CDNOW BG/NBD parameters
 * of Fader, Hardie & Lee (2005) in weeks (r 0.243, α 4.414, a 0.793, b 2.426).
 */
import { describe, expect, it } from 'vitest';
import { bgNbd } from '../../src/clv/bgNbd/index';
import { holdoutAccuracy } from '../../src/clv/evaluation/holdoutAccuracy';
import { repeatCountComparison } from '../../src/clv/evaluation/repeatCountComparison';
import { trackingCurve } from '../../src/clv/evaluation/trackingCurve';
import { expectationMatrix } from '../../src/clv/expectationMatrix';
import { probabilityAliveHistory } from '../../src/clv/probabilityAliveHistory';
import { scoreCustomers } from '../../src/clv/scoreCustomers';
import {
  clvDistributionChart,
  expectedPurchasesMatrixChart,
  modelComparisonChart,
  probabilityAliveHistoryChart,
  probabilityAliveMatrixChart,
  repeatCountChart,
  trackingCumulativeChart,
  trackingIncrementalChart,
} from '../../src/charts/index';
import { dataOf, renderChart } from './renderChart';
import { errorOf } from '../errorOf';

const fit = { model: 'bgNbd' as const, params: { r: 0.243, alpha: 4.414, a: 0.793, b: 2.426 }, timeUnit: 'week' as const };

describe('frequency/recency matrices', () => {
  const matrix = expectationMatrix(fit, { maxFrequency: 4, maxRecency: 6, recencyStep: 2, horizon: { value: 4, unit: 'week' } });

  it('expected purchases: one rect per possible cell, coloured by the matrix value', async () => {
    const spec = expectedPurchasesMatrixChart(matrix, { title: 'E[Y]', width: 200, height: 150 });
    expect(spec.$schema).toBe('https://vega.github.io/schema/vega-lite/v6.json');
    expect([spec.title.text, spec.width, spec.height]).toEqual(['E[Y]', 200, 150]);
    const expected = matrix.frequencies.flatMap((x, f) =>
      matrix.recencies.flatMap((tx, c) => (matrix.expectedPurchases[f]![c] === null ? [] : [{ frequency: x, recency: tx, value: matrix.expectedPurchases[f]![c] }])),
    );
    expect(spec.datasets['cells']).toEqual(expected);
    expect(expected).toHaveLength(5 * 4 - 3);
    const chart = await renderChart(spec, 'expectedPurchasesMatrix');
    expect(chart.warnings).toEqual([]);
    const cells = dataOf(chart, 'rect');
    expect(cells).toHaveLength(expected.length);
    const at = (x: number, tx: number) => cells.find((d) => d['frequency'] === x && d['recency'] === tx)?.['value'];
    expect(at(2, 4)).toBe(bgNbd.conditionalExpectedPurchases(fit.params, { frequency: 2, recency: 4, T: 6 }, 4));
    expect(chart.svg).toContain('Recency t_x (weeks from first to last purchase)');
    expect(chart.svg).toContain('Purchases in 4 weeks');
  });

  it('P(alive): the same grid, on [0, 1]', async () => {
    const spec = probabilityAliveMatrixChart(matrix);
    const chart = await renderChart(spec, 'probabilityAliveMatrix');
    expect(chart.warnings).toEqual([]);
    const cells = dataOf(chart, 'rect');
    expect(cells).toHaveLength(17);
    for (const d of cells) {
      const x = d['frequency'] as number;
      const tx = d['recency'] as number;
      expect(d['value']).toBe(bgNbd.probabilityAlive(fit.params, { frequency: x, recency: tx, T: 6 }));
    }
    expect(spec.title.subtitle).toBe('bgNbd, customers of age T = 6 weeks');
  });

  it('rejects what is not a matrix, and bad sizes', () => {
    expect(errorOf(() => expectedPurchasesMatrixChart({} as never)).code).toBe('INVALID_ARGUMENT');
    expect(errorOf(() => probabilityAliveMatrixChart(matrix, { width: 0 })).message).toBe(
      '`probabilityAliveMatrixChart`: `options.width` must be a finite number of pixels greater than 0, got 0',
    );
  });
});

describe('calibration against holdout', () => {
  it('repeat counts: two bars per count, actual and model', async () => {
    const rows = repeatCountComparison(
      [
        { frequency: 0, T: 30, weight: 50 },
        { frequency: 1, T: 30, weight: 20 },
        { frequency: 3, T: 20, weight: 8 },
        { frequency: 6, T: 38, weight: 2 },
      ],
      (t, k) => bgNbd.probabilityOfPurchases(fit.params, k, t),
      { maxCount: 4 },
    );
    const spec = repeatCountChart(rows);
    const chart = await renderChart(spec, 'repeatCount');
    expect(chart.warnings).toEqual([]);
    const bars = dataOf(chart, 'rect');
    expect(bars).toHaveLength(2 * rows.length);
    for (const row of rows) {
      expect(bars.find((b) => b['label'] === row.label && b['source'] === 'Actual')?.['customers']).toBe(row.actual);
      expect(bars.find((b) => b['label'] === row.label && b['source'] === 'Model')?.['customers']).toBe(row.expected);
    }
    expect(bars.filter((b) => b['source'] === 'Actual').map((b) => b['customers'])).toEqual([50, 20, 0, 8, 2]);
    expect(errorOf(() => repeatCountChart([])).code).toBe('INVALID_ARGUMENT');
  });

  const customers = [
    { birth: 0, repeatTimes: [1.5, 2.5, 6.2] },
    { birth: 0.5, repeatTimes: [4.1] },
    { birth: 2, repeatTimes: [] },
  ];
  const curve = trackingCurve(customers, (t) => bgNbd.expectedPurchases(fit.params, t), { periods: 8 });

  it('cumulative tracking: the actual and the model curve, and the calibration rule', async () => {
    const spec = trackingCumulativeChart(curve, { timeUnit: 'week', calibrationEnd: 4 });
    const chart = await renderChart(spec, 'trackingCumulative');
    expect(chart.warnings).toEqual([]);
    const lines = chart.marks.filter((m) => m.marktype === 'line');
    expect(lines).toHaveLength(2);
    const series = (name: string) => dataOf(chart, 'line').filter((d) => d['series'] === name).map((d) => d['purchases']);
    expect(series('Actual')).toEqual(curve.map((p) => p.actualCumulative));
    expect(series('Model')).toEqual(curve.map((p) => p.expectedCumulative));
    expect(series('Actual').at(-1)).toBe(4);
    expect(dataOf(chart, 'rule').map((d) => d['end'])).toEqual([4]);
    expect(chart.svg).toContain('end of calibration');
    expect(chart.svg).toContain('Time (weeks since the origin)');
  });

  it('incremental tracking: purchases per period', async () => {
    const spec = trackingIncrementalChart(curve);
    const chart = await renderChart(spec, 'trackingIncremental');
    expect(chart.warnings).toEqual([]);
    const actual = dataOf(chart, 'line').filter((d) => d['series'] === 'Actual').map((d) => d['purchases']);
    expect(actual).toEqual([0, 1, 1, 0, 1, 0, 1, 0]);
    expect(dataOf(chart, 'rule')).toEqual([]);
    expect(errorOf(() => trackingIncrementalChart(curve, { calibrationEnd: Number.NaN })).code).toBe('INVALID_ARGUMENT');
  });

  it('model comparison: one line per model and the actual line', async () => {
    const predictedA = [0.1, 0.9, 1.1, 2.4, 2.6];
    const predictedB = [0.3, 0.7, 0.8, 1.9, 3.3];
    const actual = [0, 1, 2, 2, 3];
    const frequencies = [0, 1, 1, 2, 5];
    const accuracies = {
      'BG/NBD': holdoutAccuracy(predictedA, actual, { frequencies, maxFrequency: 2 }),
      'Pareto/NBD': holdoutAccuracy(predictedB, actual, { frequencies, maxFrequency: 2 }),
    };
    const spec = modelComparisonChart(accuracies);
    const chart = await renderChart(spec, 'modelComparison');
    expect(chart.warnings).toEqual([]);
    const points = dataOf(chart, 'symbol');
    const at = (series: string) => points.filter((d) => d['series'] === series).map((d) => [d['label'], d['purchases']]);
    expect(at('Actual')).toEqual([['0', 0], ['1', 1.5], ['2+', 2.5]]);
    expect(at('BG/NBD')).toEqual(accuracies['BG/NBD'].byFrequency.map((g) => [g.label, g.meanPredicted]));
    expect(at('Pareto/NBD')).toEqual([['0', 0.3], ['1', 0.75], ['2+', 2.5999999999999996]]);
    expect(spec.title.subtitle).toBe(
      `BG/NBD: MAE ${accuracies['BG/NBD'].mae.toFixed(3)}, bias ${(100 * accuracies['BG/NBD'].relativeBias!).toFixed(1)} %; ` +
        `Pareto/NBD: MAE ${accuracies['Pareto/NBD'].mae.toFixed(3)}, bias ${(100 * accuracies['Pareto/NBD'].relativeBias!).toFixed(1)} %`,
    );
    expect(errorOf(() => modelComparisonChart({ x: holdoutAccuracy([1], [1]) })).code).toBe('INVALID_ARGUMENT');
  });
});

describe('one customer and the whole base', () => {
  it('P(alive) history: a step line over the days and a dot on each purchase day', async () => {
    const history = probabilityAliveHistory(
      fit,
      [
        { date: '1997-01-01', customerId: 'c1' },
        { date: '1997-01-20', customerId: 'c1' },
        { date: '1997-02-02', customerId: 'c1' },
      ],
      { end: '1997-04-30', step: { value: 7, unit: 'day' } },
    );
    const spec = probabilityAliveHistoryChart(history);
    const chart = await renderChart(spec, 'probabilityAliveHistory');
    expect(chart.warnings).toEqual([]);
    expect(dataOf(chart, 'line').map((d) => d['probabilityAlive'])).toEqual(history.points.map((p) => p.probabilityAlive));
    expect(dataOf(chart, 'symbol').map((d) => new Date(d['date'] as number).toISOString().slice(0, 10))).toEqual(['1997-01-01', '1997-01-20', '1997-02-02']);
    expect(spec.title.text).toBe('P(alive) of customer c1');
    expect(chart.svg).toContain('1997-02');
    // The purchase points' accessible labels and tooltips read as dates, not epoch milliseconds.
    expect(chart.svg).toContain('purchase: 1997-01-20');
    expect(chart.svg).not.toMatch(/purchase: \d{9,}/);
  });

  it('CLV distribution: bins count every customer; the mean rule is the mean value', async () => {
    const customers = Array.from({ length: 60 }, (_, i) => ({
      customerId: `c${String(i).padStart(2, '0')}`,
      frequency: i % 7,
      recency: i % 7 === 0 ? 0 : 20 + (i % 13),
      T: 38.86,
    }));
    const score = scoreCustomers(fit, customers, {
      horizon: { value: 39, unit: 'week' },
      spend: { expected: 35 },
      value: { margin: 0.3, discountRate: { rate: 0.01, per: 'week' }, horizon: { value: 52, unit: 'week' } },
    });
    const spec = clvDistributionChart(score, { bins: 8, currency: 'USD' });
    const chart = await renderChart(spec, 'clvDistribution');
    expect(chart.warnings).toEqual([]);
    const bars = dataOf(chart, 'rect');
    expect(bars).toHaveLength(8);
    expect(bars.reduce((s, b) => s + (b['customers'] as number), 0)).toBe(60);
    const values = score.rows.map((r) => r.value!);
    expect(bars[0]!['lower']).toBe(Math.min(...values));
    expect(bars.at(-1)!['upper']).toBe(Math.max(...values));
    for (const b of bars) {
      const inside = values.filter((v) => v >= (b['lower'] as number) && (v < (b['upper'] as number) || b === bars.at(-1)));
      expect(b['customers']).toBe(inside.length);
    }
    const mean = values.reduce((s, v) => s + v, 0) / values.length;
    expect(dataOf(chart, 'rule')[0]!['mean'] as number).toBeCloseTo(mean, 12);
    expect(chart.svg).toContain('Discounted lifetime value (USD)');
    // The columns form gives the same bins.
    const columns = scoreCustomers(fit, customers, {
      horizon: { value: 39, unit: 'week' },
      spend: { expected: 35 },
      value: { margin: 0.3, discountRate: { rate: 0.01, per: 'week' }, horizon: { value: 52, unit: 'week' } },
      as: 'columns',
    });
    expect(clvDistributionChart(columns, { bins: 8, currency: 'USD' }).datasets).toEqual(spec.datasets);
    // Without value options the default measure is the expected purchases; 'value' is refused.
    const plain = scoreCustomers(fit, customers, { horizon: { value: 39, unit: 'week' } });
    expect(clvDistributionChart(plain).title.text).toBe('Distribution of expected purchases');
    expect(errorOf(() => clvDistributionChart(plain, { measure: 'value' })).code).toBe('INVALID_ARGUMENT');
  });
});
