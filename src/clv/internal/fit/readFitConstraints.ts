import { InvalidArgumentError } from '../../../core/errors/InvalidArgumentError';
import type { FitConstraints } from '../../fitModel';
import type { FittableModel, ModelParams } from '../../types';

/**
 * Checks `options.constraints` (`{ name: { greaterThan } }`, each bound finite and ≥ 0, each name a
 * parameter of the model) and that every user start lies strictly above its bounds; returns the
 * normalised constraints and the bound of each parameter in `parameterNames` order (0 when none). @internal
 */
export function readFitConstraints<P extends ModelParams>(
  fn: string,
  model: FittableModel<P, never>,
  given: FitConstraints<P> | undefined,
  userStarts: readonly P[],
): { readonly constraints: FitConstraints<P>; readonly lower: Float64Array } {
  const names = model.parameterNames;
  const lower = new Float64Array(names.length);
  if (given === undefined) return { constraints: {}, lower };
  if (given === null || typeof given !== 'object' || Array.isArray(given)) {
    throw new InvalidArgumentError(fn, 'options.constraints', 'must be an object { [parameter]: { greaterThan } }, e.g. { q: { greaterThan: 1 } }', given);
  }
  const constraints: Record<string, { readonly greaterThan: number }> = {};
  for (const key of Object.keys(given)) {
    const j = (names as readonly string[]).indexOf(key);
    const argument = `options.constraints.${key}`;
    if (j < 0) throw new InvalidArgumentError(fn, argument, `must name a parameter of ${model.name} (${names.join(', ')})`, key);
    const bound = (given as Record<string, unknown>)[key];
    if (bound === undefined) continue;
    const greaterThan = bound !== null && typeof bound === 'object' ? (bound as { greaterThan?: unknown }).greaterThan : undefined;
    if (typeof greaterThan !== 'number' || !Number.isFinite(greaterThan) || greaterThan < 0) {
      throw new InvalidArgumentError(fn, argument, 'must be { greaterThan: b } with b a finite number at least 0', bound);
    }
    lower[j] = greaterThan;
    constraints[key] = { greaterThan };
  }
  userStarts.forEach((start, i) => {
    names.forEach((name, j) => {
      const bound = lower[j] as number;
      if (bound > 0 && !((start[name] as number) > bound)) {
        const at = userStarts.length > 1 ? `options.start[${i}].${name}` : `options.start.${name}`;
        throw new InvalidArgumentError(fn, at, `must be greater than ${bound} (options.constraints.${name}.greaterThan)`, start[name]);
      }
    });
  });
  return { constraints: constraints as FitConstraints<P>, lower };
}
