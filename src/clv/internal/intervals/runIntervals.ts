import { InvalidArgumentError } from '../../../core/errors/InvalidArgumentError';
import { drawParameters } from '../../drawParameters';
import type { DrawableFit } from '../../drawParameters';
import type { GammaGammaParams } from '../../gammaGamma/types';
import type { FittableModel, ModelParams, RfmCustomer } from '../../types';
import type { ContinuousFit } from '../continuousFit';
import { bootstrapDraws } from './bootstrapDraws';
import { checkSpendDraws } from './checkSpendDraws';
import type { RefitSettings } from './bootstrapDraws';
import { intervalEngine } from './intervalEngine';
import type { EngineOutput, EngineSpend, EngineValue } from './intervalEngine';
import { quantilePair } from './quantilePair';

/** How the intervals are asked for (shared by `predictionIntervals` and `scoreCustomers`). @internal */
export interface IntervalRequest {
  readonly level?: number;
  readonly draws?: number;
  readonly seed?: number;
  readonly method?: 'parameters' | 'bootstrap';
  readonly notIdentified?: 'throw' | 'hold';
}

/** A parameter's estimate and interval from the draws. @internal */
export interface ParameterInterval {
  readonly estimate: number;
  readonly lower: number;
  readonly upper: number;
}

/** The resolved settings and the engine's output. @internal */
export interface IntervalRun {
  readonly output: EngineOutput;
  readonly level: number;
  readonly method: 'parameters' | 'bootstrap';
  readonly draws: number;
  readonly seed: number;
  readonly held: string[];
  readonly spendHeld: string[] | 'fixed' | null;
  readonly notConverged: number | null;
  readonly parameters: Record<string, ParameterInterval>;
  readonly spendParameters: Record<string, ParameterInterval> | null;
}

/** A spend option as the interval functions read it. @internal */
export type SpendOption = { readonly params: GammaGammaParams; readonly model?: string } | { readonly expected: number };

