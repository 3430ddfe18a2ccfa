/**
 * The `onIteration` hook of the optimisers: called once per iteration with the current state, it can
 * stop the run (how fitModel honours an AbortSignal). Test functions from ./functions.
 */
import { describe, expect, it } from 'vitest';
import { minimizeBfgs } from '../../../src/core/optimize/minimizeBfgs';
import { minimizeNelderMead } from '../../../src/core/optimize/minimizeNelderMead';
import type { OptimizerIteration } from '../../../src/core/optimize/types';
import { rosenbrock, rosenbrockGradient } from './functions';

describe('onIteration', () => {
  it('BFGS reports every accepted step, with its point, value and gradient, and observing changes nothing', () => {
    const seen: OptimizerIteration[] = [];
    const watched = minimizeBfgs(rosenbrock, [-1.2, 1], { gradient: rosenbrockGradient, onIteration: (s) => void seen.push(s) });
    const plain = minimizeBfgs(rosenbrock, [-1.2, 1], { gradient: rosenbrockGradient });
    expect(watched).toEqual(plain);
    expect(seen.map((s) => s.iteration)).toEqual(Array.from({ length: plain.iterations }, (_, i) => i + 1));
    const last = seen[seen.length - 1]!;
    expect(Array.from(last.x)).toEqual(plain.x);
    expect(last.value).toBe(plain.value);
    expect(Array.from(last.gradient!)).toEqual(Array.from(rosenbrockGradient(Float64Array.from(plain.x))));
    for (const s of seen) expect(s.value).toBe(rosenbrock(s.x));
  });

  it('BFGS stops when the callback returns true, at the point it was shown', () => {
    let shown: OptimizerIteration | undefined;
    const result = minimizeBfgs(rosenbrock, [-1.2, 1], {
      gradient: rosenbrockGradient,
      onIteration: (s) => {
        shown = s;
        return s.iteration === 4;
      },
    });
    expect(result.iterations).toBe(4);
    expect(result.converged).toBe(false);
    expect(result.message).toBe('stopped by onIteration');
    expect(result.x).toEqual(Array.from(shown!.x));
    expect(result.value).toBe(shown!.value);
  });

  it('Nelder–Mead reports the best vertex after every iteration and stops when asked', () => {
    const seen: OptimizerIteration[] = [];
    const plain = minimizeNelderMead(rosenbrock, [-1.2, 1]);
    const watched = minimizeNelderMead(rosenbrock, [-1.2, 1], { onIteration: (s) => void seen.push(s) });
    expect(watched).toEqual(plain);
    expect(seen.length).toBe(plain.iterations);
    for (let i = 1; i < seen.length; i++) expect(seen[i]!.value).toBeLessThanOrEqual(seen[i - 1]!.value);
    expect(seen.every((s) => s.gradient === null)).toBe(true);

    let calls = 0;
    const stopped = minimizeNelderMead(rosenbrock, [-1.2, 1], { onIteration: () => ++calls === 10 });
    expect(calls).toBe(10);
    expect(stopped.iterations).toBe(10);
    expect(stopped.converged).toBe(false);
    expect(stopped.message).toBe('stopped by onIteration');
    expect(stopped.value).toBe(seen[9]!.value);
    expect(Number.isNaN(stopped.gradientNorm)).toBe(true);
  });

  it('an exception thrown by the callback propagates', () => {
    const boom = (): never => {
      throw new Error('boom');
    };
    expect(() => minimizeBfgs(rosenbrock, [-1.2, 1], { onIteration: boom })).toThrow('boom');
    expect(() => minimizeNelderMead(rosenbrock, [-1.2, 1], { onIteration: boom })).toThrow('boom');
  });
});
