import { InvalidArgumentError } from '../core/errors/InvalidArgumentError';
import { indexTransactionsAs } from '../time/internal/indexTransactionsAs';
import type { RejectedRecord, TransactionIndex, TransactionInputRow } from '../time/types';
import { brandAttention, type AttentionInteraction, type AttentionSurveyResponse, type BrandAttentionInteractionOptions } from './brandAttention';
import type { CompetitorAttitudeOptions } from './competitorAttitude';
import type { IncidentInputRow } from './defectTolerance';
import { asProfileError, type ProfilePaths } from './internal/asProfileError';
import { checkIndexInput } from './internal/checkIndexInput';
import { scoreMeasureColumns } from './internal/collectMeasureScores';
import { combineMeasureScores } from './internal/combineMeasureScores';
import { createCustomerKeys, keyCount, keyOf, keysInIdOrder, type CustomerKeys } from './internal/customerKeys';
import { attentionColumn, attitudeColumn, checkAttention, checkChoice, choiceTimeColumn, promoShareColumn, toleranceColumn, walletShareColumn } from './internal/profileMeasures';
import { readInteractionEvents, type InteractionEvents } from './internal/readInteractionEvents';
import type { MeasureScale } from './internal/standardizeMeasure';
import type { LoyaltyIndexResult } from './loyaltyIndex';
import type { DateWindow } from './measureTypes';
import { repeatPurchase } from './repeatPurchase';
import type { ShareOfWalletRow } from './shareOfWallet';

/** The seven loyalty measures of {@link loyaltyProfile}, by the names its results use. */
export type LoyaltyMeasureName =
  | 'repeatPurchase'
  | 'shareOfWallet'
  | 'brandAttention'
  | 'choiceTime'
  | 'priceSensitivity'
  | 'competitorAttitude'
  | 'defectTolerance';

/** The records a loyalty profile is computed from; every one but the transactions is optional. */
export interface LoyaltyProfileRecords {
  /** Purchases (rows or an index from `indexTransactions`). */
  readonly transactions: readonly TransactionInputRow[] | TransactionIndex;
  /** Our spend and the category spend per customer, for the share of wallet. */
  readonly wallet?: readonly ShareOfWalletRow[];
  /** Contacts, visits, enquiries: brand attention and choice time. */
  readonly interactions?: readonly AttentionInteraction[];
  /** Survey answers with brand ranks and switching items: the attitude to competitors. */
  readonly surveys?: readonly AttentionSurveyResponse[];
  /** Complaints and quality incidents: defect tolerance. */
  readonly incidents?: readonly IncidentInputRow[];
}

/** Options of {@link loyaltyProfile}: the window, the rules of each measure that needs them, the weights. */
export interface LoyaltyProfileOptions {
  /** The window every behavioural measure is read in (both ends inclusive). Required. */
  readonly window: DateWindow;
  /** For brand attention from `interactions`: the kinds the customer starts, weights per kind, period length. */
  readonly attention?: { readonly customerInitiatedKinds: readonly string[]; readonly weights?: Readonly<Record<string, number>>; readonly periodDays?: number };
  /** For choice time from `interactions`: the enquiry kinds and how far before an order they count. */
  readonly choice?: { readonly enquiryKinds: readonly string[]; readonly lookbackDays: number };
  /** For the attitude to competitors from `surveys`. */
  readonly competitor?: CompetitorAttitudeOptions;
  /** For defect tolerance from `incidents`: the repurchase window and what a fast resolution is. */
  readonly defects?: { readonly windowDays: number; readonly fastResolutionDays: number; readonly k?: number };
  /** Weight of each measure in the composite (default 1 each); a measure absent from the data is skipped. */
  readonly weights?: Partial<Readonly<Record<LoyaltyMeasureName, number>>>;
  /** `'percentile'` (default) or `'z'`: see `loyaltyIndex`. */
  readonly standardize?: MeasureScale;
  /** Least share of the weight a customer's measures must carry for an index (default 0). */
  readonly minCoverage?: number;
  /** Minor digits of the amounts (default 2). */
  readonly minorDigits?: number;
}

/** One measure as {@link loyaltyProfile} computed it. */
export interface LoyaltyProfileMeasure {
  readonly name: LoyaltyMeasureName;
  readonly direction: 'higher' | 'lower';
  /** What the per-customer value is, e.g. `'purchase days in the window'`. */
  readonly definition: string;
  /** Customers with a value. */
  readonly customers: number;
}

