import { readIntervalRequest, type CheckedIntervalRequest } from '../../internal/intervals/readIntervalRequest';

/** Customers × draws whose draws are kept (4 quantities of 8 bytes each: 128 MB). @internal */
export const KEPT_DRAWS = 4_000_000;
/** Draws when none are asked for: each draw is a whole score, so fewer than `scoreCustomers`' 1,000. @internal */
const DEFAULT_DRAWS = 200;
/** Refits when none are asked for: each is a whole fit and a whole score. @internal */
const DEFAULT_REFITS = 100;

/**
 * Reads `{ level, draws, seed, method, notIdentified }` at `at` for a covariate score of `customers`
 * customers, as `readIntervalRequest` does but with the limits of a whole score per draw: draws from 2
 * to `min(100,000, 4M / customers)` (default 200 parameter draws or 100 bootstrap refits, or that
 * limit). @internal
 */
export function readDrawRequest(fn: string, at: string, request: unknown, customers: number): CheckedIntervalRequest {
  const most = Math.max(2, Math.min(100_000, Math.floor(KEPT_DRAWS / Math.max(1, customers))));
  return readIntervalRequest(fn, at, request, ['parameters', 'bootstrap'], {
    defaultDraws: (method) => Math.min(method === 'parameters' ? DEFAULT_DRAWS : DEFAULT_REFITS, most),
    maxDraws: most,
    drawsNote: `for ${customers.toLocaleString('en-US')} customers (every customer's draws are kept: score fewer customers at a time for more)`,
  });
}
