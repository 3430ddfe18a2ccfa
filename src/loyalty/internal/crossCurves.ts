/** The outcome of intersecting two curves on a grid. @internal */
export interface Crossing {
  /** The chosen price, or `null`. */
  readonly price: number | null;
  /** Why there is no price (`null` when there is one). */
  readonly reason: string | null;
  /** Every candidate price: the tied grid prices (first crossing) or every interpolated crossing. */
  readonly candidates: number[];
}

/** How tied grid rows of a first crossing are resolved. @internal */
export type TieRule = 'min' | 'max' | 'mean' | 'median';

function summarise(values: number[], rule: TieRule): number {
  const sorted = values.slice().sort((a, b) => a - b);
  const n = sorted.length;
  if (rule === 'min') return sorted[0]!;
  if (rule === 'max') return sorted[n - 1]!;
  if (rule === 'mean') {
    let s = 0;
    for (const v of sorted) s += v;
    return s / n;
  }
  const h = n >>> 1;
  return n % 2 === 1 ? sorted[h]! : (sorted[h - 1]! + sorted[h]!) / 2;
}

/**
 * First grid crossing: the first index where `rising ≥ falling`; every grid row with the same pair of curve
 * values forms a tie, resolved by `rule`. @internal
 */
export function firstCrossing(
  price: Float64Array,
  rising: Float64Array,
  falling: Float64Array,
  rule: TieRule,
  names: string,
): Crossing {
  let first = -1;
  for (let g = 0; g < price.length; g++) {
    if (rising[g]! >= falling[g]!) {
      first = g;
      break;
    }
  }
  if (first < 0) {
    return { price: null, reason: `${names}: the first curve stays below the second at every grid price`, candidates: [] };
  }
  const a = rising[first]!;
  const b = falling[first]!;
  const tied: number[] = [];
  for (let g = 0; g < price.length; g++) if (rising[g] === a && falling[g] === b) tied.push(price[g]!);
  return { price: summarise(tied, rule), reason: null, candidates: tied };
}

/**
 * Linear interpolation of sign changes of `d = rising − falling` between consecutive grid prices (signs
 * −1, 0, +1, so touching zero counts): `x = p_k − d_k (p_{k+1} − p_k)/(d_{k+1} − d_k)`; several crossings are
 * resolved by `rule`. @internal
 */
export function interpolatedCrossing(
  price: Float64Array,
  rising: Float64Array,
  falling: Float64Array,
  rule: 'min' | 'max' | 'mean',
  names: string,
): Crossing {
  const crossings: number[] = [];
  let prevD = rising[0]! - falling[0]!;
  for (let g = 1; g < price.length; g++) {
    const d = rising[g]! - falling[g]!;
    if (Math.sign(d) !== Math.sign(prevD)) {
      const x0 = price[g - 1]!;
      const x1 = price[g]!;
      crossings.push(d !== prevD ? x0 - (prevD * (x1 - x0)) / (d - prevD) : (x0 + x1) / 2);
    }
    prevD = d;
  }
  if (crossings.length === 0) {
    return { price: null, reason: `${names}: the difference of the curves never changes sign on the grid`, candidates: [] };
  }
  return { price: summarise(crossings, rule), reason: null, candidates: crossings };
}
