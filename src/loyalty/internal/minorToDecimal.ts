import { POW10 } from '../../money/parseMinorUnits';

/** `'0.00'` and its kin by number of decimals. @internal */
const ZERO: string[] = [];

/**
 * A safe integer amount of minor units as an exact decimal string with `minorDigits` decimals
 * (`12345, 2` → `'123.45'`), without BigInt. @internal
 */
export function minorToDecimal(minor: number, minorDigits: number): string {
  if (minor === 0) return (ZERO[minorDigits] ??= minorDigits === 0 ? '0' : `0.${'0'.repeat(minorDigits)}`); // the common amount of a large base, made once
  const negative = minor < 0;
  const m = negative ? -minor : minor;
  if (minorDigits === 0) return negative && m !== 0 ? `-${m}` : String(m);
  const p = POW10[minorDigits] as number;
  const whole = Math.floor(m / p);
  const fraction = String(m - whole * p).padStart(minorDigits, '0');
  return `${negative && m !== 0 ? '-' : ''}${whole}.${fraction}`;
}
