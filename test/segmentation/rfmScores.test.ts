import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { quantile } from '../../src/core/stats/quantile';
import { rfmScores } from '../../src/segmentation/rfmScores';
import type { RfmCustomerTotals } from '../../src/segmentation/rfmTypes';
import { errorOf } from '../errorOf';

const D = '2024-06-30';

function deepFreeze<T>(value: T): T {
  if (typeof value === 'object' && value !== null && !(value instanceof Date)) {
    for (const v of Object.values(value)) deepFreeze(v);
    Object.freeze(value);
  }
  return value;
}

describe('rfmScores: hand-computed R rfm conventions', () => {
  // recency 3, 15, 40, 200 (sorted); type-7 median (2 bins) = 15 + 0.5 * 25 = 27.5, break 28.5
  const totals: RfmCustomerTotals[] = [
    { customerId: 'b', recencyDays: 40, frequency: 2, monetary: '55.50' },
    { customerId: 'a', recencyDays: 3, frequency: 9, monetary: 410 },
    { customerId: 'd', lastPurchaseDate: '2024-06-15', frequency: 4, monetary: 120 },
    { customerId: 'c', recencyDays: 200, frequency: 1, monetary: 20 },
  ];

  it('two bins: median + 1 breaks, recency reversed, 100 R + 10 F + M, sorted by id', () => {
    const r = rfmScores(totals, { analysisDate: D, bins: 2 });
    expect(r.customers.map((c) => c.customerId)).toEqual(['a', 'b', 'c', 'd']);
    expect(r.customers.map((c) => c.score)).toEqual([222, 111, 111, 222]);
    expect(r.recency).toEqual({ method: 'quantile', bins: 2, breaks: [28.5], closed: 'left', reversed: true, min: 3, max: 200, customersByScore: [2, 2] });
    expect(r.frequency.breaks).toEqual([4]); // Q(0.5) of 1, 2, 4, 9 is 3; + 1: the customer with 4 is in the upper bin
    expect(r.monetary.breaks).toEqual([88.75]);
    expect(r.customers[3]).toEqual({
      customerId: 'd', recencyDays: 15, lastPurchaseDate: '2024-06-15', frequency: 4, monetary: 120, monetaryMinor: 12000,
      recencyScore: 2, frequencyScore: 2, monetaryScore: 2, score: 222,
    });
    expect(r.customers[1]?.monetaryMinor).toBe(5550);
    expect(r.conventions).toEqual({
      analysisDate: D, input: 'totals', frequency: 'given', returns: null, minorDigits: 2, currency: null, score: '100 R + 10 F + M',
    });
  });

  it('five bins of 1..10: breaks Q7(k/5) + 1 = 3.8, 5.6, 7.4, 9.2 (integer values <= q stay low)', () => {
    const rows = Array.from({ length: 10 }, (_, i) => ({ customerId: `c${i}`, recencyDays: i + 1, frequency: i + 1, monetary: i + 1 }));
    const r = rfmScores(rows, { analysisDate: D });
    expect(r.frequency.breaks?.map((b) => +b.toFixed(12))).toEqual([3.8, 5.6, 7.4, 9.2]);
    expect(r.customers.map((c) => c.frequencyScore)).toEqual([1, 1, 1, 2, 2, 3, 3, 4, 4, 5]);
    expect(r.customers.map((c) => c.recencyScore)).toEqual([5, 5, 5, 4, 4, 3, 3, 2, 2, 1]);
    expect(r.frequency.customersByScore).toEqual([3, 2, 2, 2, 1]);
  });

  it('all-equal values: every customer in the first bin (recency: score n); one customer works', () => {
    const rows = ['x', 'y', 'z'].map((customerId) => ({ customerId, recencyDays: 10, frequency: 3, monetary: 50 }));
    const r = rfmScores(rows, { analysisDate: D });
    expect(r.customers.map((c) => c.score)).toEqual([511, 511, 511]);
    expect(r.frequency.breaks).toEqual([4, 4, 4, 4]);
    expect(r.frequency.customersByScore).toEqual([3, 0, 0, 0, 0]);
    expect(rfmScores([rows[0] as RfmCustomerTotals], { analysisDate: D }).customers[0]?.score).toBe(511);
  });

  it('custom breaks are used as given (no + 1), lower-inclusive; fixed bounds are upper-inclusive', () => {
    const rows = [7, 8, 30, 31, 90, 200].map((d, i) => ({ customerId: `c${i}`, recencyDays: d, frequency: d, monetary: 1 }));
    const custom = rfmScores(rows, { analysisDate: D, recencyBins: [8, 31], frequencyBins: { method: 'breaks', breaks: [8, 31] } });
    expect(custom.customers.map((c) => c.recencyScore)).toEqual([3, 2, 2, 1, 1, 1]);
    expect(custom.customers.map((c) => c.frequencyScore)).toEqual([1, 2, 2, 3, 3, 3]);
    const fixed = rfmScores(rows, { analysisDate: D, recencyBins: { method: 'fixed', upperBounds: [7, 30, 90, 180] } });
    expect(fixed.customers.map((c) => c.recencyScore)).toEqual([5, 4, 4, 3, 3, 1]);
    expect(fixed.recency.closed).toBe('right');
    expect(fixed.recency.customersByScore).toEqual([1, 0, 2, 2, 1]);
  });

  it('equal-count bins: NTILE sizes (first bins take the remainder), ties broken by customer id not row order', () => {
    const rows = ['g', 'f', 'e', 'd', 'c', 'b', 'a'].map((customerId) => ({ customerId, recencyDays: 1, frequency: 5, monetary: 1 }));
    const r = rfmScores(rows, { analysisDate: D, frequencyBins: { method: 'equalCount', bins: 5 } });
    expect(r.customers.map((c) => [c.customerId, c.frequencyScore])).toEqual([
      ['a', 1], ['b', 1], ['c', 2], ['d', 2], ['e', 3], ['f', 4], ['g', 5],
    ]);
    expect(r.frequency.breaks).toBeNull();
    expect(r.frequency.customersByScore).toEqual([2, 2, 1, 1, 1]);
  });
});

