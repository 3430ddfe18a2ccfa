import { InvalidArgumentError } from '../core/errors/InvalidArgumentError';
import { createRandom } from '../core/random/createRandom';
import { sampleCategorical } from '../core/random/sampleCategorical';
import { sampleExponential } from '../core/random/sampleExponential';
import { sampleGamma } from '../core/random/sampleGamma';
import { samplePoisson } from '../core/random/samplePoisson';
import type { Random } from '../core/random/types';
import { assertInteger } from '../core/validate/assertInteger';
import { assertProbability } from '../core/validate/assertProbability';
import type { GammaGammaParams } from '../clv/gammaGamma/types';
import { validateGammaGammaParams } from '../clv/gammaGamma/validateGammaGammaParams';
import type { Incident } from '../schemas/incidentSchema';
import type { Interaction } from '../schemas/interactionSchema';
import type { SurveyResponse } from '../schemas/surveyResponseSchema';
import type { Transaction } from '../schemas/transactionSchema';
import { formatEpochDay } from '../time/formatEpochDay';
import { parseCalendarDay } from '../time/parseCalendarDay';

/** Resolution class of a simulated incident. */
export type SimulatedResolution = 'fast' | 'slow' | 'unresolved';

/** The chosen effect of an incident on the customer's next purchase. */
export interface SimulatedIncidentEffect {
  /** Multiplier of the purchase rate after an affected incident (e.g. 0.6); 1 = no effect. */
  readonly rateMultiplier: number;
  /** Days the multiplier lasts (unless the next purchase comes first); integer ≥ 0. */
  readonly durationDays: number;
  /** Resolution classes the effect applies to (default all three). */
  readonly resolutions?: readonly SimulatedResolution[];
}

/** Options of {@link simulateCustomerRecords}. */
export interface CustomerRecordsSimulationOptions {
  /** Number of customers, an integer 1 to 10,000,000. */
  readonly customers: number;
  /** Seed of the random stream (same seed, same records on every platform). */
  readonly seed: number;
  /** First day of the acquisition window, `'yyyy-mm-dd'`. */
  readonly startDate: string;
  /** Days of the acquisition window (first orders uniform on them), integer ≥ 1. */
  readonly acquisitionDays: number;
  /** Last day of the records (inclusive), on or after the end of the acquisition window. */
  readonly endDate: string;
  /** Purchase rate per day across customers, `λ ~ Gamma(shape, rate)` (mean `shape/rate`). */
  readonly purchaseRate: { readonly shape: number; readonly rate: number };
  /** Gamma-Gamma spend parameters (default the CDNOW fit `{ p: 6.25, q: 3.74, gamma: 15.44 }`). */
  readonly spend?: GammaGammaParams;
  /**
   * Satisfaction 1–5: level probabilities and the multiplier of the purchase rate at each level
   * (default `[0.05, 0.1, 0.25, 0.35, 0.25]` and `[0.4, 0.6, 0.8, 1, 1.5]`).
   */
  readonly satisfaction?: { readonly levelProbabilities: readonly number[]; readonly rateMultipliers: readonly number[] };
  /** Share of customers who answer the survey (default 0.3). */
  readonly surveyShare?: number;
  /** Probability that an order has an incident (default 0.1). */
  readonly incidentProbability?: number;
  /** Probabilities of low, medium, high, critical (default `[0.4, 0.3, 0.2, 0.1]`). */
  readonly severityProbabilities?: readonly number[];
  /** Probabilities of fast, slow, unresolved (default `[0.5, 0.3, 0.2]`). */
  readonly resolutionProbabilities?: readonly number[];
  /** Fast resolutions take 0..fastResolutionDays days, slow ones fastResolutionDays+1..+30 (default 2). */
  readonly fastResolutionDays?: number;
  /** The effect of an incident on repurchase (default none: `{ rateMultiplier: 1, durationDays: 0 }`). */
  readonly incidentEffect?: SimulatedIncidentEffect;
  /** Probability that an order is preceded by a customer enquiry (default 0.3). */
  readonly enquiryProbability?: number;
  /** Company contacts per customer and year (default 4). */
  readonly contactsPerYear?: number;
  /** Probability that a company contact gives a benefit or discount (default 0.5). */
  readonly benefitProbability?: number;
  /** Mean benefit in currency units (exponential, at least 1.00; default 10). */
  readonly meanBenefit?: number;
}