/** Result of {@link loyaltyProfile}. */
export interface LoyaltyProfileResult {
  /** The composite index per customer (see `loyaltyIndex`), with each measure's score and contribution. */
  readonly index: LoyaltyIndexResult;
  /** The measures computed, in the order of the source documents. */
  readonly measures: readonly LoyaltyProfileMeasure[];
  /** The measures left out, each with the reason (no records, or no options for them). */
  readonly skipped: readonly { readonly name: LoyaltyMeasureName; readonly reason: string }[];
  /** Records rejected, by input (transactions once, however many measures read them). */
  readonly rejected: Partial<Readonly<Record<'transactions' | 'wallet' | 'interactions' | 'surveys' | 'incidents', readonly RejectedRecord[]>>>;
}

type Computed = { name: LoyaltyMeasureName; direction: 'higher' | 'lower'; definition: string; values: Float64Array };
type RecordKind = 'transactions' | 'wallet' | 'interactions' | 'surveys' | 'incidents';

/** A column by index customer from per-customer rows aligned with the index (`rows[c]` is customer `c`). @internal */
function alignedColumn<T>(rows: readonly T[], value: (row: T) => number | null): Float64Array {
  const out = new Float64Array(rows.length).fill(Number.NaN);
  for (let c = 0; c < rows.length; c++) {
    const v = value(rows[c] as T);
    if (v !== null) out[c] = v;
  }
  return out;
}

const FN = 'loyaltyProfile';
const WINDOW = ['options.window', 'options.window'] as const;
/** Where the interaction measures' arguments come from in `loyaltyProfile`'s (the window is shared). */
const ATTENTION_PATHS: ProfilePaths = [WINDOW, ['options', 'options.attention'], ['records', 'records.interactions']];
const CHOICE_PATHS: ProfilePaths = [WINDOW, ['options', 'options.choice'], ['interactions', 'records.interactions'], ['transactions', 'records.transactions']];

/** The two interaction measures, reading the interactions once for both. @internal */
function interactionMeasures(records: LoyaltyProfileRecords, options: LoyaltyProfileOptions, index: TransactionIndex, keys: CustomerKeys, out: MeasureOutput): void {
  const { window } = options;
  const interactions = records.interactions;
  let events: InteractionEvents | null = null;
  const eventsOf = (rows: readonly unknown[]) => (events ??= readInteractionEvents(rows, keys));
  if (interactions === undefined || options.attention === undefined) {
    out.skipped.push({ name: 'brandAttention', reason: interactions === undefined ? 'no `interactions`' : 'no `options.attention` (which kinds the customer starts)' });
  } else if ('item' in options.attention && (options.attention as { item?: unknown }).item !== undefined) {
    // A survey item instead of interaction rules: the public function's survey path.
    const attention = options.attention;
    const a = asProfileError(FN, ATTENTION_PATHS, () => brandAttention(interactions, { window, ...attention } as BrandAttentionInteractionOptions));
    const at = a.customers.map((c) => keyOf(keys, c.customerId));
    const values = new Float64Array(keyCount(keys)).fill(Number.NaN);
    a.customers.forEach((c, q) => {
      values[at[q] as number] = c.attention;
    });
    out.done.push({ name: 'brandAttention', direction: 'higher', definition: 'weighted customer-initiated contacts per period', values });
    out.rejected.interactions = a.rejected;
  } else {
    const attention = options.attention;
    const a = asProfileError(FN, ATTENTION_PATHS, () => attentionColumn(eventsOf(interactions), checkAttention(interactions, { window, ...attention }), keys));
    out.done.push({ name: 'brandAttention', direction: 'higher', definition: 'weighted customer-initiated contacts per period', values: a.values });
    out.rejected.interactions = a.rejected;
  }
  if (interactions === undefined || options.choice === undefined) {
    out.skipped.push({ name: 'choiceTime', reason: interactions === undefined ? 'no `interactions`' : 'no `options.choice` (which kinds are enquiries)' });
  } else {
    const choice = options.choice;
    const ct = asProfileError(FN, CHOICE_PATHS, () => choiceTimeColumn(eventsOf(interactions), checkChoice(interactions, index, { window, ...choice })));
    out.done.push({ name: 'choiceTime', direction: 'lower', definition: 'median days from first enquiry to order', values: ct.values });
    out.rejected.interactions ??= ct.rejected;
  }
}

interface MeasureOutput {
  done: Computed[];
  skipped: { name: LoyaltyMeasureName; reason: string }[];
  rejected: Partial<Record<RecordKind, readonly RejectedRecord[]>>;
}

/**
 * Computes every measure the records and options allow, as a column over customer keys (the index's
 * customers first, then any other id met); lists the others with a reason. Each measure runs the checks
 * and kernels of its public function, so errors and rejected rows are theirs. @internal
 */
