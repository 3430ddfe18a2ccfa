// The printed values of the @example blocks in src/charts/*.ts and of the checked lines of docs/charts.md,
// so the documentation cannot drift from the code.
import { describe, expect, it } from 'vitest';
import { holdoutAccuracy } from '../../src/clv/evaluation/holdoutAccuracy';
import { trackingCurve } from '../../src/clv/evaluation/trackingCurve';
import { expectationMatrix } from '../../src/clv/expectationMatrix';
import { probabilityAliveHistory } from '../../src/clv/probabilityAliveHistory';
import { scoreCustomers } from '../../src/clv/scoreCustomers';
import { cohortRetention } from '../../src/loyalty/cohortRetention';
import { gaborGranger } from '../../src/loyalty/gaborGranger';
import { kaplanMeier } from '../../src/loyalty/kaplanMeier';
import { vanWestendorp } from '../../src/loyalty/vanWestendorp';
import { importancePerformance } from '../../src/satisfaction/importancePerformance';
import { kano } from '../../src/satisfaction/kano';
import { nps } from '../../src/satisfaction/nps';
import { plsPathModel } from '../../src/satisfaction/pls/plsPathModel';
import { customerPyramid } from '../../src/segmentation/customerPyramid';
import { RFM_IMPORTANCE_VALUE_SEGMENTS } from '../../src/segmentation/rfmRuleSets';
import { rfmScores } from '../../src/segmentation/rfmScores';
import { rfmSegments } from '../../src/segmentation/rfmSegments';
import { whaleCurve } from '../../src/segmentation/whaleCurve';
import {
  clvDistributionChart,
  cohortRetentionChart,
  customerPyramidChart,
  expectedPurchasesMatrixChart,
  gaborGrangerChart,
  importancePerformanceChart,
  ipmaChart,
  kanoChart,
  kaplanMeierChart,
  modelComparisonChart,
  npsByGroupChart,
  npsDistributionChart,
  plsPathChart,
  probabilityAliveHistoryChart,
  probabilityAliveMatrixChart,
  repeatCountChart,
  rfmSegmentChart,
  trackingCumulativeChart,
  trackingIncrementalChart,
  vanWestendorpChart,
  whaleCurveChart,
} from '../../src/charts/index';

const fit = { model: 'bgNbd', params: { r: 0.243, alpha: 4.414, a: 0.793, b: 2.426 }, timeUnit: 'week' } as const;

describe('doc examples (charts, CLV)', () => {
  const matrix = expectationMatrix(fit, { maxFrequency: 2, maxRecency: 2, horizon: { value: 1, unit: 'week' } });
  it('expectedPurchasesMatrixChart and probabilityAliveMatrixChart', () => {
    const spec = expectedPurchasesMatrixChart(matrix);
    expect(spec.datasets['cells']).toHaveLength(7);
    expect(spec.title.text).toBe('Expected purchases in the next 1 week');
    expect(probabilityAliveMatrixChart(matrix).datasets['cells']![0]).toEqual({ frequency: 0, recency: 0, value: 1 });
  });
  it('repeatCountChart', () => {
    const spec = repeatCountChart([
      { count: 0, label: '0', actual: 1411, expected: 1403.2 },
      { count: 1, label: '1+', actual: 946, expected: 953.8 },
    ]);
    expect(spec.datasets['counts']!.map((d) => d['customers'])).toEqual([1411, 1403.2, 946, 953.8]);
  });
  it('trackingCumulativeChart and trackingIncrementalChart', () => {
    const curve = trackingCurve([{ birth: 0, repeatTimes: [0.5, 1.5] }, { birth: 1, repeatTimes: [] }], (t) => 0.5 * t, { periods: 2 });
    expect(trackingCumulativeChart(curve, { timeUnit: 'week', calibrationEnd: 1 }).datasets['curve']!.map((d) => d['purchases'])).toEqual([1, 0.5, 2, 1.5]);
    expect(trackingIncrementalChart(curve, { timeUnit: 'week', calibrationEnd: 1 }).datasets['curve']!.map((d) => d['purchases'])).toEqual([1, 0.5, 1, 1]);
  });
  it('probabilityAliveHistoryChart', () => {
    const history = probabilityAliveHistory(fit, [{ date: '1997-01-01', customerId: 'c1' }, { date: '1997-01-15', customerId: 'c1' }], {
      end: '1997-02-15',
      step: { value: 7, unit: 'day' },
    });
    const spec = probabilityAliveHistoryChart(history);
    expect(spec.title.text).toBe('P(alive) of customer c1');
    expect(spec.datasets['history']!.filter((d) => d['purchase']).map((d) => d['date'])).toEqual(['1997-01-01', '1997-01-15']);
  });
  it('clvDistributionChart', () => {
    const score = scoreCustomers(
      fit,
      [
        { customerId: 'a', frequency: 2, recency: 30.43, T: 38.86 },
        { customerId: 'b', frequency: 0, recency: 0, T: 38.86 },
      ],
      { horizon: { value: 39, unit: 'week' } },
    );
    expect(clvDistributionChart(score, { bins: 2 }).datasets['bins']!.map((b) => b['customers'])).toEqual([1, 1]);
  });
  it('modelComparisonChart', () => {
    const frequencies = [0, 1, 1];
    const spec = modelComparisonChart({
      'BG/NBD': holdoutAccuracy([0.2, 1, 1.4], [0, 1, 2], { frequencies }),
      'Pareto/NBD': holdoutAccuracy([0.3, 0.9, 1.3], [0, 1, 2], { frequencies }),
    });
    expect(spec.datasets['groups']!.filter((d) => d['label'] === '1').map((d) => [d['series'], d['purchases']])).toEqual([
      ['Actual', 1.5],
      ['BG/NBD', 1.2],
      ['Pareto/NBD', 1.1],
    ]);
  });
});