/** The truth of one simulated customer. */
export interface SimulatedRecordsCustomer {
  /** Customer id (`'C001'`). */
  readonly customerId: string;
  /** Day of the first order. */
  readonly firstPurchaseDate: string;
  /** Satisfaction level 1–5. */
  readonly satisfaction: number;
  /** Purchase rate per day (the satisfaction multiplier included), outside incident effects. */
  readonly purchaseRate: number;
  /** Whether the customer answered the survey. */
  readonly surveyed: boolean;
  /** Total benefits given by company contacts, in minor units (cents). */
  readonly benefitsMinor: number;
}

/** The truth of one simulated incident. */
export interface SimulatedIncidentTruth {
  /** Incident id, as in the records. */
  readonly incidentId: string;
  /** The customer. */
  readonly customerId: string;
  /** Day of the incident (the day of the order it concerns). */
  readonly date: string;
  /** True resolution class (a resolution after `endDate` is missing from the record). */
  readonly resolution: SimulatedResolution;
  /** Multiplier applied to the purchase rate after it (1 when the effect does not apply to its class). */
  readonly rateMultiplier: number;
  /** Days the multiplier lasts (unless the next purchase comes first). */
  readonly effectDays: number;
}

/** Result of {@link simulateCustomerRecords}: records in the shapes of `clientele/schemas`, and the truth. */
export interface SimulatedCustomerRecords {
  /** Orders, by customer then date (one row per order, amounts exact decimal strings). */
  readonly transactions: Transaction[];
  /** Enquiries and company contacts, by customer then date. */
  readonly interactions: Interaction[];
  /** Incidents, by customer then date. */
  readonly incidents: Incident[];
  /** Survey answers `{ satisfaction: 1–5, recommend: 0–10 }`, by customer. */
  readonly surveys: SurveyResponse[];
  /** The latent truth. */
  readonly truth: {
    readonly customers: SimulatedRecordsCustomer[];
    readonly incidents: SimulatedIncidentTruth[];
    readonly incidentEffect: { readonly rateMultiplier: number; readonly durationDays: number; readonly resolutions: readonly SimulatedResolution[] };
  };
}

type Resolved = Required<Omit<CustomerRecordsSimulationOptions, 'incidentEffect' | 'satisfaction'>> & {
  readonly start: number;
  readonly end: number;
  readonly levelProbabilities: readonly number[];
  readonly rateMultipliers: readonly number[];
  readonly effect: { readonly rateMultiplier: number; readonly durationDays: number; readonly resolutions: readonly SimulatedResolution[] };
};

const RESOLUTIONS: readonly SimulatedResolution[] = ['fast', 'slow', 'unresolved'];
const SEVERITIES = ['low', 'medium', 'high', 'critical'] as const;

/** A probability vector of `length` entries summing to 1 (within 1e-9). @internal */
function probabilities(fn: string, argument: string, value: unknown, length: number): readonly number[] {
  if (!Array.isArray(value) || value.length !== length) throw new InvalidArgumentError(fn, argument, `must be an array of ${length} probabilities`, value);
  value.forEach((p, i) => assertProbability(fn, `${argument}[${i}]`, p));
  const sum = (value as number[]).reduce((s, p) => s + p, 0);
  if (Math.abs(sum - 1) > 1e-9) throw new InvalidArgumentError(fn, argument, 'must sum to 1', value);
  return value as number[];
}

