/**
 * Why {@link normalizeDecimal} refused a value: the rule of a rejection reason. Called only on failure.
 * @internal
 */
export function describeDecimalProblem(value: unknown): string {
  if (typeof value === 'number') return 'must be a finite number';
  if (typeof value !== 'string') return 'must be a number or a decimal string';
  const s = value.trim();
  if (s.includes(',')) return 'must be a plain decimal with "." as decimal point and no thousands separators';
  if (/^[+-]?(\d+\.?\d*|\.\d+)[eE][+-]?\d+$/.test(s)) return 'must be a plain decimal without an exponent';
  if (/\d/.test(s)) return 'must be a plain decimal (digits, optional sign and "."), without currency signs or blanks';
  return 'must be a number or a decimal string';
}
