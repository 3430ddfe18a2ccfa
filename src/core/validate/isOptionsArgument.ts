/**
 * Whether `value` may be passed as an options argument: `undefined` (omitted) or a non-null object that
 * is not an array. Kernels that never throw use it to answer `NaN` for `variance(x, 'abc')` or
 * `variance(x, null)` instead of ignoring the options or failing with a `TypeError`. @internal
 */
export function isOptionsArgument(value: unknown): boolean {
  return value === undefined || (value !== null && typeof value === 'object' && !Array.isArray(value));
}
