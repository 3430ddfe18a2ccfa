import { InvalidArgumentError } from '../../core/errors/InvalidArgumentError';
import { NotConvergedError } from '../../core/errors/NotConvergedError';
import { UndefinedResultError } from '../../core/errors/UndefinedResultError';
import { invertMatrix } from '../../core/linalg/invertMatrix';
import { averageVarianceExtracted } from './averageVarianceExtracted';
import { blockCronbachAlpha } from './blockCronbachAlpha';
import { compilePlsModel, type CompiledPlsModel } from './compilePlsModel';
import { compositeReliability } from './compositeReliability';
import { createPlsKernelOutput } from './createPlsKernelOutput';
import { estimatePlsFromCovariance } from './estimatePlsFromCovariance';
import { htmt } from './htmt';
import { indicatorMoments } from './indicatorMoments';
import type { PlsKernelOutput } from './plsKernelTypes';
import { prepareIndicatorData, type IndicatorMatrix } from './prepareIndicatorData';
import { regressConstructs } from './regressConstructs';
import { resolvePlsOptions, type ResolvedPlsOptions } from './resolvePlsOptions';
import { rhoA } from './rhoA';
import type {
  PlsBlockReliability,
  PlsData,
  PlsEffect,
  PlsItemStatistics,
  PlsModel,
  PlsPathEstimate,
  PlsPathModelOptions,
  PlsPathModelResult,
} from './types';
import { assertOptions } from '../../core/validate/assertOptions';

const FN = 'plsPathModel';

/**
 * Estimates a PLS path model (Wold's partial least squares, Lohmöller's algorithm) on survey data.
 *
 * @remarks
 * Algorithm (Tenenhaus et al. 2005, §2; Lohmöller 1989). The indicators are centred (and standardised
 * when `scaled`); every block starts from unit weights rescaled so that its score has variance 1. Each
 * iteration forms, for every construct j, the inner estimate `Z_j = Σ_k e_jk Y_k` over the adjacent
 * constructs (centroid `e = sign r`, factorial `e = r`, path: regression coefficients on the predecessors
 * and correlations with the successors), then updates the outer weights — Mode A `w_jh = cov(x_jh, Z_j)`,
 * Mode B `w_j = (X_jᵀX_j)⁻¹X_jᵀZ_j` — and rescales them to unit score variance, until the stop rule holds
 * (all blocks updated together). After convergence the sign of each block is fixed (most loadings
 * positive, or the anchor item's loading positive). Paths are OLS coefficients of each endogenous score
 * on its predecessors, `b = R_PP⁻¹ r_Pj`, `R² = bᵀr_Pj`; total effects `T = (I − B)⁻¹ − I`.
 *
 * With `consistent: true` (PLSc; Dijkstra & Henseler 2015) the construct correlations of Mode A blocks
 * are disattenuated by their ρ_A, `r*_jk = r_jk / √(ρ_j ρ_k)`, before the path regressions, and the
 * loadings become `c ŵ`: paths then estimate a common-factor model consistently (the scores stay the PLS
 * composites).
 *
 * Every step works on the p × p indicator covariance matrix, since `cov(x, Y_k) = S w_k`; the data are
 * read once, O(n p²), then each iteration costs O(p²).
 *
 * Assessment: loadings and cross-loadings (item–score correlations), Cronbach's alpha (raw items), ρ_A,
 * ρ_C, AVE, HTMT, Fornell–Larcker table, VIFs, f², adjusted R² and the GoF index. Every convention (scheme,
 * scaling, variance denominator, stop rule, sign rule, missing-value policy) is echoed in `conventions`.
 * With `scheme: 'centroid', scaled: false` the mobi data reproduce Tenenhaus et al. (2005) to three
 * decimals.
 *
 * @param data - respondents as rows keyed by item name, or columns keyed by item name; answers finite numbers
 * @param model - blocks (construct → items, Mode A or B) and paths (an acyclic list of `from → to`)
 * @param options - scheme, scaling, denominator, stop rule, missing values, sign anchors, sampling weights
 * @returns the estimates and the assessment, a plain JSON-serialisable object
 * @throws `INVALID_ARGUMENT` for a malformed model (unknown name, empty or shared block, cycle,
 * isolated construct), a bad option, a non-numeric answer, a missing answer with `missing: 'error'`, an item
 * with zero variance, or too few respondents for the largest regression
 * @throws `EMPTY_INPUT` when there are no blocks, no paths or no respondents
 * @throws `UNDEFINED_RESULT` when a Mode B block or an inner regression is singular
 * @throws `NOT_CONVERGED` when `strict` is set and the iteration cap is reached
 * @example
 * ```ts
 * import { loadMobi } from 'clientele/datasets';
 * const fit = plsPathModel(loadMobi(), ecsiModel(), { scheme: 'centroid', scaled: false });
 * fit.converged; // true
 * fit.paths[0]?.coefficient.toFixed(3); // '0.493' (Image → Expectation)
 * fit.rSquared.Satisfaction?.toFixed(3); // '0.672'
 * ```
 * @see Tenenhaus, M., Esposito Vinzi, V., Chatelin, Y.-M. & Lauro, C. (2005). PLS path modeling.
 * Computational Statistics & Data Analysis 48(1), 159–205. doi:10.1016/j.csda.2004.03.005
 * @see Lohmöller, J.-B. (1989). Latent Variable Path Modeling with Partial Least Squares. Physica.
 * doi:10.1007/978-3-642-52512-4
 * @see Dijkstra, T. K. & Henseler, J. (2015). Consistent partial least squares path modeling. MIS Quarterly
 * 39(2), 297–316. doi:10.25300/MISQ/2015/39.2.02
 */
