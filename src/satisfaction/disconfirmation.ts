import { EmptyInputError } from '../core/errors/EmptyInputError';
import { InvalidArgumentError } from '../core/errors/InvalidArgumentError';
import { studentTCdf } from '../core/special/studentTCdf';
import { invertMatrix } from '../core/linalg/invertMatrix';
import { oneSampleT } from './internal/oneSampleT';
import { resolveConfidence } from './internal/resolveConfidence';
import { wilcoxonSignedRank } from './internal/wilcoxonSignedRank';
import type { PairedTest } from './types';
import { assertOptions } from '../core/validate/assertOptions';

/** The answers of an expectation–disconfirmation analysis, one entry per respondent in each array. */
export interface DisconfirmationData {
  /** Prior expectations `E`. */
  readonly expectations: ArrayLike<number>;
  /** Perceived performance `P`; the disconfirmation is then subtractive, `D = P − E`. */
  readonly perceptions?: ArrayLike<number>;
  /** Directly measured disconfirmation ("better / worse than expected"), used when `perceptions` is absent. */
  readonly disconfirmation?: ArrayLike<number>;
  /** Satisfaction `S`, for the regression `S ~ E + D`. */
  readonly satisfaction?: ArrayLike<number>;
}

/** Options of {@link disconfirmation}. */
export interface DisconfirmationOptions {
  /** `|D| ≤ tolerance` counts as "met"; default 0. */
  readonly tolerance?: number;
  /** For direct disconfirmation: the answer meaning "as expected" (e.g. 4 on 1–7), subtracted from D; default 0. */
  readonly neutral?: number;
  /** Confidence level of the t interval, in (0, 1); default 0.95. */
  readonly confidenceLevel?: number;
  /**
   * Level variable of the regression: `'expectation'` (default, `S ~ E + D`) or `'perception'`
   * (`S ~ P + D`, subtractive data only). Both fit the same plane; only the coefficients are read differently.
   */
  readonly baseline?: 'expectation' | 'perception';
}

/** Outcome of one respondent's expectation. */
export type DisconfirmationCategory = 'exceeded' | 'met' | 'fell-short';

/** One coefficient of the regression `S ~ E + D`. */
export interface RegressionCoefficient {
  /** Estimate. */
  readonly estimate: number;
  /** Standard error (OLS, `n − 3` denominator). */
  readonly standardError: number;
  /** t statistic; `null` when the standard error is 0. */
  readonly t: number | null;
  /** Two-sided p-value (t with `n − 3` df). */
  readonly pValue: number;
}

/** An expectation–disconfirmation analysis. */
export interface DisconfirmationResult {
  /** `'subtractive'` (`P − E`) or `'direct'`. */
  readonly method: 'subtractive' | 'direct';
  /** Respondents. */
  readonly n: number;
  /** Disconfirmation of each respondent (direct answers minus `neutral`). */
  readonly gaps: number[];
  /** Category of each respondent. */
  readonly categories: DisconfirmationCategory[];
  /** Shares of the categories (sum to 1). */
  readonly shares: Record<DisconfirmationCategory, number>;
  /** Mean disconfirmation with its paired t test against 0. */
  readonly meanGap: PairedTest;
  /** Wilcoxon signed-rank test of the gaps (normal approximation, zeros dropped, tie-corrected). */
  readonly wilcoxon: { readonly statistic: number; readonly n: number; readonly z: number | null; readonly pValue: number };
  /** OLS regression `S ~ 1 + E + D` (or `S ~ 1 + P + D`) when `satisfaction` is given (and n ≥ 4); otherwise `null`. */
  readonly regression: {
    readonly intercept: RegressionCoefficient;
    /** Which level variable sits beside D. */
    readonly baselineVariable: 'expectation' | 'perception';
    /** Coefficient of the level variable (E or P). */
    readonly baseline: RegressionCoefficient;
    readonly disconfirmation: RegressionCoefficient;
    readonly rSquared: number;
  } | null;
  /** Tolerance used for "met". */
  readonly tolerance: number;
}

