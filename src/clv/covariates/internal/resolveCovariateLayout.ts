import { InvalidArgumentError } from '../../../core/errors/InvalidArgumentError';
import type { CovariateCoding, CovariatePenalty } from '../types';

/** Free coefficients of a covariate fit: which each process's coefficients use, their names and penalties. @internal */
export interface CovariateLayout {
  readonly pIndex: Int32Array;
  readonly lIndex: Int32Array;
  /** Names of the free coefficients: `purchase.<name>`, `lifetime.<name>`, `shared.<name>`. */
  readonly names: string[];
  /** Penalty of each free coefficient. */
  readonly l2: Float64Array;
  /** Penalty of each purchase and lifetime coefficient, by name. */
  readonly l2Of: { readonly purchase: Record<string, number>; readonly lifetime: Record<string, number> };
  /** The constrained names. */
  readonly constrained: string[];
}

function penaltyOf(fn: string, argument: string, spec: number | Readonly<Record<string, number>> | undefined, names: readonly string[]): Record<string, number> {
  const out: Record<string, number> = {};
  const check = (path: string, v: unknown): number => {
    if (typeof v !== 'number' || !Number.isFinite(v) || v < 0) throw new InvalidArgumentError(fn, path, 'must be a finite number at least 0', v);
    return v;
  };
  if (spec === undefined || typeof spec === 'number') {
    const lambda = spec === undefined ? 0 : check(argument, spec);
    for (const n of names) out[n] = lambda;
    return out;
  }
  if (spec === null || typeof spec !== 'object') throw new InvalidArgumentError(fn, argument, 'must be a number or an object { coefficient: λ }', spec);
  for (const n of names) out[n] = 0;
  for (const [name, v] of Object.entries(spec)) {
    if (!names.includes(name)) throw new InvalidArgumentError(fn, `${argument}.${name}`, `must name a coefficient (${names.join(', ') || 'none'})`, v);
    out[name] = check(`${argument}.${name}`, v);
  }
  return out;
}

/**
 * Lays out the free coefficients: one per purchase coefficient, one per lifetime coefficient, except
 * that a name in `constrain` (present in both codings, else `INVALID_ARGUMENT`) has one shared
 * coefficient; and resolves the L2 penalty (a number for all, or per process a number or a record by
 * coefficient name), a shared coefficient carrying the sum of its two penalties. @internal
 */
export function resolveCovariateLayout(
  fn: string,
  purchase: CovariateCoding,
  lifetime: CovariateCoding,
  constrain: readonly string[] | undefined,
  l2: CovariatePenalty | undefined,
): CovariateLayout {
  const constrained = constrain ?? [];
  if (!Array.isArray(constrained)) throw new InvalidArgumentError(fn, 'options.constrain', 'must be an array of coefficient names', constrained);
  for (const name of constrained) {
    if (!purchase.names.includes(name) || !lifetime.names.includes(name)) {
      throw new InvalidArgumentError(fn, 'options.constrain', `must name coefficients present in both processes (purchase: ${purchase.names.join(', ') || 'none'}; lifetime: ${lifetime.names.join(', ') || 'none'})`, name);
    }
  }
  if (new Set(constrained).size !== constrained.length) throw new InvalidArgumentError(fn, 'options.constrain', 'must not repeat a name', constrained);
  let perProcess: { readonly purchase?: number | Readonly<Record<string, number>> | undefined; readonly lifetime?: number | Readonly<Record<string, number>> | undefined };
  if (l2 === undefined || typeof l2 === 'number') perProcess = { purchase: l2, lifetime: l2 };
  else if (l2 !== null && typeof l2 === 'object') perProcess = l2;
  else throw new InvalidArgumentError(fn, 'options.l2', 'must be a number or an object { purchase, lifetime }', l2);
  const l2Of = {
    purchase: penaltyOf(fn, typeof l2 === 'number' ? 'options.l2' : 'options.l2.purchase', perProcess.purchase, purchase.names),
    lifetime: penaltyOf(fn, typeof l2 === 'number' ? 'options.l2' : 'options.l2.lifetime', perProcess.lifetime, lifetime.names),
  };
  const names: string[] = [];
  const penalties: number[] = [];
  const pIndex = new Int32Array(purchase.names.length);
  purchase.names.forEach((name, j) => {
    pIndex[j] = names.length;
    names.push(constrained.includes(name) ? `shared.${name}` : `purchase.${name}`);
    penalties.push((l2Of.purchase[name] as number) + (constrained.includes(name) ? (l2Of.lifetime[name] as number) : 0));
  });
  const lIndex = new Int32Array(lifetime.names.length);
  lifetime.names.forEach((name, j) => {
    if (constrained.includes(name)) {
      lIndex[j] = pIndex[purchase.names.indexOf(name)] as number;
      return;
    }
    lIndex[j] = names.length;
    names.push(`lifetime.${name}`);
    penalties.push(l2Of.lifetime[name] as number);
  });
  return { pIndex, lIndex, names, l2: Float64Array.from(penalties), l2Of, constrained: [...constrained] };
}
