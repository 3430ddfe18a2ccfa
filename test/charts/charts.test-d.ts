import { describe, expectTypeOf, it } from 'vitest';
import { kaplanMeier } from '../../src/loyalty/kaplanMeier';
import { nps } from '../../src/satisfaction/nps';
import { whaleCurve } from '../../src/segmentation/whaleCurve';
import { kaplanMeierChart, npsByGroupChart, npsDistributionChart, whaleCurveChart } from '../../src/charts/index';
import type { ChartDatum, VegaLiteSpec } from '../../src/charts/index';

describe('public signatures of the chart builders', () => {
  it('return a specification whose datasets are named', () => {
    const spec = whaleCurveChart(whaleCurve([{ customerId: 'a', profit: 1 }]));
    expectTypeOf(spec).toEqualTypeOf<VegaLiteSpec<'curve' | 'markers' | 'peak' | 'total'>>();
    expectTypeOf(spec.datasets.markers).toEqualTypeOf<readonly ChartDatum[]>();
    expectTypeOf(spec.title.text).toEqualTypeOf<string>();
    expectTypeOf(kaplanMeierChart(kaplanMeier([{ time: 1, event: true }])).datasets).toHaveProperty('curves');
  });
  it('take the result they chart, not another', () => {
    const grouped = nps([10, 0], { groups: ['a', 'b'] });
    const plain = nps([10, 0]);
    expectTypeOf(npsByGroupChart).toBeCallableWith(grouped);
    expectTypeOf(npsDistributionChart).toBeCallableWith(plain);
    // @ts-expect-error a grouped result is not one NPS
    npsDistributionChart(grouped);
    // @ts-expect-error the options are checked
    whaleCurveChart(whaleCurve([{ customerId: 'a', profit: 1 }]), { width: '300' });
  });
});
