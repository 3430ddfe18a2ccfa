import { clenshawSum } from './clenshawSum';
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
  return clenshawSum(table.value, p * M, M, z);
}
