import { InvalidArgumentError } from '../core/errors/InvalidArgumentError';
import { createRandom } from '../core/random/createRandom';
import { sampleNormal } from '../core/random/sampleNormal';
import { assertFinite } from '../core/validate/assertFinite';
import { assertInteger } from '../core/validate/assertInteger';
import { compilePlsModel } from '../satisfaction/pls/compilePlsModel';

/** One block of a {@link SurveyModel}: a construct, its items and their standardised loadings. */
export interface SurveyBlock {
  /** Construct name. */
  readonly name: string;
  /** Item names. */
  readonly indicators: readonly string[];
  /** Standardised loading of each item on its construct, in [−1, 1]: `x = λ η + √(1 − λ²) ε`. */
  readonly loadings: readonly number[];
}

/** One structural path of a {@link SurveyModel}, with its standardised coefficient. */
export interface SurveyPath {
  readonly from: string;
  readonly to: string;
  readonly coefficient: number;
}

/**
 * A known (true) path model to simulate answers from. It has the shape of a `PlsModel` (plus loadings and
 * coefficients), so it can be passed to `plsPathModel` as it is.
 */
export interface SurveyModel {
  readonly blocks: readonly SurveyBlock[];
  readonly paths: readonly SurveyPath[];
}

/** Options of {@link simulateSurvey}. */
export interface SimulateSurveyOptions {
  /** Number of respondents, an integer 1 to 10,000,000. */
  readonly respondents: number;
  /** Seed of the random stream. */
  readonly seed: number;
  /** Answer scale, integers from `min` to `max`; default `{ min: 1, max: 10 }`. */
  readonly scale?: { readonly min: number; readonly max: number };
  /** Mean answer for a latent value of 0; default the scale midpoint. */
  readonly location?: number;
  /** Answer units per latent standard deviation, > 0; default `(max − min) / 6`. */
  readonly spread?: number;
  /** Return unrounded, unclamped answers (`location + spread · x`) instead of integers; default `false`. */
  readonly continuous?: boolean;
  /** Share of answers blanked to `null` completely at random, in [0, 1); default 0. */
  readonly missingRate?: number;
}

/** Simulated answers and the truth behind them. */
export interface SimulatedSurvey {
  /** One row per respondent: item → answer (integer on the scale unless `continuous`; `null` when blanked). */
  readonly rows: Record<string, number | null>[];
  /** True latent construct scores (standard normal), construct → one value per respondent. */
  readonly scores: Record<string, number[]>;
  /** Model-implied correlations of the latent constructs. */
  readonly constructCorrelations: Record<string, Record<string, number>>;
  /** Model-implied R² of each endogenous construct. */
  readonly rSquared: Record<string, number>;
}

/**
 * Seeded survey answers simulated from a known path model, for parameter-recovery tests of PLS path
 * models, indices and driver analyses.
 *
 * @remarks
 * Latent constructs are standard normal. Exogenous constructs are independent; each endogenous construct is
 * `η_j = Σ_k b_kj η_k + ζ_j` with `Var ζ_j = 1 − Σ_k Σ_l b_kj b_lj φ_kl` (so that `Var η_j = 1`), where `φ` are
 * the model-implied construct correlations, built in topological order. Each item is
 * `x = λ η + √(1 − λ²) ε` with independent standard normal `ε` (a reflective measurement model), and the
 * answer is `clamp(round(location + spread · x), min, max)` (or `location + spread · x` when `continuous`).
 * Random numbers come from the core generator `createRandom(seed)`, consumed respondent by respondent: the disturbances in
 * topological order, then the item errors block by block, then (with `missingRate`) one uniform per answer.
 * O(respondents × items).
 *
 * @param model - blocks with loadings and paths with coefficients (an acyclic model, as for `plsPathModel`)
 * @param options - respondents, seed, scale, location, spread, rounding, missing share
 * @returns the rows, the true scores and the implied construct correlations and R²
 * @throws `INVALID_ARGUMENT` for a malformed model (as `plsPathModel`), a loading outside [−1, 1],
 * a non-finite coefficient, paths that explain a variance ≥ 1, or a bad option
 * @throws `EMPTY_INPUT` when the model has no block or no path
 * @example
 * ```ts
 * const survey = simulateSurvey(
 *   {
 *     blocks: [
 *       { name: 'Quality', indicators: ['q1', 'q2', 'q3'], loadings: [0.8, 0.8, 0.8] },
 *       { name: 'Satisfaction', indicators: ['s1', 's2', 's3'], loadings: [0.9, 0.8, 0.7] },
 *     ],
 *     paths: [{ from: 'Quality', to: 'Satisfaction', coefficient: 0.6 }],
 *   },
 *   { respondents: 3, seed: 7 },
 * );
 * survey.rows.length; // 3
 * survey.rSquared.Satisfaction; // 0.36
 * ```
 * @see Tenenhaus, M., Esposito Vinzi, V., Chatelin, Y.-M. & Lauro, C. (2005). PLS path modeling.
 * Computational Statistics & Data Analysis 48(1), 159–205. doi:10.1016/j.csda.2004.03.005
 */