/** A finite positive number. @internal */
function positive(fn: string, argument: string, value: unknown): number {
  if (typeof value !== 'number' || !Number.isFinite(value) || !(value > 0)) throw new InvalidArgumentError(fn, argument, 'must be a finite number > 0', value);
  return value;
}

/** A calendar date `'yyyy-mm-dd'` as an epoch day. @internal */
function day(fn: string, argument: string, value: unknown): number {
  const d = typeof value === 'string' && value.length === 10 ? parseCalendarDay(value) : Number.NaN;
  if (Number.isNaN(d)) throw new InvalidArgumentError(fn, argument, 'must be a calendar date yyyy-mm-dd', value);
  return d;
}

/** The checked options, defaults filled in. @internal */
function resolveOptions(fn: string, o: CustomerRecordsSimulationOptions): Resolved {
  if (o === null || typeof o !== 'object') throw new InvalidArgumentError(fn, 'options', 'must be an object', o);
  assertInteger(fn, 'options.customers', o.customers, 1, 10_000_000);
  if (typeof o.seed !== 'number' || !Number.isFinite(o.seed)) throw new InvalidArgumentError(fn, 'options.seed', 'must be a finite number', o.seed);
  const start = day(fn, 'options.startDate', o.startDate);
  const end = day(fn, 'options.endDate', o.endDate);
  assertInteger(fn, 'options.acquisitionDays', o.acquisitionDays, 1);
  if (end < start + o.acquisitionDays - 1) throw new InvalidArgumentError(fn, 'options.endDate', 'must not fall before the end of the acquisition window', o.endDate);
  if (o.purchaseRate === null || typeof o.purchaseRate !== 'object') throw new InvalidArgumentError(fn, 'options.purchaseRate', 'must be an object { shape, rate }', o.purchaseRate);
  positive(fn, 'options.purchaseRate.shape', o.purchaseRate.shape);
  positive(fn, 'options.purchaseRate.rate', o.purchaseRate.rate);
  const spend = o.spend ?? { p: 6.25, q: 3.74, gamma: 15.44 };
  validateGammaGammaParams(spend, fn);
  const sat = o.satisfaction ?? { levelProbabilities: [0.05, 0.1, 0.25, 0.35, 0.25], rateMultipliers: [0.4, 0.6, 0.8, 1, 1.5] };
  const levelProbabilities = probabilities(fn, 'options.satisfaction.levelProbabilities', sat.levelProbabilities, 5);
  if (!Array.isArray(sat.rateMultipliers) || sat.rateMultipliers.length !== 5) throw new InvalidArgumentError(fn, 'options.satisfaction.rateMultipliers', 'must be an array of 5 multipliers', sat.rateMultipliers);
  sat.rateMultipliers.forEach((m, i) => positive(fn, `options.satisfaction.rateMultipliers[${i}]`, m));
  const effect = o.incidentEffect ?? { rateMultiplier: 1, durationDays: 0 };
  if (effect === null || typeof effect !== 'object') throw new InvalidArgumentError(fn, 'options.incidentEffect', 'must be an object { rateMultiplier, durationDays }', effect);
  positive(fn, 'options.incidentEffect.rateMultiplier', effect.rateMultiplier);
  assertInteger(fn, 'options.incidentEffect.durationDays', effect.durationDays, 0);
  const resolutions = effect.resolutions ?? RESOLUTIONS;
  if (!Array.isArray(resolutions) || resolutions.some((r) => !RESOLUTIONS.includes(r))) throw new InvalidArgumentError(fn, 'options.incidentEffect.resolutions', "must list 'fast', 'slow' or 'unresolved'", resolutions);
  const share = (name: keyof CustomerRecordsSimulationOptions, fallback: number) => {
    const v = o[name] ?? fallback;
    assertProbability(fn, `options.${name}`, v);
    return v;
  };
  const fastResolutionDays = o.fastResolutionDays ?? 2;
  assertInteger(fn, 'options.fastResolutionDays', fastResolutionDays, 0);
  return {
    customers: o.customers, seed: o.seed, startDate: o.startDate, endDate: o.endDate, acquisitionDays: o.acquisitionDays,
    purchaseRate: o.purchaseRate, spend, start, end, levelProbabilities, rateMultipliers: sat.rateMultipliers,
    surveyShare: share('surveyShare', 0.3),
    incidentProbability: share('incidentProbability', 0.1),
    severityProbabilities: probabilities(fn, 'options.severityProbabilities', o.severityProbabilities ?? [0.4, 0.3, 0.2, 0.1], 4),
    resolutionProbabilities: probabilities(fn, 'options.resolutionProbabilities', o.resolutionProbabilities ?? [0.5, 0.3, 0.2], 3),
    fastResolutionDays,
    effect: { rateMultiplier: effect.rateMultiplier, durationDays: effect.durationDays, resolutions: [...resolutions] },
    enquiryProbability: share('enquiryProbability', 0.3),
    contactsPerYear: o.contactsPerYear === undefined ? 4 : positive(fn, 'options.contactsPerYear', o.contactsPerYear),
    benefitProbability: share('benefitProbability', 0.5),
    meanBenefit: o.meanBenefit === undefined ? 10 : positive(fn, 'options.meanBenefit', o.meanBenefit),
  };
}

