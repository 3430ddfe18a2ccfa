import { isClienteleError } from '../../../core/errors/isClienteleError';
import { restateError } from '../../../core/errors/restateError';
import { UndefinedResultError } from '../../../core/errors/UndefinedResultError';
import { drawParameters } from '../../drawParameters';
import type { DrawableFit } from '../../drawParameters';
import type { GammaGammaParams } from '../../gammaGamma/types';
import type { ScoreBounds, ScoreIntervalOptions, ScoreIntervalSummary } from '../../scoreCustomers';
import { checkSpendDraws } from '../../internal/intervals/checkSpendDraws';
import type { CovariateFitResult } from '../types';
import type { CovariateScoreResult, CovariateScoreRow } from '../scoreCovariateCustomers';
import { drawBounds, type BoundColumns } from './drawBounds';
import { drawCovariateFits } from './drawCovariateFits';
import { readDrawRequest } from './readDrawRequest';

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
  const params = Array.from({ length: draws }, (_, d): GammaGammaParams => ({ p: columns.p?.[d] as number, q: columns.q?.[d] as number, gamma: columns.gamma?.[d] as number }));
  checkSpendDraws(fn, params);
  return { spends: params.map((p) => ({ params: p })), held: drawn.held };
}

/**
 * Intervals of a covariate score: the covariate fit drawn `draws` times (`drawCovariateFits`: log base
 * parameters and coefficients jointly normal with the fit's covariance; or, with `method: 'bootstrap'`,
 * the caller's `bootstrap` refits on resampled customers), a drawable Gamma-Gamma spend fit
 * too (seed + 1), every customer scored under each draw by `scoreDraw` (the score without intervals), and
 * the type-7 `(1 ∓ level)/2` quantiles of each customer's draws and of the per-draw totals. The rows of
 * `point` keep their estimates and gain `intervals`. Every customer's draws are kept (`drawBounds`;
 * customers × draws at most 4 million). @internal
 */
export function covariateScoreIntervals(
  fn: string,
  fit: CovariateFitResult,
  point: CovariateScoreResult,
  spend: unknown,
  request: ScoreIntervalOptions,
  scoreDraw: (fit: CovariateFitResult, spend: unknown) => CovariateScoreResult,
  bootstrap: (draws: number, seed: number) => { readonly fits: CovariateFitResult[]; readonly notConverged: number },
): { rows: CovariateScoreRow[]; summary: ScoreIntervalSummary } {
  const n = point.rows.length;
  const { level, method, draws: D, seed, policy } = readDrawRequest(fn, 'options.intervals', request, n);
  const drawn = method === 'bootstrap' ? { ...bootstrap(D, seed), held: [] as string[] } : { ...drawCovariateFits(fn, 'options.intervals', fit, D, seed, policy), notConverged: null };
  const { fits, held } = drawn;
  const spendOf = spendDraws(fn, spend, D, seed, policy);
  const ends = drawBounds(n, D, level, (d, values) => {
    const scored = scoreDraw(fits[d] as CovariateFitResult, spendOf.spends[d]);
    if (scored.rows.length !== n) throw new UndefinedResultError(fn, `draw ${d} scored ${scored.rows.length} customers instead of ${n}`, scored.rows.length);
    scored.rows.forEach((row, i) => {
      values.alive[i] = row.probabilityAlive;
      values.expected[i] = row.expectedPurchases;
      values.spend[i] = row.expectedSpend ?? 0;
      values.value[i] = row.value ?? 0;
    });
  });
  const at = (column: BoundColumns, i: number): ScoreBounds => ({ lower: column.lower[i] as number, upper: column.upper[i] as number });
  const rows = point.rows.map((row, i) => ({
    ...row,
    intervals: {
      probabilityAlive: at(ends.alive, i),
      expectedPurchases: at(ends.expected, i),
      expectedSpend: row.expectedSpend === null ? null : at(ends.spend, i),
      value: row.value === null ? null : at(ends.value, i),
    },
  }));
  const summary: ScoreIntervalSummary = {
    level,
    method,
    draws: D,
    seed,
    held,
    spendHeld: spendOf.held,
    bootstrapNotConverged: drawn.notConverged,
    totals: { probabilityAlive: ends.totals.alive, expectedPurchases: ends.totals.expected, value: point.totals.value === null ? null : ends.totals.value },
  };
  return { rows, summary };
}
