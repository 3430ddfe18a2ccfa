import { describe, expect, it } from 'vitest';
import { transposeMatrix } from '../../../src/core/linalg/transposeMatrix';

describe('transposeMatrix', () => {
  it('matches the documented example', () => {
    expect(transposeMatrix([[1, 2, 3], [4, 5, 6]])).toEqual([
      [1, 4],
      [2, 5],
      [3, 6],
    ]);
  });
  it('is an involution and leaves the input untouched', () => {
    const A = Object.freeze([Object.freeze([1, 2]), Object.freeze([3, 4]), Object.freeze([5, 6])]);
    expect(transposeMatrix(transposeMatrix(A))).toEqual([
      [1, 2],
      [3, 4],
      [5, 6],
    ]);
    expect(transposeMatrix([])).toEqual([]);
  });
});