/** Cents as a decimal string with two decimals. @internal */
function cents(minor: number): string {
  return `${Math.floor(minor / 100)}.${String(minor % 100).padStart(2, '0')}`;
}

/**
 * Whole days to the next order after an order on day 0: the continuous gap `X` of a Poisson process of
 * rate `λ·m` for `D` days then `λ`, by inversion of one unit exponential; the order falls on day `⌈X⌉`
 * (≥ 1), so `P(gap ≤ W) = 1 − exp(−λ(m·min(W, D) + max(0, W − D)))` for whole `W`. @internal
 */
function nextGap(random: Random, lambda: number, m: number, d: number): number {
  const e = sampleExponential(random, 1);
  const x = e < lambda * m * d ? e / (lambda * m) : d + (e - lambda * m * d) / lambda;
  return Math.max(1, Math.ceil(x));
}

interface Sink {
  readonly transactions: Transaction[];
  readonly interactions: Interaction[];
  readonly incidents: Incident[];
  readonly surveys: SurveyResponse[];
  readonly customers: SimulatedRecordsCustomer[];
  readonly incidentTruth: SimulatedIncidentTruth[];
}

/** Satisfaction level 1–5 as a 0–10 recommendation answer. @internal */
function recommendation(random: Random, level: number): number {
  const ranges = [[0, 2], [3, 4], [5, 6], [7, 8], [9, 10]][level - 1] as [number, number];
  return ranges[0] + Math.floor(random.next() * (ranges[1] - ranges[0] + 1));
}

/** An incident on the order of `day`: the record and its truth; returns the rate multiplier after it. @internal */
function incidentOn(random: Random, o: Resolved, sink: Sink, customerId: string, orderId: string, day: number, k: number): number {
  const severity = SEVERITIES[sampleCategorical(random, o.severityProbabilities)] as string;
  const resolution = RESOLUTIONS[sampleCategorical(random, o.resolutionProbabilities)] as SimulatedResolution;
  const fast = o.fastResolutionDays;
  const days = resolution === 'fast' ? Math.floor(random.next() * (fast + 1)) : fast + 1 + Math.floor(random.next() * 30);
  const rating = resolution === 'fast' ? 4 + Math.floor(random.next() * 2) : 2 + Math.floor(random.next() * 3);
  const incidentId = `${customerId}-I${k}`;
  const date = formatEpochDay(day);
  const known = resolution !== 'unresolved' && day + days <= o.end;
  const kind = random.next() < 0.5 ? 'quality' : 'complaint';
  sink.incidents.push({
    incidentId, customerId, date, kind, severity, orderId,
    ...(known ? { resolvedDate: formatEpochDay(day + days), resolutionSatisfaction: rating } : {}),
  } as Incident);
  const applies = o.effect.resolutions.includes(resolution);
  const m = applies ? o.effect.rateMultiplier : 1;
  sink.incidentTruth.push({ incidentId, customerId, date, resolution, rateMultiplier: m, effectDays: applies ? o.effect.durationDays : 0 });
  return m;
}

