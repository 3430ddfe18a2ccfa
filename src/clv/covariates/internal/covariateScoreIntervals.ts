import { InvalidArgumentError } from '../../../core/errors/InvalidArgumentError';
import { isClienteleError } from '../../../core/errors/isClienteleError';
import { restateError } from '../../../core/errors/restateError';
import { UndefinedResultError } from '../../../core/errors/UndefinedResultError';
import { drawParameters } from '../../drawParameters';
import type { DrawableFit } from '../../drawParameters';
import type { GammaGammaParams } from '../../gammaGamma/types';
import { quantilePair } from '../../internal/intervals/quantilePair';
import type { ScoreBounds, ScoreIntervalOptions, ScoreIntervalSummary } from '../../scoreCustomers';
import type { CovariateFitResult } from '../types';
import type { CovariateScoreResult, CovariateScoreRow } from '../scoreCovariateCustomers';
import { drawCovariateFits } from './drawCovariateFits';

/** Customers × draws kept (4 quantities of 8 bytes each: 128 MB). */
const KEPT = 4_000_000;
/** Draws when none are asked for: each draw is a whole score (every distinct covariate vector scored apart), so fewer than `scoreCustomers`' 1,000. */
const DEFAULT_DRAWS = 200;

/** The request read and checked: level, draws, seed and the policy for unidentified parameters. */
function readRequest(fn: string, request: ScoreIntervalOptions, customers: number): { level: number; draws: number; seed: number; policy: 'throw' | 'hold' } {
  const at = 'options.intervals';
  if (request === null || typeof request !== 'object') throw new InvalidArgumentError(fn, at, 'must be an object { level, draws, seed }', request);
  const level = request.level ?? 0.9;
  if (typeof level !== 'number' || !(level > 0 && level < 1)) throw new InvalidArgumentError(fn, `${at}.level`, 'must be a number strictly between 0 and 1', level);
  if ((request.method ?? 'parameters') !== 'parameters') {
    throw new InvalidArgumentError(fn, `${at}.method`, "must be 'parameters' for a covariate fit (the bootstrap would refit the covariate model per draw: call fitCovariateModel on resampled customers for it)", request.method);
  }
  const most = Math.max(2, Math.min(100_000, Math.floor(KEPT / customers)));
  const draws = request.draws ?? Math.min(DEFAULT_DRAWS, most);
  if (typeof draws !== 'number' || !Number.isInteger(draws) || draws < 2 || draws > most) {
    throw new InvalidArgumentError(fn, `${at}.draws`, `must be an integer from 2 to ${most.toLocaleString('en-US')} for ${customers.toLocaleString('en-US')} customers (every customer's draws are kept: score fewer customers at a time for more)`, draws);
  }
  const seed = request.seed ?? 1;
  if (typeof seed !== 'number' || !Number.isFinite(seed)) throw new InvalidArgumentError(fn, `${at}.seed`, 'must be a finite number', seed);
  const policy = request.notIdentified ?? 'throw';
  if (policy !== 'throw' && policy !== 'hold') throw new InvalidArgumentError(fn, `${at}.notIdentified`, "must be 'throw' or 'hold'", policy);
  return { level, draws, seed, policy };
}

/** The spend of each draw: a Gamma-Gamma fit with its covariance is drawn (seed + 1), anything else kept. */
function spendDraws(fn: string, spend: unknown, draws: number, seed: number, policy: 'throw' | 'hold'): { spends: unknown[]; held: string[] | 'fixed' | null } {
  const s = spend as { params?: unknown; parameterNames?: unknown; logCovariance?: unknown } | undefined;
  if (s === undefined || s === null || typeof s !== 'object' || !('params' in s)) return { spends: new Array<unknown>(draws).fill(spend), held: null };
  if (!Array.isArray(s.parameterNames) || !Array.isArray(s.logCovariance)) return { spends: new Array<unknown>(draws).fill(spend), held: 'fixed' };
  let drawn: { readonly columns: unknown; readonly held: string[] };
  try {
    drawn = drawParameters(s as unknown as DrawableFit<GammaGammaParams>, { draws, seed: seed + 1, notIdentified: policy });
  } catch (e) {
    if (!isClienteleError(e)) throw e;
    throw restateError(e, fn, 'options.spend');
  }
  const columns = drawn.columns as unknown as Record<string, number[]>;
  const spends = Array.from({ length: draws }, (_, d) => {
    const params = { p: columns.p?.[d] as number, q: columns.q?.[d] as number, gamma: columns.gamma?.[d] as number };
    if (!(params.q > 1)) {
      throw new UndefinedResultError(fn, `draw ${d} of the Gamma-Gamma spend model has q = ${params.q} ≤ 1, where the mean spend does not exist; fit the spend model with \`constraints: { q: { greaterThan: 1 } }\``, params.q);
    }
    return { params };
  });
  return { spends, held: drawn.held };
}

