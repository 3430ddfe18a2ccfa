// Hand-computed values of the margin multiple CLV = m·r/(1 + d − r) (Gupta & Lehmann 2003), worked in the
// comments; the relative change and the gain are also checked against CLV(r + Δ)/CLV(r) − 1 computed
// from retentionLifetimeValue of clientele/clv.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { retentionLifetimeValue } from '../../src/clv/retentionLifetimeValue';
import { isClienteleError } from '../../src/core/errors/isClienteleError';
import { retentionEconomics } from '../../src/loyalty/retentionEconomics';
import { errorOf } from '../hardening/errorOf';

describe('retentionEconomics', () => {
  it('five points more retention: 100·0.8/0.3 = 266.67 → 100·0.85/0.25 = 340, +27.5 %', () => {
    const e = retentionEconomics({ margin: 100, retentionRate: 0.8, retentionChange: 0.05, discountRate: 0.1, acquisitionCost: 200, retentionCost: 20 });
    expect(e.lifetimeValue).toBeCloseTo(800 / 3, 12);
    expect(e.changedLifetimeValue).toBeCloseTo(340, 12);
    expect(e.lifetimeValueChange).toBeCloseTo(340 - 800 / 3, 12);
    expect(e.relativeChange).toBeCloseTo(0.275, 14);
    expect(e.expectedLifetime).toBeCloseTo(5, 14);
    expect(e.changedExpectedLifetime).toBeCloseTo(1 / 0.15, 13);
    // Acquisition: 266.67 per 200 spent = 1.333 per unit; retention: 73.33 per 20 = 3.667 per unit.
    const c = e.comparison!;
    expect(c.acquisition).toMatchObject({ costPerCustomer: 200, netValuePerCustomer: expect.closeTo(800 / 3 - 200, 10) });
    expect(c.acquisition.valuePerMoneyUnit).toBeCloseTo(4 / 3, 12);
    expect(c.retention.valuePerMoneyUnit).toBeCloseTo((340 - 800 / 3) / 20, 12);
    expect(c.retention.netValuePerCustomer).toBeCloseTo(340 - 800 / 3 - 20, 10);
    expect(c.preferred).toBe('retention');
    // Break-even: 73.33 · 200 / 266.67 = 55.
    expect(c.breakEvenRetentionCost).toBeCloseTo(55, 12);
    expect(e.reasons).toEqual([]);
    expect(e.settings).toEqual({
      margin: 100, retentionRate: 0.8, retentionChange: 0.05, discountRate: 0.1, acquisitionCost: 200, retentionCost: 20,
      includeCurrentMargin: false, formula: 'CLV = m r/(1 + d - r)',
    });
  });

  it('at the break-even retention cost the two are equal; above it acquisition wins', () => {
    const base = { margin: 90, retentionRate: 0.5, retentionChange: 0.25, discountRate: 0 } as const;
    // CLV(0.5) = 90·0.5/0.5 = 90; CLV(0.75) = 90·0.75/0.25 = 270; gain 180; break-even 180·30/90 = 60.
    const at = retentionEconomics({ ...base, acquisitionCost: 30, retentionCost: 60 });
    expect(at.comparison?.breakEvenRetentionCost).toBe(60);
    expect(at.comparison?.preferred).toBe('equal');
    expect(retentionEconomics({ ...base, acquisitionCost: 30, retentionCost: 61 }).comparison?.preferred).toBe('acquisition');
  });

  it('with the current margin: CLV = m(1 + d)/(1 + d − r), relative change Δ/(1 + d − r − Δ)', () => {
    const e = retentionEconomics({ margin: 100, retentionRate: 0.8, retentionChange: 0.05, discountRate: 0.1, includeCurrentMargin: true });
    expect(e.lifetimeValue).toBeCloseTo(110 / 0.3, 11);
    expect(e.changedLifetimeValue).toBeCloseTo(440, 11);
    expect(e.relativeChange).toBeCloseTo(0.2, 14);
    expect(e.comparison).toBeNull();
    expect(e.reasons).toEqual(['the comparison needs both acquisitionCost and retentionCost']);
    expect(e.settings.formula).toBe('CLV = m(1 + d)/(1 + d - r)');
  });

  it('edge cases: r = 0, a fall in retention, r + Δ = 1 with discounting, zero costs', () => {
    const zero = retentionEconomics({ margin: 10, retentionRate: 0, retentionChange: 0.5, discountRate: 0.1, acquisitionCost: 0, retentionCost: 5 });
    expect(zero.lifetimeValue).toBe(0);
    expect(zero.relativeChange).toBeNull();
    expect(zero.expectedLifetime).toBe(1);
    expect(zero.comparison?.acquisition.valuePerMoneyUnit).toBeNull();
    expect(zero.comparison?.preferred).toBeNull();
    expect(zero.comparison?.breakEvenRetentionCost).toBeNull();
    expect(zero.reasons).toHaveLength(3);
    const fall = retentionEconomics({ margin: 100, retentionRate: 0.8, retentionChange: -0.1, discountRate: 0.1 });
    expect(fall.changedLifetimeValue).toBeCloseTo(70 / 0.4, 11);
    expect(fall.relativeChange).toBeCloseTo(175 / (800 / 3) - 1, 13);
    const full = retentionEconomics({ margin: 100, retentionRate: 0.9, retentionChange: 0.1, discountRate: 0.25 });
    expect(full.changedLifetimeValue).toBeCloseTo(400, 11);
    expect(full.changedExpectedLifetime).toBeNull();
    expect(full.reasons).toContain('the changed expected lifetime is infinite at retentionRate + retentionChange = 1');
  });

  it('agrees with retentionLifetimeValue and rises with retention (property)', () => {
    fc.assert(
      fc.property(
        fc.double({ min: 0.01, max: 0.98, noNaN: true }),
        fc.double({ min: -0.009, max: 0.01, noNaN: true }),
        fc.double({ min: 0, max: 0.5, noNaN: true }),
        fc.boolean(),
        (r, delta, d, current) => {
          const options = { margin: 50, retentionRate: r, retentionChange: delta, discountRate: d, includeCurrentMargin: current };
          const e = retentionEconomics(options);
          const before = retentionLifetimeValue({ margin: 50, retentionRate: r, discountRate: d, includeCurrentMargin: current });
          const after = retentionLifetimeValue({ margin: 50, retentionRate: r + delta, discountRate: d, includeCurrentMargin: current });
          expect(e.lifetimeValue).toBe(before);
          expect(Math.abs(e.lifetimeValueChange - (after - before))).toBeLessThanOrEqual(1e-9 * Math.max(1, after));
          expect(Math.abs((e.relativeChange as number) - (after / before - 1))).toBeLessThanOrEqual(1e-9);
          expect(Math.sign(e.lifetimeValueChange)).toBe(Math.sign(delta));
        },
      ),
      { numRuns: 100 },
    );
  });

  it('throws on bad options', () => {
    const message = (options: unknown) => {
      try {
        retentionEconomics(options as never);
      } catch (e) {
        return isClienteleError(e) ? `${e.code}: ${e.message}` : 'other';
      }
      return 'none';
    };
    const ok = { margin: 100, retentionRate: 0.8, retentionChange: 0.05, discountRate: 0.1 };
    expect(message(null)).toBe('INVALID_ARGUMENT: `retentionEconomics`: `options` must be an object, got null');
    expect(message({ ...ok, margin: '100' })).toBe('INVALID_ARGUMENT: `retentionEconomics`: `options.margin` must be a finite number, got "100"');
    expect(message({ ...ok, retentionRate: 1.2 })).toMatch(/`options.retentionRate` must be a number from 0 to 1, got 1.2/);
    expect(message({ ...ok, retentionChange: 0.3 })).toMatch(/`options.retentionChange` must be a finite number with retentionRate \+ retentionChange in \[0, 1\] \(retentionRate 0.8\), got 0.3/);
    expect(message({ ...ok, retentionChange: undefined })).toMatch(/^INVALID_ARGUMENT: .*retentionChange/);
    expect(message({ ...ok, discountRate: -0.1 })).toMatch(/`options.discountRate`/);
    expect(message({ ...ok, acquisitionCost: -1 })).toMatch(/`options.acquisitionCost` must be a finite number at least 0, got -1/);
    expect(message({ ...ok, retentionCost: Number.NaN })).toMatch(/`options.retentionCost`/);
    expect(message({ ...ok, includeCurrentMargin: 'yes' })).toMatch(/`options.includeCurrentMargin` must be a boolean/);
    expect(message({ ...ok, retentionRate: 0.9, retentionChange: 0.1, discountRate: 0 })).toMatch(/^UNDEFINED_RESULT: `retentionEconomics`: undefined result: the lifetime value is infinite/);
  });

  it('answers finite numbers or names the option at the edge of float64 (issue 12: Infinity and NaN came out)', () => {
    const ok = { margin: 100, retentionRate: 0.8, retentionChange: 0.05, discountRate: 0.1, acquisitionCost: 200, retentionCost: 20 };
    const refused = (options: object, argument: string) => {
      const e = errorOf(() => retentionEconomics({ ...ok, ...options }));
      expect([e.code, e.fn, e.argument]).toEqual(['INVALID_ARGUMENT', 'retentionEconomics', argument]);
      expect(e.message).toMatch(/in larger (money )?units/);
    };
    refused({ margin: 1e308 }, 'options.margin'); // CLV = 1e308 · 0.8/0.3 (was Infinity)
    refused({ retentionCost: 5e-324 }, 'options.retentionCost'); // value per money unit 73.3/5e-324
    // d = 1e308: CLV(r) = 8e-307, CLV(r + Δ) = 8.5e-307, their difference 5e-308 (was NaN).
    const far = retentionEconomics({ ...ok, discountRate: 1e308 });
    expect(far.lifetimeValueChange).toBeCloseTo(5e-308, 320);
    expect(Math.abs(far.lifetimeValueChange / (far.changedLifetimeValue - far.lifetimeValue) - 1)).toBeLessThan(1e-12);
    expect(far.comparison!.retention.valuePerCustomer).toBe(far.lifetimeValueChange);
    // acquisitionCost = 1e308: break-even = 0.275 · 1e308 (was Infinity).
    const costly = retentionEconomics({ ...ok, acquisitionCost: 1e308 });
    expect(Math.abs(costly.comparison!.breakEvenRetentionCost! / 2.75e307 - 1)).toBeLessThan(1e-14);
    expect(costly.comparison!.preferred).toBe('retention');
    // A retention rate near 5e-324: the relative change passes 1.8e308 and is null, with the reason.
    const tiny = retentionEconomics({ ...ok, retentionRate: 1e-310 });
    expect(tiny.relativeChange).toBeNull();
    expect(tiny.comparison!.breakEvenRetentionCost).toBeNull();
    expect(tiny.reasons.filter((r) => r.includes('passes 1.8e308'))).toHaveLength(2);
    // Break-even 6.6 · 1e308: null, with the reason.
    const over = retentionEconomics({ ...ok, retentionRate: 0.5, retentionChange: 0.45, acquisitionCost: 1e308 });
    expect(over.comparison!.breakEvenRetentionCost).toBeNull();
    expect(over.relativeChange).toBeCloseTo(6.6, 12);
  });
});
