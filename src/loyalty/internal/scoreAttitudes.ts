import { readCustomerId } from '../../time/internal/readCustomerId';
import type { RejectedRecord } from '../../time/types';
import { InvalidArgumentError } from '../../core/errors/InvalidArgumentError';
import type { BrandItems, CompetitorAttitudeOptions, SwitchingItem } from '../competitorAttitude';
import { readPositive, readStringList, requireOptions } from './measureArgs';
import { keyCount, keyOf, type CustomerKeys } from './customerKeys';
import { RECORD_ID_RULE } from './measureRecords';

/** The checked options of the attitude to competitors. @internal */
export interface AttitudeSettings {
  readonly brands: BrandItems | null;
  readonly switching: SwitchingItem[];
  readonly weights: { readonly relative: number; readonly switching: number };
  /** The brand items in reading order (ours first). */
  readonly items: readonly string[];
  /** Position among `items` of a competitor item equal to ours (read twice, counted once), −1: none. */
  readonly repeat: number;
  /** Scratch: the oriented answers of one respondent. */
  readonly values: Float64Array;
}

/** One respondent's components. @internal */
export interface AttitudeScore {
  usedBrands: number | null;
  ourRank: number | null;
  relativeAttitude: number | null;
  switching: number | null;
  attitude: number | null;
}

/** Our mid-rank among the brands answered, written into `out`. @internal */
function relative(answers: Record<string, unknown>, s: AttitudeSettings, b: BrandItems, i: number, missing: string[] | null, rejected: RejectedRecord[], out: AttitudeScore): void {
  const { items, repeat, values } = s;
  values.fill(Number.NaN);
  for (let j = 0; j < items.length; j++) {
    const item = items[j] as string;
    const v = answers[item];
    if (v === undefined || v === null || v === '') {
      if (item === b.ours) missing?.push(item);
      continue;
    }
    if (typeof v !== 'number' || !Number.isFinite(v)) {
      rejected.push({ index: i, field: `answers.${item}`, reason: 'must be a finite number', value: v });
      missing?.push(item);
      continue;
    }
    if (j !== repeat) values[j] = b.answers === 'rank' ? v : -v;
  }
  const ours = values[0] as number;
  if (Number.isNaN(ours)) {
    out.usedBrands = out.ourRank = out.relativeAttitude = null;
    return;
  }
  let n = 0;
  let better = 0;
  let tied = 0;
  for (let j = 0; j < values.length; j++) {
    const v = values[j] as number;
    if (Number.isNaN(v)) continue;
    n++;
    if (v < ours) better++;
    else if (v === ours) tied++;
  }
  const rank = better + (tied + 1) / 2;
  out.usedBrands = n;
  out.ourRank = rank;
  out.relativeAttitude = n === 1 ? 1 : (n - rank) / (n - 1);
}

/** Mean favourability of the answered switching items, or null. @internal */
function switchingScore(answers: Record<string, unknown>, items: readonly SwitchingItem[], i: number, missing: string[] | null, rejected: RejectedRecord[]): number | null {
  let sum = 0;
  let count = 0;
  for (const s of items) {
    const v = answers[s.item];
    if (v === undefined || v === null || v === '') {
      missing?.push(s.item);
      continue;
    }
    let high: number;
    if (typeof v === 'boolean') high = v ? 1 : 0;
    else if (typeof v === 'number' && v >= s.min && v <= s.max) high = (v - s.min) / (s.max - s.min);
    else {
      rejected.push({ index: i, field: `answers.${s.item}`, reason: `must be a number ${s.min}-${s.max} or a boolean`, value: v });
      missing?.push(s.item);
      continue;
    }
    sum += s.higherMeans === 'switch' ? 1 - high : high;
    count++;
  }
  return count === 0 ? null : sum / count;
}

/**
 * One respondent's relative attitude, switching intent and their weighted mean, written into `out`;
 * invalid answers are rejected, missing or invalid items listed in `missing` (when given). @internal
 */
export function scoreAnswers(answers: Record<string, unknown>, i: number, s: AttitudeSettings, missing: string[] | null, rejected: RejectedRecord[], out: AttitudeScore): void {
  if (s.brands === null) out.usedBrands = out.ourRank = out.relativeAttitude = null;
  else relative(answers, s, s.brands, i, missing, rejected, out);
  out.switching = s.switching.length === 0 ? null : switchingScore(answers, s.switching, i, missing, rejected);
  let num = 0;
  let den = 0;
  if (out.relativeAttitude !== null) {
    num += s.weights.relative * out.relativeAttitude;
    den += s.weights.relative;
  }
  if (out.switching !== null) {
    num += s.weights.switching * out.switching;
    den += s.weights.switching;
  }
  out.attitude = den > 0 ? num / den : null;
}

