import { describe, expect, it } from 'vitest';
import { brandAttention } from '../../src/loyalty/brandAttention';
import { loyaltyIndex } from '../../src/loyalty/loyaltyIndex';
import { loyaltyProfile, type LoyaltyProfileRecords } from '../../src/loyalty/loyaltyProfile';
import { repeatPurchase } from '../../src/loyalty/repeatPurchase';
import { simulateCustomerRecords } from '../../src/testing/simulateCustomerRecords';
import { deepFreeze } from '../schemas/helpers';

const window = { from: '2024-01-01', to: '2024-06-30' };

const records: LoyaltyProfileRecords = {
  transactions: [
    { customerId: 'a', date: '2024-01-10', amount: 50 },
    { customerId: 'a', date: '2024-02-10', amount: 50 },
    { customerId: 'a', date: '2024-03-10', amount: 50 },
    { customerId: 'b', date: '2024-02-01', amount: 30, discount: 10 },
    { customerId: 'b', date: '2024-05-01', amount: 30 },
    { customerId: 'c', date: '2024-04-01', amount: 10, discount: 2 },
    { customerId: 'c', date: '2024-13-01', amount: 10 },
  ],
  wallet: [
    { customerId: 'a', ours: 150, category: 200 },
    { customerId: 'b', ours: 60, category: 300 },
  ],
  interactions: [
    { customerId: 'a', date: '2024-01-05', kind: 'enquiry' },
    { customerId: 'a', date: '2024-03-08', kind: 'visit' },
    { customerId: 'b', date: '2024-01-20', kind: 'enquiry' },
    { customerId: 'c', date: '2024-03-01', kind: 'mailing' },
  ],
  surveys: [
    { respondentId: 'a', answers: { rankUs: 1, rankX: 2, switch: 1 } },
    { respondentId: 'c', answers: { rankUs: 2, rankX: 1, switch: 5 } },
  ],
  incidents: [{ customerId: 'b', date: '2024-02-02', kind: 'quality', severity: 'high', resolvedDate: '2024-02-03' }],
};

const options = {
  window,
  attention: { customerInitiatedKinds: ['enquiry', 'visit'] },
  choice: { enquiryKinds: ['enquiry', 'visit'], lookbackDays: 30 },
  competitor: {
    brands: { ours: 'rankUs', competitors: ['rankX'], answers: 'rank' as const },
    switching: [{ item: 'switch', min: 1, max: 5, higherMeans: 'switch' as const }],
  },
  defects: { windowDays: 60, fastResolutionDays: 2 },
};

