// RFM against the R package rfm 0.3.0: its example data (test/fixtures/rfm/*.csv, from the package's
// data/*.rda), its published outputs (published.json, published_customer_segments.csv: README, pkgdown
// reference pages and the customer-level vignette table), and an independent Python reference
// (reference.json, scripts/fixtures/rfm_reference.py).
import { describe, expect, it } from 'vitest';
import { indexTransactions } from '../../src/time/indexTransactions';
import {
  RFM_FM_GRID_SEGMENTS,
  RFM_IMPORTANCE_VALUE_SEGMENTS,
  RFM_R_PACKAGE_SEGMENTS,
  RFM_RF_MAP_SEGMENTS,
} from '../../src/segmentation/rfmRuleSets';
import { rfmScores } from '../../src/segmentation/rfmScores';
import { rfmSegments } from '../../src/segmentation/rfmSegments';
import type { RfmRuleSet, RfmScoresResult, RfmSegmentRule } from '../../src/segmentation/rfmTypes';
import { readRfmCsv, readRfmJson } from './rfmCsv';

type Row = [string, number, number, number, number, number, number, number, number, string, ...(number | string)[]];
interface Reference {
  orders: {
    breaks: Record<'recency' | 'frequency' | 'monetary', number[]>;
    daysBreaks: number[];
    columns: string[];
    customers: Row[];
    segmentSummary: Record<string, { customers: number; orders: number; revenue: number; medianRecencyDays: number }>;
  };
  customers: { breaks: Record<'recency' | 'frequency' | 'monetary', number[]>; scores: number[] };
}
interface Published {
  orders: {
    transactionCountSum: number;
    firstRows: { rows: [string, number, number, number, number, string][] };
    segmentSummary: { rows: [string, number, number, number][] };
    testthatRuleSet: {
      segments: string[];
      recencyLower: number[];
      recencyUpper: number[];
      frequencyLower: number[];
      frequencyUpper: number[];
      monetaryLower: number[];
      monetaryUpper: number[];
      champions: { customers: number; orders: number; revenue: number };
    };
  };
  customers: { transactionCountSum: number; segmentSizes: { counts: Record<string, number> } };
}

const reference = readRfmJson<Reference>('reference.json');
const published = readRfmJson<Published>('published.json');
const orderRows = readRfmCsv('rfm_data_orders.csv').map((r) => ({
  customerId: r.customer_id as string,
  date: r.order_date as string,
  amount: Number(r.revenue),
}));
const customerRows = readRfmCsv('rfm_data_customer.csv');
const col = (name: string): number => reference.orders.columns.indexOf(name);

