import { describe, expect, it } from 'vitest';
import { multiplyMatrices } from '../../../src/core/linalg/multiplyMatrices';

describe('multiplyMatrices', () => {
  it('matches the documented examples', () => {
    expect(multiplyMatrices([[1, 2], [3, 4]], [[5, 6], [7, 8]])).toEqual([
      [19, 22],
      [43, 50],
    ]);
    expect(multiplyMatrices([[1, 2, 3]], [[1], [1], [1]])).toEqual([[6]]);
  });
  it('multiplies rectangular matrices (2×3 by 3×2)', () => {
    expect(multiplyMatrices([[1, 0, 2], [0, 1, 0]], [[1, 2], [3, 4], [5, 6]])).toEqual([
      [11, 14],
      [3, 4],
    ]);
  });
  it('returns a NaN matrix on mismatched inner dimensions and never modifies the inputs', () => {
    const A = Object.freeze([Object.freeze([1, 2])]);
    const B = Object.freeze([Object.freeze([1, 2])]);
    expect(multiplyMatrices(A, B)).toEqual([[Number.NaN, Number.NaN]]);
    expect(multiplyMatrices([], [])).toEqual([]);
  });
});
