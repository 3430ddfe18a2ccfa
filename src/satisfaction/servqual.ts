import { EmptyInputError } from '../core/errors/EmptyInputError';
import { InvalidArgumentError } from '../core/errors/InvalidArgumentError';
import { oneSampleT } from './internal/oneSampleT';
import { resolveConfidence } from './internal/resolveConfidence';
import { resolveScale } from './internal/resolveScale';
import type { AnswerScale, PairedTest } from './types';
import { assertOptions } from '../core/validate/assertOptions';

/** Paired expectation and perception answers: row `i` is respondent `i`, column `j` item `j`. */
export interface ServqualData {
  /** Expectation answers `E`, one row per respondent. */
  readonly expectations: readonly (readonly number[])[];
  /** Perception answers `P`, same shape as `expectations`. */
  readonly perceptions: readonly (readonly number[])[];
  /**
   * Optional importance points per respondent, one per dimension (in the order of `dimensions`), summing
   * to 100: gives the weighted SERVQUAL score.
   */
  readonly points?: readonly (readonly number[])[];
}

/** Options of {@link servqual}. */
export interface ServqualOptions {
  /**
   * Dimensions as lists of 0-based item indices. Default the 22-item instrument: tangibles 0–3,
   * reliability 4–8, responsiveness 9–12, assurance 13–16, empathy 17–21 (items 1–22).
   */
  readonly dimensions?: Readonly<Record<string, readonly number[]>>;
  /** Answer scale; default `{ min: 1, max: 7 }`. */
  readonly scale?: AnswerScale;
  /** 0-based indices of negatively worded items, reverse-coded `min + max − x` in both E and P. */
  readonly reverseItems?: readonly number[];
  /** Confidence level of the t intervals, in (0, 1); default 0.95. */
  readonly confidenceLevel?: number;
}

/** Gap figures of one item. */
export interface ServqualItem {
  /** 0-based item index. */
  readonly item: number;
  /** Dimension the item belongs to, or `null` if none. */
  readonly dimension: string | null;
  /** Mean expectation. */
  readonly expectation: number;
  /** Mean perception. */
  readonly perception: number;
  /** Mean gap `P − E` with its paired t test. */
  readonly gap: PairedTest;
}

/** Gap figures of one dimension. */
export interface ServqualDimension {
  /** Dimension name. */
  readonly name: string;
  /** Its item indices. */
  readonly items: readonly number[];
  /** Mean over respondents of the mean expectation of the dimension's items. */
  readonly expectation: number;
  /** Mean over respondents of the mean perception (the SERVPERF dimension score). */
  readonly perception: number;
  /** Dimension gap (mean of the item gaps per respondent, then over respondents) with its paired t test. */
  readonly gap: PairedTest;
}

/** A SERVQUAL analysis. */
export interface ServqualResult {
  /** Respondents. */
  readonly n: number;
  /** One entry per item. */
  readonly items: ServqualItem[];
  /** One entry per dimension, in the order given. */
  readonly dimensions: ServqualDimension[];
  /** Unweighted SERVQUAL: per respondent the mean of the dimension gaps, with its t test. */
  readonly unweighted: PairedTest;
  /** Weighted SERVQUAL `Σ_d (points_d/100) G_d` per respondent, with its t test; `null` without `points`. */
  readonly weighted: PairedTest | null;
  /** SERVPERF (Cronin & Taylor 1992): mean over respondents of the mean of the dimension perceptions. */
  readonly servperf: number;
  /** Confidence level of the intervals. */
  readonly confidenceLevel: number;
}

const STANDARD_DIMENSIONS: Readonly<Record<string, readonly number[]>> = {
  tangibles: [0, 1, 2, 3],
  reliability: [4, 5, 6, 7, 8],
  responsiveness: [9, 10, 11, 12],
  assurance: [13, 14, 15, 16],
  empathy: [17, 18, 19, 20, 21],
};

