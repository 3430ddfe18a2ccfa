import { InvalidArgumentError } from '../../../core/errors/InvalidArgumentError';
import type { ScoreIntervalOptions } from '../../scoreCustomers';

/** How the intervals are asked for: `scoreCustomers`' `intervals` options, read by every interval function. @internal */
export type IntervalRequest = ScoreIntervalOptions;

/** An {@link IntervalRequest} checked, with its defaults filled in. @internal */
export interface CheckedIntervalRequest {
  readonly level: number;
  readonly method: 'parameters' | 'bootstrap';
  readonly draws: number;
  readonly seed: number;
  readonly policy: 'throw' | 'hold';
}

/** Draw limits of a caller whose draws cost more than the engine's (a whole score per draw). @internal */
export interface DrawLimits {
  /** Draws when none are asked for, by method. */
  readonly defaultDraws: (method: 'parameters' | 'bootstrap') => number;
  /** The most draws allowed. */
  readonly maxDraws: number;
  /** Said after the draws rule (why the limit, and what to do instead). */
  readonly drawsNote: string;
}

/**
 * Checks an intervals request: `level` strictly in (0, 1) (default 0.9), `method` among `methods` (default
 * `'parameters'`), `draws` an integer from 2 to 100,000 for parameter draws or 10,000 for bootstrap
 * refits (default 1,000 or 200) unless `limits` set them, `seed` finite (default 1) and `notIdentified`
 * `'throw'` (default) or `'hold'`; throws `INVALID_ARGUMENT` naming `argument.<option>` otherwise. @internal
 */
export function readIntervalRequest(
  fn: string,
  argument: string,
  request: unknown,
  methods: readonly ('parameters' | 'bootstrap')[] = ['parameters', 'bootstrap'],
  limits?: DrawLimits,
): CheckedIntervalRequest {
  if (request === null || typeof request !== 'object') throw new InvalidArgumentError(fn, argument, 'must be an object { level, draws, seed, method }', request);
  const r = request as IntervalRequest;
  const level = r.level ?? 0.9;
  if (typeof level !== 'number' || !(level > 0 && level < 1)) throw new InvalidArgumentError(fn, `${argument}.level`, 'must be a number strictly between 0 and 1', level);
  const method = r.method ?? 'parameters';
  if (!methods.includes(method)) throw new InvalidArgumentError(fn, `${argument}.method`, `must be ${methods.map((m) => `'${m}'`).join(' or ')}`, method);
  const draws = r.draws ?? (limits === undefined ? (method === 'parameters' ? 1000 : 200) : limits.defaultDraws(method));
  const maxDraws = limits?.maxDraws ?? (method === 'parameters' ? 100_000 : 10_000);
  if (typeof draws !== 'number' || !Number.isInteger(draws) || draws < 2 || draws > maxDraws) {
    const note = limits === undefined ? '' : ` ${limits.drawsNote}`;
    throw new InvalidArgumentError(fn, `${argument}.draws`, `must be an integer from 2 to ${maxDraws.toLocaleString('en-US')}${note}`, draws);
  }
  const seed = r.seed ?? 1;
  if (typeof seed !== 'number' || !Number.isFinite(seed)) throw new InvalidArgumentError(fn, `${argument}.seed`, 'must be a finite number', seed);
  const policy = r.notIdentified ?? 'throw';
  if (policy !== 'throw' && policy !== 'hold') throw new InvalidArgumentError(fn, `${argument}.notIdentified`, "must be 'throw' or 'hold'", policy);
  return { level, method, draws, seed, policy };
}
