import { InvalidArgumentError } from '../core/errors/InvalidArgumentError';
import { createRandom } from '../core/random/createRandom';
import type { Random } from '../core/random/types';
import { sampleNormal } from '../core/random/sampleNormal';
import { assertInteger } from '../core/validate/assertInteger';
import { assertPositive } from '../core/validate/assertPositive';

/** Options of {@link simulatePriceSurvey}. */
export interface PriceSurveySimulationOptions {
  /** Number of respondents, an integer 1 to 10,000,000. */
  readonly respondents: number;
  /** Seed of the random stream (same seed, same survey on every platform). */
  readonly seed: number;
  /** Median reference price of the respondents, > 0 and at most 1e12, in currency units. */
  readonly referencePrice: number;
  /** Standard deviation of the log reference price across respondents, ≥ 0 (default 0.25). */
  readonly dispersion?: number;
  /**
   * Log distances of the four answers from a respondent's reference price (too cheap, cheap, expensive,
   * too expensive), increasing (default `[-0.5, -0.2, 0.2, 0.5]`).
   */
  readonly offsets?: readonly [number, number, number, number];
  /** Standard deviation of each answer's own log noise, ≥ 0 (default 0.06). */
  readonly answerNoise?: number;
  /** Answers are rounded to a multiple of this, > 0 (default 0.5): respondents name round prices. */
  readonly rounding?: number;
  /** Share of respondents who swap their "cheap" and "expensive" answers, in [0, 1] (default 0.04). */
  readonly inconsistentShare?: number;
}

/** One simulated Van Westendorp respondent with the Newton–Miller–Smith purchase-likelihood answers. */
export interface SimulatedPriceResponse {
  /** `'R0001'`, … */
  readonly respondentId: string;
  /** Price at which the product is so cheap that its quality is doubted. */
  readonly tooCheap: number;
  /** Price that is a bargain. */
  readonly cheap: number;
  /** Price that is getting expensive. */
  readonly expensive: number;
  /** Price at which the respondent would not consider buying. */
  readonly tooExpensive: number;
  /** Likelihood of buying at the respondent's "cheap" price, 1 (not at all) to 5 (certainly). */
  readonly likelihoodAtCheap: number;
  /** Likelihood of buying at the respondent's "expensive" price, 1 to 5. */
  readonly likelihoodAtExpensive: number;
}

/** Result of {@link simulatePriceSurvey}. */
export interface SimulatedPriceSurvey {
  /** The answers, one row per respondent, in id order. */
  readonly responses: SimulatedPriceResponse[];
  /** The truth: each respondent's reference price and whether the answers are strictly ordered. */
  readonly truth: { readonly respondentId: string; readonly referencePrice: number; readonly consistent: boolean }[];
}

/** Checks the options and fills in the defaults. @internal */
function resolve(options: PriceSurveySimulationOptions) {
  const fn = 'simulatePriceSurvey';
  if (typeof options !== 'object' || options === null) throw new InvalidArgumentError(fn, 'options', 'must be an object', options);
  assertInteger(fn, 'options.respondents', options.respondents, 1, 10_000_000);
  assertInteger(fn, 'options.seed', options.seed);
  assertPositive(fn, 'options.referencePrice', options.referencePrice);
  if (options.referencePrice > 1e12) {
    throw new InvalidArgumentError(fn, 'options.referencePrice', 'must be at most 1e12 (answers are drawn around it and must stay finite)', options.referencePrice);
  }
  const nonNegative = (name: string, v: unknown, fallback: number) => {
    const x = v ?? fallback;
    if (typeof x !== 'number' || !Number.isFinite(x) || x < 0) throw new InvalidArgumentError(fn, `options.${name}`, 'must be a finite number ≥ 0', v);
    return x;
  };
  const offsets = options.offsets ?? [-0.5, -0.2, 0.2, 0.5];
  if (!Array.isArray(offsets) || offsets.length !== 4 || offsets.some((o, k) => !Number.isFinite(o) || (k > 0 && o <= (offsets[k - 1] as number)))) {
    throw new InvalidArgumentError(fn, 'options.offsets', 'must be four increasing finite numbers', options.offsets);
  }
  const rounding = options.rounding ?? 0.5;
  assertPositive(fn, 'options.rounding', rounding);
  const inconsistentShare = nonNegative('inconsistentShare', options.inconsistentShare, 0.04);
  if (inconsistentShare > 1) throw new InvalidArgumentError(fn, 'options.inconsistentShare', 'must be in [0, 1]', inconsistentShare);
  return {
    n: options.respondents,
    seed: options.seed,
    median: options.referencePrice,
    dispersion: nonNegative('dispersion', options.dispersion, 0.25),
    offsets,
    noise: nonNegative('answerNoise', options.answerNoise, 0.06),
    rounding,
    inconsistentShare,
  };
}