describe('rfmScores on rfm_data_orders (R rfm_table_order, analysis date 2006-12-31)', () => {
  const result = rfmScores(orderRows, { analysisDate: '2006-12-31' });

  it('reproduces the independent reference for every customer: raw values, scores and breaks', () => {
    expect(result.customers).toHaveLength(995);
    expect(result.rejected).toEqual([]);
    expect(result.customers.map((c) => c.customerId)).toEqual(reference.orders.customers.map((r) => r[0]));
    result.customers.forEach((c, i) => {
      const r = reference.orders.customers[i] as Row;
      expect([c.recencyDays, c.frequency, c.monetary, c.recencyScore, c.frequencyScore, c.monetaryScore, c.score]).toEqual([
        r[1], r[2], r[4], r[5], r[6], r[7], r[8],
      ]);
    });
    expect(result.recency.breaks).toEqual(reference.orders.breaks.recency);
    expect(result.frequency.breaks).toEqual(reference.orders.breaks.frequency);
    expect(result.monetary.breaks).toEqual(reference.orders.breaks.monetary);
    // R's own arithmetic: p_3 = 3 * (1/5) = 0.6000000000000001 puts the third recency break at 297.4000000000001
    expect(result.recency.breaks).toEqual([115, 181, 297.4000000000001, 482]);
  });

  it("matches the package's published first rows (README, rfm_segment reference page) and transaction count", () => {
    const segments = rfmSegments(result, { rules: RFM_R_PACKAGE_SEGMENTS });
    const byId = new Map(result.customers.map((c, i) => [c.customerId, { c, s: segments.customers[i] }]));
    for (const [id, recency, count, amount, score, segment] of published.orders.firstRows.rows) {
      const hit = byId.get(id);
      expect([hit?.c.recencyDays, hit?.c.frequency, hit?.c.monetary, hit?.c.score, hit?.s?.segment]).toEqual([
        recency, count, amount, score, segment,
      ]);
    }
    expect(result.customers.reduce((s, c) => s + c.frequency, 0)).toBe(published.orders.transactionCountSum);
  });

  it("matches the package's published segment summary (customers, orders, revenue) and the reference medians", () => {
    const segments = rfmSegments(result, { rules: RFM_R_PACKAGE_SEGMENTS });
    const bySegment = new Map(segments.segments.map((s) => [s.segment, s]));
    for (const [name, customers, orders, revenue] of published.orders.segmentSummary.rows) {
      const s = bySegment.get(name);
      expect([s?.customers, s?.orders, s?.revenue]).toEqual([customers, orders, revenue]);
      expect(s?.medianRecencyDays).toBe(reference.orders.segmentSummary[name]?.medianRecencyDays);
      expect(s?.revenueShare).toBeCloseTo(revenue / 464158, 14);
    }
    expect(bySegment.get('Others')?.customers).toBe(0);
    expect(segments.customers.map((c) => c.segment)).toEqual(reference.orders.customers.map((r) => r[9]));
  });

  it("reproduces the package's testthat segment values with its second rule set written as plain data", () => {
    const t = published.orders.testthatRuleSet;
    const rules: RfmRuleSet = {
      name: 'rfm testthat',
      rules: t.segments.map(
        (segment, i): RfmSegmentRule => ({
          segment,
          recency: [t.recencyLower[i] as number, t.recencyUpper[i] as number],
          frequency: [t.frequencyLower[i] as number, t.frequencyUpper[i] as number],
          monetary: [t.monetaryLower[i] as number, t.monetaryUpper[i] as number],
        }),
      ),
    };
    const champions = rfmSegments(result, { rules }).segments.find((s) => s.segment === 'Champions');
    expect([champions?.customers, champions?.orders, champions?.revenue]).toEqual([
      t.champions.customers, t.champions.orders, t.champions.revenue,
    ]);
  });

  it('gives the same result from a TransactionIndex as from the rows', () => {
    expect(rfmScores(indexTransactions(orderRows), { analysisDate: '2006-12-31' })).toEqual(result);
  });

  it('custom breaks (the package example c(115, 181, 297, 482) ...) are used as given', () => {
    const custom = rfmScores(orderRows, {
      analysisDate: '2006-12-31',
      recencyBins: [115, 181, 297, 482],
      frequencyBins: [4, 5, 6, 8],
      monetaryBins: [256, 382, 506, 666],
    });
    expect(custom.recency.breaks).toEqual([115, 181, 297, 482]);
    custom.customers.forEach((c, i) => {
      const r = reference.orders.customers[i] as Row;
      expect([c.recencyScore, c.frequencyScore, c.monetaryScore]).toEqual([r[col('R_custom')], r[col('F_custom')], r[col('M_custom')]]);
    });
  });

  it('frequency as distinct purchase days, equal-count bins and fixed recency bounds match the reference', () => {
    const days = rfmScores(orderRows, { analysisDate: '2006-12-31', frequency: 'days' });
    expect(days.conventions.frequency).toBe('days');
    expect(days.frequency.breaks).toEqual(reference.orders.daysBreaks);
    const equal = rfmScores(orderRows, { analysisDate: '2006-12-31', bins: 5, recencyBins: { method: 'equalCount' }, frequencyBins: { method: 'equalCount' }, monetaryBins: { method: 'equalCount' } });
    const fixed = rfmScores(orderRows, { analysisDate: '2006-12-31', recencyBins: { method: 'fixed', upperBounds: [7, 30, 90, 180] } });
    reference.orders.customers.forEach((r, i) => {
      expect([days.customers[i]?.frequency, days.customers[i]?.frequencyScore]).toEqual([r[col('days')], r[col('F_days')]]);
      expect([equal.customers[i]?.recencyScore, equal.customers[i]?.frequencyScore, equal.customers[i]?.monetaryScore]).toEqual([
        r[col('R_equalCount')], r[col('F_equalCount')], r[col('M_equalCount')],
      ]);
      expect(fixed.customers[i]?.recencyScore).toBe(r[col('R_fixed')]);
    });
    expect(equal.frequency.customersByScore).toEqual([199, 199, 199, 199, 199]);
  });

  it('the grid, map and importance-value rule sets match the reference segment of every customer', () => {
    const grid = rfmSegments(result, { rules: RFM_FM_GRID_SEGMENTS });
    const map = rfmSegments(result, { rules: RFM_RF_MAP_SEGMENTS });
    const importance = rfmSegments(result, { rules: RFM_IMPORTANCE_VALUE_SEGMENTS });
    expect(grid.customers.map((c) => c.segment)).toEqual(reference.orders.customers.map((r) => r[col('fmGrid')]));
    expect(map.customers.map((c) => c.segment)).toEqual(reference.orders.customers.map((r) => r[col('rfMap')]));
    expect(importance.customers.map((c) => c.segment)).toEqual(reference.orders.customers.map((r) => r[col('importanceValue')]));
    expect(grid.segments.find((s) => s.segment === 'Others')?.customers).toBe(0);
    expect(map.segments.find((s) => s.segment === 'Others')?.customers).toBe(0);
  });
});

