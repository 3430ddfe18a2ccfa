import { InvalidArgumentError } from '../../../core/errors/InvalidArgumentError';
import { drawParameters } from '../../drawParameters';
import type { DrawableFit } from '../../drawParameters';
import type { GammaGammaParams } from '../../gammaGamma/types';
import type { FittableModel, ModelParams, RfmCustomer } from '../../types';
import type { ContinuousFit } from '../continuousFit';
import { bootstrapDraws, refitSettings } from './bootstrapDraws';
import { checkSpendDraws } from './checkSpendDraws';
import { intervalEngine } from './intervalEngine';
import type { EngineOutput, EngineSpend, EngineValue } from './intervalEngine';
import { drawRows } from './drawRows';
import { parameterIntervals } from './parameterIntervals';
import type { ParameterInterval } from './parameterIntervals';
import { readIntervalRequest } from './readIntervalRequest';
import type { IntervalRequest } from './readIntervalRequest';


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
  const { level, method, draws, seed, policy } = readIntervalRequest(fn, argument, request);
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
    purchaseDraws = drawRows(p.columns, p.parameterNames, draws);
    held = p.held;
    if (spendFit !== null) {
      const s = drawParameters(spendFit, { draws, seed: seed + 1, notIdentified: policy });
      spendDraws = drawRows(s.columns, s.parameterNames, draws) as unknown as GammaGammaParams[];
      spendHeld = s.held;
    }
  } else {
    const spendRefit = spend !== undefined && 'params' in spend ? refitSettings(spend) : null;
    const b = bootstrapDraws(fn, context.model as unknown as FittableModel<ModelParams, readonly never[]>, customers, refitSettings(fit), spendRefit, draws, seed);
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
