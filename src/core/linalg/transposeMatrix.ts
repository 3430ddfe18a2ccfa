import { isMatrix } from './isMatrix';

/**
 * The transpose `Aᵀ` of a matrix.
 *
 * @remarks
 * `(Aᵀ)_ij = A_ji`. O(mn) time, one new `n × m` array; the input is not modified. The column count is the
 * length of the first row; a shorter row contributes `NaN` where it has no entry.
 *
 * Never throws. An empty matrix, or an argument that is not an array of rows, gives `[]`.
 *
 * @param A - `m × n` matrix, row-major
 * @returns `Aᵀ`, a new `n × m` array
 * @example
 * ```ts
 * transposeMatrix([[1, 2, 3], [4, 5, 6]]); // [[1, 4], [2, 5], [3, 6]]
 * ```
 * @see Golub, G. H. & Van Loan, C. F. (2013). Matrix Computations, 4th ed., §1.1. Johns Hopkins University
 * Press. ISBN 978-1-4214-0794-4
 */
export function transposeMatrix(A: readonly (readonly number[])[]): number[][] {
  if (!isMatrix(A)) return [];
  const m = A.length;
  const n = m === 0 ? 0 : (A[0] as readonly number[]).length;
  const result: number[][] = [];
  for (let j = 0; j < n; j++) {
    const row = new Array<number>(m);
    for (let i = 0; i < m; i++) {
      const value = (A[i] as readonly number[])[j];
      row[i] = value === undefined ? Number.NaN : value;
    }
    result.push(row);
  }
  return result;
}
