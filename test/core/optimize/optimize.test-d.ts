import { describe, expectTypeOf, it } from 'vitest';
import { minimizeBfgs, minimizeNelderMead, numericalGradient, numericalHessian } from '../../../src/core/optimize/index';
import type { MinimizeResult } from '../../../src/core/optimize/index';

describe('optimize signatures', () => {
  it('minimisers accept readonly starts and return MinimizeResult', () => {
    const f = (x: Float64Array): number => x[0]! ** 2;
    const x0: readonly number[] = [1];
    expectTypeOf(minimizeNelderMead(f, x0)).toEqualTypeOf<MinimizeResult>();
    expectTypeOf(minimizeBfgs(f, x0, { gradient: (x) => x, maxIterations: 10 })).toEqualTypeOf<MinimizeResult>();
    expectTypeOf<MinimizeResult['x']>().toEqualTypeOf<number[]>();
    expectTypeOf<MinimizeResult['converged']>().toEqualTypeOf<boolean>();
  });
  it('finite differences return the contract types', () => {
    const f = (x: Float64Array): number => x[0]!;
    expectTypeOf(numericalGradient(f, [1])).toEqualTypeOf<Float64Array>();
    expectTypeOf(numericalHessian(f, [1], 1e-4)).toEqualTypeOf<number[][]>();
  });
});
