import { describe, expectTypeOf, it } from 'vitest';
import { choleskyDecomposition, invertMatrix, solveLinearSystem } from '../../../src/core/linalg/index';

describe('linalg signatures', () => {
  it('accepts readonly matrices and returns mutable results', () => {
    const A: readonly (readonly number[])[] = [[1]];
    expectTypeOf(choleskyDecomposition(A)).toEqualTypeOf<number[][] | null>();
    expectTypeOf(invertMatrix(A)).toEqualTypeOf<number[][]>();
    expectTypeOf(solveLinearSystem(A, [1] as readonly number[])).toEqualTypeOf<number[]>();
  });
});
