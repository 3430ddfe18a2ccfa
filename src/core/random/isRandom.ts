import type { Random } from './types';

/** Whether `value` is a {@link Random} (an object with a `next()` method), as the samplers need. @internal */
export function isRandom(value: unknown): value is Random {
  return value !== null && typeof value === 'object' && typeof (value as { next?: unknown }).next === 'function';
}
