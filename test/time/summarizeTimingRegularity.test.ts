/**
 * summarizeTimingRegularity and withTimingRegularity: hand-computed `litt` values, the conventions shared
 * with summarizeTransactions (same-day merge, returns, calibration cut, rejected rows), and the CDNOW sample
 * against the independent Python computation of scripts/fixtures/mbgcnbd_reference.py.
 */
import { describe, expect, it } from 'vitest';
import { fitModel } from '../../src/clv/fitModel';
import { mbgCnbdK } from '../../src/clv/mbgCnbdK/index';
import { summarizeTimingRegularity } from '../../src/time/summarizeTimingRegularity';
import { summarizeTransactions } from '../../src/time/summarizeTransactions';
import { withTimingRegularity } from '../../src/time/withTimingRegularity';
import { errorOf } from '../errorOf';
import { cdnowTiming, cdnowTimed, mbgcnbdReference } from '../clv/mbgCnbdK/cdnowTiming';

const log = [
  { customerId: 'a', date: '1997-01-01', amount: 10 },
  { customerId: 'a', date: '1997-01-01', amount: 5 },
  { customerId: 'a', date: '1997-01-15', amount: 20 },
  { customerId: 'a', date: '1997-02-12', amount: 7 },
  { customerId: 'b', date: '1997-02-05', amount: 9 },
];

describe('summarizeTimingRegularity', () => {
  it('sums the logs of the inter-purchase times in the unit, merging same-day rows (hand-computed)', () => {
    const timing = summarizeTimingRegularity(log, { unit: 'week' });
    // a: 1997-01-01 → 01-15 → 02-12: 2 and 4 weeks (the two rows of 01-01 are one purchase).
    expect(timing.customers).toEqual([
      { customerId: 'a', frequency: 2, litt: Math.log(2) + Math.log(4) },
      { customerId: 'b', frequency: 0, litt: 0 },
    ]);
    expect(timing.customers[0]?.litt).toBe(2.0794415416798357);
    // In days: ln 14 + ln 28.
    expect(summarizeTimingRegularity(log, { unit: 'day' }).customers[0]?.litt).toBeCloseTo(Math.log(14) + Math.log(28), 14);
    expect(timing.options.unit).toBe('week');
    expect(timing.rejected).toEqual([]);
  });

  it('counts only purchases up to the calibration end', () => {
    const timing = summarizeTimingRegularity(log, { unit: 'week', calibrationEnd: '1997-01-20' });
    // b's first purchase is after the calibration end: no calibration record, as in summarizeTransactions.
    expect(timing.customers).toEqual([{ customerId: 'a', frequency: 1, litt: Math.log(2) }]);
  });

  it('reports the rows summarizeTransactions rejects, and does not count returns as purchases', () => {
    const rows = [
      ...log,
      { customerId: 'a', date: '1997-13-01', amount: 3 }, // invalid date
      { customerId: 'b', date: '1997-01-03', amount: -4 }, // return before any purchase of b
      { customerId: 'a', date: '1997-01-20', amount: -5 }, // return netted: not a purchase
      { customerId: 'a', date: '1997-03-01', amount: 1 }, // after the observation end
    ];
    const options = { unit: 'week', observationEnd: '1997-02-28' } as const;
    const timing = summarizeTimingRegularity(rows, options);
    const summary = summarizeTransactions(rows, options);
    expect(timing.rejected).toEqual(summary.rejected);
    expect(timing.rejected.map((r) => r.index)).toEqual([5, 6, 8]);
    expect(timing.customers[0]).toEqual({ customerId: 'a', frequency: 2, litt: Math.log(2) + Math.log(4) });
    expect(timing.customers.map((c) => c.frequency)).toEqual(summary.customers.map((c) => c.frequency));
  });

  it("merges purchases of one calendar week with mergeBy 'unit' and measures whole weeks", () => {
    const rows = [
      { customerId: 1, date: '2024-01-01', amount: 1 }, // Monday, ISO week 1
      { customerId: 1, date: '2024-01-05', amount: 1 }, // same week: merged
      { customerId: 1, date: '2024-01-22', amount: 1 }, // 3 weeks later
      { customerId: 1, date: '2024-01-30', amount: 1 }, // next week
    ];
    const timing = summarizeTimingRegularity(rows, { unit: 'week', mergeBy: 'unit' });
    expect(timing.customers).toEqual([{ customerId: 1, frequency: 2, litt: Math.log(3) + Math.log(1) }]);
  });

  it('measures calendar months so that the inter-purchase times add up to the recency', () => {
    const rows = [
      { customerId: 'm', date: '2024-01-31', amount: 1 },
      { customerId: 'm', date: '2024-02-29', amount: 1 },
      { customerId: 'm', date: '2024-03-31', amount: 1 },
      { customerId: 'm', date: '2024-05-15', amount: 1 },
    ];
    const options = { unit: 'month', monthLength: 'calendar' } as const;
    const data = withTimingRegularity(summarizeTransactions(rows, options), summarizeTimingRegularity(rows, options));
    const c = data.customers[0]!;
    expect(c.frequency).toBe(3);
    // The mean of the logs is at most the log of the mean gap: the model accepts it for k > 1.
    expect(c.litt).toBeLessThanOrEqual(3 * Math.log(c.recency / 3));
    expect(Number.isFinite(mbgCnbdK(2).logLikelihoodOf({ r: 1, alpha: 1, a: 1, b: 1 }, c))).toBe(true);
  });

  it('sorts customers by id (numbers first) and does not depend on the row order', () => {
    const rows = [
      { customerId: 'z', date: '2024-01-01', amount: 1 },
      { customerId: 10, date: '2024-01-02', amount: 1 },
      { customerId: 'b', date: '2024-01-03', amount: 1 },
      { customerId: 9, date: '2024-01-04', amount: 1 },
      { customerId: 10, date: '2024-01-12', amount: 1 },
      { customerId: 'b', date: '2024-02-03', amount: 1 },
      { customerId: 'b', date: '2024-02-13', amount: 1 },
    ];
    const timing = summarizeTimingRegularity(rows, { unit: 'day' });
    expect(timing.customers.map((c) => c.customerId)).toEqual([9, 10, 'b', 'z']);
    expect(summarizeTimingRegularity([...rows].reverse(), { unit: 'day' })).toEqual(timing);
    expect(timing.customers[2]).toEqual({ customerId: 'b', frequency: 2, litt: Math.log(31) + Math.log(10) });
  });

  it('matches the independent Python computation on the CDNOW sample (litt to 1e-12, Wheat & Morrison)', () => {
    const python = mbgcnbdReference.cdnow.customers;
    expect(cdnowTiming.customers).toHaveLength(Object.keys(python).length);
    for (const c of cdnowTimed.customers) {
      const [x, txDays, TDays, litt] = python[c.customerId]!;
      expect(c.frequency).toBe(x);
      expect(Math.abs(c.recency - txDays / 7)).toBeLessThan(1e-12);
      expect(Math.abs(c.T - TDays / 7)).toBeLessThan(1e-12);
      expect(Math.abs(c.litt - litt)).toBeLessThan(1e-12);
    }
    expect(cdnowTiming.regularity.customers).toBe(mbgcnbdReference.cdnow.wheatMorrison.customers);
    expect(Math.abs((cdnowTiming.regularity.k as number) - mbgcnbdReference.cdnow.wheatMorrison.k)).toBeLessThan(1e-12);
    // Close to 1: no regularity in CDNOW (the k = 1 that fitMbgCnbdK chooses).
    expect(cdnowTiming.regularity.k).toBeGreaterThan(0.9);
    expect(cdnowTiming.regularity.k).toBeLessThan(1.2);
  });

  it('throws on empty input, a non-array and when every row is rejected', () => {
    expect(errorOf(() => summarizeTimingRegularity([])).code).toBe('EMPTY_INPUT');
    expect(errorOf(() => summarizeTimingRegularity('rows' as never)).message).toBe('`summarizeTimingRegularity`: `transactions` must be an array, got "rows"');
    expect(errorOf(() => summarizeTimingRegularity([{ customerId: 'a', date: 'never', amount: 1 }])).code).toBe('ALL_ROWS_REJECTED');
  });
});