/** A 1–5 purchase likelihood at `price` for reference price `ref`: near 5 well below it, near 1 well above. @internal */
function likelihoodAt(random: Random, price: number, ref: number): number {
  const latent = 3 + 2 * Math.tanh(4 * Math.log(ref / price)) + sampleNormal(random, 0, 0.7);
  return Math.min(5, Math.max(1, Math.round(latent)));
}

/**
 * A seeded Van Westendorp price survey with the Newton–Miller–Smith purchase-likelihood questions: each
 * respondent's four answers lie around a personal reference price, rounded as people answer, with a chosen
 * share of inconsistent respondents.
 *
 * @remarks
 * Respondent `i` has a reference price `R_i = median · exp(σ Z_i)`; answer `k` (too cheap, cheap,
 * expensive, too expensive) is `R_i · exp(o_k + τ E_ik)`, rounded to the nearest multiple of `rounding`
 * (at least one multiple), with `Z, E` standard normal. A share of respondents swaps "cheap" and
 * "expensive" (a common answering error that validation must catch); the truth says which respondents
 * are strictly ordered. Purchase likelihoods (1–5) fall with the price relative to `R_i`:
 * `round(3 + 2 tanh(4 ln(R_i/p)) + N(0, 0.7²))`, clamped. Draws per respondent, in order: `Z`, four `E`,
 * one uniform for the swap, two normals for the likelihoods. O(n).
 *
 * @param options - Respondents, seed, median reference price and the shape options.
 * @returns The responses (in the shape `vanWestendorp` of `clientele/loyalty` reads) and the truth.
 * @throws `INVALID_ARGUMENT` for a count that is not an integer 1–10,000,000, a non-integer seed, a
 *   reference price or rounding that is not > 0, offsets that are not four increasing numbers, or a share
 *   outside [0, 1].
 * @example
 * ```ts
 * const { responses, truth } = simulatePriceSurvey({ respondents: 3, seed: 7, referencePrice: 40 });
 * responses.length; // 3
 * truth.every((t) => t.referencePrice > 0); // true
 * ```
 * @see van Westendorp, P. H. (1976). NSS price sensitivity meter (PSM): A new approach to study consumer
 * perception of prices. Proceedings of the 29th ESOMAR Congress, 139–167.
 */
export function simulatePriceSurvey(options: PriceSurveySimulationOptions): SimulatedPriceSurvey {
  const o = resolve(options);
  const random = createRandom(o.seed);
  const width = String(o.n).length;
  const round = (x: number) => Math.max(o.rounding, Math.round(x / o.rounding) * o.rounding);
  const responses: SimulatedPriceResponse[] = [];
  const truth: SimulatedPriceSurvey['truth'] = [];
  for (let i = 0; i < o.n; i++) {
    const respondentId = `R${String(i + 1).padStart(Math.max(4, width), '0')}`;
    const ref = o.median * Math.exp(o.dispersion * sampleNormal(random, 0, 1));
    const a = o.offsets.map((off) => round(ref * Math.exp(off + o.noise * sampleNormal(random, 0, 1))));
    if (random.next() < o.inconsistentShare) [a[1], a[2]] = [a[2] as number, a[1] as number];
    const [tooCheap, cheap, expensive, tooExpensive] = a as [number, number, number, number];
    responses.push({
      respondentId,
      tooCheap,
      cheap,
      expensive,
      tooExpensive,
      likelihoodAtCheap: likelihoodAt(random, cheap, ref),
      likelihoodAtExpensive: likelihoodAt(random, expensive, ref),
    });
    truth.push({ respondentId, referencePrice: ref, consistent: tooCheap < cheap && cheap < expensive && expensive < tooExpensive });
  }
  return { responses, truth };
}
