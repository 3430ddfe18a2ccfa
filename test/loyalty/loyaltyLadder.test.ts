import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { loyaltyLadder, type LoyaltyLadderRecords } from '../../src/loyalty/loyaltyLadder';
import { deepFreeze } from '../schemas/helpers';

const buy = (customerId: string, ...dates: string[]) => dates.map((date) => ({ customerId, date, amount: 10 }));

const records: LoyaltyLadderRecords = {
  customers: [{ customerId: 'lead' }, { customerId: 'quiet' }, { customerId: 'fan' }],
  interactions: [
    { customerId: 'lead', date: '2024-05-02', kind: 'Enquiry' },
    { customerId: 'fan', date: '2024-05-20', kind: 'referral' },
    { customerId: 'late', date: '2024-07-01', kind: 'enquiry' },
  ],
  surveys: [
    { respondentId: 'promo', date: '2024-05-15', answers: { recommend: 10 } },
    { respondentId: 'regular', date: '2024-05-15', answers: { recommend: 8 } },
    { respondentId: 'regular', date: '2024-05-16', answers: { recommend: 11 } },
  ],
  transactions: [
    ...buy('once', '2024-05-10'),
    ...buy('fan', '2024-03-01', '2024-04-01', '2024-05-01'),
    ...buy('promo', '2024-04-01', '2024-04-20'),
    ...buy('regular', '2024-01-01', '2024-01-01', '2024-02-01', '2024-03-01'),
    { customerId: 'regular', date: '2024-03-15', amount: '5.00', returned: true },
    ...buy('future', '2024-06-15'),
  ],
};

describe('loyaltyLadder', () => {
  it('places every known customer on its rung and flags lapsed buyers (hand-checked)', () => {
    const r = loyaltyLadder(records, { asOf: '2024-06-01', npsItem: 'recommend' });
    const row = (id: string) => r.customers.find((c) => c.customerId === id);
    expect(r.customers.map((c) => [c.customerId, c.stage])).toEqual([
      ['fan', 'advocacy'],
      ['lead', 'expectation'],
      ['once', 'firstPurchase'],
      ['promo', 'advocacy'],
      ['quiet', 'doubt'],
      ['regular', 'repeatPurchase'],
    ]);
    // gaps up to 2024-06-01: fan 31, 30; promo 19; regular 31, 29 (same-day purchases merged, the return is no purchase)
    expect(r.conventions.populationMedianInterPurchaseDays).toBe(30);
    // regular: own median of (31, 29) = 30, limit 60, 92 days since 2024-03-01: lapsed but still a repeat buyer
    expect(row('regular')).toMatchObject({ purchases: 3, lapsed: true, daysSinceLastPurchase: 92, activity: { basis: 'own cadence', limit: 60 } });
    // promo: 2 purchases, population cadence 2 x 30 = 60 > 42 days
    expect(row('promo')).toMatchObject({ lapsed: false, advocacyEvidence: ['promoter'], activity: { basis: 'population cadence', limit: 60 } });
    expect(row('once')).toMatchObject({ lapsed: false, daysSinceLastPurchase: 22 });
    expect(row('lead')).toMatchObject({ lapsed: null, engaged: true });
    expect(r.stages.repeatPurchase).toEqual({ count: 1, share: 1 / 6, lapsed: 1 });
    expect(r.rejected.surveys).toEqual([{ index: 2, field: 'answers.recommend', reason: 'must be an integer 0-10', value: 11 }]);
    expect(row('late')).toBeUndefined();
    expect(row('future')).toBeUndefined();
  });

  it('moves with the date: earlier, the fan was a first-time buyer and the lead unknown', () => {
    const r = loyaltyLadder(records, { asOf: '2024-03-15', npsItem: 'recommend' });
    expect(r.customers.find((c) => c.customerId === 'fan')?.stage).toBe('firstPurchase');
    expect(r.customers.find((c) => c.customerId === 'lead')?.stage).toBe('doubt');
    expect(r.asOf).toBe('2024-03-15');
  });

  it('takes other activity rules: fixed days, and P(alive) with undecidable customers as null', () => {
    const days = loyaltyLadder(records, { asOf: '2024-06-01', npsItem: 'recommend', activity: { rule: 'days', days: 30 } });
    expect(days.customers.find((c) => c.customerId === 'fan')?.lapsed).toBe(true);
    const withP = loyaltyLadder(
      { ...records, pAlive: [{ customerId: 'fan', value: 0.9 }, { customerId: 'regular', value: 0.1 }, { customerId: 'x', value: 2 }] },
      { asOf: '2024-06-01', npsItem: 'recommend', activity: { rule: 'pAlive', threshold: 0.5 } },
    );
    const lapsed = Object.fromEntries(withP.customers.map((c) => [c.customerId, c.lapsed]));
    expect(lapsed).toMatchObject({ fan: false, regular: true, once: null, lead: null });
    expect(withP.rejected.pAlive).toEqual([{ index: 2, field: 'value', reason: 'must be a probability in [0, 1]', value: 2 }]);
  });

  it('restricts engagement and advocacy to the given kinds', () => {
    const r = loyaltyLadder(records, { asOf: '2024-06-01', npsItem: 'recommend', engagementKinds: ['visit'], advocacyKinds: [] });
    expect(r.customers.find((c) => c.customerId === 'lead')?.stage).toBe('doubt');
    expect(r.customers.find((c) => c.customerId === 'fan')?.stage).toBe('repeatPurchase');
    expect(r.customers.find((c) => c.customerId === 'promo')?.stage).toBe('advocacy');
  });

  it('refuses bad arguments with typed errors', () => {
    expect(() => loyaltyLadder(records, {} as never)).toThrow(/`loyaltyLadder`: `options\.asOf` must be a calendar date/);
    expect(() => loyaltyLadder(records, { asOf: '2024-06-01' })).toThrow(/`options\.npsItem` must name the recommendation item/);
    expect(() => loyaltyLadder(records, { asOf: '2024-06-01', npsItem: 'r', activity: { rule: 'days', days: -1 } })).toThrow(/`options\.activity\.days` must be a finite number > 0/);
    expect(() => loyaltyLadder(records, { asOf: '2024-06-01', npsItem: 'r', promoterFrom: 11 })).toThrow(/promoterFrom/);
    expect(() => loyaltyLadder(null as never, { asOf: '2024-06-01' })).toThrow(/`records` must be an object/);
  });

  it('does not depend on row order and does not mutate its input', () => {
    const frozen = deepFreeze(structuredClone(records));
    const base = loyaltyLadder(frozen, { asOf: '2024-06-01', npsItem: 'recommend' });
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 1000 }), (seed) => {
        const shuffle = <T,>(xs: readonly T[]) => xs.map((x, i) => [x, (i * 7919 + seed) % 101] as const).sort((a, b) => a[1] - b[1]).map((p) => p[0]);
        const r = loyaltyLadder(
          {
            customers: shuffle(frozen.customers ?? []),
            interactions: shuffle(frozen.interactions ?? []),
            transactions: shuffle(frozen.transactions as never[]),
          },
          { asOf: '2024-06-01' },
        );
        const noSurveys = loyaltyLadder({ ...frozen, surveys: undefined } as never, { asOf: '2024-06-01' });
        expect(r.customers).toEqual(noSurveys.customers);
      }),
      { numRuns: 30 },
    );
    expect(base.customers.length).toBe(6);
  });
});