/**
 * SERVQUAL gap analysis: perception minus expectation per item and per dimension (tangibles,
 * reliability, responsiveness, assurance, empathy), the unweighted and the points-weighted SERVQUAL
 * score, each with a paired t test, and the SERVPERF perception score.
 *
 * @remarks
 * Parasuraman, Zeithaml & Berry (1988, 1991): item gap `G_i = P_i − E_i`; a respondent's dimension gap is
 * the mean of the item gaps of the dimension; the dimension gap is its mean over respondents. Unweighted
 * SERVQUAL = mean of the dimension gaps; weighted SERVQUAL = `Σ_d (points_d/100) · G_d` per respondent
 * (each respondent allocates 100 points among the dimensions), averaged. Each is tested against 0 by a
 * paired (one-sample on the gaps) t test with `n − 1` degrees of freedom. Negatively worded items of the
 * 1988 instrument are reverse-coded `min + max − x` (`8 − x` on 1–7). O(n × items).
 *
 * @param data - `expectations`, `perceptions` (respondents × items, integers on the scale), optional `points`.
 * @param options - `dimensions`, `scale` (1–7), `reverseItems`, `confidenceLevel` (0.95).
 * @returns A {@link ServqualResult}.
 * @throws `INVALID_ARGUMENT` when an answer is not an integer on the scale (naming respondent and item),
 *   rows differ in length, a dimension names an item outside the rows or is empty, points do not sum to
 *   100 (±1e−6) or are negative, or an option is invalid.
 * @throws `EMPTY_INPUT` when there is no respondent.
 * @example
 * ```ts
 * const r = servqual(
 *   { expectations: [[7, 6], [6, 6], [7, 7]], perceptions: [[5, 6], [6, 4], [6, 5]] },
 *   { dimensions: { reliability: [0], empathy: [1] } },
 * );
 * r.dimensions.map((d) => d.gap.mean); // [-1, -1.3333333333333333]
 * r.unweighted.mean.toFixed(3); // '-1.167'
 * ```
 * @see Parasuraman, A., Zeithaml, V. A. & Berry, L. L. (1988). SERVQUAL: A multiple-item scale for measuring
 *   consumer perceptions of service quality. Journal of Retailing 64(1), 12–40.
 * @see Parasuraman, A., Berry, L. L. & Zeithaml, V. A. (1991). Refinement and reassessment of the SERVQUAL
 *   scale. Journal of Retailing 67(4), 420–450.
 * @see Cronin, J. J. & Taylor, S. A. (1992). Measuring service quality: A reexamination and extension.
 *   Journal of Marketing 56(3), 55–68. https://doi.org/10.1177/002224299205600304
 */
