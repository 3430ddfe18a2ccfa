import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { solveLinearSystem } from '../../../src/core/linalg/solveLinearSystem';
import { deepFreeze, wellConditionedMatrix } from './arbitraries';

describe('solveLinearSystem', () => {
  it('matches the documented examples', () => {
    expect(solveLinearSystem([[2, 1], [1, 3]], [3, 5])).toEqual([0.8, 1.4]);
    expect(solveLinearSystem([[1, 2], [2, 4]], [1, 2])).toEqual([Number.NaN, Number.NaN]);
  });
  it('recovers x from b = A x to 1e-12 on well-conditioned systems (property), inputs untouched', () => {
    fc.assert(
      fc.property(
        wellConditionedMatrix.chain((A) =>
          fc.tuple(
            fc.constant(A),
            fc.array(fc.double({ min: -100, max: 100, noNaN: true }), { minLength: A.length, maxLength: A.length }),
          ),
        ),
        ([A, x]) => {
          const b = A.map((row) => row.reduce((sum, v, j) => sum + v * x[j]!, 0));
          const frozenB = Object.freeze(b.slice());
          const solution = solveLinearSystem(deepFreeze(A), frozenB);
          solution.forEach((v, i) => expect(Math.abs(v - x[i]!)).toBeLessThan(1e-12 * Math.max(1, ...x.map(Math.abs))));
        },
      ),
    );
  });
  it('pivots past a zero leading entry', () => {
    expect(solveLinearSystem([[0, 2], [3, 0]], [4, 9])).toEqual([3, 2]);
  });
  it('returns NaNs without throwing for singular systems, size mismatch or non-finite entries', () => {
    expect(solveLinearSystem([[1, 2], [3, 4]], [1]).every(Number.isNaN)).toBe(true);
    expect(solveLinearSystem([[0, 0], [0, 0]], [1, 1]).every(Number.isNaN)).toBe(true);
    expect(solveLinearSystem([[1, 0], [0, 1]], [1, Number.NaN]).every(Number.isNaN)).toBe(true);
    expect(solveLinearSystem([], [])).toEqual([]);
  });
});
