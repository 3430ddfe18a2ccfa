// Exact money: sums, conversions, rounding tables, allocation.
// Rounding tables are worked by hand from the definitions of the modes (IEEE 754-2019 §4.3 for ties).
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isClienteleError } from '../../src/core/errors/index';
import {
  allocateMoney,
  currencyMinorDigits,
  fromMinorUnits,
  roundMoney,
  sumMoney,
  toMinorUnits,
} from '../../src/money/index';
import type { RoundingMode } from '../../src/money/index';

describe('sumMoney', () => {
  it('sums ten million amounts of 0.10 to exactly 1000000.00', () => {
    const amounts = new Array<number>(10_000_000).fill(0.1);
    let naive = 0;
    for (const a of amounts) naive += a;
    expect(naive).not.toBe(1_000_000); // float addition drifts (999999.9998…): the test can fail
    const result = sumMoney(amounts);
    expect(result).toEqual({ total: '1000000.00', value: 1_000_000, count: 10_000_000, minorDigits: 2 });
  });

  it('sums strings with 0, 2 and 3 minor digits', () => {
    expect(sumMoney(['1', '2', '3'], { currency: 'JPY' }).total).toBe('6');
    expect(sumMoney(['0.1', '0.2', '-0.05']).total).toBe('0.25');
    expect(sumMoney(['0.001', '0.002', '1.5'], { currency: 'KWD' }).total).toBe('1.503');
    expect(sumMoney([]).total).toBe('0.00');
  });

  it('stays exact beyond 2^53 minor units by carrying into a bigint', () => {
    const big = '40000000000000.00'; // 4e15 cents, just below 2^52
    const result = sumMoney(new Array(5).fill(big).concat(['0.01']));
    expect(result.total).toBe('200000000000000.01');
  });

  it('rejects an over-precise amount by index, or rounds it on request', () => {
    expect(() => sumMoney([1, 2, 0.105])).toThrowErrorMatchingInlineSnapshot(
      `[InvalidArgumentError: \`sumMoney\`: \`amounts[2]\` must have at most 2 decimal places, got 0.105]`,
    );
    expect(sumMoney([1, 0.105], { rounding: 'half-even' }).total).toBe('1.10');
    expect(sumMoney([1, 0.105], { rounding: 'half-up' }).total).toBe('1.11');
    expect(() => sumMoney(['12,5'])).toThrow(/amounts\[0\]` must be a decimal number/);
  });

  it('equals the bigint sum of the minor units (property)', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: -1e12, max: 1e12 })), fc.constantFrom(0, 2, 3), (cents, digits) => {
        const amounts = cents.map((c) => c / 10 ** digits);
        const expected = cents.reduce((a, c) => a + BigInt(c), 0n);
        expect(sumMoney(amounts, { minorDigits: digits }).total).toBe(fromMinorUnits(expected, { minorDigits: digits }));
      }),
    );
  });
});

describe('toMinorUnits and fromMinorUnits', () => {
  it('converts exactly in both directions', () => {
    expect(toMinorUnits(12.34)).toBe(1234);
    expect(toMinorUnits(0.29 + 0.01)).toBe(30); // 0.3 float noise is fine only when proven exact
    expect(toMinorUnits('-0.05')).toBe(-5);
    expect(toMinorUnits('1e3')).toBe(100000);
    expect(toMinorUnits('12.3400')).toBe(1234);
    expect(toMinorUnits(1500, { currency: 'JPY' })).toBe(1500);
    expect(toMinorUnits('1.234', { currency: 'TND' })).toBe(1234);
    expect(fromMinorUnits(1234)).toBe('12.34');
    expect(fromMinorUnits(-5)).toBe('-0.05');
    expect(fromMinorUnits(7, { minorDigits: 3 })).toBe('0.007');
    expect(fromMinorUnits(1500, { currency: 'JPY' })).toBe('1500');
    expect(fromMinorUnits(123456789012345678901n)).toBe('1234567890123456789.01');
  });

  it('round-trips every cent amount (property)', () => {
    fc.assert(
      fc.property(fc.integer({ min: -(2 ** 51), max: 2 ** 51 }), fc.constantFrom(0, 2, 3), (minor, digits) => {
        const text = fromMinorUnits(minor, { minorDigits: digits });
        expect(toMinorUnits(text, { minorDigits: digits })).toBe(minor);
        expect(toMinorUnits(Number(text), { minorDigits: digits })).toBe(minor);
      }),
    );
  });

  it('refuses to round silently and names the problem', () => {
    expect(() => toMinorUnits(0.105)).toThrow('`toMinorUnits`: `amount` must have at most 2 decimal places, got 0.105');
    expect(() => toMinorUnits(1.5, { currency: 'JPY' })).toThrow(/at most 0 decimal places/);
    expect(() => toMinorUnits(Number.NaN)).toThrow(/must be a finite number/);
    expect(() => toMinorUnits(1e20)).toThrow(/below 2\^52/);
    expect(toMinorUnits(0.105, { rounding: 'half-up' })).toBe(11);
    expect(toMinorUnits(0.125, { rounding: 'half-even' })).toBe(12);
  });

  it('validates currency and minor digits', () => {
    expect(currencyMinorDigits('USD')).toBe(2);
    expect(currencyMinorDigits('eur')).toBe(2);
    expect(currencyMinorDigits('CNY')).toBe(2);
    expect(currencyMinorDigits('JPY')).toBe(0);
    expect(currencyMinorDigits('KWD')).toBe(3);
    expect(currencyMinorDigits('BHD')).toBe(3);
    expect(currencyMinorDigits('TND')).toBe(3);
    expect(() => currencyMinorDigits('XYZ')).toThrowErrorMatchingInlineSnapshot(
      `[InvalidArgumentError: \`currencyMinorDigits\`: \`currency\` must be a known ISO 4217 currency code, got "XYZ"]`,
    );
    expect(() => toMinorUnits(1, { currency: 'JPY', minorDigits: 2 })).toThrow(/must agree with currency JPY/);
    expect(() => toMinorUnits(1, { minorDigits: 16 })).toThrow(/must be an integer 0-15/);
    try {
      fromMinorUnits(1.5);
    } catch (e) {
      expect(isClienteleError(e)).toBe(true);
    }
    expect(() => fromMinorUnits(1.5)).toThrow(/must be a safe integer or a bigint/);
  });
});

describe('roundMoney', () => {
  // value → [half-even, half-up] to 2 decimals
  const table: [string, string, string][] = [
    ['2.345', '2.34', '2.35'],
    ['2.355', '2.36', '2.36'],
    ['2.344', '2.34', '2.34'],
    ['2.346', '2.35', '2.35'],
    ['-2.345', '-2.34', '-2.35'],
    ['-2.355', '-2.36', '-2.36'],
    ['0.005', '0.00', '0.01'],
    ['-0.005', '0.00', '-0.01'],
    ['0.015', '0.02', '0.02'],
    ['1.0050', '1.00', '1.01'],
    ['7', '7.00', '7.00'],
  ];
  it.each(table)('%s → %s (half-even), %s (half-up)', (value, even, up) => {
    expect(roundMoney(value)).toBe(even);
    expect(roundMoney(value, { mode: 'half-even' })).toBe(even);
    expect(roundMoney(value, { mode: 'half-up' })).toBe(up);
    expect(roundMoney(Number(value), { mode: 'half-up' })).toBe(up);
  });

  it('rounds to 0 and 3 minor digits', () => {
    expect(roundMoney(2.5, { currency: 'JPY' })).toBe('2');
    expect(roundMoney(3.5, { currency: 'JPY' })).toBe('4');
    expect(roundMoney(-2.5, { currency: 'JPY', mode: 'half-up' })).toBe('-3');
    expect(roundMoney('1.2345', { currency: 'KWD' })).toBe('1.234');
    expect(roundMoney('1.2345', { currency: 'KWD', mode: 'half-up' })).toBe('1.235');
    expect(roundMoney('-1.2355', { minorDigits: 3 })).toBe('-1.236');
  });

  it('rounds the decimal a number prints as, unlike toFixed', () => {
    expect((2.675).toFixed(2)).toBe('2.67');
    expect(roundMoney(2.675, { mode: 'half-up' })).toBe('2.68');
    expect(roundMoney(1.005, { mode: 'half-up' })).toBe('1.01');
  });

  it('has the directed modes', () => {
    const modes: [RoundingMode, string, string][] = [
      ['up', '2.35', '-2.35'],
      ['down', '2.34', '-2.34'],
      ['ceiling', '2.35', '-2.34'],
      ['floor', '2.34', '-2.35'],
      ['half-down', '2.34', '-2.34'],
    ];
    for (const [mode, pos, neg] of modes) {
      expect(roundMoney('2.345', { mode })).toBe(pos);
      expect(roundMoney('-2.345', { mode })).toBe(neg);
    }
  });

  it('rejects bad input', () => {
    expect(() => roundMoney('abc')).toThrow(/must be a finite number or a decimal string/);
    expect(() => roundMoney(Number.POSITIVE_INFINITY)).toThrow(/must be a finite number/);
    expect(() => roundMoney(1, { mode: 'nearest' as RoundingMode })).toThrow(/must be a rounding mode/);
  });
});

describe('allocateMoney', () => {
  it('splits exactly with the largest remainders', () => {
    expect(allocateMoney(100, [1, 1, 1])).toEqual(['33.34', '33.33', '33.33']);
    expect(allocateMoney('0.05', [0.3, 0.7])).toEqual(['0.02', '0.03']);
    expect(allocateMoney(-10, [1, 2], { currency: 'JPY' })).toEqual(['-3', '-7']);
    expect(allocateMoney('1.000', [0, 1, 2], { currency: 'KWD' })).toEqual(['0.000', '0.333', '0.667']);
  });

  it('parts always add up to the total (property)', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: -1e9, max: 1e9 }),
        fc.array(fc.integer({ min: 0, max: 1000 }), { minLength: 1, maxLength: 20 }).filter((w) => w.some((x) => x > 0)),
        (cents, weights) => {
          const parts = allocateMoney(fromMinorUnits(cents), weights);
          expect(sumMoney(parts).total).toBe(fromMinorUnits(cents));
          const total = weights.reduce((a, b) => a + b, 0);
          parts.forEach((p, i) => {
            expect(Math.abs(toMinorUnits(p) - (cents * (weights[i] as number)) / total)).toBeLessThan(1);
          });
        },
      ),
    );
  });

  it('rejects bad weights', () => {
    expect(() => allocateMoney(1, [])).toThrow(/must not be empty|EMPTY|empty/i);
    expect(() => allocateMoney(1, [0, 0])).toThrow(/must have a positive sum/);
    expect(() => allocateMoney(1, [1, -1])).toThrow(/`weights\[1\]` must be a finite number ≥ 0/);
    expect(() => allocateMoney(1.001, [1])).toThrow(/at most 2 decimal places/);
  });
});