export function servqual(data: ServqualData, options?: ServqualOptions): ServqualResult {
  const fn = 'servqual';
  assertOptions(fn, options);
  const { level } = resolveConfidence(fn, options?.confidenceLevel);
  const scale = resolveScale(fn, 'options.scale', options?.scale, { min: 1, max: 7 });
  if (data === null || typeof data !== 'object') throw new InvalidArgumentError(fn, 'data', 'must be an object', data);
  const { expectations: E, perceptions: P } = data;
  if (!Array.isArray(E)) throw new InvalidArgumentError(fn, 'data.expectations', 'must be an array of rows', E);
  if (!Array.isArray(P) || P.length !== E.length) {
    throw new InvalidArgumentError(fn, 'data.perceptions', `must be an array of ${E.length} rows`, P);
  }
  const n = E.length;
  if (n === 0) throw new EmptyInputError(fn, 'data.expectations');
  const k = Array.isArray(E[0]) ? (E[0] as readonly number[]).length : -1;
  if (!(k >= 1)) throw new InvalidArgumentError(fn, 'data.expectations[0]', 'must be a non-empty array of answers', E[0]);
  const rule = `must be an integer ${scale.min}-${scale.max}`;
  const reverse = new Uint8Array(k);
  for (const [r, item] of (options?.reverseItems ?? []).entries()) {
    if (!Number.isInteger(item) || item < 0 || item >= k) {
      throw new InvalidArgumentError(fn, `options.reverseItems[${r}]`, `must be an item index 0-${k - 1}`, item);
    }
    reverse[item] = 1;
  }
  // gaps[i * k + j], expectations and perceptions after reverse coding.
  const gaps = new Float64Array(n * k);
  const eValues = new Float64Array(n * k);
  const pValues = new Float64Array(n * k);
  for (const [name, rows, target] of [['expectations', E, eValues], ['perceptions', P, pValues]] as const) {
    for (let i = 0; i < n; i++) {
      const row = rows[i];
      if (!Array.isArray(row) || row.length !== k) {
        throw new InvalidArgumentError(fn, `data.${name}[${i}]`, `must be an array of ${k} answers`, row);
      }
      for (let j = 0; j < k; j++) {
        const v = row[j] as number;
        if (!(typeof v === 'number' && Number.isInteger(v) && v >= scale.min && v <= scale.max)) {
          throw new InvalidArgumentError(fn, `data.${name}[${i}][${j}]`, rule, v);
        }
        target[i * k + j] = reverse[j] === 1 ? scale.min + scale.max - v : v;
      }
    }
  }
  for (let x = 0; x < n * k; x++) gaps[x] = (pValues[x] as number) - (eValues[x] as number);

  const dimensions = options?.dimensions ?? STANDARD_DIMENSIONS;
  if (dimensions === null || typeof dimensions !== 'object') {
    throw new InvalidArgumentError(fn, 'options.dimensions', 'must be an object of item-index lists', dimensions);
  }
  const names = Object.keys(dimensions);
  if (names.length === 0) throw new InvalidArgumentError(fn, 'options.dimensions', 'must have at least one dimension', dimensions);
  const dimensionOf: (string | null)[] = new Array<string | null>(k).fill(null);
  for (const name of names) {
    const items = dimensions[name] as readonly number[];
    if (!Array.isArray(items) || items.length === 0) {
      throw new InvalidArgumentError(fn, `options.dimensions.${name}`, 'must be a non-empty array of item indices', items);
    }
    for (const [r, item] of items.entries()) {
      if (!Number.isInteger(item) || item < 0 || item >= k) {
        throw new InvalidArgumentError(fn, `options.dimensions.${name}[${r}]`, `must be an item index 0-${k - 1}`, item);
      }
      dimensionOf[item] = name;
    }
  }
  const points = data.points;
  if (points !== undefined) {
    if (!Array.isArray(points) || points.length !== n) {
      throw new InvalidArgumentError(fn, 'data.points', `must be an array of ${n} rows`, points);
    }
    for (let i = 0; i < n; i++) {
      const row = points[i];
      if (!Array.isArray(row) || row.length !== names.length) {
        throw new InvalidArgumentError(fn, `data.points[${i}]`, `must hold ${names.length} points (one per dimension)`, row);
      }
      let total = 0;
      for (const [d, v] of row.entries()) {
        if (typeof v !== 'number' || !Number.isFinite(v) || v < 0) {
          throw new InvalidArgumentError(fn, `data.points[${i}][${d}]`, 'must be a finite number at least 0', v);
        }
        total += v;
      }
      if (Math.abs(total - 100) > 1e-6) throw new InvalidArgumentError(fn, `data.points[${i}]`, 'must sum to 100', total);
    }
  }

  const column = (source: Float64Array, j: number): Float64Array => {
    const out = new Float64Array(n);
    for (let i = 0; i < n; i++) out[i] = source[i * k + j] as number;
    return out;
  };
  const meanOf = (values: Float64Array): number => values.reduce((s, v) => s + v, 0) / values.length;
  const items: ServqualItem[] = [];
  for (let j = 0; j < k; j++) {
    items.push({
      item: j,
      dimension: dimensionOf[j] as string | null,
      expectation: meanOf(column(eValues, j)),
      perception: meanOf(column(pValues, j)),
      gap: oneSampleT(column(gaps, j), level),
    });
  }
  // Per-respondent dimension means.
  const dimGap = names.map(() => new Float64Array(n));
  const dimE = names.map(() => new Float64Array(n));
  const dimP = names.map(() => new Float64Array(n));
  names.forEach((name, d) => {
    const list = dimensions[name] as readonly number[];
    for (let i = 0; i < n; i++) {
      let g = 0;
      let e = 0;
      let p = 0;
      for (const j of list) {
        g += gaps[i * k + j] as number;
        e += eValues[i * k + j] as number;
        p += pValues[i * k + j] as number;
      }
      (dimGap[d] as Float64Array)[i] = g / list.length;
      (dimE[d] as Float64Array)[i] = e / list.length;
      (dimP[d] as Float64Array)[i] = p / list.length;
    }
  });
  const unweighted = new Float64Array(n);
  const weighted = points === undefined ? null : new Float64Array(n);
  const perf = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    let u = 0;
    let w = 0;
    let s = 0;
    for (let d = 0; d < names.length; d++) {
      const g = (dimGap[d] as Float64Array)[i] as number;
      u += g;
      s += (dimP[d] as Float64Array)[i] as number;
      if (points !== undefined) w += (((points[i] as readonly number[])[d] as number) / 100) * g;
    }
    unweighted[i] = u / names.length;
    perf[i] = s / names.length;
    if (weighted !== null) weighted[i] = w;
  }
  return {
    n,
    items,
    dimensions: names.map((name, d) => ({
      name,
      items: [...(dimensions[name] as readonly number[])],
      expectation: meanOf(dimE[d] as Float64Array),
      perception: meanOf(dimP[d] as Float64Array),
      gap: oneSampleT(dimGap[d] as Float64Array, level),
    })),
    unweighted: oneSampleT(unweighted, level),
    weighted: weighted === null ? null : oneSampleT(weighted, level),
    servperf: meanOf(perf),
    confidenceLevel: level,
  };
}
