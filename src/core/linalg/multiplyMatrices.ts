import { isMatrix } from './isMatrix';
import { nanMatrix } from './nanMatrix';

/**
 * The matrix product `A B`.
 *
 * @remarks
 * `(AB)_ij = Σ_k A_ik B_kj`, looping `i, k, j` so that the inner loop runs along rows of `B` and of the
 * result. `2 m p n` flops for an `m × p` by `p × n` product; one new `m × n` array. Neither input is
 * modified.
 *
 * Never throws: an argument that is not an array of rows gives `[]`; if the inner dimensions differ (or a row has the wrong length) the result is an
 * `m × n` matrix of `NaN`, with `n` the length of `B`'s first row (0 if `B` is empty).
 *
 * @param A - `m × p` matrix, row-major
 * @param B - `p × n` matrix, row-major
 * @returns `A B`, a new `m × n` array
 * @example
 * ```ts
 * multiplyMatrices([[1, 2], [3, 4]], [[5, 6], [7, 8]]); // [[19, 22], [43, 50]]
 * multiplyMatrices([[1, 2, 3]], [[1], [1], [1]]); // [[6]]
 * ```
 * @see Golub, G. H. & Van Loan, C. F. (2013). Matrix Computations, 4th ed., §1.1. Johns Hopkins University
 * Press. ISBN 978-1-4214-0794-4
 */
export function multiplyMatrices(
  A: readonly (readonly number[])[],
  B: readonly (readonly number[])[],
): number[][] {
  if (!isMatrix(A) || !isMatrix(B)) return [];
  const m = A.length;
  const p = B.length;
  const n = p === 0 ? 0 : (B[0] as readonly number[]).length;
  for (const row of A) if (row.length !== p) return nanMatrix(m, n);
  for (const row of B) if (row.length !== n) return nanMatrix(m, n);
  const result: number[][] = [];
  for (let i = 0; i < m; i++) {
    const rowA = A[i] as readonly number[];
    const out = new Array<number>(n).fill(0);
    for (let k = 0; k < p; k++) {
      const a = rowA[k] as number;
      const rowB = B[k] as readonly number[];
      for (let j = 0; j < n; j++) out[j] = (out[j] as number) + a * (rowB[j] as number);
    }
    result.push(out);
  }
  return result;
}
