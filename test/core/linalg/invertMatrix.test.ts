import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { invertMatrix } from '../../../src/core/linalg/invertMatrix';
import { multiplyMatrices } from '../../../src/core/linalg/multiplyMatrices';
import { deepFreeze, identityError, wellConditionedMatrix } from './arbitraries';

describe('invertMatrix', () => {
  it('matches the documented examples', () => {
    expect(invertMatrix([[4, 7], [2, 6]])).toEqual([
      [0.6000000000000001, -0.7000000000000001],
      [-0.2, 0.4],
    ]);
    expect(invertMatrix([[1, 2], [2, 4]])).toEqual([
      [Number.NaN, Number.NaN],
      [Number.NaN, Number.NaN],
    ]);
  });
  it('A · A⁻¹ = I and A⁻¹ · A = I to 1e-12 on well-conditioned matrices (property)', () => {
    fc.assert(
      fc.property(wellConditionedMatrix, (A) => {
        const inverse = invertMatrix(deepFreeze(A));
        expect(identityError(multiplyMatrices(A, inverse))).toBeLessThan(1e-12);
        expect(identityError(multiplyMatrices(inverse, A))).toBeLessThan(1e-12);
      }),
    );
  });
  it('needs pivoting: a zero leading entry is handled', () => {
    const inverse = invertMatrix([
      [0, 1],
      [1, 0],
    ]);
    expect(inverse).toEqual([
      [0, 1],
      [1, 0],
    ]);
  });
  it('matches a known inverse (Hilbert 3×3, inverse [[9,−36,30],[−36,192,−180],[30,−180,180]]) to 1e-10', () => {
    const H = [
      [1, 1 / 2, 1 / 3],
      [1 / 2, 1 / 3, 1 / 4],
      [1 / 3, 1 / 4, 1 / 5],
    ];
    const expected = [
      [9, -36, 30],
      [-36, 192, -180],
      [30, -180, 180],
    ];
    const inverse = invertMatrix(H);
    inverse.forEach((row, i) => row.forEach((v, j) => expect(v).toBeCloseTo(expected[i]![j]!, 10)));
  });
  it('returns a NaN-filled matrix, without throwing, for singular, non-square or non-finite input', () => {
    const singular = invertMatrix([
      [1, 2, 3],
      [4, 5, 6],
      [7, 8, 9],
    ]);
    expect(singular.length).toBe(3);
    expect(singular.flat().every(Number.isNaN)).toBe(true);
    expect(invertMatrix([[0]])).toEqual([[Number.NaN]]);
    expect(invertMatrix([[1, 2]]).flat().every(Number.isNaN)).toBe(true);
    expect(invertMatrix([[1, Number.NaN], [0, 1]]).flat().every(Number.isNaN)).toBe(true);
    expect(invertMatrix([])).toEqual([]);
  });
  it('scales: a singular matrix times 1e-200 is still singular, a regular one is still regular', () => {
    expect(invertMatrix([[1e-200, 2e-200], [2e-200, 4e-200]]).flat().every(Number.isNaN)).toBe(true);
    const tiny = invertMatrix([[1e-200, 0], [0, 2e-200]]);
    expect(tiny[0]![0]! / 1e200).toBeCloseTo(1, 12);
    expect(tiny[1]![1]! / 5e199).toBeCloseTo(1, 12);
  });
});
