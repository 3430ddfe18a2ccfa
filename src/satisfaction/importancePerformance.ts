import { EmptyInputError } from '../core/errors/EmptyInputError';
import { InvalidArgumentError } from '../core/errors/InvalidArgumentError';
import { assertOptions } from '../core/validate/assertOptions';

/** One attribute to place on the importance–performance grid. */
export interface IpaAttribute {
  /** Attribute name. */
  readonly name: string;
  /** Importance: stated (mean rating) or derived (correlation, beta, relative weight, LMG share, total effect). */
  readonly importance: number;
  /** Performance: mean rating of the attribute, in any units. */
  readonly performance: number;
}

/** The four quadrants of Martilla & James (1977). */
export type IpaQuadrant = 'keep-up-the-good-work' | 'possible-overkill' | 'low-priority' | 'concentrate-here';

/** Where the cross-hairs go. */
export type IpaCrosshair = 'mean' | 'midpoint' | { readonly importance: number; readonly performance: number };

/** Options of {@link importancePerformance}. */
export interface ImportancePerformanceOptions {
  /**
   * `'mean'` (default): the grand means of importance and performance over the attributes. `'midpoint'`:
   * the midpoints of `importanceScale` and `performanceScale`. Or explicit cut points.
   */
  readonly crosshair?: IpaCrosshair;
  /** Scale of importance, for `'midpoint'` (e.g. `{ min: 1, max: 7 }`). */
  readonly importanceScale?: { readonly min: number; readonly max: number };
  /** Scale of performance, for `'midpoint'`. */
  readonly performanceScale?: { readonly min: number; readonly max: number };
}

/** An attribute placed on the grid. */
export interface IpaPlacement {
  /** Attribute name. */
  readonly name: string;
  /** Its importance. */
  readonly importance: number;
  /** Its performance. */
  readonly performance: number;
  /** Its quadrant. */
  readonly quadrant: IpaQuadrant;
  /** `importance − importance cut point`. */
  readonly importanceGap: number;
  /** `performance − performance cut point` (negative: below the cross-hair). */
  readonly performanceGap: number;
}

/** An importance–performance analysis. */
export interface ImportancePerformanceResult {
  /** The cut points and how they were chosen. */
  readonly crosshair: { readonly method: 'mean' | 'midpoint' | 'given'; readonly importance: number; readonly performance: number };
  /** Every attribute, in input order. */
  readonly attributes: IpaPlacement[];
  /** Attribute names per quadrant, in input order. */
  readonly quadrants: Record<IpaQuadrant, string[]>;
}

/**
 * Importance–performance analysis: places attributes in the four quadrants of Martilla & James (1977)
 * with cross-hairs at the grand means, the scale midpoints or given cut points.
 *
 * @remarks
 * High importance and high performance: "keep up the good work"; low importance, high performance:
 * "possible overkill"; low/low: "low priority"; high importance, low performance: "concentrate here". A
 * value equal to its cut point counts as high. Importance may be stated or derived (e.g. LMG shares from
 * {@link keyDrivers}); with derived importance prefer `'mean'` cross-hairs, since scale midpoints have no
 * meaning on a derived scale. O(attributes).
 *
 * @param attributes - The attributes, at least one; finite importance and performance.
 * @param options - `crosshair` (default `'mean'`), `importanceScale`, `performanceScale`.
 * @returns An {@link ImportancePerformanceResult}.
 * @throws `EMPTY_INPUT` when `attributes` is empty.
 * @throws `INVALID_ARGUMENT` when a value is not finite, `crosshair` is `'midpoint'` without both scales,
 *   a scale has `min ≥ max`, or explicit cut points are not finite.
 * @example
 * ```ts
 * const r = importancePerformance([
 *   { name: 'price', importance: 6.5, performance: 4.1 },
 *   { name: 'speed', importance: 6.1, performance: 5.9 },
 *   { name: 'decor', importance: 3.2, performance: 6.0 },
 *   { name: 'parking', importance: 3.9, performance: 3.5 },
 * ]);
 * r.crosshair; // { method: 'mean', importance: 4.925, performance: 4.875 }
 * r.attributes.map((a) => a.quadrant);
 * // ['concentrate-here', 'keep-up-the-good-work', 'possible-overkill', 'low-priority']
 * ```
 * @see Martilla, J. A. & James, J. C. (1977). Importance-performance analysis. Journal of Marketing 41(1),
 *   77–79. https://doi.org/10.1177/002224297704100112
 */
