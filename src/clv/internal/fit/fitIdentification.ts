import { choleskyDecomposition } from '../../../core/linalg/choleskyDecomposition';
import { normalQuantile } from '../../../core/special/normalQuantile';

/**
 * The range of `e^θ_j` (a parameter above its lower bound, on the rescaled data) outside which an estimate
 * is said to have run to the boundary of the parameter space (towards 0 or ∞), when the likelihood is
 * also flat there. @internal
 */
export const BOUNDARY_RANGE = [1e-6, 1e6] as const;

/** Widest interval, as the ratio of its ends, that still counts as identifying a parameter (12 orders of magnitude). @internal */
export const WIDEST_INTERVAL_RATIO = 1e12;

/** Which parameters a fit identifies, and why the others are not. @internal */
export interface FitIdentification {
  /** Parameters whose estimate ran towards 0 or ∞ along a flat likelihood, in `names` order. */
  readonly boundary: string[];
  /** Each of `boundary` in words, e.g. `'delta → infinity'`. */
  readonly boundaryText: string[];
  /** For each parameter without a standard error, interval or covariance: why. */
  readonly notIdentified: Record<string, string>;
  /** Whether the flat directions make the estimate unsound (boundary or an interval too wide to mean anything). */
  readonly sound: boolean;
}

/**
 * Sorts out the parameters the likelihood does not pin down. A parameter at its user bound (`atBound`)
 * has no delta-method interval. When the Hessian `H` in θ is not positive definite, the parameters outside
 * the largest principal block of `H` that is positive definite are those along which the likelihood is
 * flat (not identified), and no parameter has a covariance. A parameter whose `e^θ_j` lies outside
 * {@link BOUNDARY_RANGE} while its interval in θ is wider than `±ln 10` (or `H` is not positive definite)
 * ran to the boundary; one whose interval spans more than {@link WIDEST_INTERVAL_RATIO} is not
 * identified either. @internal
 */
export function fitIdentification(
  names: readonly string[],
  theta: ArrayLike<number>,
  hessian: number[][],
  logCovariance: number[][] | null,
  confidenceLevel: number,
  atBound: readonly string[],
): FitIdentification {
  const z = normalQuantile(0.5 + confidenceLevel / 2);
  const notIdentified: Record<string, string> = {};
  const boundary: string[] = [];
  const boundaryText: string[] = [];
  let tooWide = false;
  for (const name of atBound) {
    notIdentified[name] = 'at its lower bound (options.constraints): the likelihood rises towards the bound, so the delta-method standard error and interval do not apply';
  }
  const flat = logCovariance === null ? flatParameters(names, hessian) : [];
  names.forEach((name, j) => {
    if (atBound.includes(name)) return;
    const t = theta[j] as number;
    const value = Math.exp(t);
    const halfWidth = logCovariance === null ? Number.POSITIVE_INFINITY : z * Math.sqrt(((logCovariance[j] as number[])[j] as number));
    const outside = !(value >= BOUNDARY_RANGE[0] && value <= BOUNDARY_RANGE[1]);
    if (outside && !(halfWidth <= Math.LN10)) {
      boundary.push(name);
      boundaryText.push(`${name} → ${t < 0 ? '0' : 'infinity'}`);
      notIdentified[name] = `ran to the boundary of the parameter space (towards ${t < 0 ? '0' : 'infinity'}) where the likelihood is flat: not identified by these data`;
    } else if (flat.includes(name)) {
      notIdentified[name] = 'not identified: the likelihood is flat along a direction involving it (the Hessian is not positive definite)';
    } else if (logCovariance === null) {
      notIdentified[name] = `no covariance: the Hessian is not positive definite (flat along ${flat.length > 0 ? flat.join(', ') : 'some direction'})`;
    } else if (!(2 * halfWidth <= Math.log(WIDEST_INTERVAL_RATIO))) {
      tooWide = true;
      notIdentified[name] = 'not identified: its interval would span more than 12 orders of magnitude (the likelihood is nearly flat in it)';
    }
  });
  const sound = boundary.length === 0 && !tooWide;
  return { boundary, boundaryText, notIdentified, sound };
}

/**
 * The parameters outside the largest principal block of `H` that is finite and positive definite (all of
 * them when no block is): the flat directions involve them. Models have at most 4 parameters, so every
 * block is tried, largest first (the first found of that size wins).
 */
function flatParameters(names: readonly string[], hessian: number[][]): string[] {
  const dim = names.length;
  let best: number[] = [];
  for (let mask = 1; mask < 1 << dim; mask++) {
    const block: number[] = [];
    for (let j = 0; j < dim; j++) if (mask & (1 << j)) block.push(j);
    if (block.length <= best.length) continue;
    const sub = block.map((j) => block.map((m) => (hessian[j] as number[])[m] as number));
    if (sub.every((row) => row.every(Number.isFinite)) && choleskyDecomposition(sub) !== null) best = block;
  }
  return names.filter((_, j) => !best.includes(j));
}
