import { EmptyInputError } from '../core/errors/EmptyInputError';
import { InvalidArgumentError } from '../core/errors/InvalidArgumentError';
import { readCustomerId } from '../time/internal/readCustomerId';
import type { RejectedRecord } from '../time/types';
import { createCustomerKeys, idOfKey, keysInIdOrder } from './internal/customerKeys';
import { compareIds, formatWindow, requireOptions } from './internal/measureArgs';
import { RECORD_ID_RULE, duplicatedKeys, sortRejected } from './internal/measureRecords';
import { readInteractionEvents } from './internal/readInteractionEvents';
import { resolveAttentionOptions, tallyAttention } from './internal/tallyAttention';
import type { DateWindow } from './measureTypes';

/** One contact with a customer (the `Interaction` record of `clientele/schemas` fits). */
export interface AttentionInteraction {
  /** The customer. */
  readonly customerId: string | number;
  /** Calendar date: `'yyyy-mm-dd'`, `'yyyymmdd'` or a `Date` read at UTC. */
  readonly date: string | Date;
  /** Manner of the contact (`'visit'`, `'enquiry'`, `'open'`, `'click'`, ...); missing is the kind `''`. */
  readonly kind?: string | undefined;
  /** Who started the contact: `'customer'` counts, any other value does not; missing: decided by kind. */
  readonly initiatedBy?: string | undefined;
}

/** One survey response (the `SurveyResponse` record of `clientele/schemas` fits). */
export interface AttentionSurveyResponse {
  /** The respondent (a customer id). */
  readonly respondentId: string | number;
  /** Answers by item. */
  readonly answers: Readonly<Record<string, number | string | boolean>>;
}

/** Options of {@link brandAttention} from interactions. */
export interface BrandAttentionInteractionOptions {
  /** The window of interactions counted (both ends inclusive). */
  readonly window: DateWindow;
  /** Days per period of the rate (default 30): attention = weighted interactions per `periodDays`. */
  readonly periodDays?: number;
  /**
   * Kinds that are customer-initiated when a row has no `initiatedBy` (e.g. `['visit', 'enquiry',
   * 'open', 'click', 'inbound-call']`); may be empty when every row says who started it.
   */
  readonly customerInitiatedKinds: readonly string[];
  /** Weight of each kind (finite, ≥ 0). Without it every interaction weighs 1. */
  readonly weights?: Readonly<Record<string, number>>;
  /** Weight of a kind missing from `weights`; without it such rows are rejected (reported). */
  readonly defaultWeight?: number;
  /** The customers to report (those without an interaction get 0); interactions of others are rejected. */
  readonly customers?: readonly (string | number)[];
}

/** Options of {@link brandAttention} from a survey item ("how interested are you in brand X?"). */
export interface BrandAttentionSurveyOptions {
  /** The item name in `answers`. */
  readonly item: string;
  /** The answer scale; with it, answers outside are rejected and `scaled` = `(x − min)/(max − min)`. */
  readonly scale?: { readonly min: number; readonly max: number };
}

/** One customer's attention to the brand. */
export interface BrandAttentionCustomer {
  /** The customer (the respondent for survey input). */
  readonly customerId: string;
  /** Weighted customer-initiated interactions per period, or the survey answer (booleans as 1/0). */
  readonly attention: number;
  /** Customer-initiated interactions counted; `null` for survey input. */
  readonly interactions: number | null;
  /** Their summed weights; `null` for survey input. */
  readonly weightedInteractions: number | null;
  /** The answer on [0, 1] when a scale is given; `null` otherwise. */
  readonly scaled: number | null;
}

