import { isClienteleError } from '../../../core/errors/isClienteleError';
import { restateError } from '../../../core/errors/restateError';
import { drawParameters } from '../../drawParameters';
import type { DrawableFit } from '../../drawParameters';
import type { ModelParams } from '../../types';
import type { CovariateCoefficient, CovariateFitResult } from '../types';

/** What is drawn of a static or time-varying covariate fit: base parameters, coefficients and their covariance. @internal */
export type DrawableCovariateFit = Pick<CovariateFitResult, 'model' | 'parameterNames' | 'covariance' | 'notIdentified' | 'coefficients'> & { readonly params: object };

/** A coefficient's process and name from its entry in `parameterNames` (`shared.x` sets both processes). */
function splitName(entry: string): { processes: ('purchase' | 'lifetime')[]; name: string } | null {
  const dot = entry.indexOf('.');
  if (dot < 0) return null;
  const prefix = entry.slice(0, dot);
  const name = entry.slice(dot + 1);
  if (prefix === 'purchase' || prefix === 'lifetime') return { processes: [prefix], name };
  if (prefix === 'shared') return { processes: ['purchase', 'lifetime'], name };
  return null;
}

/**
 * `draws` covariate fits drawn from the sampling distribution of a `fitCovariateModel` (or
 * `fitTimeVaryingCovariateModel`) result: its free
 * parameters `θ` (log base parameters, then the coefficients, in `parameterNames` order) drawn as
 * `θ̂ + L z` with `L Lᵀ = covariance` and `z` standard normal from the seeded stream of `drawParameters`
 * (King, Tomz & Wittenberg 2000). Each drawn fit is the fit with its `params` and coefficient `estimate`s
 * replaced (a `shared.` coefficient in both processes), ready for the score of its kind.
 *
 * @remarks
 * The draws are made by `drawParameters`, which draws `ln(p − bound)` of each parameter: a base parameter
 * enters as itself (bound 0, the optimiser's log scale), a coefficient `β` as `e^β` (bound 0), whose
 * log-scale draw is exactly the normal draw of `β`. Unidentified parameters are refused or held as
 * `drawParameters` does; its errors are restated for `fn`. @internal
 */
export function drawCovariateFits<F extends DrawableCovariateFit>(
  fn: string,
  argument: string,
  fit: F,
  draws: number,
  seed: number,
  notIdentified: 'throw' | 'hold',
): { fits: F[]; held: string[] } {
  const base = fit.params as unknown as Record<string, number>;
  const names = fit.parameterNames;
  const splits = names.map(splitName);
  const params: Record<string, number> = {};
  for (const [j, entry] of names.entries()) {
    const split = splits[j] ?? null;
    const process = split?.processes[0];
    params[entry] = split === null || process === undefined ? (base[entry] as number) : Math.exp(fit.coefficients[process][split.name]?.estimate as number);
  }
  const drawable = { model: fit.model, params, parameterNames: names, logCovariance: fit.covariance, notIdentified: fit.notIdentified } as unknown as DrawableFit<ModelParams>;
  let drawn: { readonly columns: unknown; readonly held: string[] };
  try {
    drawn = drawParameters(drawable, { draws, seed, notIdentified });
  } catch (e) {
    if (!isClienteleError(e)) throw e;
    throw restateError(e, fn, e.argument?.startsWith('options.') ? e.argument.replace('options', argument) : 'fit');
  }
  const columns = drawn.columns as Readonly<Record<string, readonly number[]>>;
  const fits: F[] = new Array<F>(draws);
  for (let d = 0; d < draws; d++) {
    const drawnBase: Record<string, number> = { ...base };
    const coefficients = { purchase: { ...fit.coefficients.purchase }, lifetime: { ...fit.coefficients.lifetime } };
    for (const [j, entry] of names.entries()) {
      const value = (columns[entry] as readonly number[])[d] as number;
      const split = splits[j] ?? null;
      if (split === null) {
        drawnBase[entry] = value;
        continue;
      }
      for (const process of split.processes) {
        coefficients[process][split.name] = { ...(fit.coefficients[process][split.name] as CovariateCoefficient), estimate: Math.log(value) };
      }
    }
    fits[d] = { ...fit, params: drawnBase, coefficients };
  }
  return { fits, held: drawn.held };
}
