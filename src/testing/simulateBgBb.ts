import { InvalidArgumentError } from '../core/errors/InvalidArgumentError';
import { createRandom } from '../core/random/createRandom';
import { sampleBeta } from '../core/random/sampleBeta';
import { assertInteger } from '../core/validate/assertInteger';
import type { BgBbParams } from '../clv/bgBb/types';
import { validateBgBbParams } from '../clv/bgBb/validateBgBbParams';
import type { DiscreteCustomer } from '../clv/types';

/** Options of {@link simulateBgBb}. */
export interface BgBbSimulationOptions {
  /** Number of customers, an integer 1 to 10,000,000. */
  readonly customers: number;
  /** Calibration opportunities `n` per customer, an integer 1 to 1,000,000. */
  readonly opportunities: number;
  /** Holdout opportunities `n*` after the calibration ones, an integer 0 to 1,000,000 (default 0). */
  readonly holdoutOpportunities?: number;
  /** Seed of the random stream (same seed, same customers on every platform). */
  readonly seed: number;
}

/** One simulated BG/BB customer: the calibration history plus what happened next. */
export interface SimulatedDiscreteCustomer extends DiscreteCustomer {
  /** Purchases in the `holdoutOpportunities` after `n` (0 without a holdout). */
  readonly holdoutFrequency: number;
  /** Whether the customer is still alive at opportunity `n + 1` (the event `probabilityAlive` predicts). */
  readonly aliveAtNext: boolean;
  /** The customer's true purchase probability `p`. */
  readonly purchaseProbability: number;
  /** The customer's true dropout probability `θ`. */
  readonly dropoutProbability: number;
}

/**
 * Simulates customers from the BG/BB model: a seeded, reproducible sample of discrete-time histories
 * `(frequency, recency, n)` with holdout purchases.
 *
 * @remarks
 * Per customer, in this order of random draws: `p ~ Beta(alpha, beta)`, `θ ~ Beta(gamma, delta)`; then for
 * each opportunity `t = 1, 2, …, n + n*` while alive: one uniform for death (probability `θ`, before the
 * opportunity), one uniform for a purchase (probability `p`); after the last opportunity, one more death
 * draw gives `aliveAtNext` when the holdout is empty (Fader, Hardie & Shang 2010, §2). Recency is the index
 * of the last calibration purchase. O(customers · (n + n*)).
 *
 * @param params - `{ alpha, beta, gamma, delta }`, all finite and > 0
 * @param options - `{ customers, opportunities, holdoutOpportunities?, seed }`
 * @returns One record per customer, usable directly as `bgBb` data
 * @throws `INVALID_ARGUMENT` when a parameter or an option is invalid.
 * @example
 * ```ts
 * const data = simulateBgBb({ alpha: 1.2, beta: 0.75, gamma: 0.66, delta: 2.78 }, { customers: 2, opportunities: 6, seed: 1 });
 * data.map((c) => [c.frequency, c.recency, c.n]); // [[6, 6, 6], [3, 5, 6]]
 * ```
 * @see Fader, P. S., Hardie, B. G. S. & Shang, J. (2010). Customer-base analysis in a discrete-time
 * noncontractual setting. Marketing Science 29(6), 1086–1108. https://doi.org/10.1287/mksc.1100.0580
 */
export function simulateBgBb(params: BgBbParams, options: BgBbSimulationOptions): SimulatedDiscreteCustomer[] {
  const fn = 'simulateBgBb';
  validateBgBbParams(params, fn);
  if (options === null || typeof options !== 'object') {
    throw new InvalidArgumentError(fn, 'options', 'must be an object { customers, opportunities, seed }', options);
  }
  assertInteger(fn, 'options.customers', options.customers, 1, 10_000_000);
  assertInteger(fn, 'options.opportunities', options.opportunities, 1, 1_000_000);
  const holdout = options.holdoutOpportunities ?? 0;
  assertInteger(fn, 'options.holdoutOpportunities', holdout, 0, 1_000_000);
  if (typeof options.seed !== 'number' || !Number.isFinite(options.seed)) {
    throw new InvalidArgumentError(fn, 'options.seed', 'must be a finite number', options.seed);
  }
  const n = options.opportunities;
  const random = createRandom(options.seed);
  const out: SimulatedDiscreteCustomer[] = [];
  for (let i = 0; i < options.customers; i++) {
    const p = sampleBeta(random, params.alpha, params.beta);
    const theta = sampleBeta(random, params.gamma, params.delta);
    let x = 0;
    let tx = 0;
    let future = 0;
    let alive = true;
    let aliveAtNext = false;
    for (let t = 1; t <= n + holdout; t++) {
      if (random.next() < theta) {
        alive = false;
        break;
      }
      if (t === n + 1) aliveAtNext = true;
      if (random.next() < p) {
        if (t <= n) {
          x++;
          tx = t;
        } else {
          future++;
        }
      }
    }
    if (alive && holdout === 0) aliveAtNext = !(random.next() < theta);
    out.push({
      frequency: x,
      recency: tx,
      n,
      holdoutFrequency: future,
      aliveAtNext,
      purchaseProbability: p,
      dropoutProbability: theta,
    });
  }
  return out;
}
