// Hand-computed lifetimes under a 30-day lapse rule with the analysis date 2024-06-30, worked in the comments.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isClienteleError } from '../../src/core/errors/isClienteleError';
import { kaplanMeier } from '../../src/loyalty/kaplanMeier';
import { lifetimesFromTransactions } from '../../src/loyalty/lifetimesFromTransactions';
import { deepFreeze } from '../schemas/helpers';

const row = (customerId: string, date: string, amount = 10) => ({ customerId, date, amount });
const options = { analysisDate: '2024-06-30', lapseDays: 30 } as const;

describe('lifetimesFromTransactions', () => {
  it('lapse days, censoring, gaps of exactly L, reactivation', () => {
    const l = lifetimesFromTransactions(
      [
        row('once', '2024-01-01'), // lapses 2024-01-31: time 30, event
        row('exact', '2024-03-01'), row('exact', '2024-03-31'), row('exact', '2024-04-30'), // gaps of exactly 30: lapse 2024-05-30, time 90
        row('back', '2024-02-01'), row('back', '2024-03-05'), row('back', '2024-06-01'), // gap 33 > 30: lapse 2024-03-02, time 30, reactivated
        row('active', '2024-05-01'), row('active', '2024-06-15'), // gap 45: lapse 2024-05-31, time 30, reactivated
        row('recent', '2024-04-10'), row('recent', '2024-06-05'), row('recent', '2024-06-05'), // censored? gap 56 → lapse 2024-05-10
        row('edge', '2024-05-31'), // lapse day 2024-06-30 = analysis date: an event, time 30
        row('open', '2024-06-01'), // lapse 2024-07-01 is after the analysis date: censored at 29 days
        row('future', '2024-07-04'), // after the analysis date
        { customerId: 'refund', date: '2024-03-01', amount: -3, returned: true },
      ],
      options,
    );
    expect(l.observations.map((o) => [o.id, o.time, o.event, o.lapseDate, o.reactivated])).toEqual([
      ['active', 30, true, '2024-05-31', true],
      ['back', 30, true, '2024-03-02', true],
      ['edge', 30, true, '2024-06-30', false],
      ['exact', 90, true, '2024-05-30', false],
      ['once', 30, true, '2024-01-31', false],
      ['open', 29, false, null, false],
      ['recent', 30, true, '2024-05-10', true],
    ]);
    expect(l.observations.find((o) => o.id === 'exact')).toMatchObject({ firstPurchaseDate: '2024-03-01', lastPurchaseDate: '2024-04-30' });
    expect(l.excluded).toEqual({ acquiredAfterAnalysisDate: 1, withoutPurchase: 1 });
    expect(l.settings).toMatchObject({ analysisDate: '2024-06-30', lapseDays: 30, unit: 'day' });
    expect(l.settings.rule).toMatch(/censored/);
  });

  it('a still-active customer is censored at the analysis date', () => {
    const l = lifetimesFromTransactions([row('a', '2024-01-01'), row('a', '2024-01-20'), row('a', '2024-06-20')], { analysisDate: '2024-06-30', lapseDays: 200 });
    expect(l.observations).toEqual([
      { id: 'a', time: 181, event: false, firstPurchaseDate: '2024-01-01', lastPurchaseDate: '2024-06-20', lapseDate: null, reactivated: false },
    ]);
    // All censored: Kaplan-Meier survival stays 1 and the median is absent.
    const km = kaplanMeier(l.observations);
    expect(km.overall.steps).toEqual([]);
    expect(km.overall.median.time).toBeNull();
  });

  it('feeds kaplanMeier: the curve by hand', () => {
    // Lifetimes 30 (event), 30 (event), 60 (event), 100 (censored): S(30) = 1 − 2/4 = 0.5, S(60) = 0.5·(1 − 1/2) = 0.25.
    const l = lifetimesFromTransactions(
      [row('a', '2024-01-01'), row('b', '2024-02-01'), row('c', '2024-01-01'), row('c', '2024-01-31'), row('d', '2024-03-22'), row('d', '2024-04-20'), row('d', '2024-05-20'), row('d', '2024-06-15')],
      options,
    );
    expect(l.observations.map((o) => [o.time, o.event])).toEqual([[30, true], [30, true], [60, true], [100, false]]);
    const km = kaplanMeier(l.observations);
    expect(km.overall.steps.map((s) => [s.time, s.atRisk, s.events, s.survival])).toEqual([[30, 4, 2, 0.5], [60, 2, 1, 0.25]]);
    expect(km.overall.median.time).toBe(30);
  });

  it('properties: row order, input untouched, events last at least L days', () => {
    const arbitraryRow = fc.record({
      customerId: fc.constantFrom('a', 'b', 'c', 'd'),
      date: fc.integer({ min: 0, max: 180 }).map((d) => new Date(Date.UTC(2024, 0, 1 + d)).toISOString().slice(0, 10)),
      amount: fc.integer({ min: 1, max: 9 }),
    });
    fc.assert(
      fc.property(fc.array(arbitraryRow, { minLength: 1, maxLength: 30 }), fc.integer({ min: 1, max: 90 }), (rows, lapseDays) => {
        const frozen = deepFreeze(rows.map((r) => ({ ...r })));
        const o = { analysisDate: '2024-05-31', lapseDays };
        const l = lifetimesFromTransactions(frozen, o);
        expect(lifetimesFromTransactions([...frozen].reverse(), o)).toEqual(l);
        for (const x of l.observations) {
          expect(x.time).toBeGreaterThanOrEqual(0);
          if (x.event) expect(x.time).toBeGreaterThanOrEqual(lapseDays);
        }
      }),
      { numRuns: 50 },
    );
  });

  it('throws on bad options and an empty log', () => {
    const message = (f: () => unknown) => {
      try {
        f();
      } catch (e) {
        return isClienteleError(e) ? `${e.code}: ${e.message}` : 'other';
      }
      return 'none';
    };
    const rows = [row('a', '2024-01-01')];
    expect(message(() => lifetimesFromTransactions(rows, null as never))).toBe('INVALID_ARGUMENT: `lifetimesFromTransactions`: `options` must be an object, got null');
    expect(message(() => lifetimesFromTransactions(rows, { analysisDate: 'soon', lapseDays: 30 }))).toMatch(/`options.analysisDate` must be a calendar date/);
    expect(message(() => lifetimesFromTransactions(rows, { analysisDate: '2024-06-30', lapseDays: 0 }))).toMatch(/`options.lapseDays` must be a whole number of days at least 1, got 0/);
    expect(message(() => lifetimesFromTransactions([], options))).toMatch(/^EMPTY_INPUT/);
  });
});