describe('doc examples (charts, satisfaction)', () => {
  it('npsDistributionChart and npsByGroupChart', () => {
    const spec = npsDistributionChart(nps([10, 9, 9, 8, 7, 6, 3, 10]));
    expect(spec.title.text).toBe('Net Promoter Score 25');
    expect(spec.datasets['answers']!.filter((d) => (d['respondents'] as number) > 0).map((d) => d['answer'])).toEqual([3, 6, 7, 8, 9, 10]);
    const result = nps([10, 9, 3, 8, 10, 6, 9, 9], { groups: ['north', 'north', 'north', 'north', 'south', 'south', 'south', 'south'] });
    expect(npsByGroupChart(result).datasets['groups']!.map((d) => [d['group'], d['score']])).toEqual([
      ['north', 25],
      ['south', 50],
    ]);
  });
  it('importancePerformanceChart', () => {
    const result = importancePerformance([
      { name: 'price', importance: 6.1, performance: 4.2 },
      { name: 'staff', importance: 5.2, performance: 6.0 },
    ]);
    const spec = importancePerformanceChart(result);
    expect(spec.datasets['attributes']!.map((d) => d['quadrant'])).toEqual(['concentrate-here', 'possible-overkill']);
    expect(spec.datasets['crosshair']).toEqual([{ importance: 5.65, performance: 5.1 }]);
  });
  it('ipmaChart', () => {
    const spec = ipmaChart({
      target: 'Loyalty',
      targetPerformance: 70,
      constructs: [
        { construct: 'Image', importance: 0.5, standardizedTotalEffect: 0.4, performance: 72 },
        { construct: 'Value', importance: 0.3, standardizedTotalEffect: 0.25, performance: 60 },
      ],
      indicators: [],
      meanImportance: 0.4,
      meanPerformance: 66,
    });
    expect(spec.datasets['drivers']!.map((d) => d['name'])).toEqual(['Image', 'Value']);
    expect(spec.title.text).toBe('Importance–performance map of Loyalty');
  });
  it('kanoChart', () => {
    const results = kano([
      { name: 'free delivery', functional: ['like', 'like', 'like'], dysfunctional: ['neutral', 'dislike', 'neutral'] },
      { name: 'warranty', functional: ['must-be', 'neutral', 'like'], dysfunctional: ['dislike', 'dislike', 'dislike'] },
    ]);
    expect(kanoChart(results).datasets['features']!.map((d) => [d['name'], d['category']])).toEqual([
      ['free delivery', 'Attractive'],
      ['warranty', 'Must-be'],
    ]);
  });
  it('plsPathChart', () => {
    const data = { x1: [1, 2, 3, 4, 5, 6], x2: [2, 1, 4, 3, 6, 5], y1: [1, 3, 2, 5, 4, 6], y2: [2, 2, 3, 5, 5, 6] };
    const fitted = plsPathModel(data, {
      blocks: [
        { name: 'X', indicators: ['x1', 'x2'] },
        { name: 'Y', indicators: ['y1', 'y2'] },
      ],
      paths: [{ from: 'X', to: 'Y' }],
    });
    const spec = plsPathChart(fitted);
    expect(spec.datasets['paths']![0]!['path']).toBe('X → Y');
    expect(spec.datasets['paths']![0]!['coefficient'] === fitted.paths[0]!.coefficient).toBe(true);
  });
});