/**
 * Expectation–disconfirmation analysis (Oliver 1980): per-respondent disconfirmation and category
 * (exceeded / met / fell short), the mean gap with a paired t test, a Wilcoxon signed-rank test, and the
 * regression of satisfaction on expectation and disconfirmation.
 *
 * @remarks
 * `D = P − E` (subtractive, as in SERVQUAL) or a direct "better / worse than expected" answer minus its
 * neutral point. Category: `D > tol` exceeded, `D < −tol` fell short, otherwise met. Paired t:
 * `t = D̄ / (s_D/√n)`, df `n − 1`. Wilcoxon: `W+` with mid-ranks and tie-corrected normal approximation,
 * zeros dropped. Regression: OLS of `S` on `1, E, D` with `σ̂² = RSS/(n − 3)`; a singular design (E and
 * D collinear) gives `regression: null`. O(n log n).
 *
 * @param data - `expectations` and either `perceptions` or `disconfirmation`; optional `satisfaction`.
 * @param options - `tolerance` (0), `neutral` (0), `confidenceLevel` (0.95), `baseline` (`'expectation'`).
 * @returns A {@link DisconfirmationResult}.
 * @throws `INVALID_ARGUMENT` when neither `perceptions` nor `disconfirmation` is given (or both), arrays
 *   differ in length, a value is not finite, or an option is invalid.
 * @throws `EMPTY_INPUT` when there are no respondents.
 * @example
 * ```ts
 * const r = disconfirmation({ expectations: [5, 6, 4, 7], perceptions: [6, 6, 5, 5] });
 * r.gaps; // [1, 0, 1, -2]
 * r.categories; // ['exceeded', 'met', 'exceeded', 'fell-short']
 * r.meanGap.mean; // 0
 * ```
 * @see Oliver, R. L. (1980). A cognitive model of the antecedents and consequences of satisfaction
 *   decisions. Journal of Marketing Research 17(4), 460–469. https://doi.org/10.1177/002224378001700405
 * @see Wilcoxon, F. (1945). Individual comparisons by ranking methods. Biometrics Bulletin 1(6), 80–83.
 *   https://doi.org/10.2307/3001968
 */
