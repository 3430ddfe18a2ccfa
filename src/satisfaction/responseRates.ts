import { EmptyInputError } from '../core/errors/EmptyInputError';
import { InvalidArgumentError } from '../core/errors/InvalidArgumentError';
import { resolveConfidence } from './internal/resolveConfidence';
import { wilsonInterval } from './internal/wilsonInterval';
import type { Interval } from './types';
import { assertOptions } from '../core/validate/assertOptions';

/** One sampled unit that was contacted: how, in which stratum, and whether it answered. */
export interface SurveyContact {
  /** Survey mode, e.g. `'in-depth-interview'`, `'focus-group'`, `'telephone'`, `'mail'`, `'online'`. */
  readonly mode: string;
  /** Stratum (customer size, region, industry, frame: current / past / potential customers); optional. */
  readonly stratum?: string;
  /** Whether a usable response was obtained. */
  readonly responded: boolean;
}

/** Options of {@link responseRates}. */
export interface ResponseRatesOptions {
  /** Confidence level of the Wilson intervals, in (0, 1); default 0.95. */
  readonly confidenceLevel?: number;
  /** Modes whose results do not project to the population; default `['focus-group']`. */
  readonly nonProjectableModes?: readonly string[];
}

/** Contacts, responses and the response rate of one cell. */
export interface ResponseRateCell {
  /** Units contacted. */
  readonly contacted: number;
  /** Units that responded. */
  readonly responded: number;
  /** `responded / contacted`. */
  readonly rate: number;
  /** Wilson interval of the rate. */
  readonly interval: Interval;
}

/** Response rates overall, per mode, per stratum and per mode × stratum. */
export interface ResponseRatesResult {
  /** All contacts. */
  readonly overall: ResponseRateCell;
  /** Contacts of projectable modes only (the ones that may feed weighted estimates); `null` if none. */
  readonly projectable: ResponseRateCell | null;
  /** One cell per mode (sorted), flagged projectable or not. */
  readonly byMode: (ResponseRateCell & { readonly mode: string; readonly projectable: boolean })[];
  /** One cell per stratum (sorted); contacts without a stratum are left out here. */
  readonly byStratum: (ResponseRateCell & { readonly stratum: string })[];
  /** One cell per observed mode × stratum pair (sorted by mode, then stratum). */
  readonly byModeAndStratum: (ResponseRateCell & { readonly mode: string; readonly stratum: string })[];
  /** The non-projectable modes used. */
  readonly nonProjectableModes: string[];
}

/**
 * Response rates of a survey by mode (interview, focus group, telephone, mail, ...) and by stratum, with
 * Wilson intervals, marking the modes whose results must not be projected to the population.
 *
 * @remarks
 * `rate = responded / contacted` per cell: AAPOR's response rate 1 when every contact is an eligible
 * sampled unit. Intervals are Wilson (1927) score intervals. Focus groups (by default) are qualitative:
 * their participants are not a probability sample, so they are excluded from `projectable` and should not
 * feed weighted estimates. O(n log n) for the sorting of the keys.
 *
 * @param contacts - The contacted units, at least one.
 * @param options - `confidenceLevel` (0.95), `nonProjectableModes` (`['focus-group']`).
 * @returns A {@link ResponseRatesResult}.
 * @throws `EMPTY_INPUT` when `contacts` is empty.
 * @throws `INVALID_ARGUMENT` when a contact has no string `mode`, a non-string `stratum`, or a non-boolean
 *   `responded`; or when an option is invalid.
 * @example
 * ```ts
 * const r = responseRates([
 *   { mode: 'mail', stratum: 'small', responded: true },
 *   { mode: 'mail', stratum: 'large', responded: false },
 *   { mode: 'telephone', stratum: 'large', responded: true },
 *   { mode: 'focus-group', responded: true },
 * ]);
 * r.overall.rate; // 0.75
 * r.projectable?.rate.toFixed(3); // '0.667'
 * r.byMode.map((m) => [m.mode, m.rate, m.projectable]);
 * // [['focus-group', 1, false], ['mail', 0.5, true], ['telephone', 1, true]]
 * ```
 * @see The American Association for Public Opinion Research (2023). Standard Definitions: Final
 *   Dispositions of Case Codes and Outcome Rates for Surveys (10th ed.). AAPOR.
 * @see Wilson, E. B. (1927). Probable inference, the law of succession, and statistical inference. JASA
 *   22(158), 209–212. https://doi.org/10.1080/01621459.1927.10502953
 */
