// Hand-computed cases: every status of the period 2024-03-01..2024-03-31 with a 30-day active window
// (start window 2024-01-31..2024-02-29, end window 2024-03-02..2024-03-31), worked in the comments.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isClienteleError } from '../../src/core/errors/isClienteleError';
import { retentionRate } from '../../src/loyalty/retentionRate';
import { indexTransactions } from '../../src/time/indexTransactions';
import { deepFreeze } from '../schemas/helpers';

const options = { periodStart: '2024-03-01', periodEnd: '2024-03-31', lostRule: { activeWindowDays: 30 } } as const;
const log = [
  { customerId: 'ret', date: '2024-02-10', amount: 10 }, { customerId: 'ret', date: '2024-03-15', amount: 10 }, // retained
  { customerId: 'lost', date: '2024-02-20', amount: 10 }, { customerId: 'lost', date: '2024-04-02', amount: 10 }, // lost (April not read)
  { customerId: 'edge', date: '2024-02-29', amount: 10 }, { customerId: 'edge', date: '2024-03-01', amount: 10 }, // in S; 03-01 is outside the end window: lost
  { customerId: 'new', date: '2024-03-05', amount: 10 }, // new
  { customerId: 'newGone', date: '2024-03-01', amount: 10 }, // acquired in the period, lapsed by its end
  { customerId: 'back', date: '2023-12-01', amount: 10 }, { customerId: 'back', date: '2024-03-20', amount: 10 }, // reactivated
  { customerId: 'old', date: '2023-06-01', amount: 10 }, // inactive
  { customerId: 'later', date: '2024-04-05', amount: 10 }, // acquired after the period
  { customerId: 'refund', date: '2024-03-10', amount: -5, returned: true }, // no purchase
  { customerId: 'bad', date: '2024-02-30', amount: 10 }, // rejected
];

describe('retentionRate', () => {
  it('counts every status and the rates by hand', () => {
    const r = retentionRate(log, options);
    // S = ret, lost, edge; E = ret, new, back; N = new. CRR = (3 − 1)/3; strict 1/3; churn 2/3; reactivation 1/3.
    expect(r.counts).toEqual({ atStart: 3, atEnd: 3, acquired: 1, acquiredLapsed: 1, retained: 1, lost: 2, reactivated: 1 });
    expect(r.customerRetentionRate).toBeCloseTo(2 / 3, 15);
    expect(r.strictRetentionRate).toBeCloseTo(1 / 3, 15);
    expect(r.churnRate).toBeCloseTo(2 / 3, 15);
    expect(r.reactivationRate).toBeCloseTo(1 / 3, 15);
    expect(r.reason).toBeNull();
    expect(r.customers.map((c) => [c.customerId, c.status])).toEqual([
      ['back', 'reactivated'], ['edge', 'lost'], ['lost', 'lost'], ['new', 'new'], ['newGone', 'newLapsed'], ['old', 'inactive'], ['ret', 'retained'],
    ]);
    expect(r.customers.find((c) => c.customerId === 'lost')?.lastPurchaseDate).toBe('2024-02-20');
    expect(r.excluded).toEqual({ acquiredAfterPeriod: 1, withoutPurchase: 1 });
    expect(r.rejected.map((x) => [x.index, x.field])).toEqual([[13, 'date']]);
    expect(r.settings).toMatchObject({
      periodStart: '2024-03-01', periodEnd: '2024-03-31', activeWindowDays: 30,
      startWindow: { from: '2024-01-31', to: '2024-02-29' }, endWindow: { from: '2024-03-02', to: '2024-03-31' },
    });
    expect(r.settings.rule).toMatch(/30 days ending on that date/);
    // CRR = strict + reactivation; churn = 1 − strict.
    expect(r.customerRetentionRate).toBeCloseTo((r.strictRetentionRate as number) + (r.reactivationRate as number), 15);
    expect(r.churnRate).toBeCloseTo(1 - (r.strictRetentionRate as number), 15);
  });

  it('a longer window keeps more customers active', () => {
    const r = retentionRate(log, { ...options, lostRule: { activeWindowDays: 120 } });
    // Start window 2023-11-01..2024-02-29 adds 'back' to S; end window 2023-12-03..2024-03-31.
    expect(r.counts).toMatchObject({ atStart: 4, retained: 4, lost: 0, reactivated: 0, acquired: 2 });
    expect(r.customerRetentionRate).toBe(1);
  });

  it('an empty start window: rates null with the reason; an index gives the same as rows', () => {
    const r = retentionRate([{ customerId: 'x', date: '2024-03-03', amount: 1 }], options);
    expect(r.counts).toEqual({ atStart: 0, atEnd: 1, acquired: 1, acquiredLapsed: 0, retained: 0, lost: 0, reactivated: 0 });
    expect([r.customerRetentionRate, r.strictRetentionRate, r.churnRate, r.reactivationRate]).toEqual([null, null, null, null]);
    expect(r.reason).toMatch(/S = 0/);
    expect(retentionRate(indexTransactions(log), options)).toEqual(retentionRate(log, options));
  });

  it('does not depend on row order and does not mutate the rows', () => {
    const row = fc.record({
      customerId: fc.constantFrom('a', 'b', 'c', 'd', 'e'),
      date: fc.integer({ min: 0, max: 150 }).map((d) => new Date(Date.UTC(2024, 0, 1 + d)).toISOString().slice(0, 10)),
      amount: fc.integer({ min: 1, max: 99 }),
    });
    fc.assert(
      fc.property(fc.array(row, { minLength: 1, maxLength: 30 }), fc.integer({ min: 1, max: 60 }), (rows, window) => {
        const frozen = deepFreeze(rows.map((r) => ({ ...r })));
        const o = { periodStart: '2024-02-15', periodEnd: '2024-04-10', lostRule: { activeWindowDays: window } };
        const r = retentionRate(frozen, o);
        expect(retentionRate([...frozen].reverse(), o)).toEqual(r);
        const c = r.counts;
        expect(c.atStart).toBe(c.retained + c.lost);
        for (const rate of [r.customerRetentionRate, r.churnRate]) if (rate !== null) expect(rate).toBeGreaterThanOrEqual(0);
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
    expect(message(() => retentionRate(log, null as never))).toBe('INVALID_ARGUMENT: `retentionRate`: `options` must be an object, got null');
    expect(message(() => retentionRate(log, { ...options, periodStart: '2024-13-01' }))).toBe('INVALID_ARGUMENT: `retentionRate`: `options.periodStart` must be a calendar date (yyyy-mm-dd or a Date), got "2024-13-01"');
    expect(message(() => retentionRate(log, { ...options, periodEnd: '2024-02-01' }))).toMatch(/`options.periodEnd` must not be before periodStart 2024-03-01/);
    expect(message(() => retentionRate(log, { ...options, lostRule: undefined as never }))).toMatch(/`options.lostRule` must be an object/);
    expect(message(() => retentionRate(log, { ...options, lostRule: { activeWindowDays: 2.5 } }))).toMatch(/`options.lostRule.activeWindowDays` must be a whole number of days at least 1, got 2.5/);
    expect(message(() => retentionRate(log, { ...options, lostRule: { activeWindowDays: '30' as never } }))).toMatch(/^INVALID_ARGUMENT/);
    expect(message(() => retentionRate([], options))).toBe('EMPTY_INPUT: `retentionRate`: `transactions` must not be empty');
    expect(message(() => retentionRate([{ customerId: 'a', date: 'x', amount: 1 }], options))).toMatch(/^EMPTY_INPUT: .*every row was rejected/);
  });
});
