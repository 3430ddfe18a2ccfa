import { describe, expectTypeOf, it } from 'vitest';
import { gaussLegendre, integrate } from '../../../src/core/integrate/index';
import {
  chiSquareCdf,
  digamma,
  expit,
  hyp2f1,
  log1mExp,
  log1pExp,
  logAddExp,
  logBeta,
  logGamma,
  logGammaRatio,
  logit,
  logSubExp,
  logSumExp,
  logUpperIncompleteGamma,
  normalCdf,
  normalQuantile,
  regularizedGammaP,
  regularizedGammaQ,
  regularizedIncompleteBeta,
  studentTCdf,
  studentTQuantile,
  trigamma,
} from '../../../src/core/special/index';

describe('core/special and core/integrate signatures', () => {
  it('unary kernels take and return a number', () => {
    for (const f of [logGamma, digamma, trigamma, log1pExp, log1mExp, expit, logit, normalCdf, normalQuantile]) {
      expectTypeOf(f).toEqualTypeOf<(x: number) => number>();
    }
  });

  it('binary and higher kernels', () => {
    expectTypeOf(logBeta).toEqualTypeOf<(a: number, b: number) => number>();
    expectTypeOf(logGammaRatio).parameters.toEqualTypeOf<[number, number]>();
    expectTypeOf(logAddExp).returns.toBeNumber();
    expectTypeOf(logSubExp).returns.toBeNumber();
    expectTypeOf(hyp2f1).parameters.toEqualTypeOf<[number, number, number, number]>();
    expectTypeOf(regularizedIncompleteBeta).parameters.toEqualTypeOf<[number, number, number]>();
    expectTypeOf(regularizedGammaP).returns.toBeNumber();
    expectTypeOf(regularizedGammaQ).returns.toBeNumber();
    expectTypeOf(logUpperIncompleteGamma).returns.toBeNumber();
    expectTypeOf(studentTCdf).returns.toBeNumber();
    expectTypeOf(studentTQuantile).returns.toBeNumber();
    expectTypeOf(chiSquareCdf).returns.toBeNumber();
  });

  it('logSumExp accepts any array-like of numbers, readonly included', () => {
    expectTypeOf(logSumExp).toBeCallableWith([1, 2] as readonly number[]);
    expectTypeOf(logSumExp).toBeCallableWith(new Float64Array(2));
    // @ts-expect-error strings are not log-values
    logSumExp(['1']);
  });

  it('quadrature', () => {
    expectTypeOf(gaussLegendre(8)).toEqualTypeOf<{ nodes: Float64Array; weights: Float64Array }>();
    expectTypeOf(integrate).toBeCallableWith(Math.sin, 0, 1);
    expectTypeOf(integrate).toBeCallableWith((x: number) => x * x, 0, 1, 16);
    expectTypeOf(integrate).returns.toBeNumber();
  });
});
