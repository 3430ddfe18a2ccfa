import { InvalidArgumentError } from '../../core/errors/InvalidArgumentError';
import { UndefinedResultError } from '../../core/errors/UndefinedResultError';
import { assertNonEmpty } from '../../core/validate/assertNonEmpty';

/**
 * Dijkstra–Henseler reliability ρ_A of a block from its item correlations and outer weights.
 *
 * @remarks
 * With the weights rescaled so that the composite has unit variance (`wᵀSw = 1`):
 * `ρ_A = (wᵀw)² · wᵀ(S − diag S)w / wᵀ(wwᵀ − diag wwᵀ)w` (Dijkstra & Henseler 2015, eq. 19), where `S`
 * is the correlation matrix of the block's items and `w` its standardised weights. It lies between
 * Cronbach's alpha and ρ_C for Mode A blocks and is the reliability used by consistent PLS (PLSc). The
 * result can exceed 1 on odd data; it is returned as computed. O(k²).
 *
 * @param correlations - the k × k item correlation matrix of the block (symmetric, unit diagonal), k ≥ 2
 * @param weights - the k outer weights on the standardised items (any common scale)
 * @returns ρ_A
 * @throws `EMPTY_INPUT` when `weights` is empty
 * @throws `INVALID_ARGUMENT` when the matrix is not k × k with finite entries, a weight is not
 * finite, or the block has fewer than 2 items
 * @throws `UNDEFINED_RESULT` when the composite variance `wᵀSw` is not positive or fewer than two weights are non-zero
 * @example
 * ```ts
 * const R = [[1, 0.5, 0.5], [0.5, 1, 0.5], [0.5, 0.5, 1]];
 * rhoA(R, [1, 1, 1]).toFixed(4); // '0.7500'
 * ```
 * @see Dijkstra, T. K. & Henseler, J. (2015). Consistent partial least squares path modeling. MIS Quarterly
 * 39(2), 297–316. doi:10.25300/MISQ/2015/39.2.02
 */
export function rhoA(correlations: readonly (readonly number[])[], weights: readonly number[]): number {
  const fn = 'rhoA';
  assertNonEmpty(fn, 'weights', weights);
  const k = weights.length;
  if (k < 2) throw new InvalidArgumentError(fn, 'weights', 'must have at least 2 items (rho_A is undefined for a single item)', k);
  if (!Array.isArray(correlations) || correlations.length !== k) {
    throw new InvalidArgumentError(fn, 'correlations', `must be a ${k} x ${k} matrix`, correlations);
  }
  for (let i = 0; i < k; i++) {
    const row = correlations[i];
    if (!Array.isArray(row) || row.length !== k) {
      throw new InvalidArgumentError(fn, `correlations[${i}]`, `must be a row of ${k} numbers`, row);
    }
    for (let j = 0; j < k; j++) {
      if (typeof row[j] !== 'number' || !Number.isFinite(row[j])) {
        throw new InvalidArgumentError(fn, `correlations[${i}][${j}]`, 'must be a finite number', row[j]);
      }
    }
    if (typeof weights[i] !== 'number' || !Number.isFinite(weights[i])) {
      throw new InvalidArgumentError(fn, `weights[${i}]`, 'must be a finite number', weights[i]);
    }
  }
  let variance = 0;
  let offDiagonal = 0;
  for (let i = 0; i < k; i++) {
    const row = correlations[i] as readonly number[];
    for (let j = 0; j < k; j++) {
      const term = (weights[i] as number) * (row[j] as number) * (weights[j] as number);
      variance += term;
      if (i !== j) offDiagonal += term;
    }
  }
  if (!(variance > 0)) throw new UndefinedResultError(fn, 'the composite variance wᵀSw must be positive', variance);
  let squares = 0;
  let fourth = 0;
  for (const w of weights) {
    const s = (w * w) / variance;
    squares += s;
    fourth += s * s;
  }
  const denominator = squares * squares - fourth;
  if (!(denominator > 1e-15 * squares * squares)) {
    throw new UndefinedResultError(fn, 'at least two weights must be non-zero', weights);
  }
  return squares * squares * (offDiagonal / variance / denominator);
}
