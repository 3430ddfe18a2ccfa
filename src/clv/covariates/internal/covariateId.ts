/**
 * A customer id as a string (`1` and `'1'` are the same customer), or `undefined` when the value is not
 * a non-blank string or a safe integer. @internal
 */
export function covariateId(value: unknown): string | undefined {
  if (typeof value === 'string') return value.length > 0 && (value.charCodeAt(0) > 32 || value.trim() !== '') ? value : undefined;
  if (typeof value === 'number' && Number.isSafeInteger(value)) return String(value);
  return undefined;
}
