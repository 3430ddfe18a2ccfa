import { InvalidArgumentError } from '../core/errors/InvalidArgumentError';
import { formatEpochDay } from '../time/formatEpochDay';
import { indexTransactionsAs } from '../time/internal/indexTransactionsAs';
import { parseCalendarDay } from '../time/parseCalendarDay';
import type { RejectedRecord, TransactionIndex, TransactionInputRow } from '../time/types';
import { medianOf, resolveActivityRule, type ActivityRule } from './internal/activityRule';
import { collectLadderEvidence, type LadderEvidence } from './internal/collectLadderEvidence';
import { purchaseDays } from '../time/internal/purchaseDays';
import { sortIdsAscending } from './internal/sortIdsAscending';

export type { ActivityRule } from './internal/activityRule';

/** The five stages of the loyalty ladder, from the first to the last rung. */
export type LoyaltyStage = 'doubt' | 'expectation' | 'firstPurchase' | 'repeatPurchase' | 'advocacy';

/** The records {@link loyaltyLadder} reads; only `transactions` is required. */
export interface LoyaltyLadderRecords {
  /** Purchases (rows or an index from `indexTransactions`). */
  readonly transactions: readonly TransactionInputRow[] | TransactionIndex;
  /** The master file: every known customer, purchasing or not (`Customer` records of `clientele/schemas` fit). */
  readonly customers?: readonly { readonly customerId: string | number }[];
  /** Contacts and engagement: enquiries, visits, quotes, leads (`Interaction` records fit). */
  readonly interactions?: readonly { readonly customerId: string | number; readonly date: string | Date; readonly kind?: string }[];
  /** Survey responses with a 0–10 recommendation item (`SurveyResponse` records fit); promoters are advocates. */
  readonly surveys?: readonly { readonly respondentId: string | number; readonly date?: string | Date; readonly answers: Readonly<Record<string, unknown>> }[];
  /** P(alive) per customer, for `activity: { rule: 'pAlive' }` (e.g. from `bgNbd.probabilityAlive`). */
  readonly pAlive?: readonly { readonly customerId: string | number; readonly value: number }[];
}

/** Options of {@link loyaltyLadder}. */
export interface LoyaltyLadderOptions {
  /** The date at which stages are read (inclusive): later records are ignored. Required. */
  readonly asOf: string | Date;
  /** Interaction kinds that count as engagement (default: every interaction). */
  readonly engagementKinds?: readonly string[];
  /** Interaction kinds that are advocacy evidence (default `['referral', 'review', 'recommendation']`). */
  readonly advocacyKinds?: readonly string[];
  /** The survey item holding the 0–10 recommendation answer; without it surveys are not read. */
  readonly npsItem?: string;
  /** Lowest answer that makes a promoter (default 9). */
  readonly promoterFrom?: number;
  /** When a buyer is still active (default `{ rule: 'cadence', multiple: 2 }`). */
  readonly activity?: ActivityRule;
  /** Minor digits of the transaction amounts (default 2). */
  readonly minorDigits?: number;
}

/** One customer's rung on the ladder. */
export interface LoyaltyLadderRow {
  readonly customerId: string;
  readonly stage: LoyaltyStage;
  /** A buyer who is no longer active by the activity rule; `null` for non-buyers or when undecidable. */
  readonly lapsed: boolean | null;
  /** Purchase days up to `asOf` (same-day purchases merged, returns excluded). */
  readonly purchases: number;
  readonly lastPurchaseDate: string | null;
  readonly daysSinceLastPurchase: number | null;
  /** Whether the customer engaged (an engagement interaction) up to `asOf`. */
  readonly engaged: boolean;
  /** Advocacy evidence found: interaction kinds and `'promoter'`. */
  readonly advocacyEvidence: readonly string[];
  /** The basis of `lapsed`: days allowed since the last purchase and where that limit came from. */
  readonly activity: { readonly basis: 'own cadence' | 'population cadence' | 'days' | 'pAlive' | null; readonly limit: number | null };
}

