// Type tests of the money API.
import { describe, expectTypeOf, it } from 'vitest';
import { fromMinorUnits, roundMoney, sumMoney, toMinorUnits } from '../../src/money/index';
import type { MoneyTotal, RoundingMode } from '../../src/money/index';

describe('money types', () => {
  it('has plain, serialisable results', () => {
    expectTypeOf(sumMoney([1, '2'])).toEqualTypeOf<MoneyTotal>();
    expectTypeOf(toMinorUnits('1.00')).toEqualTypeOf<number>();
    expectTypeOf(fromMinorUnits(1n)).toEqualTypeOf<string>();
    expectTypeOf(roundMoney(1, { mode: 'half-up' })).toEqualTypeOf<string>();
    expectTypeOf<'half-even'>().toExtend<RoundingMode>();
    // @ts-expect-error: not a rounding mode
    roundMoney(1, { mode: 'nearest' });
  });
});