/** Checks the interval options and runs the draws (parameters or bootstrap) and the engine. @internal */
export function runIntervals(
  fn: string,
  argument: string,
  fit: unknown,
  context: ContinuousFit,
  customers: readonly (RfmCustomer & { readonly monetaryValue?: number })[],
  horizon: number,
  spend: SpendOption | undefined,
  value: EngineValue | null,
  request: IntervalRequest,
  skip?: { readonly alive?: boolean; readonly expected?: boolean },
): IntervalRun {
  if (request === null || typeof request !== 'object') throw new InvalidArgumentError(fn, argument, 'must be an object { level, draws, seed, method }', request);
  const level = request.level ?? 0.9;
  if (typeof level !== 'number' || !(level > 0 && level < 1)) throw new InvalidArgumentError(fn, `${argument}.level`, 'must be a number strictly between 0 and 1', level);
  const method = request.method ?? 'parameters';
  if (method !== 'parameters' && method !== 'bootstrap') throw new InvalidArgumentError(fn, `${argument}.method`, "must be 'parameters' or 'bootstrap'", method);
  const draws = request.draws ?? (method === 'parameters' ? 1000 : 200);
  const maxDraws = method === 'parameters' ? 100_000 : 10_000;
  if (typeof draws !== 'number' || !Number.isInteger(draws) || draws < 2 || draws > maxDraws) {
    throw new InvalidArgumentError(fn, `${argument}.draws`, `must be an integer from 2 to ${maxDraws.toLocaleString('en-US')}`, draws);
  }
  const seed = request.seed ?? 1;
  if (typeof seed !== 'number' || !Number.isFinite(seed)) throw new InvalidArgumentError(fn, `${argument}.seed`, 'must be a finite number', seed);
  const policy = request.notIdentified ?? 'throw';
  if (policy !== 'throw' && policy !== 'hold') throw new InvalidArgumentError(fn, `${argument}.notIdentified`, "must be 'throw' or 'hold'", policy);
  const spendFit = spend !== undefined && 'params' in spend && isDrawable(spend) ? (spend as unknown as DrawableFit<GammaGammaParams>) : null;

  let purchaseDraws: ModelParams[];
  let spendDraws: GammaGammaParams[] | null = null;
  let held: string[] = [];
  let spendHeld: string[] | 'fixed' | null = spend !== undefined && 'params' in spend ? 'fixed' : null;
  let notConverged: number | null = null;
  if (method === 'parameters') {
    if (!isDrawable(fit)) {
      throw new InvalidArgumentError(fn, 'fit', "must be the result of fitModel (with parameterNames and logCovariance) to draw its parameters; or use method 'bootstrap'", fit);
    }
    const p = drawParameters(fit as DrawableFit<ModelParams>, { draws, seed, notIdentified: policy });
    purchaseDraws = rowsOf(p.columns, p.parameterNames, draws);
    held = p.held;
    if (spendFit !== null) {
      const s = drawParameters(spendFit, { draws, seed: seed + 1, notIdentified: policy });
      spendDraws = rowsOf(s.columns, s.parameterNames, draws) as unknown as GammaGammaParams[];
      spendHeld = s.held;
    }
  } else {
    const refit = (f: unknown): RefitSettings => {
      const r = f as { params: ModelParams; constraints?: RefitSettings['constraints']; penalty?: number };
      return { params: r.params, ...(r.constraints === undefined ? {} : { constraints: r.constraints }), ...(typeof r.penalty === 'number' ? { penalty: r.penalty } : {}) };
    };
    const spendRefit = spend !== undefined && 'params' in spend ? refit(spend) : null;
    const b = bootstrapDraws(context.model as unknown as FittableModel<ModelParams, readonly RfmCustomer[]>, customers, refit(fit), spendRefit, draws, seed);
    purchaseDraws = b.purchase;
    spendDraws = b.spend;
    if (spendRefit !== null) spendHeld = [];
    notConverged = b.notConverged;
  }
  if (spendDraws !== null) checkSpendDraws(fn, spendDraws);
  const engineSpend: EngineSpend =
    spend === undefined ? { kind: 'none' } : 'params' in spend ? { kind: 'gammaGamma', estimate: spend.params, draws: spendDraws } : { kind: 'constant', expected: spend.expected };
  const output = intervalEngine({ context, draws: purchaseDraws, customers, horizon, spend: engineSpend, value, level, ...(skip === undefined ? {} : { skip }) });
  return {
    output,
    level,
    method,
    draws,
    seed,
    held,
    spendHeld,
    notConverged,
    parameters: parameterIntervals(context.params, purchaseDraws, level),
    spendParameters: spendDraws === null || spend === undefined || !('params' in spend) ? null : parameterIntervals(spend.params, spendDraws, level),
  };
}

/** Whether a fit carries what `drawParameters` needs. */
function isDrawable(fit: unknown): boolean {
  const f = fit as { parameterNames?: unknown; logCovariance?: unknown } | null;
  return f !== null && typeof f === 'object' && Array.isArray(f.parameterNames) && Array.isArray(f.logCovariance);
}

/** Draw columns as one parameter object per draw. */
function rowsOf(columns: Readonly<Record<string, readonly number[]>>, names: readonly string[], draws: number): ModelParams[] {
  const rows: ModelParams[] = new Array<ModelParams>(draws);
  for (let d = 0; d < draws; d++) {
    const row: Record<string, number> = {};
    for (const name of names) row[name] = (columns[name] as readonly number[])[d] as number;
    rows[d] = row;
  }
  return rows;
}

/** Estimate and type-7 quantile interval of each parameter over the draws. */
function parameterIntervals(estimate: ModelParams, draws: readonly ModelParams[], level: number): Record<string, ParameterInterval> {
  const out: Record<string, ParameterInterval> = {};
  const pair = new Float64Array(2);
  for (const name of Object.keys(estimate)) {
    const v = Float64Array.from(draws, (d) => d[name] as number);
    quantilePair(v, 0, v.length, (1 - level) / 2, pair);
    out[name] = { estimate: estimate[name] as number, lower: pair[0] as number, upper: pair[1] as number };
  }
  return out;
}