describe('rfmScores: transactions', () => {
  const rows = [
    { customerId: 'a', date: '2024-06-01', amount: '10.00' },
    { customerId: 'a', date: '2024-06-01', amount: '5.00' },
    { customerId: 'a', date: '2024-06-20', amount: '7.50', returned: true },
    { customerId: 'a', date: '2024-05-01', amount: '20.00' },
    { customerId: 'b', date: '2024-06-25', amount: '3.00' },
    { customerId: 'b', date: '2024-07-02', amount: '100.00' },
    { customerId: 'c', date: '2024-06-10', amount: '4.00', returned: true },
    { customerId: 'd', date: '2024-02-30', amount: '1.00' },
    { customerId: 'e', date: '2024-07-05', amount: '1.00' },
  ];

  it('returns are no purchase (netted by default), rows after the analysis date and return-only customers are rejected', () => {
    const r = rfmScores(rows, { analysisDate: D });
    expect(r.conventions).toMatchObject({ input: 'transactions', frequency: 'rows', returns: 'net', minorDigits: 2 });
    expect(r.customers.map((c) => [c.customerId, c.recencyDays, c.frequency, c.monetaryMinor, c.lastPurchaseDate])).toEqual([
      ['a', 29, 3, 2750, '2024-06-01'],
      ['b', 5, 1, 300, '2024-06-25'],
    ]);
    expect(r.rejected).toEqual([
      { index: 5, field: 'date', reason: 'is after the analysis date', value: '2024-07-02' },
      { index: 6, field: 'customerId', reason: 'has no purchase on or before the analysis date (only returns)', value: 'c' },
      { index: 7, field: 'date', reason: expect.stringMatching(/calendar date/) as unknown as string, value: '2024-02-30' },
      { index: 8, field: 'date', reason: 'is after the analysis date', value: '2024-07-05' },
    ]);
  });

  it("frequency 'days' counts distinct purchase days; returns 'exclude' leaves returns out of monetary value", () => {
    const r = rfmScores(rows, { analysisDate: D, frequency: 'days', returns: 'exclude' });
    expect(r.customers.map((c) => [c.customerId, c.frequency, c.monetaryMinor])).toEqual([['a', 2, 3500], ['b', 1, 300]]);
  });
});

