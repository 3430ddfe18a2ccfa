import { InvalidArgumentError } from '../../core/errors/InvalidArgumentError';
import { assertInteger } from '../../core/validate/assertInteger';
import { assertPositive } from '../../core/validate/assertPositive';
import type { CompiledPlsModel } from './compilePlsModel';
import type { PlsKernelSettings } from './plsKernelTypes';
import type { PlsMissingPolicy, PlsPathModelOptions, PlsScheme, PlsStopCriterion, PlsVarianceDenominator } from './types';

/** Options of a PLS estimation with defaults filled in and validated. @internal */
export interface ResolvedPlsOptions {
  readonly kernel: PlsKernelSettings;
  readonly varianceDenominator: PlsVarianceDenominator;
  readonly missing: PlsMissingPolicy;
  readonly strict: boolean;
  readonly signRule: Readonly<Record<string, string>>;
}

const SCHEMES: readonly PlsScheme[] = ['centroid', 'factorial', 'path'];
const CRITERIA: readonly PlsStopCriterion[] = ['sumAbsoluteChange', 'sumSquaredChange'];
const MISSING: readonly PlsMissingPolicy[] = ['error', 'listwise', 'mean'];

function oneOf<T extends string>(fn: string, name: string, value: unknown, allowed: readonly T[], fallback: T): T {
  if (value === undefined) return fallback;
  if (!allowed.includes(value as T)) {
    throw new InvalidArgumentError(fn, `options.${name}`, `must be one of ${allowed.map((a) => `"${a}"`).join(', ')}`, value);
  }
  return value as T;
}

/**
 * Validates {@link PlsPathModelOptions} against a compiled model and fills in the defaults.
 * @internal
 */
export function resolvePlsOptions(fn: string, model: CompiledPlsModel, options: PlsPathModelOptions): ResolvedPlsOptions {
  if (options === null || typeof options !== 'object') throw new InvalidArgumentError(fn, 'options', 'must be an object', options);
  const scheme = oneOf(fn, 'scheme', options.scheme, SCHEMES, 'path');
  const stopCriterion = oneOf(fn, 'stopCriterion', options.stopCriterion, CRITERIA, 'sumAbsoluteChange');
  const missing = oneOf(fn, 'missing', options.missing, MISSING, 'error');
  const varianceDenominator = oneOf<PlsVarianceDenominator>(fn, 'varianceDenominator', options.varianceDenominator, ['n-1', 'n'], 'n-1');
  const scaled = options.scaled ?? true;
  if (typeof scaled !== 'boolean') throw new InvalidArgumentError(fn, 'options.scaled', 'must be a boolean', scaled);
  const consistent = options.consistent ?? false;
  if (typeof consistent !== 'boolean') throw new InvalidArgumentError(fn, 'options.consistent', 'must be a boolean', consistent);
  const strict = options.strict ?? false;
  if (typeof strict !== 'boolean') throw new InvalidArgumentError(fn, 'options.strict', 'must be a boolean', strict);
  const tolerance = options.tolerance ?? 1e-7;
  assertPositive(fn, 'options.tolerance', tolerance);
  const maxIterations = options.maxIterations ?? 300;
  assertInteger(fn, 'options.maxIterations', maxIterations, 1);

  const anchors = new Int32Array(model.J).fill(-1);
  const signRule: Record<string, string> = {};
  for (const name of model.constructs) signRule[name] = 'majority';
  const given = options.signAnchors ?? {};
  if (given === null || typeof given !== 'object') {
    throw new InvalidArgumentError(fn, 'options.signAnchors', 'must be an object (construct -> item)', given);
  }
  for (const [construct, item] of Object.entries(given)) {
    const j = model.constructs.indexOf(construct);
    if (j < 0) throw new InvalidArgumentError(fn, `options.signAnchors.${construct}`, 'must name a construct of the model', construct);
    const h = model.indicators.indexOf(item);
    if (h < 0 || model.blockOf[h] !== j) {
      throw new InvalidArgumentError(fn, `options.signAnchors.${construct}`, `must name an item of block "${construct}"`, item);
    }
    anchors[j] = h;
    signRule[construct] = `anchor:${item}`;
  }
  return {
    kernel: { scheme, consistent, scaled, stopCriterion, tolerance, maxIterations, anchors },
    varianceDenominator,
    missing,
    strict,
    signRule,
  };
}