function computeMeasures(records: LoyaltyProfileRecords, options: LoyaltyProfileOptions, index: TransactionIndex, keys: CustomerKeys): MeasureOutput {
  const { window } = options;
  const out: MeasureOutput = { done: [], skipped: [], rejected: { transactions: index.rejected } };
  const rp = asProfileError(FN, [WINDOW, ['transactions', 'records.transactions']], () => repeatPurchase(index, { window, minTenureDays: 0, population: 'windowBuyers' }));
  out.done.push({ name: 'repeatPurchase', direction: 'higher', definition: 'purchase days in the window', values: alignedColumn(rp.customers, (c) => (c.purchasePeriods > 0 ? c.purchasePeriods : null)) });
  if (records.wallet === undefined) out.skipped.push({ name: 'shareOfWallet', reason: 'no `wallet` records (our and the category spend per customer)' });
  else {
    const wallet = records.wallet;
    const w = asProfileError(FN, [['rows', 'records.wallet']], () => walletShareColumn(wallet, keys));
    out.done.push({ name: 'shareOfWallet', direction: 'higher', definition: 'our spend / category spend', values: w.values });
    out.rejected.wallet = w.rejected;
  }
  interactionMeasures(records, options, index, keys, out);
  if (index.discountMinor === null) {
    // Without a discount column every promotion share is 0: a constant that would pull every index to the middle.
    out.skipped.push({ name: 'priceSensitivity', reason: 'no transaction has a `discount`, so every promotion share would be 0' });
  } else {
    const ps = asProfileError(FN, [WINDOW], () => promoShareColumn(index, window));
    out.done.push({ name: 'priceSensitivity', direction: 'lower', definition: 'share of orders with a discount', values: ps });
  }
  if (records.surveys === undefined || options.competitor === undefined) {
    out.skipped.push({ name: 'competitorAttitude', reason: records.surveys === undefined ? 'no `surveys`' : 'no `options.competitor` (the brand and switching items)' });
  } else {
    const { surveys } = records;
    const competitor = options.competitor;
    const ca = asProfileError(FN, [['options', 'options.competitor'], ['responses', 'records.surveys']], () => attitudeColumn(surveys, competitor, keys));
    out.done.push({ name: 'competitorAttitude', direction: 'higher', definition: 'relative attitude and switching intent, [0, 1]', values: ca.values });
    out.rejected.surveys = ca.rejected;
  }
  if (records.incidents === undefined || options.defects === undefined) {
    out.skipped.push({ name: 'defectTolerance', reason: records.incidents === undefined ? 'no `incidents`' : 'no `options.defects` (repurchase window, fast resolution)' });
  } else {
    const { incidents } = records;
    const defects = options.defects;
    const dt = asProfileError(FN, [['options.period', 'options.window'], ['options', 'options.defects'], ['incidents', 'records.incidents']], () => toleranceColumn(index, incidents, { period: window, ...defects }));
    out.done.push({ name: 'defectTolerance', direction: 'higher', definition: 'share of decided incidents followed by a purchase in time', values: dt.values });
    out.rejected.incidents = dt.rejected;
  }
  return out;
}

