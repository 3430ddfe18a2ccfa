/**
 * The id of a scored customer as a string (`1` and `'1'` are one customer), or `undefined` when it is
 * not a non-blank string or a safe integer. @internal
 */
export function scoredIdOf(value: unknown): string | undefined {
  if (typeof value === 'string') {
    const c = value.charCodeAt(0); // a printable ASCII first character is no white space: no need to trim
    return (c > 0x20 && c < 0x7f) || value.trim() !== '' ? value : undefined;
  }
  if (typeof value === 'number' && Number.isSafeInteger(value)) return String(value);
  return undefined;
}
