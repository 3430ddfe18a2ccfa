import { isMatrix } from './isMatrix';
import { nanMatrix } from './nanMatrix';

/**
 * The inverse of a square matrix by Gauss–Jordan elimination with partial pivoting; NaN-filled if singular.
 *
 * @remarks
 * Reduces the augmented matrix `[A | I]` to `[I | A⁻¹]`, choosing at each column the row with the largest
 * absolute pivot (partial pivoting, Golub & Van Loan 2013, §3.4). The matrix is declared singular when the
 * pivot is not finite or `|pivot| ≤ n · ε · max|A_ij|` (ε = 2⁻⁵²), i.e. zero to working precision
 * relative to the matrix's scale. For a symmetric positive-definite matrix (a Hessian, a covariance),
 * prefer {@link choleskyDecomposition}, which also proves definiteness. `n³` flops, O(n²) memory. The
 * input is not modified.
 *
 * Never throws: an argument that is not an array of rows gives `[]`; a singular, non-square or non-finite
 * input gives an `n × n` matrix of `NaN` (check with
 * `Number.isNaN(result[0][0])`). An empty matrix gives `[]`.
 *
 * @param A - square `n × n` matrix, row-major
 * @returns `A⁻¹`, a new `n × n` array
 * @example
 * ```ts
 * invertMatrix([[4, 7], [2, 6]]); // [[0.6000000000000001, -0.7000000000000001], [-0.2, 0.4]]
 * invertMatrix([[1, 2], [2, 4]]); // [[NaN, NaN], [NaN, NaN]]
 * ```
 * @see Golub, G. H. & Van Loan, C. F. (2013). Matrix Computations, 4th ed., §3.4. Johns Hopkins University
 * Press. ISBN 978-1-4214-0794-4
 */
export function invertMatrix(A: readonly (readonly number[])[]): number[][] {
  if (!isMatrix(A)) return [];
  const n = A.length;
  const work: number[][] = [];
  let scale = 0;
  for (let i = 0; i < n; i++) {
    const row = A[i] as readonly number[];
    if (row.length !== n) return nanMatrix(n, n);
    const augmented = new Array<number>(2 * n).fill(0);
    for (let j = 0; j < n; j++) {
      const value = row[j] as number;
      if (!Number.isFinite(value)) return nanMatrix(n, n);
      augmented[j] = value;
      scale = Math.max(scale, Math.abs(value));
    }
    augmented[n + i] = 1;
    work.push(augmented);
  }
  const threshold = n * Number.EPSILON * scale;
  for (let column = 0; column < n; column++) {
    let pivotRow = column;
    let pivotAbs = Math.abs((work[column] as number[])[column] as number);
    for (let r = column + 1; r < n; r++) {
      const candidate = Math.abs((work[r] as number[])[column] as number);
      if (candidate > pivotAbs) {
        pivotAbs = candidate;
        pivotRow = r;
      }
    }
    if (!(pivotAbs > threshold) || !Number.isFinite(pivotAbs)) return nanMatrix(n, n);
    if (pivotRow !== column) {
      const tmp = work[column] as number[];
      work[column] = work[pivotRow] as number[];
      work[pivotRow] = tmp;
    }
    const pivot = work[column] as number[];
    const inverse = 1 / (pivot[column] as number);
    for (let j = 0; j < 2 * n; j++) pivot[j] = (pivot[j] as number) * inverse;
    for (let r = 0; r < n; r++) {
      if (r === column) continue;
      const row = work[r] as number[];
      const factor = row[column] as number;
      if (factor === 0) continue;
      for (let j = 0; j < 2 * n; j++) row[j] = (row[j] as number) - factor * (pivot[j] as number);
    }
  }
  const result = work.map((row) => row.slice(n));
  for (const row of result) for (const v of row) if (!Number.isFinite(v)) return nanMatrix(n, n);
  return result;
}