describe('withTimingRegularity', () => {
  it('adds litt by customerId, keeps the summary order and fields, and fits as a summary', () => {
    const summary = summarizeTransactions(log, { unit: 'week' });
    const timing = summarizeTimingRegularity(log, { unit: 'week' });
    const data = withTimingRegularity(summary, { ...timing, customers: [...timing.customers].reverse() });
    expect(data.customers).toEqual(summary.customers.map((c) => ({ ...c, litt: c.customerId === 'a' ? Math.log(8) : 0 })));
    expect(summary.customers[0]).not.toHaveProperty('litt');
    expect(fitModel(mbgCnbdK(2), cdnowTimed).timeUnit).toBe('week');
    expect(fitModel(mbgCnbdK(2), cdnowTimed.customers).timeUnit).toBe('week');
    expect(data.options).toBe(summary.options);
  });

  it('refuses disagreeing settings, a missing customer and different frequencies', () => {
    const summary = summarizeTransactions(log, { unit: 'week' });
    expect(errorOf(() => withTimingRegularity(summary, summarizeTimingRegularity(log, { unit: 'day' }))).message).toBe(
      '`withTimingRegularity`: `timing.options.unit` must equal the summary\'s unit "week" (compute both from the same log with the same options), got "day"',
    );
    const timing = summarizeTimingRegularity(log, { unit: 'week' });
    expect(errorOf(() => withTimingRegularity(summary, { ...timing, customers: timing.customers.slice(1) })).message).toContain(
      '`summary.customers[0].customerId` must have a record in timing.customers',
    );
    const wrong = { ...timing, customers: timing.customers.map((c) => ({ ...c, frequency: c.frequency + 1 })) };
    expect(errorOf(() => withTimingRegularity(summary, wrong)).message).toContain('`summary.customers[0].frequency` must equal the timing record\'s frequency 3');
  });

  it('refuses a summary whose notInCalibration or rejected list is not an array (a NaN was echoed into the result)', () => {
    const summary = summarizeTransactions(log, { unit: 'week' });
    const timing = summarizeTimingRegularity(log, { unit: 'week' });
    expect(errorOf(() => withTimingRegularity({ ...summary, notInCalibration: NaN as never }, timing)).message).toBe(
      '`withTimingRegularity`: `summary.notInCalibration` must be an array, as summarizeTransactions returns it (pass its result unchanged), got NaN',
    );
    expect(errorOf(() => withTimingRegularity({ ...summary, rejected: Infinity as never }, timing)).message).toContain('`summary.rejected` must be an array');
  });
});
