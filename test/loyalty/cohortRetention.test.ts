// Hand-computed cohort tables (monthly, weekly and quarterly), worked in the comments.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isClienteleError } from '../../src/core/errors/isClienteleError';
import { cohortRetention } from '../../src/loyalty/cohortRetention';
import { deepFreeze } from '../schemas/helpers';

const row = (customerId: string, date: string, amount = 10) => ({ customerId, date, amount });

describe('cohortRetention', () => {
  it('monthly cohorts: active in k and retained through k, null past the data, empty cohorts kept', () => {
    const t = cohortRetention(
      [
        row('old', '2023-12-20'), row('old', '2024-02-02'), // acquired before `from`: in no cohort
        row('a', '2024-01-05'), row('a', '2024-01-25'), row('a', '2024-04-02'), // Jan cohort, active in k = 0 and 3
        row('b', '2024-01-20'), row('b', '2024-02-11'), // Jan cohort, k = 0, 1
        row('c', '2024-01-31'), // Jan cohort, k = 0
        row('d', '2024-02-14'), row('d', '2024-04-30'), row('d', '2024-05-01'), // Feb cohort, k = 0, 2 (May not read)
        { customerId: 'e', date: '2024-03-03', amount: -4, returned: true }, // a return is not a purchase
      ],
      { period: 'month', from: '2024-01-01', to: '2024-04-30' },
    );
    expect(t.periods).toEqual(['2024-01', '2024-02', '2024-03', '2024-04']);
    const jan = t.cohorts[0]!;
    expect(jan.size).toBe(3);
    expect(jan.activeCounts).toEqual([3, 1, 0, 1]);
    expect(jan.retainedCounts).toEqual([3, 2, 1, 1]); // a is retained through 3; b through 1
    expect(jan.active).toEqual([1, 1 / 3, 0, 1 / 3]);
    expect(jan.retained).toEqual([1, 2 / 3, 1 / 3, 1 / 3]);
    const feb = t.cohorts[1]!;
    expect(feb).toEqual({ cohort: '2024-02', size: 1, activeCounts: [1, 0, 1, null], active: [1, 0, 1, null], retainedCounts: [1, 1, 1, null], retained: [1, 1, 1, null] });
    expect(t.cohorts[2]).toEqual({ cohort: '2024-03', size: 0, activeCounts: [0, 0, null, null], active: [null, null, null, null], retainedCounts: [0, 0, null, null], retained: [null, null, null, null] });
    expect(t.cohorts[3]?.activeCounts).toEqual([0, null, null, null]);
    expect(t.acquiredBefore).toBe(1);
    expect(t.settings).toMatchObject({ period: 'month', from: '2024-01-01', to: '2024-04-30', firstPeriodComplete: true, lastPeriodComplete: true });
    expect(JSON.parse(JSON.stringify(t))).toEqual(t);
  });

  it('ISO weeks start on Monday; quarters; partial periods are flagged', () => {
    // 2024-01-01 is a Monday. Week of 2023-12-25 is partial (from = Sunday 2023-12-31).
    const w = cohortRetention([row('a', '2023-12-31'), row('a', '2024-01-07'), row('a', '2024-01-08'), row('b', '2024-01-02')], {
      period: 'week', from: '2023-12-31', to: '2024-01-09',
    });
    expect(w.periods).toEqual(['2023-12-25', '2024-01-01', '2024-01-08']);
    expect(w.cohorts[0]?.activeCounts).toEqual([1, 1, 1]);
    expect(w.cohorts[1]?.activeCounts).toEqual([1, 0, null]);
    expect(w.settings).toMatchObject({ firstPeriodComplete: false, lastPeriodComplete: false });
    const q = cohortRetention([row('a', '2023-11-15'), row('a', '2024-05-08'), row('b', '2024-03-31')], { period: 'quarter', from: '2023-10-01', to: '2024-06-30' });
    expect(q.periods).toEqual(['2023-Q4', '2024-Q1', '2024-Q2']);
    expect(q.cohorts[0]?.activeCounts).toEqual([1, 0, 1]);
    expect(q.cohorts[0]?.retainedCounts).toEqual([1, 1, 1]);
    expect(q.cohorts[1]?.activeCounts).toEqual([1, 0, null]);
    expect(q.settings).toMatchObject({ firstPeriodComplete: true, lastPeriodComplete: true });
  });

  it('a single customer and a window with no acquisitions', () => {
    const one = cohortRetention([row('solo', '2024-02-10')], { period: 'month', from: '2024-02-01', to: '2024-02-29' });
    expect(one.cohorts).toEqual([{ cohort: '2024-02', size: 1, activeCounts: [1], active: [1], retainedCounts: [1], retained: [1] }]);
    const none = cohortRetention([row('solo', '2023-02-10')], { period: 'month', from: '2024-02-01', to: '2024-03-31' });
    expect(none.cohorts.map((c) => c.size)).toEqual([0, 0]);
    expect(none.acquiredBefore).toBe(1);
  });

  it('properties: u ≥ r, u non-increasing, sizes add up, row order and input untouched', () => {
    const arbitraryRow = fc.record({
      customerId: fc.constantFrom('a', 'b', 'c', 'd', 'e', 'f'),
      date: fc.integer({ min: 0, max: 200 }).map((d) => new Date(Date.UTC(2024, 0, 1 + d)).toISOString().slice(0, 10)),
      amount: fc.integer({ min: 1, max: 9 }),
    });
    fc.assert(
      fc.property(fc.array(arbitraryRow, { minLength: 1, maxLength: 40 }), fc.constantFrom('week', 'month', 'quarter') as fc.Arbitrary<'week' | 'month' | 'quarter'>, (rows, period) => {
        const frozen = deepFreeze(rows.map((r) => ({ ...r })));
        const o = { period, from: '2024-01-15', to: '2024-06-20' };
        const t = cohortRetention(frozen, o);
        expect(cohortRetention([...frozen].reverse(), o)).toEqual(t);
        const customers = new Set(rows.filter((r) => r.date <= '2024-06-20').map((r) => r.customerId)).size; // later buyers are not read
        expect(t.cohorts.reduce((n, c) => n + c.size, 0) + t.acquiredBefore).toBe(customers);
        for (const c of t.cohorts) {
          expect(c.activeCounts.length).toBe(t.periods.length);
          for (let k = 0; k < c.activeCounts.length; k++) {
            const r = c.activeCounts[k];
            const u = c.retainedCounts[k];
            if (r === null) {
              expect(u).toBeNull();
              continue;
            }
            expect(u as number).toBeGreaterThanOrEqual(r as number);
            if (k > 0) expect(u as number).toBeLessThanOrEqual(c.retainedCounts[k - 1] as number);
          }
          if (c.size > 0) expect(c.active[0]).toBe(1);
        }
      }),
      { numRuns: 50 },
    );
  });

  it('throws on bad options', () => {
    const message = (o: unknown) => {
      try {
        cohortRetention([row('a', '2024-01-01')], o as never);
      } catch (e) {
        return isClienteleError(e) ? `${e.code}: ${e.message}` : 'other';
      }
      return 'none';
    };
    expect(message(undefined)).toBe('INVALID_ARGUMENT: `cohortRetention`: `options` must be an object, got undefined');
    expect(message({ period: 'year', from: '2024-01-01', to: '2024-02-01' })).toBe("INVALID_ARGUMENT: `cohortRetention`: `options.period` must be 'week', 'month' or 'quarter', got \"year\"");
    expect(message({ period: 'month', to: '2024-02-01' })).toMatch(/`options.from` must be a calendar date/);
    expect(message({ period: 'month', from: '2024-03-01', to: '2024-02-01' })).toMatch(/`options.to` must not be before from 2024-03-01/);
  });
});
