import { EmptyInputError } from '../../core/errors/EmptyInputError';
import { InvalidArgumentError } from '../../core/errors/InvalidArgumentError';
import { resolveMinorDigits } from '../../money/resolveMinorDigits';
import { indexTransactionsAs } from '../../time/internal/indexTransactionsAs';
import type { RejectedRecord, TransactionIndex } from '../../time/types';
import type { BrandAttentionInteractionOptions } from '../brandAttention';
import type { ChoiceTimeOptions } from '../choiceTime';
import type { CompetitorAttitudeOptions } from '../competitorAttitude';
import type { DefectToleranceOptions } from '../defectTolerance';
import { choiceTimeColumns } from './choiceTimeColumns';
import type { CustomerKeys } from './customerKeys';
import { indexOptionsOf, readInteger, readStringList, readWindow, requireOptions } from './measureArgs';
import { sortRejected } from './measureRecords';
import type { InteractionEvents } from './readInteractionEvents';
import { promoShares } from './promoOrders';
import { readWalletRows } from './readWalletRows';
import { resolveToleranceOptions, scanTolerance, toleranceCounts } from './scanTolerance';
import { readResponseRows, resolveAttitudeOptions, scoreAnswers, type AttitudeScore } from './scoreAttitudes';
import { resolveAttentionOptions, tallyAttention } from './tallyAttention';

// Each measure of `loyaltyProfile` as a dense column over customer keys (NaN: no value), computed by the
// kernels of its public function with the same checks, errors and rejected rows, without the per-customer
// result objects the profile would only read one number from.

/** A measure's values by customer key (NaN: missing) and its rejected rows. @internal */
export interface MeasureColumn {
  readonly values: Float64Array;
  readonly rejected: RejectedRecord[];
}

/** A column of `size` missing values. @internal */
function missingColumn(size: number): Float64Array {
  return new Float64Array(size).fill(Number.NaN);
}

/** `shareOfWallet(rows).customers[].share` by key. @internal */
export function walletShareColumn(rows: unknown, keys: CustomerKeys): MeasureColumn {
  const fn = 'shareOfWallet';
  const digits = resolveMinorDigits(fn, {});
  if (!Array.isArray(rows)) throw new InvalidArgumentError(fn, 'rows', 'must be an array', rows);
  if (rows.length === 0) throw new EmptyInputError(fn, 'rows');
  const w = readWalletRows(rows, digits, keys);
  const values = missingColumn(w.seen.length);
  for (let k = 0; k < values.length; k++) {
    if (w.seen[k] !== 1) continue;
    const ours = w.ours[k] as number;
    const wallet = Math.max(w.category[k] as number, ours);
    if (wallet !== 0) values[k] = ours / wallet;
  }
  return { values, rejected: sortRejected(w.rejected) };
}

/** Checks what `brandAttention(interactions, options)` checks before reading the rows. @internal */
export function checkAttention(interactions: unknown, options: BrandAttentionInteractionOptions) {
  const fn = 'brandAttention';
  requireOptions(fn, options);
  if (!Array.isArray(interactions)) throw new InvalidArgumentError(fn, 'records', 'must be an array', interactions);
  const settings = resolveAttentionOptions(fn, options);
  if (interactions.length === 0) throw new EmptyInputError(fn, 'records');
  return settings;
}

/** `brandAttention(interactions, options).customers[].attention` by key. @internal */
export function attentionColumn(events: InteractionEvents, settings: ReturnType<typeof checkAttention>, keys: CustomerKeys): MeasureColumn {
  const t = tallyAttention(events, settings, keys);
  const values = missingColumn(t.reported.length);
  for (let k = 0; k < values.length; k++) if (t.reported[k] === 1) values[k] = (t.weighted[k] as number) / t.periods;
  return { values, rejected: sortRejected(t.rejected) };
}

