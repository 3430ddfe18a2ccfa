import { describe, expect, it } from 'vitest';
import { assertFinite } from '../../../src/core/validate/assertFinite';
import { assertInteger } from '../../../src/core/validate/assertInteger';
import { assertNonEmpty } from '../../../src/core/validate/assertNonEmpty';
import { assertNonNegative } from '../../../src/core/validate/assertNonNegative';
import { assertPositive } from '../../../src/core/validate/assertPositive';
import { assertProbability } from '../../../src/core/validate/assertProbability';

const message = (f: () => void) => {
  try {
    f();
  } catch (e) {
    return (e as Error).message;
  }
  return 'no error';
};

describe('argument checks', () => {
  it('accept valid values', () => {
    expect(() => assertFinite('f', 'x', -1.5)).not.toThrow();
    expect(() => assertPositive('f', 'x', 1e-300)).not.toThrow();
    expect(() => assertNonNegative('f', 'x', 0)).not.toThrow();
    expect(() => assertInteger('f', 'x', 10, 0, 10)).not.toThrow();
    expect(() => assertProbability('f', 'x', 1)).not.toThrow();
    expect(() => assertNonEmpty('f', 'x', [0])).not.toThrow();
  });

  it('reject invalid values with messages naming rule and value', () => {
    expect(message(() => assertFinite('f', 'x', Number.POSITIVE_INFINITY))).toBe('`f`: `x` must be a finite number, got Infinity');
    expect(message(() => assertFinite('f', 'x', '1'))).toBe('`f`: `x` must be a finite number, got "1"');
    expect(message(() => assertPositive('f', 'x', 0))).toBe('`f`: `x` must be a finite number greater than 0, got 0');
    expect(message(() => assertNonNegative('f', 'x', -1))).toBe('`f`: `x` must be a finite number at least 0, got -1');
    expect(message(() => assertInteger('f', 'scores[3]', 11, 0, 10))).toBe('`f`: `scores[3]` must be an integer 0-10, got 11');
    expect(message(() => assertInteger('f', 'x', 1.5, 0))).toBe('`f`: `x` must be an integer at least 0, got 1.5');
    expect(message(() => assertInteger('f', 'x', 5, undefined, 3))).toBe('`f`: `x` must be an integer at most 3, got 5');
    expect(message(() => assertInteger('f', 'x', Number.NaN))).toBe('`f`: `x` must be an integer, got NaN');
    expect(message(() => assertProbability('f', 'p', Number.NaN))).toBe('`f`: `p` must be a number from 0 to 1, got NaN');
    expect(message(() => assertNonEmpty('f', 'xs', []))).toBe('`f`: `xs` must not be empty');
    expect(message(() => assertNonEmpty('f', 'xs', 3 as unknown as number[]))).toBe('`f`: `xs` must be an array, got 3');
  });
});
