import { InvalidArgumentError } from '../../core/errors/InvalidArgumentError';

/** `options` as an object; throws `INVALID_ARGUMENT` when it is missing (and required), `null` or not an object. @internal */
export function readOptionsObject<T extends object>(fn: string, options: T | undefined, required: boolean): Partial<T> {
  if (options === undefined && !required) return {};
  if (typeof options !== 'object' || options === null || Array.isArray(options)) {
    throw new InvalidArgumentError(fn, 'options', 'must be an object', options);
  }
  return options;
}