export function plsPathModel(data: PlsData, model: PlsModel, options: PlsPathModelOptions = {}): PlsPathModelResult {
  assertOptions(FN, options);
  const compiled = compilePlsModel(FN, model);
  const resolved = resolvePlsOptions(FN, compiled, options);
  const matrix = prepareIndicatorData(FN, data, compiled.indicators, resolved.missing, options.sampleWeights);
  const maxPredictors = Math.max(...compiled.predecessors.map((list) => list.length));
  if (matrix.n < maxPredictors + 2) {
    throw new InvalidArgumentError(FN, 'data', `must have at least ${maxPredictors + 2} respondents (largest regression + 2)`, matrix.n);
  }
  const { p, J } = compiled;
  const means = new Float64Array(p);
  const cov = new Float64Array(p * p);
  indicatorMoments(matrix.values, matrix.n, p, matrix.weights, resolved.varianceDenominator, null, means, cov, new Float64Array(10 * p));
  const out = createPlsKernelOutput(compiled);
  estimatePlsFromCovariance(compiled, cov, resolved.kernel, out, new Float64Array(p), new Float64Array(J * J));
  if (out.failure !== null) {
    if (out.failure === 'zero-variance indicator') {
      const h = Array.from({ length: p }, (_, i) => i).find((i) => !((cov[i * p + i] as number) > 0)) ?? 0;
      throw new InvalidArgumentError(FN, `data.${compiled.indicators[h]}`, 'must vary across respondents (zero variance)', 0);
    }
    throw new UndefinedResultError(FN, `the estimation failed: ${out.failure}`);
  }
  if (!out.converged && resolved.strict) {
    throw new NotConvergedError(
      FN,
      `stopped after ${out.iterations} iterations with weight change ${out.finalChange} (tolerance ${resolved.kernel.tolerance})`,
    );
  }
  return summarize(compiled, resolved, matrix, means, cov, out);
}

function record<T>(names: readonly string[], value: (i: number) => T): Record<string, T> {
  const r: Record<string, T> = {};
  names.forEach((name, i) => {
    r[name] = value(i);
  });
  return r;
}