export function simulateSurvey(model: SurveyModel, options: SimulateSurveyOptions): SimulatedSurvey {
  const fn = 'simulateSurvey';
  const compiled = compilePlsModel(fn, model);
  const { J, p, constructs, indicators, blockStart, predecessors, order } = compiled;
  if (options === null || typeof options !== 'object') throw new InvalidArgumentError(fn, 'options', 'must be an object', options);
  assertInteger(fn, 'options.respondents', options.respondents, 1, 10_000_000);
  assertFinite(fn, 'options.seed', options.seed);
  const scale = options.scale ?? { min: 1, max: 10 };
  if (!Number.isInteger(scale.min) || !Number.isInteger(scale.max) || !(scale.min < scale.max)) {
    throw new InvalidArgumentError(fn, 'options.scale', 'must have integer min < max', scale);
  }
  const location = options.location ?? (scale.min + scale.max) / 2;
  assertFinite(fn, 'options.location', location);
  const spread = options.spread ?? (scale.max - scale.min) / 6;
  if (!(spread > 0) || !Number.isFinite(spread)) throw new InvalidArgumentError(fn, 'options.spread', 'must be a finite number greater than 0', spread);
  const missingRate = options.missingRate ?? 0;
  if (typeof missingRate !== 'number' || !(missingRate >= 0 && missingRate < 1)) {
    throw new InvalidArgumentError(fn, 'options.missingRate', 'must be a number in [0, 1)', missingRate);
  }
  const continuous = options.continuous ?? false;

  const loadings = new Float64Array(p);
  model.blocks.forEach((block, j) => {
    if (!Array.isArray(block.loadings) || block.loadings.length !== block.indicators.length) {
      throw new InvalidArgumentError(fn, `model.blocks[${j}].loadings`, `must have one loading per item (${block.indicators.length})`, block.loadings);
    }
    block.loadings.forEach((l, h) => {
      if (typeof l !== 'number' || !(l >= -1 && l <= 1)) {
        throw new InvalidArgumentError(fn, `model.blocks[${j}].loadings[${h}]`, 'must be a number from -1 to 1', l);
      }
      loadings[(blockStart[j] as number) + h] = l;
    });
  });
  const B = new Float64Array(J * J);
  model.paths.forEach((path, e) => {
    assertFinite(fn, `model.paths[${e}].coefficient`, path.coefficient);
    const [from, to] = compiled.paths[e] as readonly [number, number];
    B[from * J + to] = path.coefficient;
  });

  // Implied construct correlations φ, in topological order.
  const phi = new Float64Array(J * J);
  const disturbance = new Float64Array(J);
  const explainedShare = new Float64Array(J);
  const processed: number[] = [];
  for (const j of order) {
    const preds = predecessors[j] as readonly number[];
    for (const i of processed) {
      let c = 0;
      for (const k of preds) c += (B[k * J + j] as number) * (phi[k * J + i] as number);
      phi[i * J + j] = c;
      phi[j * J + i] = c;
    }
    let explained = 0;
    for (const k of preds) for (const l of preds) explained += (B[k * J + j] as number) * (B[l * J + j] as number) * (phi[k * J + l] as number);
    if (!(explained < 1)) {
      throw new InvalidArgumentError(fn, `model.paths (into "${constructs[j]}")`, 'must explain less than all of the variance (R² < 1)', explained);
    }
    phi[j * J + j] = 1;
    explainedShare[j] = explained;
    disturbance[j] = Math.sqrt(1 - explained);
    processed.push(j);
  }

  const random = createRandom(options.seed);
  const n = options.respondents;
  const eta = new Float64Array(J);
  const rows: Record<string, number | null>[] = [];
  const scores: Record<string, number[]> = {};
  for (const name of constructs) scores[name] = new Array<number>(n);
  for (let r = 0; r < n; r++) {
    for (const j of order) {
      let v = sampleNormal(random, 0, disturbance[j] as number);
      for (const k of predecessors[j] as readonly number[]) v += (B[k * J + j] as number) * (eta[k] as number);
      eta[j] = v;
      (scores[constructs[j] as string] as number[])[r] = v;
    }
    const row: Record<string, number | null> = {};
    for (let h = 0; h < p; h++) {
      const l = loadings[h] as number;
      const x = l * (eta[compiled.blockOf[h] as number] as number) + sampleNormal(random, 0, Math.sqrt(1 - l * l));
      const answer = location + spread * x;
      row[indicators[h] as string] = continuous ? answer : Math.min(scale.max, Math.max(scale.min, Math.round(answer)));
    }
    if (missingRate > 0) {
      for (let h = 0; h < p; h++) if (random.next() < missingRate) row[indicators[h] as string] = null;
    }
    rows.push(row);
  }

  const constructCorrelations: Record<string, Record<string, number>> = {};
  const rSquared: Record<string, number> = {};
  constructs.forEach((a, i) => {
    const row: Record<string, number> = {};
    constructs.forEach((b, j) => {
      row[b] = phi[i * J + j] as number;
    });
    constructCorrelations[a] = row;
    if ((predecessors[i]?.length ?? 0) > 0) rSquared[a] = explainedShare[i] as number;
  });
  return { rows, scores, constructCorrelations, rSquared };
}
