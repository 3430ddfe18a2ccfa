import { isArrayLike } from './isArrayLike';

/** Whether `value` is array-like with a number (possibly `NaN`) in every slot: no BigInt, string or hole. O(n). @internal */
export function isNumberArray(value: unknown): value is ArrayLike<number> {
  if (!isArrayLike(value)) return false;
  for (let i = 0; i < value.length; i++) if (typeof value[i] !== 'number') return false;
  return true;
}