/** The result of {@link brandAttention}. */
export interface BrandAttentionResult {
  /** Where the measure comes from. */
  readonly source: 'interactions' | 'survey';
  /** One row per customer, sorted by `customerId`. */
  readonly customers: BrandAttentionCustomer[];
  /** Rows read but not counted (not errors): outside the window, not customer-initiated, item missing. */
  readonly excluded: { readonly outsideWindow: number; readonly notCustomerInitiated: number; readonly itemMissing: number };
  /** The conventions used. */
  readonly settings: {
    /** The window, for interactions; `null` for a survey. */
    readonly window: { readonly from: string; readonly to: string } | null;
    /** Days per period; `null` for a survey. */
    readonly periodDays: number | null;
    /** Kinds counted as customer-initiated without `initiatedBy`. */
    readonly customerInitiatedKinds: readonly string[] | null;
    /** Weights by kind (`null`: every interaction weighs 1). */
    readonly weights: Readonly<Record<string, number>> | null;
    /** Weight of kinds missing from `weights`, or `null` (such rows are rejected). */
    readonly defaultWeight: number | null;
    /** The survey item, or `null`. */
    readonly item: string | null;
    /** The answer scale, or `null`. */
    readonly scale: { readonly min: number; readonly max: number } | null;
  };
  /** Rows left out, with their reasons. */
  readonly rejected: RejectedRecord[];
}

/** Options of {@link brandAttention}: from interactions or from a survey item. */
export type BrandAttentionOptions = BrandAttentionInteractionOptions | BrandAttentionSurveyOptions;

/**
 * Attention to the brand, the third loyalty measure: customer-initiated interactions per period, weighted
 * by kind, or the answer to a brand-interest survey item.
 *
 * @remarks
 * From interactions: a row counts when the customer started it: `initiatedBy: 'customer'`, or, without
 * `initiatedBy`, a kind listed in `customerInitiatedKinds` (visits, enquiries, e-mail opens, clicks,
 * inbound calls; a company's mailing or sales call is not attention). With weights `w_k` by kind,
 * `attention_i = Σ_{counted rows} w_kind / (days(W) / periodDays)`, days(W) = `to − from + 1`. A
 * customer-initiated row whose kind has no weight uses `defaultWeight` or, without it, is rejected and
 * reported. Rows outside the window or started by the company are counted in `excluded`, not rejected.
 * Customers are those with a counted row, or the `customers` list (others then get 0, and rows of
 * unlisted customers are rejected). Engagement as customers' voluntary contact beyond purchase follows
 * van Doorn et al. (2010).
 *
 * From a survey (`options.item`): the answer to the item (a number; `true`/`false` read as 1/0), with a
 * `scale` rescaled to [0, 1]; a respondent without the item is counted in `excluded.itemMissing`; a
 * respondent given twice is rejected (every copy). O(n log n).
 *
 * @param records - {@link AttentionInteraction}s, or {@link AttentionSurveyResponse}s with `options.item`.
 * @param options - {@link BrandAttentionInteractionOptions} or {@link BrandAttentionSurveyOptions}.
 * @returns Per-customer attention sorted by id, the exclusions, the settings and the rejected rows.
 * @throws `INVALID_ARGUMENT` when `records` is not an array, or for a missing or invalid option.
 * @throws `EMPTY_INPUT` when `records` is empty.
 * @example
 * ```ts
 * const r = brandAttention(
 *   [
 *     { customerId: 'a', date: '2024-01-03', kind: 'visit' },
 *     { customerId: 'a', date: '2024-01-20', kind: 'enquiry' },
 *     { customerId: 'a', date: '2024-01-21', kind: 'mailing' },
 *   ],
 *   { window: { from: '2024-01-01', to: '2024-02-29' }, customerInitiatedKinds: ['visit', 'enquiry'], weights: { visit: 1, enquiry: 2 } },
 * );
 * r.customers[0]?.attention; // 1.5 (3 weighted contacts in 60 days = 2 periods of 30)
 * ```
 * @see van Doorn, J., Lemon, K. N., Mittal, V., Nass, S., Pick, D., Pirner, P. & Verhoef, P. C. (2010).
 * Customer engagement behavior: theoretical foundations and research directions. Journal of Service
 * Research, 13(3), 253–266. doi:10.1177/1094670510375599
 */
