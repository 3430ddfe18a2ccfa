import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { choleskyDecomposition } from '../../../src/core/linalg/choleskyDecomposition';
import { multiplyMatrices } from '../../../src/core/linalg/multiplyMatrices';
import { transposeMatrix } from '../../../src/core/linalg/transposeMatrix';
import { deepFreeze, wellConditionedMatrix } from './arbitraries';

describe('choleskyDecomposition', () => {
  it('matches the documented examples', () => {
    expect(choleskyDecomposition([[4, 2], [2, 3]])).toEqual([
      [2, 0],
      [1, 1.4142135623730951],
    ]);
    expect(choleskyDecomposition([[1, 2], [2, 1]])).toBeNull();
  });
  it('L Lᵀ reproduces A = M Mᵀ (M diagonally dominant), L lower triangular with positive diagonal (property)', () => {
    fc.assert(
      fc.property(wellConditionedMatrix, (M) => {
        const A = multiplyMatrices(M, transposeMatrix(M));
        const L = choleskyDecomposition(deepFreeze(A));
        expect(L).not.toBeNull();
        const product = multiplyMatrices(L!, transposeMatrix(L!));
        A.forEach((row, i) =>
          row.forEach((v, j) => expect(Math.abs(product[i]![j]! - v)).toBeLessThan(1e-12 * Math.max(1, Math.abs(v)))),
        );
        L!.forEach((row, i) => {
          expect(row[i]).toBeGreaterThan(0);
          for (let j = i + 1; j < row.length; j++) expect(row[j]).toBe(0);
        });
      }),
    );
  });
  it('returns null for indefinite, semi-definite, non-square or non-finite input and [] for []', () => {
    expect(choleskyDecomposition([[1, 1], [1, 1]])).toBeNull();
    expect(choleskyDecomposition([[-1]])).toBeNull();
    expect(choleskyDecomposition([[1, 0]])).toBeNull();
    expect(choleskyDecomposition([[Number.NaN]])).toBeNull();
    expect(choleskyDecomposition([])).toEqual([]);
  });
});
