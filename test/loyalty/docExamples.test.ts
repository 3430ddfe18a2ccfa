// The printed values of the @example blocks of the loyalty functions written in this file's commit, so
// the documentation cannot drift from the code.
import { describe, expect, it } from 'vitest';
import { dickBasuMatrix } from '../../src/loyalty/dickBasuMatrix';
import { loyaltyIndex } from '../../src/loyalty/loyaltyIndex';
import { loyaltyLadder } from '../../src/loyalty/loyaltyLadder';
import { loyaltyLadderHistory } from '../../src/loyalty/loyaltyLadderHistory';
import { loyaltyProfile } from '../../src/loyalty/loyaltyProfile';
import { relationshipLevel } from '../../src/loyalty/relationshipLevel';
import { indexTransactions } from '../../src/time/indexTransactions';

describe('doc examples (loyalty: combined views)', () => {
  it('indexTransactions', () => {
    const index = indexTransactions([
      { customerId: 'b', date: '2024-03-02', amount: '12.50' },
      { customerId: 'a', date: '2024-03-05', amount: 20 },
      { customerId: 'a', date: '2024-03-01', amount: '7.25' },
      { customerId: 'a', date: '2024-02-30', amount: 5 },
    ]);
    expect(index.customerIds).toEqual(['a', 'b']);
    expect(Array.from(index.amountMinor)).toEqual([725, 2000, 1250]);
    expect(index.rejected[0]?.field).toBe('date');
  });
  it('loyaltyIndex', () => {
    const r = loyaltyIndex([
      { name: 'repeatPurchases', direction: 'higher', values: [{ customerId: 'a', value: 5 }, { customerId: 'b', value: 1 }] },
      { name: 'priceSensitivity', direction: 'lower', values: [{ customerId: 'a', value: 0.1 }, { customerId: 'b', value: 0.6 }] },
    ]);
    expect(r.customers[0]).toEqual({
      customerId: 'a',
      index: 0.75,
      scores: { repeatPurchases: 0.75, priceSensitivity: 0.75 },
      contributions: { repeatPurchases: 0.375, priceSensitivity: 0.375 },
      missing: [],
      coverage: 1,
    });
  });
  it('dickBasuMatrix', () => {
    const r = dickBasuMatrix(
      [{ customerId: 'a', value: 9 }, { customerId: 'b', value: 8 }, { customerId: 'c', value: 3 }, { customerId: 'd', value: 2 }],
      [{ customerId: 'a', value: 0.9 }, { customerId: 'b', value: 0.1 }, { customerId: 'c', value: 0.8 }, { customerId: 'd', value: 0.2 }],
    );
    expect(r.customers.map((c) => c.cell)).toEqual(['loyalty', 'latentLoyalty', 'spuriousLoyalty', 'noLoyalty']);
    expect(r.thresholds.attitude).toBe(5.5);
  });
  it('relationshipLevel', () => {
    expect(relationshipLevel({ customers: 'few', unitMargin: 'high' }).level).toBe('partnership');
    expect(
      relationshipLevel({ customers: 120_000, unitMargin: 0.04 }, { customerCutoffs: { few: 100, many: 10_000 }, marginCutoffs: { low: 0.1, high: 0.3 } }),
    ).toEqual({ level: 'basic', alternatives: ['reactive'], customerBand: 'many', marginBand: 'low', description: 'sell the product without follow-up' });
  });
  it('loyaltyLadder', () => {
    const r = loyaltyLadder(
      {
        customers: [{ customerId: 'lead' }, { customerId: 'quiet' }],
        interactions: [{ customerId: 'lead', date: '2024-05-02', kind: 'enquiry' }, { customerId: 'fan', date: '2024-05-20', kind: 'referral' }],
        transactions: [
          { customerId: 'once', date: '2024-05-10', amount: 30 },
          { customerId: 'fan', date: '2024-03-01', amount: 20 },
          { customerId: 'fan', date: '2024-04-01', amount: 25 },
          { customerId: 'fan', date: '2024-05-01', amount: 20 },
        ],
      },
      { asOf: '2024-06-01' },
    );
    expect(r.customers.map((c) => `${c.customerId}:${c.stage}`)).toEqual(['fan:advocacy', 'lead:expectation', 'once:firstPurchase', 'quiet:doubt']);
    expect(r.customers[0]?.lapsed).toBe(false);
  });
  it('loyaltyLadderHistory', () => {
    const h = loyaltyLadderHistory(
      {
        transactions: [
          { customerId: 'a', date: '2024-01-10', amount: 10 },
          { customerId: 'a', date: '2024-02-10', amount: 10 },
          { customerId: 'b', date: '2024-02-20', amount: 10 },
        ],
      },
      { dates: ['2024-01-31', '2024-02-29'] },
    );
    expect(h.ladders.map((l) => l.stages.repeatPurchase.count)).toEqual([0, 1]);
    expect(h.transitions[0]?.promotions).toEqual({ count: 1, rate: 1 });
    expect(h.transitions[0]?.newCustomers.count).toBe(1);
  });
  it('loyaltyProfile', () => {
    const p = loyaltyProfile(
      {
        transactions: [
          { customerId: 'a', date: '2024-01-05', amount: 40 },
          { customerId: 'a', date: '2024-02-05', amount: 35 },
          { customerId: 'a', date: '2024-03-05', amount: 30, discount: 5 },
          { customerId: 'b', date: '2024-02-10', amount: 20, discount: 4 },
        ],
        wallet: [{ customerId: 'a', ours: 105, category: 150 }, { customerId: 'b', ours: 20, category: 200 }],
      },
      { window: { from: '2024-01-01', to: '2024-03-31' } },
    );
    expect(p.measures.map((m) => m.name)).toEqual(['repeatPurchase', 'shareOfWallet', 'priceSensitivity']);
    expect(p.index.customers.map((c) => c.index)).toEqual([0.75, 0.25]);
    expect(p.skipped.length).toBe(4);
  });
});