/** Result of {@link loyaltyLadder}. */
export interface LoyaltyLadderResult {
  readonly asOf: string;
  /** Every customer known at `asOf`, sorted by id. */
  readonly customers: readonly LoyaltyLadderRow[];
  /** Customers per stage, their share, and how many of them are lapsed. */
  readonly stages: Readonly<Record<LoyaltyStage, { readonly count: number; readonly share: number; readonly lapsed: number }>>;
  /** The rules used. */
  readonly conventions: {
    readonly activity: Required<ActivityRule>;
    readonly populationMedianInterPurchaseDays: number | null;
    readonly engagementKinds: readonly string[] | 'all';
    readonly advocacyKinds: readonly string[];
    readonly npsItem: string | null;
    readonly promoterFrom: number;
    readonly lapsed: 'flagged, the stage kept';
  };
  /** Rows left out, by input. */
  readonly rejected: Readonly<Record<'transactions' | 'customers' | 'interactions' | 'surveys' | 'pAlive', readonly RejectedRecord[]>>;
}

/** Days allowed since the last purchase, and the basis, for one buyer. @internal */
function activityLimit(
  rule: Required<ActivityRule>,
  days: readonly number[],
  populationMedian: number | null,
): { basis: LoyaltyLadderRow['activity']['basis']; limit: number | null } {
  if (rule.rule === 'days') return { basis: 'days', limit: rule.days };
  if (rule.rule === 'pAlive') return { basis: 'pAlive', limit: null };
  if (days.length >= 3) {
    const gaps = days.slice(1).map((d, k) => d - (days[k] as number));
    return { basis: 'own cadence', limit: rule.multiple * (medianOf(gaps) as number) };
  }
  return populationMedian === null ? { basis: null, limit: null } : { basis: 'population cadence', limit: rule.multiple * populationMedian };
}

/**
 * Places every known customer on the five-stage loyalty ladder (doubt, expectation, first purchase,
 * repeat purchase, advocacy) at a date, from purchases, interactions and survey answers, flagging lapsed
 * buyers instead of moving them down.
 *
 * @remarks
 * Rules at `asOf` (each input and threshold an option):
 * - **doubt** (suspect): known (master file, or any record) with no engagement and no purchase;
 * - **expectation** (prospect): engaged (an interaction of an engagement kind) but no purchase;
 * - **first purchase** (customer): exactly one purchase day;
 * - **repeat purchase** (client): two or more purchase days;
 * - **advocacy** (advocate): a repeat buyer with advocacy evidence: a referral, review or recommendation
 *   interaction, or a promoter answer (9–10) to the recommendation item.
 * A buyer who is no longer active is flagged `lapsed` and keeps the stage reached: by default when the
 * days since the last purchase exceed twice the median inter-purchase time (the customer's own with three
 * or more purchases, else the population's), or by a fixed number of days, or by P(alive) below a
 * threshold. The ladder follows Christopher, Payne & Ballantyne (1991) (suspect → prospect → customer →
 * client → advocate); Griffin (1995) has seven rungs. Stage counts at several dates, and the transition
 * matrix between two, are the lifecycle views: call it once per date. O(n log n) in the records.
 *
 * @param records - `transactions` (required), and optionally `customers`, `interactions`, `surveys`, `pAlive`.
 * @param options - `asOf` (required) and the rules; see {@link LoyaltyLadderOptions}.
 * @returns Every known customer's stage, lapsed flag and evidence, sorted by id; counts per stage; the
 *   rules used; the rejected rows of each input.
 * @throws `INVALID_ARGUMENT` when `asOf` is missing or not a date, an input is not an array, a kind list is
 *   not an array of strings, `promoterFrom` is not 0–10, or the activity rule is malformed.
 * @example
 * ```ts
 * const r = loyaltyLadder(
 *   {
 *     customers: [{ customerId: 'lead' }, { customerId: 'quiet' }],
 *     interactions: [{ customerId: 'lead', date: '2024-05-02', kind: 'enquiry' }, { customerId: 'fan', date: '2024-05-20', kind: 'referral' }],
 *     transactions: [
 *       { customerId: 'once', date: '2024-05-10', amount: 30 },
 *       { customerId: 'fan', date: '2024-03-01', amount: 20 },
 *       { customerId: 'fan', date: '2024-04-01', amount: 25 },
 *       { customerId: 'fan', date: '2024-05-01', amount: 20 },
 *     ],
 *   },
 *   { asOf: '2024-06-01' },
 * );
 * r.customers.map((c) => `${c.customerId}:${c.stage}`); // ['fan:advocacy', 'lead:expectation', 'once:firstPurchase', 'quiet:doubt']
 * r.customers[0]?.lapsed; // false (31 days since the last purchase, within 2 × 30.5)
 * ```
 * @see Christopher, M., Payne, A. & Ballantyne, D. (1991). Relationship Marketing. Butterworth-Heinemann.
 * @see Griffin, J. (1995). Customer Loyalty: How to Earn It, How to Keep It. Lexington Books.
 */