function summarize(
  compiled: CompiledPlsModel,
  resolved: ResolvedPlsOptions,
  matrix: IndicatorMatrix,
  means: Float64Array,
  cov: Float64Array,
  out: PlsKernelOutput,
): PlsPathModelResult {
  const { p, J, constructs, indicators, blockStart, predecessors } = compiled;
  const { n } = matrix;
  const scaled = resolved.kernel.scaled;
  const { w, sd, SW, C, loadings, B, T, r2 } = out;
  const raw = Float64Array.from(w, (v, h) => (scaled ? v / (sd[h] as number) : v));
  const standardized = Float64Array.from(w, (v, h) => (scaled ? v : v * (sd[h] as number)));
  const block = (j: number): number[] => {
    const list: number[] = [];
    for (let h = blockStart[j] as number; h < (blockStart[j + 1] as number); h++) list.push(h);
    return list;
  };
  const corr = (a: number, b: number): number => (cov[a * p + b] as number) / ((sd[a] as number) * (sd[b] as number));

  // Scores, standardised: Σ w_raw (x − x̄); unit variance by construction of the weights.
  const scores: Record<string, number[]> = {};
  for (let j = 0; j < J; j++) {
    const column = new Array<number>(n);
    const items = block(j);
    for (let i = 0; i < n; i++) {
      let s = 0;
      for (const h of items) s += (raw[h] as number) * ((matrix.values[i * p + h] as number) - (means[h] as number));
      column[i] = s;
    }
    scores[constructs[j] as string] = column;
  }

  const paths: PlsPathEstimate[] = compiled.paths.map(([from, to]) => {
    const preds = predecessors[to] as readonly number[];
    const rest = preds.filter((k) => k !== from);
    let r2Excluded = 0;
    if (rest.length > 0) {
      if (!regressConstructs(C, J, rest, to, out.coefficients, out.scratch)) {
        throw new UndefinedResultError(FN, `the regression of "${constructs[to]}" without "${constructs[from]}" is singular`);
      }
      rest.forEach((k, i) => {
        r2Excluded += (out.coefficients[i] as number) * (C[k * J + to] as number);
      });
    }
    const r2Included = r2[to] as number;
    if (!(r2Included < 1)) throw new UndefinedResultError(FN, `R² of "${constructs[to]}" is 1, so f² is undefined`, r2Included);
    return {
      from: constructs[from] as string,
      to: constructs[to] as string,
      coefficient: B[from * J + to] as number,
      f2: (r2Included - r2Excluded) / (1 - r2Included),
    };
  });

  const endogenous = constructs.filter((_, j) => (predecessors[j]?.length ?? 0) > 0);
  const rSquared: Record<string, number> = {};
  const adjustedRSquared: Record<string, number> = {};
  for (let j = 0; j < J; j++) {
    const k = predecessors[j]?.length ?? 0;
    if (k === 0) continue;
    const value = r2[j] as number;
    rSquared[constructs[j] as string] = value;
    adjustedRSquared[constructs[j] as string] = 1 - ((1 - value) * (n - 1)) / (n - k - 1);
  }

  const effects: PlsEffect[] = [];
  for (let i = 0; i < J; i++) {
    for (let j = 0; j < J; j++) {
      if (!reaches(compiled, i, j)) continue;
      const direct = B[i * J + j] as number;
      const total = T[i * J + j] as number;
      effects.push({ from: constructs[i] as string, to: constructs[j] as string, direct, indirect: total - direct, total });
    }
  }

  const loadingList = Array.from(loadings, clampUnit);
  const reliability: Record<string, PlsBlockReliability> = {};
  const sqrtAve: number[] = [];
  for (let j = 0; j < J; j++) {
    const items = block(j);
    const blockLoadings = items.map((h) => loadingList[h] as number);
    const ave = averageVarianceExtracted(blockLoadings);
    sqrtAve.push(Math.sqrt(ave));
    reliability[constructs[j] as string] = {
      indicators: items.length,
      cronbachAlpha: items.length < 2 ? null : blockCronbachAlpha(matrix, items),
      rhoA: items.length < 2 ? null : blockRhoA(items.map((a) => items.map((b) => corr(a, b))), items.map((h) => standardized[h] as number)),
      compositeReliability: compositeReliability(blockLoadings),
      averageVarianceExtracted: ave,
    };
  }

  const correlationRows = Array.from({ length: p }, (_, a) => Array.from({ length: p }, (_, b) => corr(a, b)));
  const htmtMatrix = htmt(
    correlationRows,
    constructs.map((_, j) => block(j)),
  );

  const vifIndicators: Record<string, number> = {};
  for (let j = 0; j < J; j++) {
    const items = block(j);
    if (items.length === 1) {
      vifIndicators[indicators[items[0] as number] as string] = 1;
      continue;
    }
    const inverse = invertMatrix(items.map((a) => items.map((b) => corr(a, b))));
    items.forEach((h, i) => {
      const v = inverse[i]?.[i] as number;
      if (!Number.isFinite(v)) throw new UndefinedResultError(FN, `the items of block "${constructs[j]}" are collinear`);
      vifIndicators[indicators[h] as string] = v;
    });
  }
  const vifConstructs: Record<string, Record<string, number>> = {};
  for (let j = 0; j < J; j++) {
    const preds = predecessors[j] as readonly number[];
    if (preds.length === 0) continue;
    const inverse = preds.length === 1 ? [[1]] : invertMatrix(preds.map((a) => preds.map((b) => C[a * J + b] as number)));
    vifConstructs[constructs[j] as string] = record(
      preds.map((k) => constructs[k] as string),
      (i) => inverse[i]?.[i] as number,
    );
  }

  let loadingSquares = 0;
  let loadingCount = 0;
  for (let j = 0; j < J; j++) {
    const items = block(j);
    if (items.length < 2) continue;
    for (const h of items) {
      loadingSquares += (loadingList[h] as number) ** 2;
      loadingCount++;
    }
  }
  const meanR2 = endogenous.reduce((s, name) => s + (rSquared[name] as number), 0) / endogenous.length;
  const goodnessOfFit = loadingCount === 0 ? Math.sqrt(meanR2) : Math.sqrt((loadingSquares / loadingCount) * meanR2);

  const itemStatistics = record<PlsItemStatistics>(indicators, (h) => ({ mean: means[h] as number, sd: sd[h] as number }));
  return {
    constructs: [...constructs],
    indicators: [...indicators],
    n,
    converged: out.converged,
    iterations: out.iterations,
    finalChange: out.finalChange,
    conventions: {
      scheme: resolved.kernel.scheme,
      scaled,
      consistent: resolved.kernel.consistent,
      varianceDenominator: resolved.varianceDenominator,
      stopCriterion: resolved.kernel.stopCriterion,
      tolerance: resolved.kernel.tolerance,
      maxIterations: resolved.kernel.maxIterations,
      initialWeights: 'ones',
      signRule: resolved.signRule,
      modes: record(constructs, (j) => compiled.modes[j] as 'A' | 'B'),
      scores: 'standardized',
      cronbachAlpha: 'raw',
      missing: {
        policy: resolved.missing,
        rowsUsed: n,
        rowsDropped: matrix.rowsDropped,
        valuesReplaced: matrix.valuesReplaced,
      },
      sampleWeights: matrix.weights !== null,
    },
    outerWeights: record(indicators, (h) => w[h] as number),
    standardizedWeights: record(indicators, (h) => standardized[h] as number),
    unstandardizedWeights: record(indicators, (h) => raw[h] as number),
    loadings: record(indicators, (h) => loadingList[h] as number),
    crossLoadings: record(indicators, (h) =>
      record(constructs, (k) => clampUnit((SW[h * J + k] as number) / Math.sqrt(out.S[h * p + h] as number))),
    ),
    paths,
    rSquared,
    adjustedRSquared,
    effects,
    constructCorrelations: record(constructs, (j) => record(constructs, (k) => (j === k ? 1 : (C[j * J + k] as number)))),
    scores,
    reliability,
    htmt: record(constructs, (j) => record(constructs, (k) => htmtMatrix[j]?.[k] ?? null)),
    fornellLarcker: record(constructs, (j) =>
      record(constructs, (k) => (j === k ? (sqrtAve[j] as number) : (C[j * J + k] as number))),
    ),
    vif: { indicators: vifIndicators, constructs: vifConstructs },
    goodnessOfFit,
    itemStatistics,
    model: compiled.model,
  };
}

/** ρ_A of a block, `null` where it is undefined (fewer than two non-zero weights). */
function blockRhoA(correlations: number[][], weights: number[]): number | null {
  try {
    return rhoA(correlations, weights);
  } catch {
    return null;
  }
}

/** A correlation computed from moments, clamped to [−1, 1] against rounding. */
function clampUnit(r: number): number {
  return Math.max(-1, Math.min(1, r));
}

/** Whether a directed path leads from construct i to construct j. */
function reaches(compiled: CompiledPlsModel, i: number, j: number): boolean {
  const stack = [...(compiled.successors[i] as readonly number[])];
  const seen = new Set<number>();
  while (stack.length > 0) {
    const k = stack.pop() as number;
    if (k === j) return true;
    if (seen.has(k)) continue;
    seen.add(k);
    stack.push(...(compiled.successors[k] as readonly number[]));
  }
  return false;
}