describe('rfmScores: rejected totals', () => {
  it('reports bad rows and every row of a duplicated id; the others are scored as without them', () => {
    const good = [
      { customerId: 'a', recencyDays: 1, frequency: 1, monetary: 1 },
      { customerId: 'b', recencyDays: 2, frequency: 2, monetary: 2 },
    ];
    const bad = [
      { customerId: 'x', recencyDays: 5, frequency: 1, monetary: 1 },
      { customerId: ' ', recencyDays: 1, frequency: 1, monetary: 1 },
      { customerId: 'y', frequency: 1, monetary: 1 },
      { customerId: 'z', recencyDays: -1, frequency: 1, monetary: 1 },
      { customerId: 'w', recencyDays: 1, frequency: 1.5, monetary: 1 },
      { customerId: 'v', recencyDays: 1, frequency: 1, monetary: '1.005' },
      { customerId: 'u', lastPurchaseDate: '2024-07-01', frequency: 1, monetary: 1 },
      { customerId: 't', recencyDays: 3, lastPurchaseDate: '2024-06-28', frequency: 1, monetary: 1 },
      null,
      { customerId: 'x', recencyDays: 9, frequency: 1, monetary: 1 },
    ];
    const r = rfmScores([...good, ...bad] as RfmCustomerTotals[], { analysisDate: D });
    expect(r.rejected.map((x) => [x.index, x.field])).toEqual([
      [2, 'customerId'], [3, 'customerId'], [4, 'recencyDays'], [5, 'recencyDays'], [6, 'frequency'], [7, 'monetary'],
      [8, 'lastPurchaseDate'], [9, 'recencyDays'], [10, 'row'], [11, 'customerId'],
    ]);
    expect(r.rejected[0]?.reason).toMatch(/more than once/);
    expect(r.customers).toEqual(rfmScores(good, { analysisDate: D }).customers);
  });
});

describe('rfmScores: argument errors', () => {
  const rows = [{ customerId: 'a', recencyDays: 1, frequency: 1, monetary: 1 }];
  it.each([
    [undefined, /`rfmScores`: `options` must be an object with an analysisDate, got undefined/],
    [null, /`options` must be an object/],
    [{}, /`options.analysisDate` must be a calendar date .*got undefined/],
    [{ analysisDate: '2024-02-30' }, /`options.analysisDate` must be a calendar date/],
    [{ analysisDate: D, bins: 10 }, /`options.bins` must be an integer 1-9.*got 10/],
    [{ analysisDate: D, bins: '5' }, /`options.bins` must be an integer 1-9, got "5"/],
    [{ analysisDate: D, recencyBins: [5, 3] }, /`options.recencyBins\[1\]` must not be below the previous threshold 5, got 3/],
    [{ analysisDate: D, monetaryBins: { method: 'kmeans' } }, /`options.monetaryBins.method` must be 'quantile', 'breaks', 'equalCount' or 'fixed'/],
    [{ analysisDate: D, frequencyBins: { method: 'fixed', upperBounds: [1, Number.NaN] } }, /`options.frequencyBins.upperBounds\[1\]` must be a finite number/],
    [{ analysisDate: D, frequency: 'orders' }, /`options.frequency` must be 'rows' or 'days', got "orders"/],
    [{ analysisDate: D, returns: 'keep' }, /`options.returns` must be 'net' or 'exclude'/],
    [{ analysisDate: D, minorDigits: 1.5 }, /`options.minorDigits`/],
  ])('options %j', (options, message) => {
    const e = errorOf(() => rfmScores(rows, options as never));
    expect(e.code).toBe('INVALID_ARGUMENT');
    expect(e.message).toMatch(message);
  });

  it('nothing to score: EMPTY_INPUT', () => {
    expect(errorOf(() => rfmScores([], { analysisDate: D }))).toEqual({ code: 'EMPTY_INPUT', message: expect.stringMatching(/`rfmScores`: `input`/) });
    expect(errorOf(() => rfmScores([{ customerId: '', recencyDays: 1, frequency: 1, monetary: 1 }], { analysisDate: D })).code).toBe('EMPTY_INPUT');
  });

  it('an input that is neither rows nor an index', () => {
    expect(errorOf(() => rfmScores(42 as never, { analysisDate: D })).code).toBe('INVALID_ARGUMENT');
  });
});

