// Issue 12, item 6 (R13) for the core kernels, which never throw: a wrong-typed argument (null, a string, a
// BigInt, a row that is not an array, a sampler without a Random) gives the kernel's documented failure value
// (NaN, an empty or NaN matrix, a result with converged: false) where it used to throw a TypeError.
import { describe, expect, it } from 'vitest';
import { transposeMatrix } from '../../src/core/linalg/transposeMatrix';
import { multiplyMatrices } from '../../src/core/linalg/multiplyMatrices';
import { invertMatrix } from '../../src/core/linalg/invertMatrix';
import { choleskyDecomposition } from '../../src/core/linalg/choleskyDecomposition';
import { solveLinearSystem } from '../../src/core/linalg/solveLinearSystem';
import { minimizeNelderMead } from '../../src/core/optimize/minimizeNelderMead';
import { minimizeBfgs } from '../../src/core/optimize/minimizeBfgs';
import { numericalGradient } from '../../src/core/optimize/numericalGradient';
import { numericalHessian } from '../../src/core/optimize/numericalHessian';
import { integrate } from '../../src/core/integrate/integrate';
import { gaussLegendre } from '../../src/core/integrate/gaussLegendre';
import { createRandom } from '../../src/core/random/createRandom';
import { sampleBeta } from '../../src/core/random/sampleBeta';
import { sampleCategorical } from '../../src/core/random/sampleCategorical';
import { sampleExponential } from '../../src/core/random/sampleExponential';
import { sampleGamma } from '../../src/core/random/sampleGamma';
import { sampleGeometric } from '../../src/core/random/sampleGeometric';
import { sampleNormal } from '../../src/core/random/sampleNormal';
import { samplePoisson } from '../../src/core/random/samplePoisson';
import { sampleUniform } from '../../src/core/random/sampleUniform';
import { shuffle } from '../../src/core/random/shuffle';

const bads = [null, undefined, 'abc', 42, [null]] as never[];

describe('linear algebra', () => {
  it('answers a non-matrix with its failure value', () => {
    for (const bad of bads) {
      expect(transposeMatrix(bad)).toEqual([]);
      expect(multiplyMatrices(bad, [[1]])).toEqual([]);
      expect(multiplyMatrices([[1]], bad)).toEqual([]);
      expect(invertMatrix(bad)).toEqual([]);
      expect(choleskyDecomposition(bad)).toBeNull();
      expect(solveLinearSystem(bad, [1, 2])).toEqual([Number.NaN, Number.NaN]);
    }
    expect(solveLinearSystem([[2]], null as never)).toEqual([Number.NaN]);
    expect(solveLinearSystem([[2]], [4])).toEqual([2]);
  });
});

describe('optimisation, differentiation and quadrature', () => {
  const f = (x: Float64Array) => (x[0] as number) ** 2;
  it('answers a missing function, start or options without throwing', () => {
    for (const result of [
      minimizeNelderMead(null as never, [1]),
      minimizeNelderMead(f, null as never),
      minimizeNelderMead(f, [1n] as never),
      minimizeNelderMead(f, [1], null as never),
      minimizeBfgs(null as never, [1]),
      minimizeBfgs(f, 'abc' as never),
      minimizeBfgs(f, [1], 'abc' as never),
    ]) {
      expect(result.converged).toBe(false);
      expect(result.x).toEqual([]);
      expect(result.message).toMatch(/^invalid arguments/);
    }
    expect(minimizeBfgs(f, [1]).converged).toBe(true);
    expect(Array.from(numericalGradient(null as never, [1, 2]))).toEqual([Number.NaN, Number.NaN]);
    expect(numericalGradient(f, null as never)).toHaveLength(0);
    expect(numericalHessian(f, [1n] as never)).toEqual([]);
    expect(numericalHessian(null as never, [1])).toEqual([[Number.NaN]]);
    expect(integrate(null as never, 0, 1)).toBeNaN();
  });

  it('bounds the size of a Gauss-Legendre rule (10,000 nodes)', () => {
    expect(integrate((x) => x, 0, 1, 1e9)).toBeNaN();
    expect(gaussLegendre(2 ** 53).nodes).toHaveLength(0);
    expect(integrate((x) => x, 0, 1, 8)).toBeCloseTo(0.5, 15);
  });
});

describe('samplers', () => {
  it('give NaN without a Random, and shuffle gives []', () => {
    for (const bad of bads) {
      expect(sampleBeta(bad, 1, 1)).toBeNaN();
      expect(sampleCategorical(bad, [0.5, 0.5])).toBeNaN();
      expect(sampleExponential(bad, 1)).toBeNaN();
      expect(sampleGamma(bad, 1, 1)).toBeNaN();
      expect(sampleGeometric(bad, 0.5)).toBeNaN();
      expect(sampleNormal(bad, 0, 1)).toBeNaN();
      expect(samplePoisson(bad, 1)).toBeNaN();
      expect(sampleUniform(bad, 0, 1)).toBeNaN();
      expect(shuffle(bad, [1, 2])).toEqual([]);
      if (!Array.isArray(bad)) expect(shuffle(createRandom(1), bad)).toEqual([]);
    }
    expect(sampleCategorical(createRandom(1), null as never)).toBeNaN();
    expect(shuffle(createRandom(1), [1, 2, 3]).sort()).toEqual([1, 2, 3]);
  });
});
