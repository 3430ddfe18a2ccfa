/**
 * The parameters whose estimate sits at its lower bound `b > 0`, within `1e-4 · max(1, b)`: the
 * likelihood rises towards the bound, the maximum lies on or beyond it, and the optimiser only approached
 * it (`θ_j = ln(params_j − b)` drifted towards −∞). An interior optimum that close to a bound is not
 * distinguishable from this. @internal
 */
export function boundsAtEstimate(params: Readonly<Record<string, number>>, names: readonly string[], lower: Float64Array): string[] {
  const out: string[] = [];
  names.forEach((name, j) => {
    const bound = lower[j] as number;
    if (bound > 0 && (params[name] as number) - bound <= 1e-4 * Math.max(1, bound)) out.push(name);
  });
  return out;
}
