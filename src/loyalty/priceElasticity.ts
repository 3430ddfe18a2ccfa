import { EmptyInputError } from '../core/errors/EmptyInputError';
import { InvalidArgumentError } from '../core/errors/InvalidArgumentError';
import { studentTQuantile } from '../core/special/studentTQuantile';
import type { RejectedRecord } from '../time/types';
import { arcElasticity } from './internal/arcElasticity';
import { checkRows, readNumber, readOptionsObject } from './internal/checkOptions';
import { ordinaryLeastSquares } from './internal/ordinaryLeastSquares';

/** One observation of price and quantity (a period, a store-week, a test cell), with optional numeric controls. */
export interface PriceObservation {
  /** Price, finite (> 0 for the log-log regression). */
  readonly price: number;
  /** Quantity sold, finite and ≥ 0 (> 0 for the log-log regression). */
  readonly quantity: number;
  /** Numeric controls of the log-log regression (season dummies, promotion flag, competitor price, ...). */
  readonly controls?: Readonly<Record<string, number>>;
}

/** Options of {@link priceElasticity}. */
export interface PriceElasticityOptions {
  /** Controls to include, by name (default: every name found in the rows, sorted). */
  readonly controls?: readonly string[];
  /** Confidence level of the elasticity interval, in (0, 1) (default 0.95). */
  readonly confidenceLevel?: number;
  /** Price at which the linear-demand point elasticity is evaluated (default: the mean price). */
  readonly at?: number;
  /** Marginal cost for the constant-elasticity profit-maximising price (default: none). */
  readonly marginalCost?: number;
}

/** A row left out, and of which estimates (`'all'`, or only `'logLog'`). */
export interface PriceElasticityRejected extends RejectedRecord {
  readonly excludedFrom: 'all' | 'logLog';
}

/** The linear demand `Q = a + s·P` fitted by OLS, with its point elasticity and revenue-maximising price. */
export interface LinearDemandEstimate {
  readonly intercept: number;
  readonly slope: number;
  /** `ε = s · P / Q(P)` at `price`; `null` (with `reason`) when `Q(P) ≤ 0`. */
  readonly pointElasticity: { readonly price: number; readonly quantity: number; readonly elasticity: number | null; readonly reason: string | null };
  /** `a / (2b)` with `b = −s`, when `a > 0` and `b > 0`; else `null` with `revenueReason`. */
  readonly revenueMaximisingPrice: number | null;
  readonly revenueReason: string | null;
}

/** The log-log regression `ln Q = α + β ln P + γᵀ controls + e`; the elasticity is β. */
export interface LogLogEstimate {
  readonly elasticity: number;
  readonly standardError: number;
  readonly interval: { readonly lower: number; readonly upper: number };
  readonly tStatistic: number;
  readonly degreesOfFreedom: number;
  /** `1 − RSS/TSS` of ln Q; `null` when ln Q is constant. */
  readonly rSquared: number | null;
  readonly intercept: number;
  readonly controls: readonly { readonly name: string; readonly coefficient: number; readonly standardError: number }[];
  readonly n: number;
  /** `c·ε/(1 + ε)` for ε < −1 with `marginalCost` c; else `null` with `profitReason`. */
  readonly profitMaximisingPrice: number | null;
  readonly profitReason: string | null;
}

/** The result of {@link priceElasticity}. */
export interface PriceElasticityResult {
  /** Observations used by the linear and arc estimates. */
  readonly n: number;
  /** Linear demand, or `null` (see `linearReason`). */
  readonly linear: LinearDemandEstimate | null;
  readonly linearReason: string | null;
  /** Arc elasticities between adjacent distinct prices (quantities averaged per price), ascending. */
  readonly arc: readonly {
    readonly fromPrice: number;
    readonly toPrice: number;
    readonly fromQuantity: number;
    readonly toQuantity: number;
    readonly elasticity: number | null;
  }[];
  /** The log-log regression, or `null` (see `logLogReason`). */
  readonly logLog: LogLogEstimate | null;
  readonly logLogReason: string | null;
  readonly rejected: readonly PriceElasticityRejected[];
  readonly conventions: { readonly controls: readonly string[]; readonly confidenceLevel: number; readonly standardErrors: string };
}

const FN = 'priceElasticity';

interface Obs {
  readonly price: number;
  readonly quantity: number;
  readonly controls: number[] | null;
}

function controlNames(rows: ArrayLike<unknown>, given: unknown): string[] {
  if (given !== undefined) {
    if (!Array.isArray(given) || !given.every((g) => typeof g === 'string')) {
      throw new InvalidArgumentError(FN, 'options.controls', 'must be an array of control names', given);
    }
    return [...new Set(given as string[])];
  }
  const names = new Set<string>();
  for (let i = 0; i < rows.length; i++) {
    const c = (rows[i] as { controls?: unknown } | null)?.controls;
    if (typeof c === 'object' && c !== null) for (const k of Object.keys(c)) names.add(k);
  }
  return [...names].sort();
}

