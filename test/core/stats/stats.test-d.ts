import { describe, expectTypeOf, it } from 'vitest';
import { quantile, variance, weightedVariance } from '../../../src/core/stats/index';

describe('stats signatures', () => {
  it('options are string-literal unions and the quantile type is 1–9', () => {
    expectTypeOf(variance([1], { kind: 'population' })).toEqualTypeOf<number>();
    expectTypeOf(weightedVariance([1], [1], { kind: 'reliability' })).toEqualTypeOf<number>();
    expectTypeOf(quantile(Float64Array.of(1), 0.5, { type: 8 })).toEqualTypeOf<number>();
    // @ts-expect-error type 10 does not exist
    quantile([1], 0.5, { type: 10 });
    // @ts-expect-error unknown variance kind
    variance([1], { kind: 'unbiased' });
  });
});
