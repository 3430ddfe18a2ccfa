import type { ParetoHorizonTable } from './paretoHorizonTable';

/** Chebyshev points per piece of a `paretoHorizonTable` (degree 7). */
export const PARETO_HORIZON_POINTS = 8;

const M = PARETO_HORIZON_POINTS;

/**
 * `h` at `y = ln(c+T)` from a `paretoHorizonTable` (Clenshaw's sum of the piece's Chebyshev series);
 * `y` must lie in the table's range (up to rounding). No allocation.
 * @internal
 */
export function paretoHorizonAt(table: ParetoHorizonTable, y: number): number {
  let z = (y - table.y0) * table.scale;
  let p = Math.floor(z);
  if (p < 0) p = 0;
  else if (p >= table.pieces) p = table.pieces - 1;
  z = 2 * (z - p) - 1;
  const base = p * M;
  const coefficients = table.value;
  const z2 = 2 * z;
  let b1 = 0;
  let b2 = 0;
  for (let j = base + M - 1; j > base; j--) {
    const b0 = z2 * b1 - b2 + (coefficients[j] as number);
    b2 = b1;
    b1 = b0;
  }
  return z * b1 - b2 + (coefficients[base] as number);
}