/** Neumaier addition into `[sum, compensation]` at `at`. */
function add(acc: Float64Array, at: number, v: number): void {
  const s = acc[2 * at] as number;
  const t = s + v;
  acc[2 * at + 1] = (acc[2 * at + 1] as number) + (Math.abs(s) >= Math.abs(v) ? s - t + v : v - t + s);
  acc[2 * at] = t;
}

/**
 * Intervals of a covariate score: the covariate fit drawn `draws` times (`drawCovariateFits`: log base
 * parameters and coefficients jointly normal with the fit's covariance), a drawable Gamma-Gamma spend fit
 * too (seed + 1), every customer scored under each draw by `scoreDraw` (the score without intervals), and
 * the type-7 `(1 ∓ level)/2` quantiles of each customer's draws and of the per-draw totals. The rows of
 * `point` keep their estimates and gain `intervals`. Every customer's draws are kept (customers × draws at
 * most 4 million). @internal
 */
export function covariateScoreIntervals(
  fn: string,
  fit: CovariateFitResult,
  point: CovariateScoreResult,
  spend: unknown,
  request: ScoreIntervalOptions,
  scoreDraw: (fit: CovariateFitResult, spend: unknown) => CovariateScoreResult,
): { rows: CovariateScoreRow[]; summary: ScoreIntervalSummary } {
  const n = point.rows.length;
  const { level, draws: D, seed, policy } = readRequest(fn, request, n);
  const { fits, held } = drawCovariateFits(fn, 'options.intervals', fit, D, seed, policy);
  const spendOf = spendDraws(fn, spend, D, seed, policy);
  const alive = new Float64Array(n * D);
  const expected = new Float64Array(n * D);
  const spends = new Float64Array(n * D);
  const values = new Float64Array(n * D);
  const totals = { alive: new Float64Array(2 * D), expected: new Float64Array(2 * D), value: new Float64Array(2 * D) };
  for (let d = 0; d < D; d++) {
    const scored = scoreDraw(fits[d] as CovariateFitResult, spendOf.spends[d]);
    if (scored.rows.length !== n) throw new UndefinedResultError(fn, `draw ${d} scored ${scored.rows.length} customers instead of ${n}`, scored.rows.length);
    scored.rows.forEach((row, i) => {
      alive[i * D + d] = row.probabilityAlive;
      expected[i * D + d] = row.expectedPurchases;
      spends[i * D + d] = row.expectedSpend ?? 0;
      values[i * D + d] = row.value ?? 0;
      add(totals.alive, d, row.probabilityAlive);
      add(totals.expected, d, row.expectedPurchases);
      add(totals.value, d, row.value ?? 0);
    });
  }
  const lowP = (1 - level) / 2;
  const pair = new Float64Array(2);
  const bounds = (source: Float64Array, offset: number): ScoreBounds => {
    quantilePair(source, offset, D, lowP, pair);
    return { lower: pair[0] as number, upper: pair[1] as number };
  };
  const rows = point.rows.map((row, i) => ({
    ...row,
    intervals: {
      probabilityAlive: bounds(alive, i * D),
      expectedPurchases: bounds(expected, i * D),
      expectedSpend: row.expectedSpend === null ? null : bounds(spends, i * D),
      value: row.value === null ? null : bounds(values, i * D),
    },
  }));
  const totalBounds = (acc: Float64Array): ScoreBounds => bounds(Float64Array.from({ length: D }, (_, d) => (acc[2 * d] as number) + (acc[2 * d + 1] as number)), 0);
  const summary: ScoreIntervalSummary = {
    level,
    method: 'parameters',
    draws: D,
    seed,
    held,
    spendHeld: spendOf.held,
    bootstrapNotConverged: null,
    totals: { probabilityAlive: totalBounds(totals.alive), expectedPurchases: totalBounds(totals.expected), value: point.totals.value === null ? null : totalBounds(totals.value) },
  };
  return { rows, summary };
}
