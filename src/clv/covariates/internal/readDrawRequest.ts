import { InvalidArgumentError } from '../../../core/errors/InvalidArgumentError';

/** Customers × draws whose draws are kept (4 quantities of 8 bytes each: 128 MB). @internal */
export const KEPT_DRAWS = 4_000_000;
/** Draws when none are asked for: each draw is a whole score, so fewer than `scoreCustomers`' 1,000. @internal */
const DEFAULT_DRAWS = 200;

/** An intervals request of a covariate score, checked. @internal */
export interface DrawRequest {
  readonly level: number;
  readonly draws: number;
  readonly seed: number;
  readonly policy: 'throw' | 'hold';
}

/**
 * Reads `{ level, draws, seed, method, notIdentified }` at `at` for a covariate score of `customers`
 * customers: level in (0, 1) (default 0.9), draws an integer from 2 to `min(100,000, 4M / customers)`
 * (default 200), a finite seed (default 1), `method` only `'parameters'`, and the policy for parameters
 * the fit does not identify (`'throw'` or `'hold'`). @internal
 */
export function readDrawRequest(fn: string, at: string, request: unknown, customers: number): DrawRequest {
  if (request === null || typeof request !== 'object') throw new InvalidArgumentError(fn, at, 'must be an object { level, draws, seed }', request);
  const r = request as { level?: unknown; draws?: unknown; seed?: unknown; method?: unknown; notIdentified?: unknown };
  const level = r.level ?? 0.9;
  if (typeof level !== 'number' || !(level > 0 && level < 1)) throw new InvalidArgumentError(fn, `${at}.level`, 'must be a number strictly between 0 and 1', level);
  if ((r.method ?? 'parameters') !== 'parameters') {
    throw new InvalidArgumentError(fn, `${at}.method`, "must be 'parameters' for a covariate fit (the bootstrap would refit the covariate model per draw: fit resampled customers yourself for it)", r.method);
  }
  const most = Math.max(2, Math.min(100_000, Math.floor(KEPT_DRAWS / Math.max(1, customers))));
  const draws = r.draws ?? Math.min(DEFAULT_DRAWS, most);
  if (typeof draws !== 'number' || !Number.isInteger(draws) || draws < 2 || draws > most) {
    throw new InvalidArgumentError(fn, `${at}.draws`, `must be an integer from 2 to ${most.toLocaleString('en-US')} for ${customers.toLocaleString('en-US')} customers (every customer's draws are kept: score fewer customers at a time for more)`, draws);
  }
  const seed = r.seed ?? 1;
  if (typeof seed !== 'number' || !Number.isFinite(seed)) throw new InvalidArgumentError(fn, `${at}.seed`, 'must be a finite number', seed);
  const policy = r.notIdentified ?? 'throw';
  if (policy !== 'throw' && policy !== 'hold') throw new InvalidArgumentError(fn, `${at}.notIdentified`, "must be 'throw' or 'hold'", policy);
  return { level, draws, seed, policy };
}
