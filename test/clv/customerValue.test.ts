/**
 * customerValue: current value summed exactly in cents (0.1 + 0.2 is 0.30, a million cents add up
 * exactly), potential value from the models, total = current + potential.
 */
import { describe, expect, it } from 'vitest';
import { customerValue } from '../../src/clv/customerValue';
import { isClienteleError } from '../../src/core/errors/isClienteleError';

describe('customerValue', () => {
  it('sums past margins exactly and adds the potential value', () => {
    const result = customerValue([
      { customerId: 'a', pastMargins: [0.1, 0.2], potentialValue: 10 },
      { customerId: 'b', pastMargins: ['12.50', -0.05], potentialValue: 2.25 },
      { customerId: 'c', pastMargins: [], potentialValue: 0 },
    ]);
    expect(result.customers.map((c) => c.currentValueExact)).toEqual(['0.30', '12.45', '0.00']);
    expect(result.customers[0]).toEqual({ customerId: 'a', currentValue: 0.3, currentValueExact: '0.30', potentialValue: 10, totalValue: 10.3 });
    expect(result.totalCurrentValueExact).toBe('12.75');
    expect(result.totalPotentialValue).toBe(12.25);
    expect(result.totalValue).toBe(25);
  });

  it('stays exact over a million small amounts, and honours the currency', () => {
    const margins = new Array<number>(1_000_000).fill(0.01);
    const result = customerValue([{ customerId: 'x', pastMargins: margins, potentialValue: 0 }]);
    expect(result.totalCurrentValueExact).toBe('10000.00');
    expect(result.totalCurrentValue).toBe(10000);
    const yen = customerValue([{ customerId: 'y', pastMargins: [1500, 250], potentialValue: 1 }], { currency: 'JPY' });
    expect(yen.totalCurrentValueExact).toBe('1750');
  });

  it('rejects amounts with too many decimals', () => {
    try {
      customerValue([{ customerId: 'a', pastMargins: [0.125], potentialValue: 1 }]);
      throw new Error('did not throw');
    } catch (e) {
      expect(isClienteleError(e)).toBe(true);
      expect((e as Error).message).toMatchInlineSnapshot(`"\`customerValue\`: \`customers[0].pastMargins[0]\` must be an amount with at most 2 decimals, got 0.125"`);
    }
  });

  it('reads ids as the summaries do (42 and "42" are one id) and refuses an id that is no id (NaN was echoed)', () => {
    const r = customerValue([{ customerId: 42 as unknown as string, pastMargins: [1], potentialValue: 1 }]);
    expect(r.customers[0]!.customerId).toBe('42');
    for (const id of [Number.NaN, Number.POSITIVE_INFINITY, '  ', 1.5]) {
      try {
        customerValue([{ customerId: id as unknown as string, pastMargins: [1], potentialValue: 1 }]);
        throw new Error('did not throw');
      } catch (e) {
        expect(isClienteleError(e)).toBe(true);
        expect((e as Error).message).toContain('`customers[0].customerId` must be a non-blank string or a safe integer');
      }
    }
  });
});