export function importancePerformance(
  attributes: readonly IpaAttribute[],
  options?: ImportancePerformanceOptions,
): ImportancePerformanceResult {
  const fn = 'importancePerformance';
  assertOptions(fn, options);
  if (!Array.isArray(attributes)) throw new InvalidArgumentError(fn, 'attributes', 'must be an array', attributes);
  if (attributes.length === 0) throw new EmptyInputError(fn, 'attributes');
  attributes.forEach((a, i) => {
    if (a === null || typeof a !== 'object') throw new InvalidArgumentError(fn, `attributes[${i}]`, 'must be an object', a);
    if (typeof a.name !== 'string') throw new InvalidArgumentError(fn, `attributes[${i}].name`, 'must be a string', a.name);
    if (typeof a.importance !== 'number' || !Number.isFinite(a.importance)) {
      throw new InvalidArgumentError(fn, `attributes[${i}].importance`, 'must be a finite number', a.importance);
    }
    if (typeof a.performance !== 'number' || !Number.isFinite(a.performance)) {
      throw new InvalidArgumentError(fn, `attributes[${i}].performance`, 'must be a finite number', a.performance);
    }
  });
  const crosshair = options?.crosshair ?? 'mean';
  let method: 'mean' | 'midpoint' | 'given';
  let ci: number;
  let cp: number;
  if (crosshair === 'mean') {
    method = 'mean';
    ci = attributes.reduce((s, a) => s + a.importance, 0) / attributes.length;
    cp = attributes.reduce((s, a) => s + a.performance, 0) / attributes.length;
  } else if (crosshair === 'midpoint') {
    method = 'midpoint';
    const mid = (scale: { readonly min: number; readonly max: number } | undefined, name: string): number => {
      if (scale === undefined || scale === null || typeof scale !== 'object' || !Number.isFinite(scale.min) || !Number.isFinite(scale.max) || !(scale.min < scale.max)) {
        throw new InvalidArgumentError(fn, `options.${name}`, "must be { min, max } with min < max for crosshair 'midpoint'", scale);
      }
      return (scale.min + scale.max) / 2;
    };
    ci = mid(options?.importanceScale, 'importanceScale');
    cp = mid(options?.performanceScale, 'performanceScale');
  } else if (crosshair !== null && typeof crosshair === 'object') {
    method = 'given';
    ci = crosshair.importance;
    cp = crosshair.performance;
    if (!Number.isFinite(ci) || !Number.isFinite(cp)) {
      throw new InvalidArgumentError(fn, 'options.crosshair', 'must have finite importance and performance', crosshair);
    }
  } else {
    throw new InvalidArgumentError(fn, 'options.crosshair', "must be 'mean', 'midpoint' or { importance, performance }", crosshair);
  }
  const quadrants: Record<IpaQuadrant, string[]> = {
    'keep-up-the-good-work': [],
    'possible-overkill': [],
    'low-priority': [],
    'concentrate-here': [],
  };
  const placed = attributes.map((a): IpaPlacement => {
    const high = a.importance >= ci;
    const good = a.performance >= cp;
    const quadrant: IpaQuadrant = high
      ? good
        ? 'keep-up-the-good-work'
        : 'concentrate-here'
      : good
        ? 'possible-overkill'
        : 'low-priority';
    quadrants[quadrant].push(a.name);
    return {
      name: a.name,
      importance: a.importance,
      performance: a.performance,
      quadrant,
      importanceGap: a.importance - ci,
      performanceGap: a.performance - cp,
    };
  });
  return { crosshair: { method, importance: ci, performance: cp }, attributes: placed, quadrants };
}