export function disconfirmation(data: DisconfirmationData, options?: DisconfirmationOptions): DisconfirmationResult {
  const fn = 'disconfirmation';
  assertOptions(fn, options);
  const { level } = resolveConfidence(fn, options?.confidenceLevel);
  if (data === null || typeof data !== 'object') throw new InvalidArgumentError(fn, 'data', 'must be an object', data);
  const tolerance = options?.tolerance ?? 0;
  if (typeof tolerance !== 'number' || !Number.isFinite(tolerance) || tolerance < 0) {
    throw new InvalidArgumentError(fn, 'options.tolerance', 'must be a finite number at least 0', tolerance);
  }
  const neutral = options?.neutral ?? 0;
  if (typeof neutral !== 'number' || !Number.isFinite(neutral)) {
    throw new InvalidArgumentError(fn, 'options.neutral', 'must be a finite number', neutral);
  }
  const E = data.expectations;
  if (E === null || typeof E !== 'object' || typeof E.length !== 'number') {
    throw new InvalidArgumentError(fn, 'data.expectations', 'must be an array', E);
  }
  const n = E.length;
  if (n === 0) throw new EmptyInputError(fn, 'data.expectations');
  const hasP = data.perceptions !== undefined;
  const hasD = data.disconfirmation !== undefined;
  if (hasP === hasD) {
    throw new InvalidArgumentError(fn, 'data', 'must give exactly one of `perceptions` and `disconfirmation`', Object.keys(data));
  }
  const check = (name: string, column: ArrayLike<number> | undefined): ArrayLike<number> => {
    if (column === undefined || column === null || typeof column !== 'object' || column.length !== n) {
      throw new InvalidArgumentError(fn, `data.${name}`, `must be an array of ${n} numbers`, column);
    }
    for (let i = 0; i < n; i++) {
      const v = column[i];
      if (typeof v !== 'number' || !Number.isFinite(v)) throw new InvalidArgumentError(fn, `data.${name}[${i}]`, 'must be a finite number', v);
    }
    return column;
  };
  check('expectations', E);
  const source = hasP ? check('perceptions', data.perceptions) : check('disconfirmation', data.disconfirmation);
  const S = data.satisfaction === undefined ? null : check('satisfaction', data.satisfaction);
  const baselineVariable = options?.baseline ?? 'expectation';
  if (baselineVariable !== 'expectation' && (baselineVariable !== 'perception' || !hasP)) {
    throw new InvalidArgumentError(fn, 'options.baseline', "must be 'expectation', or 'perception' with perceptions given", baselineVariable);
  }
  const L = baselineVariable === 'expectation' ? E : source;
  const gaps = new Array<number>(n);
  const categories = new Array<DisconfirmationCategory>(n);
  const counts = { exceeded: 0, met: 0, 'fell-short': 0 };
  for (let i = 0; i < n; i++) {
    const d = hasP ? (source[i] as number) - (E[i] as number) : (source[i] as number) - neutral;
    gaps[i] = d;
    const c: DisconfirmationCategory = d > tolerance ? 'exceeded' : d < -tolerance ? 'fell-short' : 'met';
    categories[i] = c;
    counts[c]++;
  }
  let regression: DisconfirmationResult['regression'] = null;
  if (S !== null && n >= 4) {
    const xtx = [
      [0, 0, 0],
      [0, 0, 0],
      [0, 0, 0],
    ];
    const xty = [0, 0, 0];
    for (let i = 0; i < n; i++) {
      const x = [1, L[i] as number, gaps[i] as number];
      for (let a = 0; a < 3; a++) {
        xty[a] = (xty[a] as number) + (x[a] as number) * (S[i] as number);
        for (let b = 0; b < 3; b++) (xtx[a] as number[])[b] = ((xtx[a] as number[])[b] as number) + (x[a] as number) * (x[b] as number);
      }
    }
    const inv = invertMatrix(xtx);
    if (inv.every((row) => row.every((v) => Number.isFinite(v)))) {
      const coef = inv.map((row) => row.reduce((s, v, b) => s + v * (xty[b] as number), 0));
      let rss = 0;
      let meanS = 0;
      for (let i = 0; i < n; i++) meanS += (S[i] as number) / n;
      let tss = 0;
      for (let i = 0; i < n; i++) {
        const fit = (coef[0] as number) + (coef[1] as number) * (L[i] as number) + (coef[2] as number) * (gaps[i] as number);
        rss += ((S[i] as number) - fit) ** 2;
        tss += ((S[i] as number) - meanS) ** 2;
      }
      const df = n - 3;
      const sigma2 = rss / df;
      const make = (a: number): RegressionCoefficient => {
        const estimate = coef[a] as number;
        const se = Math.sqrt(Math.max(0, sigma2 * ((inv[a] as number[])[a] as number)));
        const t = se > 0 ? estimate / se : null;
        return { estimate, standardError: se, t, pValue: t === null ? (estimate === 0 ? 1 : 0) : Math.min(1, 2 * studentTCdf(-Math.abs(t), df)) };
      };
      regression = {
        intercept: make(0),
        baselineVariable,
        baseline: make(1),
        disconfirmation: make(2),
        rSquared: tss > 0 ? Math.max(0, 1 - rss / tss) : 0,
      };
    }
  }
  return {
    method: hasP ? 'subtractive' : 'direct',
    n,
    gaps,
    categories,
    shares: { exceeded: counts.exceeded / n, met: counts.met / n, 'fell-short': counts['fell-short'] / n },
    meanGap: oneSampleT(gaps, level),
    wilcoxon: wilcoxonSignedRank(gaps),
    regression,
    tolerance,
  };
}