describe('doc examples (charts, loyalty and segmentation)', () => {
  it('cohortRetentionChart', () => {
    const result = cohortRetention(
      [
        { customerId: 'a', date: '2024-01-05', amount: 10 },
        { customerId: 'a', date: '2024-03-02', amount: 10 },
        { customerId: 'b', date: '2024-01-20', amount: 10 },
        { customerId: 'b', date: '2024-02-11', amount: 10 },
        { customerId: 'c', date: '2024-02-14', amount: 10 },
      ],
      { period: 'month', from: '2024-01-01', to: '2024-03-31' },
    );
    expect(cohortRetentionChart(result).datasets['cells']!.filter((d) => d['cohort'] === '2024-01').map((d) => d['share'])).toEqual([1, 0.5, 0.5]);
  });
  it('kaplanMeierChart', () => {
    const km = kaplanMeier([
      { time: 3, event: true },
      { time: 5, event: false },
      { time: 5, event: true },
      { time: 8, event: true },
      { time: 12, event: false },
    ]);
    expect(kaplanMeierChart(km, { timeUnit: 'month' }).datasets['curves']!.map((d) => [d['time'], d['survival']])).toEqual([
      [0, 1],
      [3, 0.8],
      [5, 0.6000000000000001],
      [8, 0.30000000000000004],
    ]);
  });
  it('vanWestendorpChart and gaborGrangerChart', () => {
    const result = vanWestendorp([
      { respondentId: 'a', tooCheap: 2, cheap: 4, expensive: 6, tooExpensive: 8 },
      { respondentId: 'b', tooCheap: 3, cheap: 5, expensive: 7, tooExpensive: 9 },
    ]);
    expect(vanWestendorpChart(result, { currency: 'EUR' }).datasets['points']!.map((d) => d['point'])).toEqual(['PMC', 'OPP', 'IPP', 'PME']);
    const gg = gaborGranger(
      [
        { respondentId: 'a', maxPrice: 10 },
        { respondentId: 'b', maxPrice: 20 },
        { respondentId: 'c', maxPrice: null },
      ],
      { prices: [10, 20, 30] },
    );
    const spec = gaborGrangerChart(gg);
    expect(spec.datasets['curve']!.map((d) => d['amount'])).toEqual([6.666666666666666, 6.666666666666666, 0]);
    expect(spec.datasets['optimum']).toEqual([{ price: 10, revenue: 6.666666666666666, text: 'best revenue at 10' }]);
  });
  it('whaleCurveChart (and the guide)', () => {
    const profits = [40, 25, 15, 10, 5, 5, 0, -5, -10, -15].map((profit, i) => ({ customerId: i + 1, profit }));
    const spec = whaleCurveChart(whaleCurve(profits));
    expect(spec.datasets['markers']!.map((d) => d['text'])).toEqual(['top 20 %: 93 % of profit', 'bottom 30 %: -43 % of profit']);
    expect(spec.datasets['peak']![0]!['y']).toBe(1.4285714285714286);
    const guide = whaleCurveChart(whaleCurve(profits), { currency: 'EUR', title: 'Who earns the profit?' });
    expect(guide.$schema).toBe('https://vega.github.io/schema/vega-lite/v6.json');
    expect(JSON.stringify(guide).length < 5000).toBe(true);
  });
  it('customerPyramidChart', () => {
    const values = [
      { customerId: 'a', value: 500 },
      { customerId: 'b', value: 300 },
      { customerId: 'c', value: 120 },
      { customerId: 'd', value: 50 },
      { customerId: 'e', value: 50 },
      { customerId: 'f', value: -20 },
    ];
    const spec = customerPyramidChart(customerPyramid(values, { tiers: 'zeithaml', crossing: 'upper' }));
    expect(spec.datasets['tiers']!.map((d) => [d['tier'], d['count']])).toEqual([
      ['Platinum', 1],
      ['Gold', 1],
      ['Iron', 3],
      ['Lead', 1],
    ]);
    expect(spec.datasets['tiers']![0]!['text']).toBe('1 customer (16.7 %), 50.0 % of value');
  });
  it('rfmSegmentChart', () => {
    const scores = rfmScores(
      [
        { customerId: 'a', recencyDays: 3, frequency: 9, monetary: 410 },
        { customerId: 'b', recencyDays: 40, frequency: 2, monetary: 60 },
        { customerId: 'c', recencyDays: 200, frequency: 1, monetary: 20 },
      ],
      { analysisDate: '2024-06-30' },
    );
    const spec = rfmSegmentChart(rfmSegments(scores, { rules: RFM_IMPORTANCE_VALUE_SEGMENTS }));
    expect(spec.datasets['cells']!.map((d) => d['segment'])).toEqual(['General Win-back', 'General Development', 'Important Value']);
  });
});