describe('rfmScores on rfm_data_customer (R rfm_table_customer, analysis date 2007-01-01)', () => {
  const totals = customerRows.map((r) => ({
    customerId: Number(r.customer_id),
    recencyDays: Number(r.recency_days),
    frequency: Number(r.number_of_orders),
    monetary: Number(r.revenue),
  }));
  const result: RfmScoresResult = rfmScores(totals, { analysisDate: '2007-01-01' });
  const publishedRows = readRfmCsv('published_customer_segments.csv');

  it("reproduces the package's published score and segment of all 39,999 customers and the reference", () => {
    expect(result.customers).toHaveLength(39999);
    expect(result.recency.breaks).toEqual(reference.customers.breaks.recency);
    expect(result.frequency.breaks).toEqual(reference.customers.breaks.frequency);
    expect(result.monetary.breaks).toEqual(reference.customers.breaks.monetary);
    const segments = rfmSegments(result, { rules: RFM_R_PACKAGE_SEGMENTS });
    const byId = new Map(result.customers.map((c, i) => [c.customerId, [c.score, segments.customers[i]?.segment]]));
    let mismatches = 0;
    publishedRows.forEach((p, i) => {
      const got = byId.get(p.customer_id as string);
      if (got?.[0] !== Number(p.rfm_score) || got[1] !== p.segment || got[0] !== reference.customers.scores[i]) mismatches++;
    });
    expect(mismatches).toBe(0);
    const sizes = Object.fromEntries(segments.segments.map((s) => [s.segment, s.customers]));
    expect(sizes).toEqual(published.customers.segmentSizes.counts);
    expect(result.customers.reduce((s, c) => s + c.frequency, 0)).toBe(published.customers.transactionCountSum);
  });

  it('gives the same scores from last purchase dates as from recency days', () => {
    const day0 = Date.UTC(2007, 0, 1);
    const byDate = rfmScores(
      totals.map(({ recencyDays, ...rest }) => ({ ...rest, lastPurchaseDate: new Date(day0 - recencyDays * 86_400_000) })),
      { analysisDate: '2007-01-01' },
    );
    expect(byDate.customers.map((c) => c.score)).toEqual(result.customers.map((c) => c.score));
    expect(byDate.customers[0]?.lastPurchaseDate).not.toBeNull();
  });
});