/** Company contacts of one customer, Poisson in number, uniform in time; returns the benefits in cents. @internal */
function contacts(random: Random, o: Resolved, sink: Sink, customerId: string, birth: number): number {
  const span = o.end - birth + 1;
  const count = samplePoisson(random, (o.contactsPerYear * span) / 365.25);
  let benefits = 0;
  const rows: Interaction[] = [];
  for (let i = 0; i < count; i++) {
    const d = birth + Math.floor(random.next() * span);
    const kind = (['call', 'mailing', 'visit'] as const)[Math.floor(random.next() * 3)] as string;
    const cost = 100 + Math.floor(random.next() * 900);
    const benefit = random.next() < o.benefitProbability ? Math.max(100, Math.round(sampleExponential(random, 1 / o.meanBenefit) * 100)) : 0;
    benefits += benefit;
    rows.push({ customerId, date: formatEpochDay(d), kind, channel: kind === 'call' ? 'phone' : kind === 'mailing' ? 'mail' : 'store', cost: cents(cost), ...(benefit > 0 ? { benefit: cents(benefit) } : {}) } as Interaction);
  }
  sink.interactions.push(...rows);
  return benefits;
}

/** One customer's orders, enquiries, incidents and survey. @internal */
function simulateOne(random: Random, o: Resolved, sink: Sink, customerId: string): void {
  const birth = o.start + Math.floor(random.next() * o.acquisitionDays);
  const nu = sampleGamma(random, o.spend.q, o.spend.gamma);
  const level = 1 + sampleCategorical(random, o.levelProbabilities);
  const lambda = sampleGamma(random, o.purchaseRate.shape, o.purchaseRate.rate) * (o.rateMultipliers[level - 1] as number);
  const first = sink.interactions.length;
  let orderDay = birth;
  let orders = 0;
  let incidents = 0;
  while (orderDay <= o.end) {
    orders++;
    const orderId = `${customerId}-O${orders}`;
    const amount = Math.round(sampleGamma(random, o.spend.p, nu) * 100);
    sink.transactions.push({ customerId, date: formatEpochDay(orderDay), amount: cents(amount), orderId } as Transaction);
    if (random.next() < o.enquiryProbability) {
      const d = orderDay - Math.floor(random.next() * 8);
      sink.interactions.push({ customerId, date: formatEpochDay(d), kind: 'enquiry', channel: 'web', outcome: 'order' } as Interaction);
    }
    let m = 1;
    let effectDays = 0;
    if (random.next() < o.incidentProbability) {
      incidents++;
      m = incidentOn(random, o, sink, customerId, orderId, orderDay, incidents);
      effectDays = m === 1 ? 0 : o.effect.durationDays;
    }
    orderDay += nextGap(random, lambda, m, effectDays);
  }
  const benefitsMinor = contacts(random, o, sink, customerId, birth);
  const mine = sink.interactions.splice(first).sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
  sink.interactions.push(...mine);
  const surveyed = random.next() < o.surveyShare;
  if (surveyed) {
    const date = formatEpochDay(birth + Math.floor(random.next() * (o.end - birth + 1)));
    sink.surveys.push({ respondentId: customerId, date, answers: { satisfaction: level, recommend: recommendation(random, level) } } as SurveyResponse);
  }
  sink.customers.push({ customerId, firstPurchaseDate: formatEpochDay(birth), satisfaction: level, purchaseRate: lambda, surveyed, benefitsMinor });
}

