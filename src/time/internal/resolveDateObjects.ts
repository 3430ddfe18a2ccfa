import { InvalidArgumentError } from '../../core/errors/InvalidArgumentError';
import type { DateObjectReading } from '../types';

/** Checks `options.dateObjects` (default `'strict'`); throws `INVALID_ARGUMENT`. @internal */
export function resolveDateObjects(fn: string, value: unknown): DateObjectReading {
  if (value === undefined) return 'strict';
  if (value !== 'strict' && value !== 'utc' && value !== 'local') {
    throw new InvalidArgumentError(fn, 'options.dateObjects', "must be 'strict', 'utc' or 'local'", value);
  }
  return value;
}
