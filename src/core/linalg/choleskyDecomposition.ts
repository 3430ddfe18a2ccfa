import { isMatrix } from './isMatrix';

/**
 * The Cholesky factor `L` (lower triangular, positive diagonal) of a symmetric positive-definite matrix,
 * `A = L Lᵀ`, or `null` if the matrix is not positive definite.
 *
 * @remarks
 * Cholesky–Banachiewicz, row by row: `L_jj = √(A_jj − Σ_{k<j} L_jk²)`,
 * `L_ij = (A_ij − Σ_{k<j} L_ik L_jk) / L_jj` for `i > j` (Golub & Van Loan 2013, Algorithm 4.2.2). Only the
 * lower triangle of `A` is read; symmetry is assumed, not checked. A pivot that is not strictly positive and
 * finite means the matrix is not (numerically) positive definite. Use it to test definiteness (a Hessian at
 * a minimum), to draw correlated normals (`μ + L z`) or to solve `A x = b` twice as fast as elimination.
 * `n³/3` flops, one new `n × n` array. The input is not modified.
 *
 * Never throws: an argument that is not an array of rows, a non-square, empty-row or non-finite input, or one that is not positive definite, gives
 * `null`. An empty matrix gives `[]`.
 *
 * @param A - symmetric positive-definite `n × n` matrix, row-major
 * @returns the lower-triangular factor `L` (zeros above the diagonal), or `null`
 * @example
 * ```ts
 * choleskyDecomposition([[4, 2], [2, 3]]); // [[2, 0], [1, 1.4142135623730951]]
 * choleskyDecomposition([[1, 2], [2, 1]]); // null  (eigenvalues 3 and −1)
 * ```
 * @see Golub, G. H. & Van Loan, C. F. (2013). Matrix Computations, 4th ed., §4.2. Johns Hopkins University
 * Press. ISBN 978-1-4214-0794-4
 */
export function choleskyDecomposition(A: readonly (readonly number[])[]): number[][] | null {
  if (!isMatrix(A)) return null;
  const n = A.length;
  const L: number[][] = [];
  for (let i = 0; i < n; i++) {
    const row = A[i] as readonly number[];
    if (row.length !== n) return null;
    L.push(new Array<number>(n).fill(0));
  }
  for (let i = 0; i < n; i++) {
    const rowA = A[i] as readonly number[];
    const rowL = L[i] as number[];
    for (let j = 0; j <= i; j++) {
      const rowJ = L[j] as number[];
      let sum = rowA[j] as number;
      for (let k = 0; k < j; k++) sum -= (rowL[k] as number) * (rowJ[k] as number);
      if (i === j) {
        if (!(sum > 0) || !Number.isFinite(sum)) return null;
        rowL[i] = Math.sqrt(sum);
      } else {
        const value = sum / (rowJ[j] as number);
        if (!Number.isFinite(value)) return null;
        rowL[j] = value;
      }
    }
  }
  return L;
}
