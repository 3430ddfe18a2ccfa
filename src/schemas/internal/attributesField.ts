import type { Converter } from './converter';
import { setOwn } from './setOwn';

/** Whether `value` is a plain object (not an array, `Date`, `Map`, ...). @internal */
export function isPlainObject(value: unknown): value is Record<string, unknown> {
  if (typeof value !== 'object' || value === null) return false;
  const proto = Object.getPrototypeOf(value) as unknown;
  return proto === Object.prototype || proto === null;
}

/** A plain object of further attributes, copied (one level) so the record never aliases the input. @internal */
export const attributesConverter: Converter<Record<string, unknown>> = {
  convert: (v) => {
    if (!isPlainObject(v)) return undefined;
    const copy: Record<string, unknown> = {};
    for (const key of Object.keys(v)) setOwn(copy, key, v[key]);
    return copy;
  },
  describe: () => 'must be a plain object',
};
