/** Powers of ten that are exact in float64 (10^0 … 10^22). @internal */
export const POW10: readonly number[] = Array.from({ length: 23 }, (_, i) => Number(`1e${i}`));

/** 2^52: amounts below this many minor units are exact and unambiguous as float64. @internal */
export const MINOR_LIMIT = 4_503_599_627_370_496;

/**
 * An amount as an integer number of minor units, or `NaN` when it is not exactly a decimal with at most
 * `minorDigits` decimals below 2^52 minor units in magnitude. No rounding, no `Decimal`, no allocation for
 * numbers: the hot-path converter of sums and transaction summaries. @internal
 *
 * @remarks
 * A number is read as the shortest decimal that round-trips to it (`0.1` is 0.10, not the binary value
 * 0.1000000000000000055…): `r = Math.round(x·10^d)` is accepted when `r / 10^d === x`, which holds exactly
 * when `x` is the float64 nearest to `r/10^d`; otherwise `String(x)` is parsed. A string is parsed digit by
 * digit (optional sign, `.` as decimal point, optional exponent; surrounding blanks allowed; trailing
 * zeros beyond `minorDigits` allowed).
 */
export function parseMinorUnits(value: number | string, minorDigits: number): number {
  if (typeof value === 'number') {
    if (!Number.isFinite(value)) return Number.NaN;
    const p = POW10[minorDigits] as number;
    const r = Math.round(value * p);
    if (r < MINOR_LIMIT && r > -MINOR_LIMIT && r / p === value) return r === 0 ? 0 : r;
    if (Math.abs(value) * p >= MINOR_LIMIT) return Number.NaN;
    return parseDecimalString(String(value), minorDigits);
  }
  if (typeof value === 'string') return parseDecimalString(value, minorDigits);
  return Number.NaN;
}

/** The decimal string `s` as minor units with `minorDigits` decimals, or NaN. @internal */
function parseDecimalString(s: string, minorDigits: number): number {
  let i = 0;
  let n = s.length;
  while (i < n && s.charCodeAt(i) === 32) i++;
  while (n > i && s.charCodeAt(n - 1) === 32) n--;
  let negative = false;
  let c = s.charCodeAt(i);
  if (c === 45) {
    negative = true;
    i++;
  } else if (c === 43) i++;
  let mantissa = 0;
  let exponent = 0;
  let pendingZeros = 0;
  let digits = 0;
  let dot = false;
  for (; i < n; i++) {
    c = s.charCodeAt(i);
    if (c >= 48 && c <= 57) {
      digits++;
      if (dot) exponent--;
      if (c === 48) {
        if (mantissa !== 0) pendingZeros++;
        continue;
      }
      if (pendingZeros > 0) {
        mantissa *= POW10[pendingZeros] ?? Number.POSITIVE_INFINITY;
        pendingZeros = 0;
      }
      mantissa = mantissa * 10 + (c - 48);
      if (mantissa >= MINOR_LIMIT) return Number.NaN;
    } else if (c === 46 && !dot) {
      dot = true;
    } else break;
  }
  if (digits === 0) return Number.NaN;
  exponent += pendingZeros;
  if (i < n) {
    if (c !== 101 && c !== 69) return Number.NaN;
    i++;
    let expNegative = false;
    c = s.charCodeAt(i);
    if (c === 45) {
      expNegative = true;
      i++;
    } else if (c === 43) i++;
    if (i >= n) return Number.NaN;
    let e = 0;
    for (; i < n; i++) {
      c = s.charCodeAt(i);
      if (c < 48 || c > 57) return Number.NaN;
      if (e < 10_000) e = e * 10 + (c - 48);
    }
    exponent += expNegative ? -e : e;
  }
  if (mantissa === 0) return 0;
  const power = exponent + minorDigits;
  if (power < 0) return Number.NaN;
  if (power > 22) return Number.NaN;
  const result = mantissa * (POW10[power] as number);
  if (result >= MINOR_LIMIT) return Number.NaN;
  return negative ? -result : result;
}
