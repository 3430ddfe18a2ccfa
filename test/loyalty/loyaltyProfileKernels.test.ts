import { describe, expect, it } from 'vitest';
import { brandAttention } from '../../src/loyalty/brandAttention';
import { choiceTime } from '../../src/loyalty/choiceTime';
import { competitorAttitude } from '../../src/loyalty/competitorAttitude';
import { customerPriceSensitivity } from '../../src/loyalty/customerPriceSensitivity';
import { defectTolerance } from '../../src/loyalty/defectTolerance';
import { loyaltyIndex, type LoyaltyMeasure } from '../../src/loyalty/loyaltyIndex';
import { loyaltyProfile } from '../../src/loyalty/loyaltyProfile';
import { repeatPurchase } from '../../src/loyalty/repeatPurchase';
import { shareOfWallet } from '../../src/loyalty/shareOfWallet';
import { indexTransactions } from '../../src/time/indexTransactions';

// loyaltyProfile reads each record set once into typed columns and never builds the measures' result
// rows. This checks it against its definition: loyaltyIndex over the per-customer values of the seven
// public measure functions, on messy generated records (bad ids, dates, kinds, amounts, answers,
// duplicates, customers absent from the transactions, ids of 80+ decimal customer numbers).

/** A small deterministic uniform [0, 1) stream (LCG, 2^32 modulus). */
function lcg(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (Math.imul(s, 1664525) + 1013904223) >>> 0;
    return s / 4294967296;
  };
}

function records(seed: number) {
  const u = lcg(seed);
  const pick = <T,>(xs: readonly T[]): T => xs[Math.floor(u() * xs.length)] as T;
  const nc = seed % 2 === 0 ? 80 + Math.floor(u() * 40) : 3 + Math.floor(u() * 20);
  const ids: (string | number)[] = Array.from({ length: nc }, (_, i) => (u() < 0.6 ? i : u() < 0.5 ? `c${i}` : ` c${i} `));
  const id = () => (u() < 0.05 ? pick(['', ' ', null, 1.5, {}]) : u() < 0.1 ? `x${Math.floor(u() * 5)}` : pick(ids));
  const day = () => new Date((19723 + Math.floor(u() * 200) - 20) * 86_400_000).toISOString().slice(0, 10);
  const date = () => (u() < 0.04 ? pick(['2024-02-30', 'nope', null, '20240305']) : day());
  return {
    transactions: Array.from({ length: 3 * nc + Math.floor(u() * 100) }, () => ({
      customerId: pick(ids),
      date: day(),
      amount: u() < 0.1 ? -5 : Math.round(u() * 10000) / 100,
      ...(u() < 0.3 ? { discount: Math.round(u() * 500) / 100 } : {}),
      ...(seed % 3 === 0 && u() < 0.7 ? { orderId: `o${Math.floor(u() * 20)}` } : {}),
    })),
    interactions: Array.from({ length: 1 + Math.floor(u() * 120) }, () =>
      u() < 0.02 ? pick([null, 3]) : { customerId: id(), date: date(), kind: pick(['enquiry', 'visit', ' Visit', 'mailing', '', undefined, null, 5]), ...(u() < 0.3 ? { initiatedBy: pick([undefined, 'customer', 'company', '', 3]) } : {}) },
    ),
    wallet: Array.from({ length: 1 + Math.floor(u() * 40) }, () =>
      u() < 0.02 ? null : { customerId: id(), ours: pick([Math.round(u() * 1000) / 100, '12.50', -1, 'x', 0]), category: pick([Math.round(u() * 3000) / 100, '30', 0]), ...(u() < 0.2 ? { oursUnits: pick([1, 2, -1]), categoryUnits: pick([3, 4, 'a']) } : {}) },
    ),
    surveys: Array.from({ length: 1 + Math.floor(u() * 40) }, () =>
      u() < 0.02 ? 7 : { respondentId: id(), answers: u() < 0.03 ? null : { rankUs: pick([1, 2, 3, undefined, 'x']), rankX: pick([1, 2, 3, undefined]), sw: pick([1, 3, 5, 7, true, undefined]) } },
    ),
    incidents: Array.from({ length: 1 + Math.floor(u() * 40) }, () =>
      u() < 0.02 ? null : { customerId: u() < 0.1 ? 'nobody' : pick(ids), date: date(), kind: pick(['quality', 'complaint', undefined, 'weird']), severity: pick(['low', 'HIGH', undefined]), ...(u() < 0.6 ? { resolvedDate: pick([day(), 'bad']) } : {}) },
    ),
  };
}

