import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  RFM_FM_GRID_SEGMENTS,
  RFM_IMPORTANCE_VALUE_SEGMENTS,
  RFM_R_PACKAGE_SEGMENTS,
  RFM_RF_MAP_SEGMENTS,
} from '../../src/segmentation/rfmRuleSets';
import { rfmScores } from '../../src/segmentation/rfmScores';
import { rfmSegments } from '../../src/segmentation/rfmSegments';
import type { RfmCustomerScore, RfmRuleSet, RfmScoresResult } from '../../src/segmentation/rfmTypes';
import { errorOf } from '../errorOf';

const D = '2024-06-30';

/** A scores result whose customers have the given R, F, M scores (raw values equal to the scores). */
function fakeScores(cells: readonly (readonly [number, number, number])[]): RfmScoresResult {
  const base = rfmScores([{ customerId: 'x', recencyDays: 1, frequency: 1, monetary: 1 }], { analysisDate: D });
  const customers: RfmCustomerScore[] = cells.map(([r, f, m], i) => ({
    customerId: `c${String(i).padStart(3, '0')}`,
    recencyDays: 6 - r,
    lastPurchaseDate: null,
    frequency: f,
    monetary: m,
    monetaryMinor: m * 100,
    recencyScore: r,
    frequencyScore: f,
    monetaryScore: m,
    score: 100 * r + 10 * f + m,
  }));
  return { ...base, customers };
}

const allCells: [number, number, number][] = [];
for (let r = 1; r <= 5; r++) for (let f = 1; f <= 5; f++) for (let m = 1; m <= 5; m++) allCells.push([r, f, m]);

describe('rfmSegments: the importance-value scheme means what it says (high R = recent)', () => {
  // mean recency 488/6 = 81.3 days, mean frequency 4, mean spend 980/6 = 163.3
  const scores = rfmScores(
    [
      { customerId: 'recent-frequent-big', recencyDays: 3, frequency: 9, monetary: 410 },
      { customerId: 'old-rare-small', recencyDays: 200, frequency: 1, monetary: 20 },
      { customerId: 'old-frequent-big', recencyDays: 150, frequency: 5, monetary: 200 },
      { customerId: 'recent-rare-big', recencyDays: 10, frequency: 1, monetary: 300 },
      { customerId: 'recent-rare-small', recencyDays: 5, frequency: 2, monetary: 30 },
      { customerId: 'old-frequent-small', recencyDays: 120, frequency: 6, monetary: 20 },
    ],
    { analysisDate: D },
  );
  const seg = rfmSegments(scores, { rules: RFM_IMPORTANCE_VALUE_SEGMENTS });
  const of = (id: string): string | undefined => seg.customers.find((c) => c.customerId === id)?.segment;

  it('a recent, frequent, big spender is "Important Value"; an old, rare, small one "General Win-back"', () => {
    expect(of('recent-frequent-big')).toBe('Important Value');
    expect(of('old-rare-small')).toBe('General Win-back');
    expect(of('old-frequent-big')).toBe('Important Retention');
    expect(of('recent-rare-big')).toBe('Important Development');
    expect(of('recent-rare-small')).toBe('General Development');
    expect(of('old-frequent-small')).toBe('General Retention');
    expect(seg.settings.reference).toEqual({ source: 'mean', recencyDays: 488 / 6, frequency: 4, monetary: 980 / 6 });
  });

  it('stated thresholds replace the means', () => {
    const given = rfmSegments(scores, { rules: RFM_IMPORTANCE_VALUE_SEGMENTS, reference: { recencyDays: 2, frequency: 1, monetary: 0 } });
    expect(given.customers.map((c) => c.segment)).toEqual(Array(6).fill('Important Retention'));
    expect(given.settings.reference?.source).toBe('given');
  });
});

