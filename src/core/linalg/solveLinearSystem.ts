import { isArrayLike } from '../validate/isArrayLike';
import { isMatrix } from './isMatrix';

/**
 * Solve `A x = b` for a square matrix by Gaussian elimination with partial pivoting; NaN-filled if singular.
 *
 * @remarks
 * Forward elimination with row interchanges (the largest absolute pivot in each column), then back
 * substitution (Golub & Van Loan 2013, Algorithm 3.4.1). The system is declared singular when a pivot is
 * not finite or `|pivot| ≤ n · ε · max|A_ij|` (ε = 2⁻⁵²), as in {@link invertMatrix}. Cheaper and more
 * accurate than forming `A⁻¹ b`: `2n³/3` flops, O(n²) memory. Neither input is modified.
 *
 * Never throws: a singular or non-finite system, mismatched sizes, or an argument that is not an array
 * (of rows), gives a vector of `NaN` of length `n`.
 *
 * @param A - square `n × n` matrix, row-major
 * @param b - right-hand side, length `n`
 * @returns the solution `x`, a new array of length `n`
 * @example
 * ```ts
 * solveLinearSystem([[2, 1], [1, 3]], [3, 5]); // [0.8, 1.4]
 * solveLinearSystem([[1, 2], [2, 4]], [1, 2]); // [NaN, NaN]
 * ```
 * @see Golub, G. H. & Van Loan, C. F. (2013). Matrix Computations, 4th ed., §3.4. Johns Hopkins University
 * Press. ISBN 978-1-4214-0794-4
 */
export function solveLinearSystem(A: readonly (readonly number[])[], b: readonly number[]): number[] {
  if (!isMatrix(A)) return isArrayLike(b) ? new Array<number>(b.length).fill(Number.NaN) : [];
  const n = A.length;
  const failed = (): number[] => new Array<number>(n).fill(Number.NaN);
  if (!isArrayLike(b)) return failed();
  if (b.length !== n) return failed();
  const work: number[][] = [];
  let scale = 0;
  for (let i = 0; i < n; i++) {
    const row = A[i] as readonly number[];
    if (row.length !== n || !Number.isFinite(b[i] as number)) return failed();
    const copy = new Array<number>(n + 1);
    for (let j = 0; j < n; j++) {
      const value = row[j] as number;
      if (!Number.isFinite(value)) return failed();
      copy[j] = value;
      scale = Math.max(scale, Math.abs(value));
    }
    copy[n] = b[i] as number;
    work.push(copy);
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
    if (!(pivotAbs > threshold) || !Number.isFinite(pivotAbs)) return failed();
    if (pivotRow !== column) {
      const tmp = work[column] as number[];
      work[column] = work[pivotRow] as number[];
      work[pivotRow] = tmp;
    }
    const pivot = work[column] as number[];
    const pivotValue = pivot[column] as number;
    for (let r = column + 1; r < n; r++) {
      const row = work[r] as number[];
      const factor = (row[column] as number) / pivotValue;
      if (factor === 0) continue;
      for (let j = column; j <= n; j++) row[j] = (row[j] as number) - factor * (pivot[j] as number);
    }
  }
  const x = new Array<number>(n).fill(0);
  for (let i = n - 1; i >= 0; i--) {
    const row = work[i] as number[];
    let sum = row[n] as number;
    for (let j = i + 1; j < n; j++) sum -= (row[j] as number) * (x[j] as number);
    x[i] = sum / (row[i] as number);
  }
  for (const v of x) if (!Number.isFinite(v)) return failed();
  return x;
}
