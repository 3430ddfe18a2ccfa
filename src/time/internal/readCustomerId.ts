/**
 * A customer identifier as a string: a non-blank string (trimmed) or a safe integer (`42` → `'42'`, so
 * that `42` and `'42'` are one customer); `null` otherwise. @internal
 */
export function readCustomerId(value: unknown): string | null {
  if (typeof value === 'string') {
    const first = value.charCodeAt(0);
    const last = value.charCodeAt(value.length - 1);
    // Fast path: no surrounding blanks to trim.
    if (value.length > 0 && first > 32 && last > 32) return value;
    const s = value.trim();
    return s.length === 0 ? null : s;
  }
  if (typeof value === 'number' && Number.isSafeInteger(value)) return String(value);
  if (typeof value === 'bigint') return String(value);
  return null;
}