function readRows(rows: ArrayLike<unknown>, names: readonly string[]): { obs: Obs[]; rejected: PriceElasticityRejected[] } {
  const obs: Obs[] = [];
  const rejected: PriceElasticityRejected[] = [];
  const reject = (index: number, field: string, reason: string, value: unknown, excludedFrom: 'all' | 'logLog'): void => {
    rejected.push({ index, field, reason, value, excludedFrom });
  };
  for (let i = 0; i < rows.length; i++) {
    const r = rows[i] as Record<string, unknown> | null;
    if (typeof r !== 'object' || r === null) {
      reject(i, 'row', 'must be an object', r, 'all');
      continue;
    }
    const p = r['price'];
    const q = r['quantity'];
    if (typeof p !== 'number' || !Number.isFinite(p)) reject(i, 'price', 'must be a finite number', p, 'all');
    else if (typeof q !== 'number' || !Number.isFinite(q) || q < 0) reject(i, 'quantity', 'must be a finite number >= 0', q, 'all');
    else obs.push({ price: p, quantity: q, controls: readControls(r, i, p, q, names, reject) });
  }
  return { obs, rejected };
}

function readControls(
  r: Record<string, unknown>,
  i: number,
  p: number,
  q: number,
  names: readonly string[],
  reject: (index: number, field: string, reason: string, value: unknown, excludedFrom: 'logLog') => void,
): number[] | null {
  if (!(p > 0)) return reject(i, 'price', 'must be > 0 for the log-log regression', p, 'logLog'), null;
  if (!(q > 0)) return reject(i, 'quantity', 'must be > 0 for the log-log regression', q, 'logLog'), null;
  const c = (r['controls'] ?? {}) as Record<string, unknown>;
  const out: number[] = [];
  for (const name of names) {
    const v = typeof c === 'object' && c !== null ? c[name] : undefined;
    if (typeof v !== 'number' || !Number.isFinite(v)) {
      return reject(i, `controls.${name}`, 'must be a finite number for the log-log regression', v, 'logLog'), null;
    }
    out.push(v);
  }
  return out;
}

function linearOf(obs: readonly Obs[], at: number | undefined): { est: LinearDemandEstimate | null; reason: string | null } {
  const fit = ordinaryLeastSquares(obs.map((o) => o.quantity), [obs.map((o) => o.price)]);
  if (fit === null || new Set(obs.map((o) => o.price)).size < 2) {
    return { est: null, reason: 'needs at least 3 observations at 2 or more distinct prices' };
  }
  const a = fit.intercept;
  const s = fit.coefficients[0]!;
  const p0 = at ?? obs.reduce((t, o) => t + o.price, 0) / obs.length;
  const q0 = a + s * p0;
  const ok = a > 0 && s < 0;
  return {
    est: {
      intercept: a,
      slope: s,
      pointElasticity: {
        price: p0,
        quantity: q0,
        elasticity: q0 > 0 ? (s * p0) / q0 : null,
        reason: q0 > 0 ? null : 'the fitted quantity at this price is not positive',
      },
      revenueMaximisingPrice: ok ? a / (-2 * s) : null,
      revenueReason: ok ? null : 'needs a positive intercept and a negative slope',
    },
    reason: null,
  };
}

function arcOf(obs: readonly Obs[]): PriceElasticityResult['arc'] {
  const by = new Map<number, { s: number; n: number }>();
  for (const o of obs) {
    const g = by.get(o.price) ?? { s: 0, n: 0 };
    g.s += o.quantity;
    g.n += 1;
    by.set(o.price, g);
  }
  const pts = [...by].sort((x, y) => x[0] - y[0]).map(([p, g]) => [p, g.s / g.n] as const);
  const out = [];
  for (let k = 0; k + 1 < pts.length; k++) {
    const [p1, q1] = pts[k]!;
    const [p2, q2] = pts[k + 1]!;
    out.push({ fromPrice: p1, toPrice: p2, fromQuantity: q1, toQuantity: q2, elasticity: arcElasticity(p1, q1, p2, q2) });
  }
  return out;
}

function logLogOf(
  obs: readonly Obs[],
  names: readonly string[],
  level: number,
  cost: number | undefined,
): { est: LogLogEstimate | null; reason: string | null } {
  const use = obs.filter((o) => o.controls !== null);
  const x = [use.map((o) => Math.log(o.price)), ...names.map((_, j) => use.map((o) => o.controls![j]!))];
  const fit = ordinaryLeastSquares(use.map((o) => Math.log(o.quantity)), x);
  if (fit === null || !(fit.standardErrors[0]! > 0)) {
    return { est: null, reason: `needs more than ${names.length + 2} usable rows and non-collinear regressors (ln price varies)` };
  }
  const b = fit.coefficients[0]!;
  const se = fit.standardErrors[0]!;
  const t = studentTQuantile(1 - (1 - level) / 2, fit.degreesOfFreedom);
  const profit = cost === undefined ? null : b < -1 ? (cost * b) / (1 + b) : null;
  const profitReason = cost === undefined ? 'no marginalCost given' : b < -1 ? null : 'needs an elasticity below -1';
  return {
    est: {
      elasticity: b,
      standardError: se,
      interval: { lower: b - t * se, upper: b + t * se },
      tStatistic: b / se,
      degreesOfFreedom: fit.degreesOfFreedom,
      rSquared: fit.rSquared,
      intercept: fit.intercept,
      controls: names.map((name, j) => ({ name, coefficient: fit.coefficients[j + 1]!, standardError: fit.standardErrors[j + 1]! })),
      n: use.length,
      profitMaximisingPrice: profit,
      profitReason,
    },
    reason: null,
  };
}

