import { isArrayLike } from '../validate/isArrayLike';

/**
 * Whether `value` is an array of array-like rows (their lengths are checked by each kernel). Kernels
 * use it to answer their documented failure value for `null` or a row that is not an array, instead of
 * a `TypeError`. O(rows). @internal
 */
export function isMatrix(value: unknown): value is readonly (readonly number[])[] {
  if (!Array.isArray(value)) return false;
  for (let i = 0; i < value.length; i++) if (!isArrayLike(value[i])) return false;
  return true;
}