/**
 * A customer's loyalty profile: the seven loyalty measures of the source documents computed from the
 * records at hand (repeat purchase, share of wallet, attention to the brand, time spent choosing, price
 * sensitivity, attitude to competitors, tolerance of quality incidents), combined into one index.
 *
 * @remarks
 * Each measure comes from its own function over the same window, and the per-customer values feed
 * {@link loyaltyIndex} (standardised, oriented so that higher is more loyal, weighted, missing measures
 * renormalised):
 *
 * | measure | per customer | loyal when | needs |
 * |---|---|---|---|
 * | repeatPurchase | purchase days in the window | higher | transactions |
 * | shareOfWallet | our spend / category spend | higher | `wallet` |
 * | brandAttention | weighted customer-initiated contacts per period | higher | `interactions`, `options.attention` |
 * | choiceTime | median days from first enquiry to order | lower | `interactions`, `options.choice` |
 * | priceSensitivity | share of orders with a discount | lower | transactions with a `discount` column |
 * | competitorAttitude | relative attitude and switching intent | higher | `surveys`, `options.competitor` |
 * | defectTolerance | share of decided incidents followed by a purchase within k × the usual gap | higher | `incidents`, `options.defects` |
 *
 * A measure whose records or options are missing is skipped and listed with the reason; a customer
 * without a value for a measure (no enquiry, no incident) has it missing, which the index neither counts
 * as zero nor imputes. The transactions are indexed once. Measures 1, 2, 5 and 7 are behavioural, 2, 3, 4
 * and 6 largely attitudinal: Dick & Basu's two axes ({@link dickBasuMatrix}).
 *
 * @param records - `transactions` (required) and optionally `wallet`, `interactions`, `surveys`, `incidents`.
 * @param options - `window` (required), each measure's rules, `weights`, `standardize`, `minCoverage`.
 * @returns The index per customer, the measures computed and skipped, and the rejected records per input.
 * @throws `INVALID_ARGUMENT` when `records` or `options` is not an object, a weight names an unknown
 *   measure or is not a finite number > 0, and as each measure function for its own inputs and options,
 *   named at the path given here (e.g. `records.wallet[2].ours`, `options.defects.windowDays`).
 * @example
 * ```ts
 * const p = loyaltyProfile(
 *   {
 *     transactions: [
 *       { customerId: 'a', date: '2024-01-05', amount: 40 },
 *       { customerId: 'a', date: '2024-02-05', amount: 35 },
 *       { customerId: 'a', date: '2024-03-05', amount: 30, discount: 5 },
 *       { customerId: 'b', date: '2024-02-10', amount: 20, discount: 4 },
 *     ],
 *     wallet: [{ customerId: 'a', ours: 105, category: 150 }, { customerId: 'b', ours: 20, category: 200 }],
 *   },
 *   { window: { from: '2024-01-01', to: '2024-03-31' } },
 * );
 * p.measures.map((m) => m.name); // ['repeatPurchase', 'shareOfWallet', 'priceSensitivity']
 * p.index.customers.map((c) => c.index); // [0.75, 0.25]
 * p.skipped.length; // 4
 * ```
 * @see Dick, A. S. & Basu, K. (1994). Customer loyalty: Toward an integrated conceptual framework. Journal
 * of the Academy of Marketing Science, 22(2), 99–113. doi:10.1177/0092070394222001
 * @see Oliver, R. L. (1999). Whence consumer loyalty? Journal of Marketing, 63 (special issue), 33–44.
 * doi:10.1177/00222429990634s105
 */
export function loyaltyProfile(records: LoyaltyProfileRecords, options: LoyaltyProfileOptions): LoyaltyProfileResult {
  const fn = 'loyaltyProfile';
  if (typeof records !== 'object' || records === null) throw new InvalidArgumentError(fn, 'records', 'must be an object with transactions', records);
  if (typeof options !== 'object' || options === null) throw new InvalidArgumentError(fn, 'options', 'must be an object with window', options);
  const weights = options.weights ?? {};
  if (typeof weights !== 'object' || weights === null) throw new InvalidArgumentError(fn, 'options.weights', 'must be an object of weights by measure', weights);
  const known = ['repeatPurchase', 'shareOfWallet', 'brandAttention', 'choiceTime', 'priceSensitivity', 'competitorAttitude', 'defectTolerance'];
  for (const key of Object.keys(weights)) {
    if (!known.includes(key)) throw new InvalidArgumentError(fn, `options.weights.${key}`, `must name a measure (${known.join(', ')})`, key);
  }
  const index = indexTransactionsAs(fn, records.transactions, options.minorDigits === undefined ? undefined : { minorDigits: options.minorDigits });
  const keys = createCustomerKeys(index.customerIds);
  const { done, skipped, rejected } = computeMeasures(records, options, index, keys);
  const measures = done.map((m) => {
    const w = weights[m.name];
    return { name: m.name, direction: m.direction, ...(w === undefined ? {} : { weight: w }) };
  });
  // The composite's checks name the measures by position; the caller set their weights by name.
  const weightPaths: ProfilePaths = done.map((m, k) => [`measures[${k}].weight`, `options.weights.${m.name}`] as const);
  const checked = asProfileError(fn, weightPaths, () =>
    checkIndexInput('loyaltyIndex', measures, {
      ...(options.standardize === undefined ? {} : { standardize: options.standardize }),
      ...(options.minCoverage === undefined ? {} : { minCoverage: options.minCoverage }),
    }),
  );
  const ids = index.customerIds.concat(keys.extraIds);
  const scores = scoreMeasureColumns(done, ids, keysInIdOrder(keys), checked.scale);
  const combined = combineMeasureScores('loyaltyIndex', measures, checked.weights, checked.scale, checked.minCoverage, scores);
  const counts = scores.summaries.map((x) => x.customers);
  return {
    index: combined,
    measures: done.map((m, j) => ({ name: m.name, direction: m.direction, definition: m.definition, customers: counts[j] as number })),
    skipped,
    rejected,
  };
}