describe('rfmScores: properties', () => {
  const totalsArb = fc.uniqueArray(
    fc.record({
      customerId: fc.string({ minLength: 1, maxLength: 4 }).filter((s) => s.trim() === s && s.length > 0),
      recencyDays: fc.integer({ min: 0, max: 60 }),
      frequency: fc.integer({ min: 0, max: 12 }),
      monetary: fc.integer({ min: -500, max: 5000 }).map((c) => c / 100),
    }),
    { minLength: 1, maxLength: 40, selector: (r) => r.customerId },
  );
  const methods = fc.constantFrom<'quantile' | 'equalCount'>('quantile', 'equalCount');

  it('row order does not matter; inputs are not mutated', () => {
    fc.assert(
      fc.property(totalsArb, methods, fc.integer({ min: 1, max: 9 }), (rows, method, bins) => {
        const options = { analysisDate: D, bins, recencyBins: { method }, frequencyBins: { method }, monetaryBins: { method } } as const;
        const frozen = deepFreeze(rows.map((r) => ({ ...r })));
        const a = rfmScores(frozen, options);
        const b = rfmScores([...rows].reverse(), options);
        expect(b).toEqual(a);
      }),
      { numRuns: 60 },
    );
  });

  it('quantile bins: equal values share a score, scores are monotone in the value, bins partition the customers', () => {
    fc.assert(
      fc.property(totalsArb, fc.integer({ min: 1, max: 9 }), (rows, bins) => {
        const r = rfmScores(rows, { analysisDate: D, bins });
        for (const [dim, value, score] of [
          ['recency', 'recencyDays', 'recencyScore'],
          ['frequency', 'frequency', 'frequencyScore'],
          ['monetary', 'monetary', 'monetaryScore'],
        ] as const) {
          const sign = dim === 'recency' ? -1 : 1;
          for (const x of r.customers) {
            expect(x[score]).toBeGreaterThanOrEqual(1);
            expect(x[score]).toBeLessThanOrEqual(bins);
            for (const y of r.customers) {
              if (x[value] === y[value]) expect(x[score]).toBe(y[score]);
              if (x[value] < y[value]) expect(sign * (y[score] - x[score])).toBeGreaterThanOrEqual(0);
            }
          }
          const counts = r[dim].customersByScore;
          expect(counts).toHaveLength(bins);
          expect(counts.reduce((s, c) => s + c, 0)).toBe(r.customers.length);
        }
        for (const x of r.customers) expect(x.score).toBe(100 * x.recencyScore + 10 * x.frequencyScore + x.monetaryScore);
      }),
      { numRuns: 60 },
    );
  });

  it('quantile breaks (found by selection, not a sort) equal the type-7 quantile of the sorted values + 1', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: -50, max: 50 }), { minLength: 1, maxLength: 300 }), fc.integer({ min: 2, max: 9 }), (values, bins) => {
        const rows = values.map((v, i) => ({ customerId: `c${i}`, recencyDays: 0, frequency: 0, monetary: v / 4 }));
        const r = rfmScores(rows, { analysisDate: D, bins });
        const major = values.map((v) => v / 4);
        r.monetary.breaks?.forEach((b, k) => expect(b).toBeCloseTo(quantile(major, (k + 1) / bins) + 1, 9));
        expect([r.monetary.min, r.monetary.max]).toEqual([Math.min(...major), Math.max(...major)]);
      }),
      { numRuns: 80 },
    );
  });
});
