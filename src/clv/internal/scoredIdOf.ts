/**
 * The id of a scored customer as a string (`1` and `'1'` are one customer), or `undefined` when it is
 * not a non-blank string or a safe integer. @internal
 */
export function scoredIdOf(value: unknown): string | undefined {
  if (typeof value === 'string') return value.trim() === '' ? undefined : value;
  if (typeof value === 'number' && Number.isSafeInteger(value)) return String(value);
  return undefined;
}