describe('loyaltyProfile', () => {
  it('computes every measure the records allow and combines them into the index', () => {
    const p = loyaltyProfile(records, options);
    expect(p.measures.map((m) => [m.name, m.direction, m.customers])).toEqual([
      ['repeatPurchase', 'higher', 3],
      ['shareOfWallet', 'higher', 2],
      ['brandAttention', 'higher', 2],
      ['choiceTime', 'lower', 2],
      ['priceSensitivity', 'lower', 3],
      ['competitorAttitude', 'higher', 2],
      ['defectTolerance', 'higher', 1],
    ]);
    expect(p.skipped).toEqual([]);
    expect(p.rejected.transactions?.map((r) => [r.index, r.field])).toEqual([[6, 'date']]);
    // The index equals loyaltyIndex over the separate functions' values.
    const rp = repeatPurchase(records.transactions, { window, minTenureDays: 0, population: 'windowBuyers' });
    const at = brandAttention(records.interactions ?? [], { window, customerInitiatedKinds: ['enquiry', 'visit'] });
    const a = p.index.customers.find((c) => c.customerId === 'a');
    expect(a?.scores['repeatPurchase']).toBe(
      loyaltyIndex([{ name: 'r', direction: 'higher', values: rp.customers.map((c) => ({ customerId: c.customerId, value: c.purchasePeriods })) }]).customers[0]?.index,
    );
    expect(p.index.customers.map((c) => c.customerId)).toEqual(['a', 'b', 'c']);
    expect(at.customers.map((c) => c.customerId)).toEqual(['a', 'b']);
    // a buys most, never on promotion, gives us most of its wallet and ranks us first: the most loyal.
    const order = [...p.index.customers].sort((x, y) => (y.index ?? 0) - (x.index ?? 0)).map((c) => c.customerId);
    expect(order[0]).toBe('a');
    expect(p.index.customers.find((c) => c.customerId === 'c')?.missing).toEqual(['shareOfWallet', 'brandAttention', 'choiceTime', 'defectTolerance']);
  });

  it('skips what it cannot compute and says why; weights are explicit', () => {
    const p = loyaltyProfile({ transactions: records.transactions, interactions: records.interactions ?? [] }, { window, weights: { repeatPurchase: 3 } });
    expect(p.measures.map((m) => m.name)).toEqual(['repeatPurchase', 'priceSensitivity']);
    expect(p.skipped).toEqual([
      { name: 'shareOfWallet', reason: 'no `wallet` records (our and the category spend per customer)' },
      { name: 'brandAttention', reason: 'no `options.attention` (which kinds the customer starts)' },
      { name: 'choiceTime', reason: 'no `options.choice` (which kinds are enquiries)' },
      { name: 'competitorAttitude', reason: 'no `surveys`' },
      { name: 'defectTolerance', reason: 'no `incidents`' },
    ]);
    expect(p.index.measures.map((m) => m.normalizedWeight)).toEqual([0.75, 0.25]);
    expect(p.index.conventions.weights).toBe('given');
    expect(() => loyaltyProfile(records, { window, weights: { loyalty: 2 } as never })).toThrow(/`options\.weights\.loyalty` must name a measure/);
    expect(() => loyaltyProfile(records, null as never)).toThrow(/`loyaltyProfile`: `options` must be an object/);
  });

  it("names itself and the caller's path for what a measure refuses (the measure functions named themselves)", () => {
    const message = (r: LoyaltyProfileRecords, o: object): string => {
      try {
        loyaltyProfile(r, o as never);
      } catch (e) {
        return (e as Error).message;
      }
      throw new Error('did not throw');
    };
    expect(message(records, { ...options, window: undefined })).toMatch(/^`loyaltyProfile`: `options\.window` must be a window \{ from, to \}/);
    expect(message({ ...records, wallet: 'abc' as never }, options)).toBe('`loyaltyProfile`: `records.wallet` must be an array, got "abc"');
    expect(message(records, { ...options, defects: { ...options.defects, windowDays: -1 } })).toMatch(/^`loyaltyProfile`: `options\.defects\.windowDays` /);
    expect(message(records, { ...options, attention: { customerInitiatedKinds: 'enquiry' } })).toMatch(/^`loyaltyProfile`: `options\.attention\.customerInitiatedKinds` /);
    expect(message(records, { ...options, choice: { ...options.choice, lookbackDays: 1.5 } })).toMatch(/^`loyaltyProfile`: `options\.choice\.lookbackDays` /);
    expect(message({ ...records, incidents: {} as never }, options)).toMatch(/^`loyaltyProfile`: `records\.incidents` must be an array/);
    expect(message(records, { ...options, weights: { shareOfWallet: 0 } })).toMatch(/^`loyaltyProfile`: `options\.weights\.shareOfWallet` must be a finite number > 0, got 0$/);
  });

  it('runs on a generated customer base, independent of row order, without mutating its input', () => {
    const sim = simulateCustomerRecords({
      customers: 300, seed: 5, startDate: '2024-01-01', acquisitionDays: 60, endDate: '2024-12-31',
      purchaseRate: { shape: 3, rate: 90 }, incidentProbability: 0.1,
      incidentEffect: { rateMultiplier: 0.5, durationDays: 20, resolutions: ['unresolved'] },
    });
    const input = deepFreeze({ transactions: sim.transactions, interactions: sim.interactions, incidents: sim.incidents });
    const opts = { window: { from: '2024-01-01', to: '2024-12-31' }, attention: { customerInitiatedKinds: ['enquiry'] }, choice: { enquiryKinds: ['enquiry'], lookbackDays: 30 }, defects: { windowDays: 30, fastResolutionDays: 2 } };
    const p = loyaltyProfile(input, opts);
    expect(p.measures.map((m) => m.name)).toEqual(['repeatPurchase', 'brandAttention', 'choiceTime', 'defectTolerance']);
    expect(p.skipped.map((m) => m.name)).toEqual(['shareOfWallet', 'priceSensitivity', 'competitorAttitude']);
    for (const c of p.index.customers) {
      expect(c.index === null || (c.index > 0 && c.index < 1)).toBe(true);
    }
    const reversed = loyaltyProfile(
      { transactions: [...sim.transactions].reverse(), interactions: [...sim.interactions].reverse(), incidents: [...sim.incidents].reverse() },
      opts,
    );
    expect(reversed.index.customers).toEqual(p.index.customers);
  });
});