/**
 * Price elasticity of demand from price and quantity observations: the linear-demand point elasticity and
 * revenue-maximising price, arc elasticities, and the log-log regression elasticity with controls.
 *
 * @remarks
 * Point: OLS of `Q = a + s·P` gives `ε = s·P/Q(P)` at `options.at` (default the mean price) and, for
 * `Q = a − bP` with `a, b > 0`, the revenue-maximising price `P* = a/(2b)`. Arc (midpoint):
 * `ε = [(Q₂ − Q₁)/((Q₁ + Q₂)/2)] / [(P₂ − P₁)/((P₁ + P₂)/2)]` between adjacent distinct prices, quantities
 * averaged per price. Log-log: OLS of `ln Q = α + β ln P + γᵀ controls + e`, the constant elasticity `ε = β`
 * with the classical standard error `√(σ̂² [(X̃ᵀX̃)⁻¹]₁₁)`, `σ̂² = RSS/(n − k − 1)`, a Student-t interval
 * with `n − k − 1` degrees of freedom, and R² of ln Q (Farris et al. 2010, ch. 7). With a marginal cost c and
 * ε < −1 the profit-maximising price under constant elasticity is `P* = c·ε/(1 + ε)` (the Lerner rule).
 *
 * Rows with a non-finite price or a negative quantity are rejected from everything; rows with a
 * non-positive price or quantity, or a missing control, only from the log-log regression (`excludedFrom`).
 * Complexity O(n·k²).
 *
 * @param observations - Rows of {@link PriceObservation}; build them from transactions by period and price.
 * @param options - Controls, confidence level, evaluation price and marginal cost ({@link PriceElasticityOptions}).
 * @returns A {@link PriceElasticityResult}; estimates that cannot be formed are `null` with a reason.
 * @throws `INVALID_ARGUMENT` when `observations` is not an array or an option is malformed (also a null options object).
 * @throws `EMPTY_INPUT` when no observation is usable.
 * @example
 * ```ts
 * const r = priceElasticity([
 *   { price: 1, quantity: 100 },
 *   { price: 2, quantity: 25 },
 *   { price: 4, quantity: 6.25 },
 * ]);
 * r.logLog?.elasticity; // -2
 * r.arc[0].elasticity; // -1.8
 * ```
 * @see Farris, P. W., Bendle, N. T., Pfeifer, P. E. & Reibstein, D. J. (2010). Marketing Metrics: The
 *   Definitive Guide to Measuring Marketing Performance (2nd ed.), ch. 7. Pearson.
 * @see Lerner, A. P. (1934). The concept of monopoly and the measurement of monopoly power. Review of Economic
 *   Studies 1(3), 157–175. https://doi.org/10.2307/2967480
 */
export function priceElasticity(observations: readonly PriceObservation[], options?: PriceElasticityOptions): PriceElasticityResult {
  const rows = checkRows(FN, 'observations', observations);
  const o = readOptionsObject(FN, options);
  const level = readNumber(FN, o, 'confidenceLevel', 0.95, { min: 0, max: 1 });
  if (level <= 0 || level >= 1) throw new InvalidArgumentError(FN, 'options.confidenceLevel', 'must be in (0, 1)', level);
  const at = o['at'] === undefined ? undefined : readNumber(FN, o, 'at', 0, { positive: true });
  const cost = o['marginalCost'] === undefined ? undefined : readNumber(FN, o, 'marginalCost', 0, { positive: true });
  const names = controlNames(rows, o['controls']);
  if (rows.length === 0) throw new EmptyInputError(FN, 'observations');
  const { obs, rejected } = readRows(rows, names);
  if (obs.length === 0) throw new EmptyInputError(FN, 'observations', 'must contain at least one usable observation');
  const lin = linearOf(obs, at);
  const log = logLogOf(obs, names, level, cost);
  return {
    n: obs.length,
    linear: lin.est,
    linearReason: lin.reason,
    arc: arcOf(obs),
    logLog: log.est,
    logLogReason: log.reason,
    rejected: rejected.sort((a, b) => a.index - b.index),
    conventions: { controls: names, confidenceLevel: level, standardErrors: 'classical OLS (homoskedastic)' },
  };
}
