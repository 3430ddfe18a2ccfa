/**
 * defectTolerance: a hand-computed population (matched strata, delta-method interval) and per-customer
 * verdicts (own and population yardsticks, censoring); recovery of a chosen incident effect on data from
 * simulateCustomerRecords; row-order independence, no mutation, bad rows reported without side effects.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { defectTolerance, type IncidentInputRow } from '../../src/loyalty/defectTolerance';
import { simulateCustomerRecords } from '../../src/testing/simulateCustomerRecords';
import { parseCalendarDay } from '../../src/time/parseCalendarDay';

const buy = (customerId: string, ...dates: string[]) => dates.map((date) => ({ customerId, date, amount: 10 }));
const transactions = [
  ...buy('a', '2024-01-01', '2024-01-05', '2024-01-20'),
  ...buy('b', '2024-01-02', '2024-01-06', '2024-01-10'),
  ...buy('c', '2024-01-03', '2024-01-08'),
  ...buy('d', '2024-03-01', '2024-03-11', '2024-03-21'),
];
const incidents: IncidentInputRow[] = [
  { customerId: 'c', date: '2024-01-03', severity: 'low', resolvedDate: '2024-01-13' },
  { customerId: 'a', date: '2024-01-05', severity: 'HIGH', kind: 'Quality', resolvedDate: '2024-01-06' },
  { customerId: 'd', date: '2024-03-21' },
];
const options = { period: { from: '2024-01-01', to: '2024-03-31' }, windowDays: 10, fastResolutionDays: 2 } as const;
const Z95 = 1.959963984540054;

describe('defectTolerance: hand-computed case', () => {
  const r = defectTolerance(transactions, incidents, options);

  it('matches incidents to baseline purchases of the same purchase number and month', () => {
    // January strata (purchase number: baseline purchases, repurchased within 10 days):
    //   #1: a Jan 1 (yes, Jan 5), b Jan 2 (yes)           -> q1 = 1
    //   #2: b Jan 6 (yes), c Jan 8 (no later purchase)    -> q2 = 0.5   (a's #2 carries an incident)
    // Incidents: c at #1 (next purchase after 5 days: yes), a at #2 (after 15 days: no).
    // d's incident (March, #3) has no March #3 baseline purchase: unmatched.
    // R_inc = 1/2, R_base = (1·1 + 1·0.5)/2 = 0.75, ratio 2/3.
    const o = r.population.overall;
    expect(o).toMatchObject({ incidents: 2, repurchased: 1, unmatched: 1, censored: 0, repurchaseRate: 0.5, baselineRate: 0.75, reason: null });
    expect(o.ratio).toBeCloseTo(2 / 3, 14);
    // se² = (1 − 0.5)/(2·0.5) + [(1/2)²·1·0/2 + (1/2)²·0.5·0.5/2] / 0.75²
    const se = Math.sqrt(0.5 + 0.03125 / 0.5625);
    expect(o.interval!.lower).toBeCloseTo((2 / 3) * Math.exp(-Z95 * se), 12);
    expect(o.interval!.upper).toBeCloseTo((2 / 3) * Math.exp(Z95 * se), 12);
    expect(r.population.bySeverity.map((g) => [g.severity, g.incidents, g.repurchased, g.unmatched])).toEqual([
      ['low', 1, 1, 0],
      ['high', 1, 0, 0],
      ['unspecified', 0, 0, 1],
    ]);
    expect(r.population.bySeverity[0]!.ratio).toBe(1); // c: 1 against q1 = 1
    expect(r.population.byResolution.map((g) => [g.resolution, g.incidents, g.ratio])).toEqual([
      ['fast', 1, 0],
      ['slow', 1, 1],
      ['unresolved', 0, null],
    ]);
    expect(r.population.byResolution[0]!.interval).toBeNull();
    // Baseline purchases decidable by Mar 31 (day + 10 ≤ Mar 31): a#1, a#3, b#1-3, c#2, d#1, d#2.
    expect(r.population.baseline).toEqual({ purchases: 8, repurchased: 5, rate: 5 / 8 });
  });

  it('judges each incident against the own or the population inter-purchase times', () => {
    // Population gaps: a 4, 15; b 4, 4; c 5; d 10, 10 -> median 5, MAD median(1,1,1,0,5,5,10) = 1.
    expect(r.population.interPurchase).toEqual({ count: 7, medianDays: 5, madDays: 1 });
    const [a, c, d] = r.customers;
    expect(r.customers.map((x) => x.customerId)).toEqual(['a', 'c', 'd']);
    expect(a!.incidents[0]).toMatchObject({
      index: 1, kind: 'quality', severity: 'high', resolution: 'fast', purchasesBefore: 2, baseline: 'population',
      medianIptDays: 5, madIptDays: 1, thresholdDays: 10, gapDays: 15, status: 'intolerant',
      spendBeforeMinor: 2000, spendAfterMinor: 0, spendRatio: 0,
    });
    expect(a!.incidents[0]!.z).toBeCloseTo(10 / 1.4826, 12);
    expect(c!.incidents[0]).toMatchObject({ resolution: 'slow', gapDays: 5, z: 0, status: 'tolerant', spendRatio: 1 });
    // d: three purchases on or before the incident -> own gaps 10, 10 (MAD 0); threshold 20 days runs
    // past Mar 31 with no purchase yet: not yet decidable (never "intolerant").
    expect(d!.incidents[0]).toMatchObject({
      baseline: 'own', medianIptDays: 10, madIptDays: 0, thresholdDays: 20, gapDays: null, z: null,
      zReason: 'no purchase after the incident by the period end (censored)', status: 'not-yet-decidable',
      resolution: 'unresolved', severity: 'unspecified', spendBeforeMinor: 1000, spendAfterMinor: 0, // Mar 12-21 vs Mar 22-31
    });
    expect([a!.intolerant, c!.tolerant, d!.notYetDecidable]).toEqual([1, 1, 1]);
  });

  it('censors the population window and reports the settings', () => {
    const late = defectTolerance(transactions, incidents, { ...options, period: { from: '2024-01-01', to: '2024-03-30' } });
    expect(late.population.overall.censored).toBe(1);
    expect(late.population.overall.unmatched).toBe(0);
    expect(r.settings).toMatchObject({ k: 2, minPriorPurchases: 3, purchaseNumberCap: 5, spendWindowDays: 10, confidenceLevel: 0.95 });
  });

  it('rejects bad incident rows with index and reason, changing nothing else', () => {
    const bad = [...incidents, { customerId: 'zz', date: '2024-01-05' }, { customerId: 'a', date: '2024-04-02' }, { customerId: 'a', date: '2024-01-09', severity: 'huge' }, null, { customerId: 'a', date: '2024-01-09', resolvedDate: '2024-01-01' }];
    const out = defectTolerance(transactions, bad as IncidentInputRow[], options);
    expect(out.rejected).toEqual([
      { index: 3, field: 'customerId', reason: 'is not a customer of the transactions', value: 'zz' },
      { index: 4, field: 'date', reason: 'is outside the period', value: '2024-04-02' },
      { index: 5, field: 'severity', reason: 'must be one of low, medium, high, critical', value: 'huge' },
      { index: 6, field: 'row', reason: 'must be an object', value: null },
      { index: 7, field: 'resolvedDate', reason: 'must not be before `date`', value: '2024-01-01' },
    ]);
    expect({ ...out, rejected: [] }).toEqual(r);
  });

  it('throws on invalid options', () => {
    expect(() => defectTolerance(transactions, incidents, null as never)).toThrow(/`defectTolerance`: `options` must be an object/);
    expect(() => defectTolerance(transactions, incidents, { ...options, windowDays: 0 })).toThrow(/`options.windowDays` must be an integer 1-1000000, got 0/);
    expect(() => defectTolerance(transactions, incidents, { ...options, k: '2' as never })).toThrow(/`options.k` must be a finite number > 0/);
    expect(() => defectTolerance(transactions, incidents, { ...options, minPriorPurchases: 2 })).toThrow(/`options.minPriorPurchases` must be an integer at least 3/);
    expect(() => defectTolerance(transactions, incidents, { ...options, period: { from: '2024-05-01', to: '2024-03-31' } })).toThrow(/`options.period.from` must not be after/);
    expect(() => defectTolerance(transactions, {} as never, options)).toThrow(/`incidents` must be an array/);
    try {
      defectTolerance(transactions, incidents, { ...options, fastResolutionDays: -1 });
    } catch (e) {
      expect((e as { code: string }).code).toBe('INVALID_ARGUMENT');
    }
  });
});

describe('defectTolerance: recovery of a chosen incident effect', () => {
  // Truth: in simulateCustomerRecords an incident whose class the effect applies to multiplies the rate λ
  // of the customer by m for D days (or until the next order), and order gaps are whole days
  // ⌈Exp⌉, so P(next order within W) = 1 − exp(−λ(m·min(W, D) + max(0, W − D))) against 1 − exp(−λW)
  // without the effect. The simulated ratio is Σ_i p_inc,i / Σ_i p_base,i over the decidable incidents
  // (λ_i from the truth): the estimator's baseline is the same customers' purchases at the same purchase
  // number and month, a sample of the same λ mix, because incidents strike orders at random.
  const W = 30;
  const end = '2025-06-30';
  const simulatedRatio = (sim: ReturnType<typeof simulateCustomerRecords>, keep: (resolution: string) => boolean) => {
    const lambda = new Map(sim.truth.customers.map((c) => [c.customerId, c.purchaseRate]));
    let inc = 0;
    let base = 0;
    for (const i of sim.truth.incidents) {
      if (!keep(i.resolution) || parseCalendarDay(i.date) + W > parseCalendarDay(end)) continue;
      const l = lambda.get(i.customerId) as number;
      inc += 1 - Math.exp(-l * (i.rateMultiplier * Math.min(W, i.effectDays) + Math.max(0, W - i.effectDays)));
      base += 1 - Math.exp(-l * W);
    }
    return inc / base;
  };

  it('the interval contains the simulated tolerance ratio, overall and by resolution', () => {
    const sim = simulateCustomerRecords({
      customers: 3000, seed: 11, startDate: '2024-01-01', acquisitionDays: 90, endDate: end,
      purchaseRate: { shape: 3, rate: 90 }, incidentProbability: 0.15, resolutionProbabilities: [0.5, 0.2, 0.3],
      incidentEffect: { rateMultiplier: 0.4, durationDays: 20, resolutions: ['slow', 'unresolved'] },
    });
    const r = defectTolerance(sim.transactions, sim.incidents, { period: { from: '2024-01-01', to: end }, windowDays: W, fastResolutionDays: 2 });
    const overall = simulatedRatio(sim, () => true);
    expect(overall).toBeLessThan(0.9);
    expect(r.population.overall.interval!.lower).toBeLessThan(overall);
    expect(r.population.overall.interval!.upper).toBeGreaterThan(overall);
    const fast = r.population.byResolution.find((g) => g.resolution === 'fast')!;
    expect(fast.interval!.lower).toBeLessThan(1); // no effect after a fast resolution
    expect(fast.interval!.upper).toBeGreaterThan(1);
    const unresolved = r.population.byResolution.find((g) => g.resolution === 'unresolved')!;
    // A slow resolution due after the end is recorded without a date, so "unresolved" mixes both
    // affected classes: the truth is the affected incidents' ratio.
    const affected = simulatedRatio(sim, (x) => x !== 'fast');
    expect(unresolved.interval!.lower).toBeLessThan(affected);
    expect(unresolved.interval!.upper).toBeGreaterThan(affected);
    expect(unresolved.interval!.upper).toBeLessThan(fast.interval!.lower);
  });
});

describe('defectTolerance: properties', () => {
  const sim = simulateCustomerRecords({
    customers: 40, seed: 3, startDate: '2024-01-01', acquisitionDays: 60, endDate: '2024-12-31',
    purchaseRate: { shape: 3, rate: 60 }, incidentProbability: 0.2,
  });
  const opts = { period: { from: '2024-01-01', to: '2024-12-31' }, windowDays: 30, fastResolutionDays: 2 };
  const stripIndex = (r: ReturnType<typeof defectTolerance>) =>
    r.customers.map((c) => ({ ...c, incidents: c.incidents.map(({ index: _i, ...rest }) => rest) }));

  it('does not depend on row order', () => {
    const reference = defectTolerance(sim.transactions, sim.incidents, opts);
    fc.assert(
      fc.property(fc.array(fc.nat(), { minLength: 8, maxLength: 8 }), (keys) => {
        const shuffle = <T,>(xs: readonly T[]) => xs.map((x, i) => [x, (keys[i % 8]! * 7919 + i * 104729) % 1000003] as const).sort((p, q) => p[1] - q[1]).map((p) => p[0]);
        const r = defectTolerance(shuffle(sim.transactions), shuffle(sim.incidents), opts);
        expect(stripIndex(r)).toEqual(stripIndex(reference));
        expect(r.population).toEqual(reference.population);
      }),
      { numRuns: 15 },
    );
  });

  it('does not mutate its inputs', () => {
    const deepFreeze = <T,>(x: T): T => {
      if (typeof x === 'object' && x !== null) {
        for (const v of Object.values(x)) deepFreeze(v);
        Object.freeze(x);
      }
      return x;
    };
    const t = deepFreeze(structuredClone(sim.transactions));
    const i = deepFreeze(structuredClone(sim.incidents));
    expect(defectTolerance(t, i, opts)).toEqual(defectTolerance(sim.transactions, sim.incidents, opts));
    expect(t).toEqual(sim.transactions);
  });
});