describe('rfmSegments: the @example', () => {
  it('prints what the doc comment says', () => {
    const scores = rfmScores(
      [
        { customerId: 'a', recencyDays: 3, frequency: 9, monetary: 410 },
        { customerId: 'b', recencyDays: 40, frequency: 2, monetary: 60 },
        { customerId: 'c', recencyDays: 200, frequency: 1, monetary: 20 },
      ],
      { analysisDate: '2024-06-30' },
    );
    const seg = rfmSegments(scores, { rules: RFM_IMPORTANCE_VALUE_SEGMENTS });
    expect(seg.customers.map((c) => c.segment)).toEqual(['Important Value', 'General Development', 'General Win-back']);
  });
});

describe('rfmSegments: named rule sets', () => {
  it('the R x FM grid and the R x F map cover every score cell (nothing falls to "Others")', () => {
    for (const rules of [RFM_FM_GRID_SEGMENTS, RFM_RF_MAP_SEGMENTS]) {
      const seg = rfmSegments(fakeScores(allCells), { rules });
      expect(seg.customers.filter((c) => c.segment === 'Others')).toEqual([]);
    }
    // the grid's 25 (R, FM) cells each appear in exactly one rule
    const cells = RFM_FM_GRID_SEGMENTS.rules.map((r) => `${r.recency?.[0]}${r.frequencyMonetary?.[0]}`);
    expect(new Set(cells).size).toBe(25);
    expect(new Set(RFM_FM_GRID_SEGMENTS.rules.map((r) => r.segment)).size).toBe(11);
    expect(new Set(RFM_RF_MAP_SEGMENTS.rules.map((r) => r.segment)).size).toBe(10);
  });

  it('FM = floor((F + M + 1) / 2): F 5, M 4 gives FM 5 (Champions with R 4); F 1, M 2 gives FM 2', () => {
    const seg = rfmSegments(fakeScores([[4, 5, 4], [1, 1, 2], [1, 1, 1]]), { rules: RFM_FM_GRID_SEGMENTS });
    expect(seg.customers.map((c) => c.segment)).toEqual(['Champions', 'Hibernating', 'Lost']);
  });

  it('R rfm documentation: order matters (Potential Loyalist before Loyal Customers), unmatched are "Others"', () => {
    const seg = rfmSegments(fakeScores([[3, 3, 3], [2, 2, 2], [5, 5, 5], [2, 5, 1], [1, 1, 1]]), { rules: RFM_R_PACKAGE_SEGMENTS });
    expect(seg.customers.map((c) => [c.segment, c.rule])).toEqual([
      ['Potential Loyalist', 1], ['Loyal Customers', 2], ['Champions', 0], ['Others', null], ['Lost', 9],
    ]);
  });

  it('the shared constants cannot be changed', () => {
    expect(Object.isFrozen(RFM_R_PACKAGE_SEGMENTS.rules[0]?.recency)).toBe(true);
    expect(() => (RFM_R_PACKAGE_SEGMENTS.rules as unknown as unknown[]).push({})).toThrow();
  });
});

