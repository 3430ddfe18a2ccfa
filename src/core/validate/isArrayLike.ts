/**
 * Whether `value` is array-like (an array or typed array: an object with a numeric `length`). Kernels
 * that never throw use it to answer `NaN` for `mean(null)` instead of failing with a `TypeError`. @internal
 */
export function isArrayLike(value: unknown): value is ArrayLike<unknown> {
  return value !== null && typeof value === 'object' && typeof (value as { length?: unknown }).length === 'number';
}
