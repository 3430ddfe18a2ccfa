import { describe, expect, it } from 'vitest';
import { mean } from '../../../src/core/stats/mean';

describe('mean', () => {
  it('matches the documented examples', () => {
    expect(mean([2, 4, 4, 4, 5, 5, 7, 9])).toBe(5);
    expect(mean([])).toBeNaN();
  });
  it('is accurate where a naive sum cancels', () => {
    expect(mean([1e100, 1, -1e100, 1])).toBe(0.5);
  });
  it('accepts typed arrays and does not modify its input', () => {
    expect(mean(Float64Array.of(1, 2))).toBe(1.5);
    const values = Object.freeze([1, 2, 3]);
    expect(mean(values)).toBe(2);
  });
});