const window = { from: '2024-01-01', to: '2024-05-31' };
const options = {
  window,
  attention: { customerInitiatedKinds: ['enquiry', 'visit'], weights: { enquiry: 2, visit: 1 }, defaultWeight: 0.5 },
  choice: { enquiryKinds: ['enquiry', 'visit'], lookbackDays: 20 },
  competitor: { brands: { ours: 'rankUs', competitors: ['rankX'], answers: 'rank' as const }, switching: [{ item: 'sw', min: 1, max: 5, higherMeans: 'switch' as const }] },
  defects: { windowDays: 20, fastResolutionDays: 2 },
};

/** The profile by its definition: the public measure functions, then loyaltyIndex. */
function reference(r: ReturnType<typeof records>) {
  const index = indexTransactions(r.transactions);
  const keep = <T,>(rows: readonly T[], id: (x: T) => string, value: (x: T) => number | null) =>
    rows.flatMap((x) => (value(x) === null ? [] : [{ customerId: id(x), value: value(x) as number }]));
  const dt = defectTolerance(index, r.incidents as never, { period: window, ...options.defects });
  const measures: LoyaltyMeasure[] = [
    { name: 'repeatPurchase', direction: 'higher', values: keep(repeatPurchase(index, { window, minTenureDays: 0, population: 'windowBuyers' }).customers, (c) => c.customerId, (c) => (c.purchasePeriods > 0 ? c.purchasePeriods : null)) },
    { name: 'shareOfWallet', direction: 'higher', values: keep(shareOfWallet(r.wallet as never).customers, (c) => c.customerId, (c) => c.share) },
    { name: 'brandAttention', direction: 'higher', values: keep(brandAttention(r.interactions as never, { window, ...options.attention }).customers, (c) => c.customerId, (c) => c.attention) },
    { name: 'choiceTime', direction: 'lower', values: keep(choiceTime(r.interactions as never, index, { window, ...options.choice }).customers, (c) => c.customerId, (c) => c.medianDays) },
    { name: 'priceSensitivity', direction: 'lower', values: keep(customerPriceSensitivity(index, { window }).customers, (c) => c.customerId, (c) => c.promoShare) },
    { name: 'competitorAttitude', direction: 'higher', values: keep(competitorAttitude(r.surveys as never, options.competitor).respondents, (c) => c.customerId, (c) => c.attitude) },
    { name: 'defectTolerance', direction: 'higher', values: keep(dt.customers, (c) => c.customerId, (c) => (c.tolerant + c.intolerant > 0 ? c.tolerant / (c.tolerant + c.intolerant) : null)) },
  ];
  return { index: loyaltyIndex(measures), counts: measures.map((m) => m.values.length) };
}

describe('loyaltyProfile against the public measure functions', () => {
  it('gives the index of loyaltyIndex over the seven public measures, on messy records', () => {
    for (let seed = 1; seed <= 40; seed++) {
      const r = records(seed);
      const p = loyaltyProfile(r as never, options);
      const ref = reference(r);
      expect(p.index).toEqual(ref.index);
      expect(p.measures.map((m) => m.customers)).toEqual(ref.counts);
      expect(p.rejected.wallet).toEqual(shareOfWallet(r.wallet as never).rejected);
      expect(p.rejected.interactions).toEqual(brandAttention(r.interactions as never, { window, ...options.attention }).rejected);
      expect(p.rejected.surveys).toEqual(competitorAttitude(r.surveys as never, options.competitor).rejected);
    }
  });
});
