// The @example blocks of vanWestendorp, gaborGranger and priceElasticity, checked value by value.
import { describe, expect, it } from 'vitest';
import { gaborGranger } from '../../src/loyalty/gaborGranger';
import { priceElasticity } from '../../src/loyalty/priceElasticity';
import { vanWestendorp } from '../../src/loyalty/vanWestendorp';

describe('price-sensitivity doc examples', () => {
  it('vanWestendorp', () => {
    const r = vanWestendorp([
      { respondentId: 'a', tooCheap: 2, cheap: 4, expensive: 6, tooExpensive: 8 },
      { respondentId: 'b', tooCheap: 3, cheap: 5, expensive: 7, tooExpensive: 9 },
      { respondentId: 'c', tooCheap: 4, cheap: 3, expensive: 8, tooExpensive: 10 },
    ]);
    expect(r.n).toBe(2);
    expect(r.invalid[0]!.inequality).toBe('tooCheap < cheap');
    expect(r.pricePoints.ipp.price).toBe(5);
    expect(r.acceptableRange).toEqual({ lower: 3, upper: 7, definition: 'original' });
    expect(r.pricePoints.opp.candidates).toEqual([3, 7]);
  });
  it('gaborGranger', () => {
    const r = gaborGranger(
      [{ respondentId: 'a', maxPrice: 10 }, { respondentId: 'b', maxPrice: 20 }, { respondentId: 'c', maxPrice: null }],
      { prices: [10, 20, 30], unitCost: 5 },
    );
    expect(r.curve.map((c) => c.demand)).toEqual([0.6666666666666666, 0.3333333333333333, 0]);
    expect(r.optimalRevenue).toEqual({ price: 10, revenue: 6.666666666666666, demand: 0.6666666666666666 });
    expect(r.optimalProfit.price).toBe(20);
    expect(r.curve[0]!.arcElasticityToNext).toBe(-1);
  });
  it('priceElasticity', () => {
    const r = priceElasticity([
      { price: 1, quantity: 100 },
      { price: 2, quantity: 25 },
      { price: 4, quantity: 6.25 },
    ]);
    expect(r.logLog?.elasticity).toBe(-2);
    expect(r.arc[0]!.elasticity).toBe(-1.8);
  });
});
