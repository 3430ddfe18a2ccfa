import { vanWestendorp } from 'clientele/loyalty';
import type { VanWestendorpResponse } from 'clientele/loyalty';
import { lcg } from './data';
import type { Benchmark } from './types';

const N = 100_000;

/** 100,000 respondents: prices in cents around 5 / 8 / 12 / 16, purchase likelihoods 1-5, a few intransitive. */
function survey(): VanWestendorpResponse[] {
  const u = lcg(11);
  const cents = (mean: number, spread: number) => Math.round(100 * (mean + spread * (u() + u() + u() - 1.5))) / 100;
  const rows: VanWestendorpResponse[] = [];
  for (let i = 0; i < N; i++) {
    rows.push({
      respondentId: `r${String(i).padStart(6, '0')}`,
      tooCheap: cents(5, 2),
      cheap: cents(8, 2.5),
      expensive: cents(12, 3),
      tooExpensive: cents(16, 3),
      likelihoodAtCheap: 1 + Math.floor(u() * 5),
      likelihoodAtExpensive: 1 + Math.floor(u() * 5),
    });
  }
  return rows;
}

export const benchmarks: Benchmark[] = [
  {
    name: 'van-westendorp-100k',
    what: 'Van Westendorp curves, four price points and Newton-Miller-Smith reach/revenue of 100k respondents',
    targetMs: 500,
    repeats: 5,
    setup: () => {
      const rows = survey();
      return () => {
        const r = vanWestendorp(rows);
        return `n ${r.n}, invalid ${r.invalid.length}, OPP ${r.pricePoints.opp.price?.toFixed(2)}, revenue-optimal ${r.newtonMillerSmith?.optimalRevenue.price}`;
      };
    },
  },
];