export function responseRates(contacts: readonly SurveyContact[], options?: ResponseRatesOptions): ResponseRatesResult {
  const fn = 'responseRates';
  assertOptions(fn, options);
  const { z } = resolveConfidence(fn, options?.confidenceLevel);
  if (!Array.isArray(contacts)) throw new InvalidArgumentError(fn, 'contacts', 'must be an array', contacts);
  if (contacts.length === 0) throw new EmptyInputError(fn, 'contacts');
  const nonProjectable = options?.nonProjectableModes ?? ['focus-group'];
  if (!Array.isArray(nonProjectable) || nonProjectable.some((m) => typeof m !== 'string')) {
    throw new InvalidArgumentError(fn, 'options.nonProjectableModes', 'must be an array of strings', nonProjectable);
  }
  const excluded = new Set(nonProjectable);
  type Counter = { contacted: number; responded: number };
  const add = (map: Map<string, Counter>, key: string, responded: boolean): void => {
    const c = map.get(key) ?? { contacted: 0, responded: 0 };
    c.contacted++;
    if (responded) c.responded++;
    map.set(key, c);
  };
  const byMode = new Map<string, Counter>();
  const byStratum = new Map<string, Counter>();
  const byPair = new Map<string, Counter>();
  const overall: Counter = { contacted: 0, responded: 0 };
  const projectable: Counter = { contacted: 0, responded: 0 };
  contacts.forEach((c, i) => {
    if (c === null || typeof c !== 'object') throw new InvalidArgumentError(fn, `contacts[${i}]`, 'must be an object', c);
    if (typeof c.mode !== 'string') throw new InvalidArgumentError(fn, `contacts[${i}].mode`, 'must be a string', c.mode);
    if (c.stratum !== undefined && typeof c.stratum !== 'string') {
      throw new InvalidArgumentError(fn, `contacts[${i}].stratum`, 'must be a string when given', c.stratum);
    }
    if (typeof c.responded !== 'boolean') {
      throw new InvalidArgumentError(fn, `contacts[${i}].responded`, 'must be true or false', c.responded);
    }
    overall.contacted++;
    if (c.responded) overall.responded++;
    if (!excluded.has(c.mode)) {
      projectable.contacted++;
      if (c.responded) projectable.responded++;
    }
    add(byMode, c.mode, c.responded);
    if (c.stratum !== undefined) {
      add(byStratum, c.stratum, c.responded);
      add(byPair, JSON.stringify([c.mode, c.stratum]), c.responded);
    }
  });
  const cell = (c: Counter): ResponseRateCell => {
    const rate = c.responded / c.contacted;
    return { contacted: c.contacted, responded: c.responded, rate, interval: wilsonInterval(rate, c.contacted, z) };
  };
  const sorted = <T>(map: Map<string, T>): [string, T][] => [...map.entries()].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  return {
    overall: cell(overall),
    projectable: projectable.contacted > 0 ? cell(projectable) : null,
    byMode: sorted(byMode).map(([mode, c]) => ({ mode, projectable: !excluded.has(mode), ...cell(c) })),
    byStratum: sorted(byStratum).map(([stratum, c]) => ({ stratum, ...cell(c) })),
    byModeAndStratum: [...byPair.entries()]
      .map(([key, c]) => {
        const [mode, stratum] = JSON.parse(key) as [string, string];
        return { mode, stratum, ...cell(c) };
      })
      .sort((a, b) => (a.mode < b.mode ? -1 : a.mode > b.mode ? 1 : a.stratum < b.stratum ? -1 : a.stratum > b.stratum ? 1 : 0)),
    nonProjectableModes: [...nonProjectable],
  };
}