export function loyaltyLadder(records: LoyaltyLadderRecords, options: LoyaltyLadderOptions): LoyaltyLadderResult {
  const fn = 'loyaltyLadder';
  if (typeof records !== 'object' || records === null) throw new InvalidArgumentError(fn, 'records', 'must be an object with transactions', records);
  if (typeof options !== 'object' || options === null) throw new InvalidArgumentError(fn, 'options', 'must be an object with asOf', options);
  const asOf = parseCalendarDay(options.asOf);
  if (Number.isNaN(asOf)) throw new InvalidArgumentError(fn, 'options.asOf', 'must be a calendar date (yyyy-mm-dd or a Date)', options.asOf);
  const rule = resolveActivityRule(fn, 'options.activity', options.activity);
  const index = indexTransactionsAs(fn, records.transactions, options.minorDigits === undefined ? undefined : { minorDigits: options.minorDigits });
  const evidence = collectLadderEvidence(fn, records, options, asOf);
  const history = index.customerIds.map((_, c) => purchaseDays(index, c, asOf));
  const gaps: number[] = [];
  for (const days of history) for (let k = 1; k < days.length; k++) gaps.push((days[k] as number) - (days[k - 1] as number));
  const populationMedian = medianOf(gaps);
  const known = new Set<string>(evidence.known);
  index.customerIds.forEach((id, c) => {
    if ((history[c] as number[]).length > 0) known.add(id);
  });
  const daysOf = new Map(index.customerIds.map((id, c) => [id, history[c] as number[]]));
  const ids = sortIdsAscending(known);
  const customers = ids.map((id) => placeCustomer(id, daysOf.get(id) ?? [], evidence, rule, populationMedian, asOf));
  return {
    asOf: formatEpochDay(asOf),
    customers,
    stages: countStages(customers),
    conventions: {
      activity: rule,
      populationMedianInterPurchaseDays: populationMedian,
      engagementKinds: evidence.engagementKinds,
      advocacyKinds: evidence.advocacyKinds,
      npsItem: options.npsItem ?? null,
      promoterFrom: evidence.promoterFrom,
      lapsed: 'flagged, the stage kept',
    },
    rejected: { transactions: index.rejected, ...evidence.rejected },
  };
}

/** One customer's row. @internal */
function placeCustomer(
  customerId: string,
  days: readonly number[],
  evidence: LadderEvidence,
  rule: Required<ActivityRule>,
  populationMedian: number | null,
  asOf: number,
): LoyaltyLadderRow {
  const engaged = evidence.engaged.has(customerId);
  const advocacyEvidence = [...(evidence.advocacy.get(customerId) ?? [])].sort();
  const purchases = days.length;
  if (purchases === 0) {
    const stage: LoyaltyStage = engaged ? 'expectation' : 'doubt';
    return { customerId, stage, lapsed: null, purchases, lastPurchaseDate: null, daysSinceLastPurchase: null, engaged, advocacyEvidence, activity: { basis: null, limit: null } };
  }
  const last = days[purchases - 1] as number;
  const since = asOf - last;
  const stage: LoyaltyStage = purchases === 1 ? 'firstPurchase' : advocacyEvidence.length > 0 ? 'advocacy' : 'repeatPurchase';
  const activity = activityLimit(rule, days, populationMedian);
  let lapsed: boolean | null = activity.limit === null ? null : since > activity.limit;
  if (rule.rule === 'pAlive') {
    const p = evidence.pAlive.get(customerId);
    lapsed = p === undefined ? null : p < rule.threshold;
  }
  return { customerId, stage, lapsed, purchases, lastPurchaseDate: formatEpochDay(last), daysSinceLastPurchase: since, engaged, advocacyEvidence, activity };
}

/** Counts, shares and lapsed counts per stage. @internal */
function countStages(customers: readonly LoyaltyLadderRow[]): LoyaltyLadderResult['stages'] {
  const stages = ['doubt', 'expectation', 'firstPurchase', 'repeatPurchase', 'advocacy'] as const;
  const out = Object.fromEntries(stages.map((s) => [s, { count: 0, share: 0, lapsed: 0 }])) as Record<LoyaltyStage, { count: number; share: number; lapsed: number }>;
  for (const c of customers) {
    out[c.stage].count++;
    if (c.lapsed === true) out[c.stage].lapsed++;
  }
  for (const s of stages) out[s].share = customers.length === 0 ? 0 : out[s].count / customers.length;
  return out;
}
