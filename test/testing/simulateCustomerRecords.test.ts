/**
 * simulateCustomerRecords: reproducible; every record passes the parsers of clientele/schemas; incidents
 * sit on order days and their truth agrees with the records; the gap after an affected incident has the
 * chosen law (share within W against 1 − exp(−λ(m·min(W, D) + max(0, W − D)))); invalid options throw.
 */
import { describe, expect, it } from 'vitest';
import { parseIncidents } from '../../src/schemas/parseIncidents';
import { parseInteractions } from '../../src/schemas/parseInteractions';
import { parseSurveyResponses } from '../../src/schemas/parseSurveyResponses';
import { parseTransactions } from '../../src/schemas/parseTransactions';
import { simulateCustomerRecords } from '../../src/testing/simulateCustomerRecords';
import { parseCalendarDay } from '../../src/time/parseCalendarDay';

const options = {
  customers: 800, seed: 4, startDate: '2024-01-01', acquisitionDays: 60, endDate: '2024-12-31',
  purchaseRate: { shape: 3, rate: 90 }, incidentProbability: 0.2,
  incidentEffect: { rateMultiplier: 0.3, durationDays: 15, resolutions: ['unresolved'] },
} as const;

describe('simulateCustomerRecords', () => {
  const sim = simulateCustomerRecords(options);

  it('is reproducible and writes valid records of clientele/schemas', () => {
    expect(simulateCustomerRecords(options)).toEqual(sim);
    expect(simulateCustomerRecords({ ...options, seed: 5 }).transactions).not.toEqual(sim.transactions);
    expect(parseTransactions(sim.transactions).rejected).toEqual([]);
    expect(parseInteractions(sim.interactions).rejected).toEqual([]);
    expect(parseIncidents(sim.incidents).rejected).toEqual([]);
    expect(parseSurveyResponses(sim.surveys).rejected).toEqual([]);
    expect(parseTransactions(sim.transactions).records).toEqual(sim.transactions);
    expect(sim.truth.customers).toHaveLength(800);
    expect(sim.surveys.length).toBe(sim.truth.customers.filter((c) => c.surveyed).length);
  });

  it('puts incidents on order days, with truth that agrees with the records', () => {
    const orders = new Map(sim.transactions.map((t) => [t.orderId, t]));
    expect(sim.truth.incidents.map((i) => i.incidentId)).toEqual(sim.incidents.map((i) => i.incidentId));
    sim.incidents.forEach((inc, k) => {
      const order = orders.get(inc.orderId)!;
      expect([order.customerId, order.date]).toEqual([inc.customerId, inc.date]);
      const truth = sim.truth.incidents[k]!;
      expect(truth.rateMultiplier).toBe(truth.resolution === 'unresolved' ? 0.3 : 1);
      if (truth.resolution === 'unresolved') expect(inc.resolvedDate).toBeUndefined();
    });
    const truthOf = new Map(sim.truth.customers.map((c) => [c.customerId, c]));
    for (const s of sim.surveys) {
      const c = truthOf.get(s.respondentId)!;
      expect(s.answers['satisfaction']).toBe(c.satisfaction);
      expect(s.date! >= c.firstPurchaseDate && s.date! <= '2024-12-31').toBe(true);
    }
  });

  it('draws the gap after an affected incident from the chosen law', () => {
    // Share of affected incidents followed by an order within W = 20 days, against the mean of
    // 1 − exp(−λ(0.3·15 + 5)) over them; the estimate is a mean of Bernoullis (binomial s.e.).
    const W = 20;
    const byCustomer = new Map<string, number[]>();
    for (const t of sim.transactions) byCustomer.set(t.customerId, [...(byCustomer.get(t.customerId) ?? []), parseCalendarDay(t.date)]);
    const lambda = new Map(sim.truth.customers.map((c) => [c.customerId, c.purchaseRate]));
    let hits = 0;
    let expected = 0;
    let n = 0;
    for (const i of sim.truth.incidents) {
      const d = parseCalendarDay(i.date);
      if (i.rateMultiplier === 1 || d + W > parseCalendarDay('2024-12-31')) continue;
      const next = byCustomer.get(i.customerId)!.find((x) => x > d);
      hits += next !== undefined && next - d <= W ? 1 : 0;
      expected += 1 - Math.exp(-lambda.get(i.customerId)! * (0.3 * 15 + (W - 15)));
      n++;
    }
    const p = expected / n;
    expect(n).toBeGreaterThan(150);
    expect(Math.abs(hits / n - p)).toBeLessThan(3 * Math.sqrt((p * (1 - p)) / n));
  });

  it('throws on invalid options', () => {
    expect(() => simulateCustomerRecords({ ...options, customers: 0 })).toThrow(/`simulateCustomerRecords`: `options.customers` must be an integer 1-10000000/);
    expect(() => simulateCustomerRecords({ ...options, endDate: '2024-02-01' })).toThrow(/`options.endDate` must not fall before/);
    expect(() => simulateCustomerRecords({ ...options, severityProbabilities: [0.5, 0.5, 0.5, 0] })).toThrow(/`options.severityProbabilities` must sum to 1/);
    expect(() => simulateCustomerRecords({ ...options, incidentEffect: { rateMultiplier: 0, durationDays: 1 } })).toThrow(/`options.incidentEffect.rateMultiplier` must be a finite number > 0/);
    expect(() => simulateCustomerRecords({ ...options, incidentEffect: { rateMultiplier: 1, durationDays: 1, resolutions: ['never' as never] } })).toThrow(/`options.incidentEffect.resolutions`/);
  });
});