/**
 * Simulates a consistent customer base: orders, enquiries and company contacts with costs and benefits,
 * incidents with a chosen effect on repurchase, and satisfaction survey answers that drive the purchase
 * rate — in the record shapes of `clientele/schemas`, with the truth, for tests and examples of the
 * loyalty measures.
 *
 * @remarks
 * Per customer, in this order of random draws: the first-order day (uniform on the acquisition window),
 * the spend rate `ν ~ Gamma(q, gamma)`, the satisfaction level `s` (1–5), the purchase rate
 * `λ = λ₀ · multiplier[s]` with `λ₀ ~ Gamma(shape, rate)` per day; then order after order until `endDate`:
 * the amount `Gamma(p, ν)` in cents, an enquiry 0–7 days before the order (probability
 * `enquiryProbability`), an incident (probability `incidentProbability`: severity, resolution class,
 * resolution days, kind, rating), and the gap to the next order. Without an incident the gap is
 * `⌈Exp(λ)⌉` days; after an incident whose class the effect applies to, the rate is `λ·m` for
 * `durationDays` days (or until that next order), so that for whole `W`
 * `P(next order within W days) = 1 − exp(−λ(m·min(W, D) + max(0, W − D)))` against `1 − exp(−λW)`
 * without it: the tolerance ratio has a known truth per incident. Then Poisson company contacts (rate
 * `contactsPerYear`, uniform days from the first order to `endDate`, cost 1.00–9.99, a benefit with
 * probability `benefitProbability`, `max(1.00, Exp(mean))`), and with probability `surveyShare` a survey on
 * a uniform day from the first order to `endDate`, answering `satisfaction: s` and `recommend` (0–2, 3–4,
 * 5–6, 7–8, 9–10 for s = 1…5). There is no dropout: every customer keeps buying at their rate.
 *
 * `simulateTransactionLog` is not reused: its purchase process has no way to change the rate after an
 * incident. A resolution that would fall after `endDate` is left out of the record (unresolved as of
 * then); the truth keeps the true class. O(customers + records).
 *
 * @param options - See {@link CustomerRecordsSimulationOptions}.
 * @returns `{ transactions, interactions, incidents, surveys, truth }`.
 * @throws `INVALID_ARGUMENT` when an option is invalid (named in the message).
 * @example
 * ```ts
 * const sim = simulateCustomerRecords({
 *   customers: 50, seed: 7, startDate: '2024-01-01', acquisitionDays: 30, endDate: '2024-12-31',
 *   purchaseRate: { shape: 4, rate: 120 }, incidentEffect: { rateMultiplier: 0.5, durationDays: 60 },
 * });
 * sim.transactions[0]; // { customerId: 'C01', date: '2024-01-27', amount: '25.63', orderId: 'C01-O1' }
 * ```
 * @see de Matos, C. A., Henrique, J. L. & Rossi, C. A. V. (2007). Service recovery paradox: a
 * meta-analysis. Journal of Service Research, 10(1), 60–77. https://doi.org/10.1177/1094670507303012
 */
export function simulateCustomerRecords(options: CustomerRecordsSimulationOptions): SimulatedCustomerRecords {
  const fn = 'simulateCustomerRecords';
  const o = resolveOptions(fn, options);
  const random = createRandom(o.seed);
  const width = String(o.customers).length;
  const sink: Sink = { transactions: [], interactions: [], incidents: [], surveys: [], customers: [], incidentTruth: [] };
  for (let i = 0; i < o.customers; i++) simulateOne(random, o, sink, `C${String(i + 1).padStart(width, '0')}`);
  return {
    transactions: sink.transactions,
    interactions: sink.interactions,
    incidents: sink.incidents,
    surveys: sink.surveys,
    truth: { customers: sink.customers, incidents: sink.incidentTruth, incidentEffect: o.effect },
  };
}