export function brandAttention(
  records: readonly AttentionInteraction[] | readonly AttentionSurveyResponse[],
  options: BrandAttentionOptions,
): BrandAttentionResult {
  const fn = 'brandAttention';
  requireOptions(fn, options);
  if (!Array.isArray(records)) throw new InvalidArgumentError(fn, 'records', 'must be an array', records);
  if ('item' in options && options.item !== undefined) return fromSurvey(fn, records, options);
  const r = resolveAttentionOptions(fn, options as BrandAttentionInteractionOptions);
  if (records.length === 0) throw new EmptyInputError(fn, 'records');
  const keys = createCustomerKeys();
  const t = tallyAttention(readInteractionEvents(records, keys), r, keys);
  const { outsideWindow, notCustomerInitiated, rejected } = t;
  const customers: BrandAttentionCustomer[] = [];
  for (const k of keysInIdOrder(keys)) {
    if (t.reported[k] !== 1) continue;
    const n = t.interactions[k] as number;
    const w = t.weighted[k] as number;
    customers.push({ customerId: idOfKey(keys, k), attention: w / t.periods, interactions: n, weightedInteractions: w, scaled: null });
  }
  return {
    source: 'interactions',
    customers,
    excluded: { outsideWindow, notCustomerInitiated, itemMissing: 0 },
    settings: {
      window: formatWindow(r.window),
      periodDays: r.periodDays,
      customerInitiatedKinds: [...r.kinds].sort(compareIds),
      weights: r.weights === null ? null : Object.fromEntries([...r.weights].sort((a, b) => compareIds(a[0], b[0]))),
      defaultWeight: r.defaultWeight,
      item: null,
      scale: null,
    },
    rejected: sortRejected(rejected),
  };
}

/** The survey path. @internal */
function fromSurvey(fn: string, records: readonly unknown[], o: BrandAttentionSurveyOptions): BrandAttentionResult {
  const item = o.item;
  if (typeof item !== 'string' || item.trim() === '') throw new InvalidArgumentError(fn, 'options.item', 'must be a non-blank string', item);
  const scale = o.scale === undefined ? null : readScale(fn, o.scale);
  if (records.length === 0) throw new EmptyInputError(fn, 'records');
  const rejected: RejectedRecord[] = [];
  const ids = records.map((row) => (typeof row === 'object' && row !== null ? readCustomerId((row as AttentionSurveyResponse).respondentId) : null));
  const dup = duplicatedKeys(ids);
  const customers: BrandAttentionCustomer[] = [];
  let itemMissing = 0;
  records.forEach((row, i) => {
    const id = ids[i] ?? null;
    if (typeof row !== 'object' || row === null) return void rejected.push({ index: i, field: 'row', reason: 'must be an object', value: row });
    const x = row as AttentionSurveyResponse;
    if (id === null) return void rejected.push({ index: i, field: 'respondentId', reason: RECORD_ID_RULE, value: x.respondentId });
    if (dup.has(id)) return void rejected.push({ index: i, field: 'respondentId', reason: 'is given more than once', value: x.respondentId });
    const answers: unknown = x.answers;
    if (typeof answers !== 'object' || answers === null) return void rejected.push({ index: i, field: 'answers', reason: 'must be an object', value: answers });
    const raw = (answers as Record<string, unknown>)[item];
    if (raw === undefined || raw === null || raw === '') return void itemMissing++;
    const v = typeof raw === 'boolean' ? Number(raw) : raw;
    const bad = typeof v !== 'number' || !Number.isFinite(v) || (scale !== null && (v < scale.min || v > scale.max));
    if (bad) return void rejected.push({ index: i, field: `answers.${item}`, reason: scale === null ? 'must be a finite number or a boolean' : `must be a number ${scale.min}-${scale.max}`, value: raw });
    customers.push({ customerId: id, attention: v, interactions: null, weightedInteractions: null, scaled: scale === null ? null : (v - scale.min) / (scale.max - scale.min) });
  });
  customers.sort((a, b) => compareIds(a.customerId, b.customerId));
  return {
    source: 'survey',
    customers,
    excluded: { outsideWindow: 0, notCustomerInitiated: 0, itemMissing },
    settings: { window: null, periodDays: null, customerInitiatedKinds: null, weights: null, defaultWeight: null, item, scale },
    rejected: sortRejected(rejected),
  };
}

/** A `{ min, max }` scale with `min < max`. @internal */
function readScale(fn: string, s: unknown): { min: number; max: number } {
  const v = s as { min?: unknown; max?: unknown };
  if (typeof s !== 'object' || s === null || typeof v.min !== 'number' || typeof v.max !== 'number' || !Number.isFinite(v.min) || !Number.isFinite(v.max) || !(v.min < v.max)) {
    throw new InvalidArgumentError(fn, 'options.scale', 'must be { min, max } with finite min < max', s);
  }
  return { min: v.min, max: v.max };
}