/** Checks what `choiceTime(interactions, index, options)` checks before reading the rows. @internal */
export function checkChoice(interactions: unknown, index: TransactionIndex, options: ChoiceTimeOptions) {
  const fn = 'choiceTime';
  requireOptions(fn, options);
  const window = readWindow(fn, 'options.window', options.window);
  const enquiryKinds = readStringList(fn, 'options.enquiryKinds', options.enquiryKinds);
  const lookback = readInteger(fn, 'options.lookbackDays', options.lookbackDays, 0);
  const sincePrevious = options.sincePreviousOrder ?? true;
  if (typeof sincePrevious !== 'boolean') throw new InvalidArgumentError(fn, 'options.sincePreviousOrder', 'must be a boolean', sincePrevious);
  if (!Array.isArray(interactions)) throw new InvalidArgumentError(fn, 'interactions', 'must be an array', interactions);
  const indexed = indexTransactionsAs(fn, index, indexOptionsOf(options));
  if (indexed.rowCount === 0) throw new EmptyInputError(fn, 'transactions');
  return { window, enquiryKinds, lookback, sincePrevious, index: indexed };
}

/** `choiceTime(interactions, index, options).customers[].medianDays` by key (the index's customers). @internal */
export function choiceTimeColumn(events: InteractionEvents, settings: ReturnType<typeof checkChoice>): MeasureColumn {
  const t = choiceTimeColumns(events, settings.index, settings);
  const values = missingColumn(t.medianDays.length);
  for (let c = 0; c < values.length; c++) if ((t.orders[c] as number) > 0) values[c] = t.medianDays[c] as number;
  return { values, rejected: sortRejected(t.rejected) };
}

/** `customerPriceSensitivity(index, { window }).customers[].promoShare` by key (the index's customers). @internal */
export function promoShareColumn(index: TransactionIndex, window: unknown): Float64Array {
  const fn = 'customerPriceSensitivity';
  return promoShares(index, readWindow(fn, 'options.window', window));
}

/** `competitorAttitude(responses, options).respondents[].attitude` by key. @internal */
export function attitudeColumn(responses: unknown, options: CompetitorAttitudeOptions, keys: CustomerKeys): MeasureColumn {
  const fn = 'competitorAttitude';
  const settings = resolveAttitudeOptions(fn, options);
  if (!Array.isArray(responses)) throw new InvalidArgumentError(fn, 'responses', 'must be an array', responses);
  if (responses.length === 0) throw new EmptyInputError(fn, 'responses');
  const { rowOfKey, rejected } = readResponseRows(responses, keys);
  const values = missingColumn(rowOfKey.length);
  const score: AttitudeScore = { usedBrands: null, ourRank: null, relativeAttitude: null, switching: null, attitude: null };
  for (let k = 0; k < rowOfKey.length; k++) {
    const i = rowOfKey[k] as number;
    if (i < 0) continue;
    scoreAnswers((responses[i] as { answers: Record<string, unknown> }).answers, i, settings, null, rejected, score);
    if (score.attitude !== null) values[k] = score.attitude;
  }
  return { values, rejected: sortRejected(rejected) };
}

/**
 * `defectTolerance(index, incidents, options).customers[]`'s share of decided incidents that were
 * tolerant, by key (the index's customers). @internal
 */
export function toleranceColumn(index: TransactionIndex, incidents: unknown, options: DefectToleranceOptions): MeasureColumn {
  const fn = 'defectTolerance';
  const set = resolveToleranceOptions(fn, options);
  if (!Array.isArray(incidents)) throw new InvalidArgumentError(fn, 'incidents', 'must be an array of incident rows', incidents);
  const money = { ...(options.minorDigits === undefined ? {} : { minorDigits: options.minorDigits }), ...(options.currency === undefined ? {} : { currency: options.currency }) };
  const indexed = indexTransactionsAs(fn, index, money);
  const scan = scanTolerance(indexed, incidents, set, false);
  const { tolerant, intolerant } = toleranceCounts(indexed, scan, set);
  const values = missingColumn(tolerant.length);
  for (let c = 0; c < values.length; c++) {
    const decided = (tolerant[c] as number) + (intolerant[c] as number);
    if (decided > 0) values[c] = (tolerant[c] as number) / decided;
  }
  return { values, rejected: scan.inc.rejected };
}
