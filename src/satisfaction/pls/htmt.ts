import { InvalidArgumentError } from '../../core/errors/InvalidArgumentError';
import { assertNonEmpty } from '../../core/validate/assertNonEmpty';
import { htmtPairs } from './htmtPairs';

/**
 * Heterotrait–monotrait ratio (HTMT) of every pair of blocks, from the item correlation matrix.
 *
 * @remarks
 * For blocks i and j: `HTMT_ij = mean|r| over item pairs across i and j / √(mean|r| within i · mean|r| within j)`,
 * the within-block means taken over distinct item pairs (Henseler, Ringle & Sarstedt 2015, eq. 6). Absolute
 * correlations are used, as in seminr, so that reverse-coded items do not cancel. Values above 0.85
 * (conservative) or 0.90 signal a lack of discriminant validity. A single-item block has no monotrait
 * correlation, so its ratios are `null`; the diagonal is `null` too. O(p²).
 *
 * @param correlations - the p × p item correlation matrix (symmetric, finite)
 * @param blocks - for each construct, the indices (0-based rows of `correlations`) of its items
 * @returns a J × J matrix of ratios (`null` on the diagonal and for single-item blocks)
 * @throws `EMPTY_INPUT` when `blocks` or one of its blocks is empty
 * @throws `INVALID_ARGUMENT` when the matrix is not square with finite entries, or an index is out of range
 * @example
 * ```ts
 * const R = [
 *   [1, 0.6, 0.3, 0.3],
 *   [0.6, 1, 0.3, 0.3],
 *   [0.3, 0.3, 1, 0.5],
 *   [0.3, 0.3, 0.5, 1],
 * ];
 * htmt(R, [[0, 1], [2, 3]])[0]?.[1]?.toFixed(4); // '0.5477'
 * ```
 * @see Henseler, J., Ringle, C. M. & Sarstedt, M. (2015). A new criterion for assessing discriminant
 * validity in variance-based structural equation modeling. Journal of the Academy of Marketing Science
 * 43(1), 115–135. doi:10.1007/s11747-014-0403-8
 */
export function htmt(
  correlations: readonly (readonly number[])[],
  blocks: readonly (readonly number[])[],
): (number | null)[][] {
  const fn = 'htmt';
  assertNonEmpty(fn, 'blocks', blocks);
  if (!Array.isArray(correlations)) throw new InvalidArgumentError(fn, 'correlations', 'must be a square matrix', correlations);
  const p = correlations.length;
  // Index loops, not forEach: forEach skips the holes of a sparse array, which must be rejected.
  for (let i = 0; i < p; i++) {
    const row = correlations[i];
    if (!Array.isArray(row) || row.length !== p) {
      throw new InvalidArgumentError(fn, `correlations[${i}]`, `must be a row of ${p} numbers`, row);
    }
    for (let j = 0; j < p; j++) {
      const v: unknown = row[j];
      if (typeof v !== 'number' || !Number.isFinite(v)) {
        throw new InvalidArgumentError(fn, `correlations[${i}][${j}]`, 'must be a finite number', v);
      }
    }
  }
  for (let b = 0; b < blocks.length; b++) {
    const block = blocks[b] as readonly number[];
    assertNonEmpty(fn, `blocks[${b}]`, block);
    for (let h = 0; h < block.length; h++) {
      const index: unknown = block[h];
      if (typeof index !== 'number' || !Number.isInteger(index) || index < 0 || index >= p) {
        throw new InvalidArgumentError(fn, `blocks[${b}][${h}]`, `must be an integer 0-${p - 1}`, index);
      }
    }
  }
  const J = blocks.length;
  const pairs: [number, number][] = [];
  for (let i = 0; i < J; i++) for (let j = 0; j < J; j++) if (i !== j) pairs.push([i, j]);
  const values = new Float64Array(pairs.length);
  htmtPairs((a, b) => (correlations[a] as readonly number[])[b] as number, blocks, pairs, new Float64Array(J), values);
  const result: (number | null)[][] = blocks.map(() => blocks.map(() => null));
  pairs.forEach(([i, j], k) => {
    const v = values[k] as number;
    (result[i] as (number | null)[])[j] = Number.isFinite(v) ? v : null;
  });
  return result;
}