/** Checks the options of the attitude to competitors. @internal */
export function resolveAttitudeOptions(fn: string, o: CompetitorAttitudeOptions): AttitudeSettings {
  requireOptions(fn, o);
  if (o.brands === undefined && o.switching === undefined) throw new InvalidArgumentError(fn, 'options', 'must give brands or switching items', o);
  let brands: BrandItems | null = null;
  if (o.brands !== undefined) {
    const b = o.brands;
    if (typeof b !== 'object' || b === null) throw new InvalidArgumentError(fn, 'options.brands', 'must be { ours, competitors, answers }', b);
    if (typeof b.ours !== 'string' || b.ours.trim() === '') throw new InvalidArgumentError(fn, 'options.brands.ours', 'must be a non-blank string', b.ours);
    const competitors = readStringList(fn, 'options.brands.competitors', b.competitors);
    if (b.answers !== 'rank' && b.answers !== 'score') throw new InvalidArgumentError(fn, 'options.brands.answers', "must be 'rank' or 'score'", b.answers);
    brands = { ours: b.ours.trim(), competitors, answers: b.answers };
  }
  const switching: SwitchingItem[] = [];
  if (o.switching !== undefined) {
    if (!Array.isArray(o.switching)) throw new InvalidArgumentError(fn, 'options.switching', 'must be an array of { item, min, max, higherMeans }', o.switching);
    o.switching.forEach((s: SwitchingItem, i) => {
      const at = `options.switching[${i}]`;
      if (typeof s !== 'object' || s === null || typeof s.item !== 'string' || s.item.trim() === '') throw new InvalidArgumentError(fn, `${at}.item`, 'must be a non-blank string', s?.item);
      if (typeof s.min !== 'number' || typeof s.max !== 'number' || !Number.isFinite(s.min) || !Number.isFinite(s.max) || !(s.min < s.max)) {
        throw new InvalidArgumentError(fn, `${at}.max`, 'must be a finite number above a finite min', s.max);
      }
      if (s.higherMeans !== 'switch' && s.higherMeans !== 'stay') throw new InvalidArgumentError(fn, `${at}.higherMeans`, "must be 'switch' or 'stay'", s.higherMeans);
      switching.push({ item: s.item.trim(), min: s.min, max: s.max, higherMeans: s.higherMeans });
    });
  }
  const w = o.weights ?? { relative: 1, switching: 1 };
  if (typeof w !== 'object' || w === null) throw new InvalidArgumentError(fn, 'options.weights', 'must be { relative, switching }', w);
  const weights = { relative: readPositive(fn, 'options.weights.relative', w.relative, true), switching: readPositive(fn, 'options.weights.switching', w.switching, true) };
  if (weights.relative + weights.switching === 0) throw new InvalidArgumentError(fn, 'options.weights', 'must not both be 0', w);
  const items = brands === null ? [] : [brands.ours, ...brands.competitors];
  return { brands, switching, weights, items, repeat: items.indexOf(brands?.ours ?? '', 1), values: new Float64Array(items.length) };
}


/** Survey responses read per respondent key: which row each key's response is, or −1. @internal */
export interface ResponseRows {
  /** The input row of each key's response (−1: none accepted). */
  readonly rowOfKey: Int32Array;
  /** Rows left out so far (not objects, no id, given twice, answers not an object), in input order. */
  readonly rejected: RejectedRecord[];
}

/**
 * Reads `{ respondentId, answers }` rows: the respondent's key, every copy of a respondent given twice
 * rejected (whatever the order), answers that are not an object rejected. @internal
 */
export function readResponseRows(responses: readonly unknown[], keys: CustomerKeys): ResponseRows {
  const n = responses.length;
  const keyOfRow = new Int32Array(n).fill(-1);
  for (let i = 0; i < n; i++) {
    const x = responses[i];
    if (typeof x !== 'object' || x === null) continue;
    const id = readCustomerId((x as { respondentId?: unknown }).respondentId);
    if (id !== null) keyOfRow[i] = keyOf(keys, id);
  }
  const copies = new Uint8Array(keyCount(keys));
  for (let i = 0; i < n; i++) {
    const k = keyOfRow[i] as number;
    if (k >= 0 && (copies[k] as number) < 2) copies[k] = (copies[k] as number) + 1;
  }
  const rowOfKey = new Int32Array(copies.length).fill(-1);
  const rejected: RejectedRecord[] = [];
  for (let i = 0; i < n; i++) {
    const row = responses[i] as { respondentId?: unknown; answers?: unknown } | null;
    const k = keyOfRow[i] as number;
    if (typeof row !== 'object' || row === null) rejected.push({ index: i, field: 'row', reason: 'must be an object', value: row });
    else if (k < 0) rejected.push({ index: i, field: 'respondentId', reason: RECORD_ID_RULE, value: row.respondentId });
    else if (copies[k] === 2) rejected.push({ index: i, field: 'respondentId', reason: 'is given more than once', value: row.respondentId });
    else if (typeof row.answers !== 'object' || row.answers === null) rejected.push({ index: i, field: 'answers', reason: 'must be an object', value: row.answers });
    else rowOfKey[k] = i;
  }
  return { rowOfKey, rejected };
}