describe('rfmSegments: summaries', () => {
  const scores = rfmScores(
    [
      { customerId: 'a', recencyDays: 2, frequency: 4, monetary: '10.10' },
      { customerId: 'b', recencyDays: 8, frequency: 1, monetary: '0.20' },
      { customerId: 'c', recencyDays: 30, frequency: 5, monetary: '9.70' },
      { customerId: 'd', recencyDays: 90, frequency: 0, monetary: 0 },
    ],
    { analysisDate: D, recencyBins: { method: 'fixed', upperBounds: [7, 30, 60, 120] } },
  );
  const rules: RfmRuleSet = { name: 'mine', otherwise: 'Rest', rules: [{ segment: 'Fresh', recency: [4, 5] }, { segment: 'Empty', recency: [9, 9] }] };

  it('customers, orders, exact revenue and shares, median recency; empty segments listed', () => {
    const seg = rfmSegments(scores, { rules });
    expect(seg.segments).toEqual([
      { segment: 'Fresh', customers: 3, customerShare: 0.75, orders: 10, orderShare: 1, revenue: 20, revenueMinor: 2000, revenueShare: 1, medianRecencyDays: 8 },
      { segment: 'Empty', customers: 0, customerShare: 0, orders: 0, orderShare: 0, revenue: 0, revenueMinor: 0, revenueShare: 0, medianRecencyDays: null },
      { segment: 'Rest', customers: 1, customerShare: 0.25, orders: 0, orderShare: 0, revenue: 0, revenueMinor: 0, revenueShare: 0, medianRecencyDays: 90 },
    ]);
    expect(seg.settings).toEqual({ ruleSet: 'mine', otherwise: 'Rest', frequencyMonetary: 'floor((F + M + 1) / 2)', reference: null });
    expect(seg.reasons).toEqual([]);
  });

  it('a share whose total is not positive is null, with a reason', () => {
    const refunds = rfmScores([{ customerId: 'a', recencyDays: 1, frequency: 0, monetary: -5 }], { analysisDate: D });
    const seg = rfmSegments(refunds, { rules });
    expect(seg.segments[0]).toMatchObject({ customers: 1, orderShare: null, revenueShare: null, revenue: -5 });
    expect(seg.reasons).toEqual(['orderShare is null: the customers have no orders', 'revenueShare is null: total revenue is not positive (-500 minor units)']);
  });

  it('segments partition the customers; the result is JSON-serialisable', () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(fc.integer({ min: 1, max: 5 }), fc.integer({ min: 1, max: 5 }), fc.integer({ min: 1, max: 5 })), { minLength: 1, maxLength: 60 }), (cells) => {
        for (const set of [RFM_R_PACKAGE_SEGMENTS, RFM_FM_GRID_SEGMENTS, RFM_RF_MAP_SEGMENTS, RFM_IMPORTANCE_VALUE_SEGMENTS]) {
          const seg = rfmSegments(fakeScores(cells), { rules: set });
          expect(seg.segments.reduce((s, x) => s + x.customers, 0)).toBe(cells.length);
          expect(seg.segments.reduce((s, x) => s + x.customerShare, 0)).toBeCloseTo(1, 12);
          expect(JSON.parse(JSON.stringify(seg))).toEqual(seg);
        }
      }),
      { numRuns: 50 },
    );
  });
});

describe('rfmSegments: argument errors', () => {
  const scores = fakeScores([[1, 1, 1]]);
  it.each([
    [{ rules: null }, /`rfmSegments`: `options.rules` must be a rule set object, got null/],
    [{ rules: { name: 'x', rules: [{ segment: '' }] } }, /`options.rules.rules\[0\].segment` must be a non-blank string/],
    [{ rules: { name: 'x', rules: [{ segment: 'a', recency: [3, 2] }] } }, /`options.rules.rules\[0\].recency` must be an inclusive score range/],
    [{ rules: { name: 'x', rules: [{ segment: 'a', frequencyHigh: 'yes' }] } }, /`options.rules.rules\[0\].frequencyHigh` must be true or false, got "yes"/],
    [{ rules: RFM_IMPORTANCE_VALUE_SEGMENTS, reference: { recencyDays: 1, frequency: Number.NaN, monetary: 1 } }, /`options.reference.frequency` must be a finite number/],
    [null, /`options` must be an object with rules/],
  ])('options %#', (options, message) => {
    const e = errorOf(() => rfmSegments(scores, options as never));
    expect(e.code).toBe('INVALID_ARGUMENT');
    expect(e.message).toMatch(message);
  });

  it('scores that are not a result of rfmScores', () => {
    expect(errorOf(() => rfmSegments({} as never, { rules: RFM_RF_MAP_SEGMENTS })).message).toMatch(/`scores` must be a result of rfmScores/);
    const unsorted = { ...scores, customers: [...fakeScores([[1, 1, 1], [2, 2, 2]]).customers].reverse() };
    expect(errorOf(() => rfmSegments(unsorted, { rules: RFM_RF_MAP_SEGMENTS })).message).toMatch(/customers\[1\].customerId` must follow the previous id/);
    expect(errorOf(() => rfmSegments({ ...scores, customers: [] }, { rules: RFM_RF_MAP_SEGMENTS })).code).toBe('EMPTY_INPUT');
  });
});
