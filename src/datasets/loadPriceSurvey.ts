import { simulatePriceSurvey, type SimulatedPriceResponse } from '../testing/simulatePriceSurvey';

/**
 * An example Van Westendorp price survey of 400 respondents (with the Newton–Miller–Smith purchase
 * likelihoods), for the demo, the guides and tests: synthetic, generated on load by a fixed seed.
 *
 * @remarks
 * There is no public price survey with a licence that allows bundling, so this one is simulated by
 * `simulatePriceSurvey` of `clientele/testing` with `{ respondents: 400, seed: 2026, referencePrice: 40 }`
 * (median reference price 40 currency units, about 4 % of respondents swapping "cheap" and "expensive"):
 * the same rows on every platform. Each call returns fresh objects. O(respondents).
 *
 * @returns 400 responses `{ respondentId, tooCheap, cheap, expensive, tooExpensive, likelihoodAtCheap,
 *   likelihoodAtExpensive }`.
 * @example
 * ```ts
 * const rows = loadPriceSurvey();
 * rows.length; // 400
 * rows[0]; // { respondentId: 'R0001', tooCheap: 22.5, cheap: 30.5, expensive: 51, tooExpensive: 64.5, likelihoodAtCheap: 5, likelihoodAtExpensive: 1 }
 * ```
 * @see van Westendorp, P. H. (1976). NSS price sensitivity meter (PSM): A new approach to study consumer
 * perception of prices. Proceedings of the 29th ESOMAR Congress, 139–167.
 */
export function loadPriceSurvey(): SimulatedPriceResponse[] {
  return simulatePriceSurvey({ respondents: 400, seed: 2026, referencePrice: 40 }).responses;
}
