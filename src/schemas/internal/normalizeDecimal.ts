const PLAIN = /^([+-]?)(\d*)(?:\.(\d*))?$/;

/** Writes a number given in exponent notation (`1e-7`, `1.5e+21`) as a plain decimal. @internal */
function expandExponent(s: string): string {
  const e = s.indexOf('e');
  const negative = s[0] === '-';
  const mantissa = s.slice(negative ? 1 : 0, e);
  const exponent = Number(s.slice(e + 1));
  const dot = mantissa.indexOf('.');
  const digits = dot < 0 ? mantissa : mantissa.slice(0, dot) + mantissa.slice(dot + 1);
  const point = (dot < 0 ? mantissa.length : dot) + exponent;
  let out: string;
  if (point <= 0) out = `0.${'0'.repeat(-point)}${digits}`;
  else if (point >= digits.length) out = digits + '0'.repeat(point - digits.length);
  else out = `${digits.slice(0, point)}.${digits.slice(point)}`;
  return negative ? `-${out}` : out;
}

/** Whether `s` is already a normalised decimal (`0`, `12.30`, `-0.5`, no `+`, no leading zero). @internal */
function isCanonical(s: string): boolean {
  const n = s.length;
  let i = s.charCodeAt(0) === 45 ? 1 : 0;
  const start = i;
  let nonZero = false;
  for (; i < n; i++) {
    const c = s.charCodeAt(i);
    if (c < 48 || c > 57) break;
    if (c !== 48) nonZero = true;
  }
  const intLength = i - start;
  if (intLength === 0 || (intLength > 1 && s.charCodeAt(start) === 48)) return false;
  if (i < n) {
    if (s.charCodeAt(i) !== 46 || i === n - 1) return false;
    for (i++; i < n; i++) {
      const c = s.charCodeAt(i);
      if (c < 48 || c > 57) return false;
      if (c !== 48) nonZero = true;
    }
  }
  return start === 0 || nonZero;
}

/**
 * A money or decimal value as a normalised plain decimal string, or `undefined` when it is not one; the
 * converter of every amount field, {@link describeDecimalProblem} says why on failure. @internal
 *
 * @remarks
 * - A finite number becomes its shortest round-trip decimal (`0.1` → `'0.1'`, `1e-7` → `'0.0000001'`).
 * - A bigint becomes its digits.
 * - A string (surrounding blanks ignored) must be a plain decimal: optional sign, digits, optional `.` and
 *   digits (`'1234.50'`, `'-3.2'`, `'.5'`, `'7.'`). Normalisation drops a `+` sign, leading zeros of the
 *   integer part, a bare trailing `.` and the sign of zero, and supplies the `0` of `'.5'`; fraction digits
 *   are kept as written (`'12.30'` stays `'12.30'`), so the decimal value is exactly the one given.
 *   Thousands separators, decimal commas, currency signs and exponents are refused as ambiguous.
 */
export function normalizeDecimal(value: unknown): string | undefined {
  let s: string;
  if (typeof value === 'number') {
    if (!Number.isFinite(value)) return undefined;
    if (value === 0) return '0';
    s = String(value);
    return s.includes('e') ? expandExponent(s) : s;
  }
  if (typeof value === 'bigint') return String(value);
  if (typeof value !== 'string') return undefined;
  if (isCanonical(value)) return value;
  s = value.trim();
  const m = PLAIN.exec(s);
  if (m === null) return undefined;
  let int = m[2] as string;
  const frac = m[3];
  if (int.length === 0 && (frac === undefined || frac.length === 0)) return undefined;
  let i = 0;
  while (i < int.length - 1 && int.charCodeAt(i) === 48) i++;
  int = i > 0 ? int.slice(i) : int;
  if (int.length === 0) int = '0';
  const body = frac === undefined || frac.length === 0 ? int : `${int}.${frac}`;
  if (m[1] !== '-') return body;
  return /[1-9]/.test(body) ? `-${body}` : body;
}
