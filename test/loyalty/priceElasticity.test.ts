// Reference values: hand computations, and R 4.2.2 `lm` (printed with digits = 17) for the regressions:
//   p <- c(1, 2, 3, 4); q <- c(10, 7, 5, 2); promo <- c(0, 1, 0, 1)
//   summary(lm(log(q) ~ log(p) + promo)); confint(...)   and   lm(c(10,7,5,2,3,0) ~ c(1,2,3,4,0,5))
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isClienteleError } from '../../src/core/errors/isClienteleError';
import { priceElasticity, type PriceObservation } from '../../src/loyalty/priceElasticity';
import { deepFreeze } from '../schemas/helpers';

const withPromo: PriceObservation[] = [
  { price: 1, quantity: 10, controls: { promo: 0 } },
  { price: 2, quantity: 7, controls: { promo: 1 } },
  { price: 3, quantity: 5, controls: { promo: 0 } },
  { price: 4, quantity: 2, controls: { promo: 1 } },
  { price: 0, quantity: 3 },
  { price: 5, quantity: 0 },
];

describe('priceElasticity', () => {
  it('constant-elasticity data: log-log slope −2, arc −1.8, Lerner price', () => {
    // Q = 100 P^−2: ln Q exact in ln P. Arc 1→2: (−75/62.5)/(1/1.5) = −1.8.
    const rows = [
      { price: 1, quantity: 100 },
      { price: 2, quantity: 25 },
      { price: 4, quantity: 6.25 },
    ];
    const r = priceElasticity(rows, { marginalCost: 3 });
    expect(r.logLog!.elasticity).toBeCloseTo(-2, 12);
    expect(r.logLog!.rSquared).toBeCloseTo(1, 12);
    expect(r.arc.map((a) => a.elasticity)).toEqual([-1.8, -1.8]);
    expect(r.logLog!.profitMaximisingPrice).toBeCloseTo(6, 10); // 3·(−2)/(1 − 2)
    expect(priceElasticity(rows).logLog!.profitReason).toBe('no marginalCost given');
  });

  it('log-log with a control matches R lm, and bad rows are reported per estimate', () => {
    const r = priceElasticity(withPromo, { marginalCost: 1 });
    const L = r.logLog!;
    expect(L.n).toBe(4);
    expect(L.elasticity).toBeCloseTo(-0.9658926292303972, 12);
    expect(L.standardError).toBeCloseTo(0.53090359705314305, 12);
    expect(L.tStatistic).toBeCloseTo(-1.81933713501231398, 11);
    expect(L.intercept).toBeCloseTo(2.48658225871730476, 12);
    expect(L.controls).toHaveLength(1);
    expect(L.controls[0]!.name).toBe('promo');
    expect(L.controls[0]!.coefficient).toBeCloseTo(-0.16279496489765227, 12);
    expect(L.controls[0]!.standardError).toBeCloseTo(0.55280488239102554, 12);
    expect(L.rSquared).toBeCloseTo(0.83370838160569904, 12);
    expect(L.degreesOfFreedom).toBe(1);
    expect(L.interval.lower).toBeCloseTo(-7.7116624285592259, 8);
    expect(L.interval.upper).toBeCloseTo(5.7798771700984322, 8);
    expect(L.profitMaximisingPrice).toBeNull();
    expect(L.profitReason).toBe('needs an elasticity below -1');
    expect(r.rejected).toEqual([
      { index: 4, field: 'price', reason: 'must be > 0 for the log-log regression', value: 0, excludedFrom: 'logLog' },
      { index: 5, field: 'quantity', reason: 'must be > 0 for the log-log regression', value: 0, excludedFrom: 'logLog' },
    ]);
    // The linear fit uses all six rows: R lm gives 7.4285714285714306 − 1.1714285714285715 P.
    expect(r.n).toBe(6);
    expect(r.linear!.intercept).toBeCloseTo(7.4285714285714306, 12);
    expect(r.linear!.slope).toBeCloseTo(-1.1714285714285715, 12);
    // Point elasticity at the mean price 2.5: Q = 4.5, ε = −1.17142857·2.5/4.5.
    expect(r.linear!.pointElasticity.elasticity).toBeCloseTo((-1.1714285714285715 * 2.5) / 4.5, 12);
    expect(r.linear!.revenueMaximisingPrice).toBeCloseTo(7.4285714285714306 / (2 * 1.1714285714285715), 12);
    expect(r.conventions.controls).toEqual(['promo']);
  });

  it('a row without a listed control leaves the regression; a non-finite price leaves everything', () => {
    const r = priceElasticity([...withPromo.slice(0, 4), { price: 2.5, quantity: 6 }, { price: Number.NaN, quantity: 1 }]);
    expect(r.rejected.map((x) => [x.index, x.field, x.excludedFrom])).toEqual([
      [4, 'controls.promo', 'logLog'],
      [5, 'price', 'all'],
    ]);
    expect(r.n).toBe(5);
    expect(priceElasticity(withPromo.slice(0, 4), { controls: [] }).logLog!.controls).toEqual([]);
  });

  it('estimates that cannot be formed are null with a reason', () => {
    const r = priceElasticity([
      { price: 2, quantity: 5 },
      { price: 2, quantity: 6 },
      { price: 2, quantity: 7 },
    ]);
    expect(r.linear).toBeNull();
    expect(r.linearReason).toBe('needs at least 3 observations at 2 or more distinct prices');
    expect(r.logLog).toBeNull();
    expect(r.logLogReason).toMatch(/ln price varies/);
    expect(r.arc).toEqual([]);
    const up = priceElasticity([
      { price: 1, quantity: 1 },
      { price: 2, quantity: 2 },
      { price: 3, quantity: 3.5 },
    ]);
    expect(up.linear!.revenueMaximisingPrice).toBeNull();
    expect(up.linear!.revenueReason).toBe('needs a positive intercept and a negative slope');
  });

  it('argument errors', () => {
    expect(() => priceElasticity(null as never)).toThrow('`priceElasticity`: `observations` must be an array of rows, got null');
    expect(() => priceElasticity([], null as never)).toThrow('`options` must be an object or undefined, got null');
    expect(() => priceElasticity([{ price: 1, quantity: 1 }], { confidenceLevel: 1 })).toThrow('`options.confidenceLevel` must be in (0, 1)');
    expect(() => priceElasticity([{ price: 1, quantity: 1 }], { controls: 'promo' as never })).toThrow(
      '`options.controls` must be an array of control names',
    );
    try {
      priceElasticity([{ price: Number.NaN, quantity: 1 }]);
      expect.unreachable();
    } catch (e) {
      expect(isClienteleError(e) && e.code).toBe('EMPTY_INPUT');
    }
  });

  it('properties: row-order independence (up to rounding) and no mutation', () => {
    const obs = fc.array(
      fc.record({ price: fc.integer({ min: 1, max: 20 }), quantity: fc.integer({ min: 1, max: 100 }) }),
      { minLength: 4, maxLength: 20 },
    );
    fc.assert(
      fc.property(obs, (rows) => {
        const frozen = deepFreeze(rows.map((r) => ({ ...r })));
        const a = priceElasticity(frozen);
        const b = priceElasticity(frozen.slice().reverse());
        expect(frozen).toEqual(rows);
        expect(b.arc).toEqual(a.arc);
        if (a.logLog !== null) expect(b.logLog!.elasticity).toBeCloseTo(a.logLog.elasticity, 9);
        if (a.linear !== null) expect(b.linear!.slope).toBeCloseTo(a.linear.slope, 9);
      }),
      { numRuns: 50 },
    );
  });
});
