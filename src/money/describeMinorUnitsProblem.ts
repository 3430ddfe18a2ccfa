import { MINOR_LIMIT } from './parseMinorUnits';

const DECIMAL = /^ *[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)? *$/;

/**
 * Why `parseMinorUnits` rejected `value`, phrased as a rule (`'must be a finite number'`, `'must
 * have at most 2 decimal places'`, ...). Call only after a rejection; not on a hot path. @internal
 */
export function describeMinorUnitsProblem(value: unknown, minorDigits: number): string {
  let s: string;
  if (typeof value === 'number') {
    if (!Number.isFinite(value)) return 'must be a finite number';
    s = String(value);
  } else if (typeof value === 'string') {
    s = value;
  } else {
    return 'must be a number or a decimal string';
  }
  const match = DECIMAL.exec(s);
  if (match === null) return 'must be a decimal number such as 12.34';
  const body = match[1] as string;
  const point = body.indexOf('.');
  const fraction = point < 0 ? '' : body.slice(point + 1).replace(/0+$/, '');
  const places = fraction.length - Number(match[2]?.slice(1) ?? 0);
  if (places > minorDigits && /[1-9]/.test(body)) {
    return `must have at most ${minorDigits} decimal place${minorDigits === 1 ? '' : 's'}`;
  }
  return `must be below 2^52 (${MINOR_LIMIT}) minor units in magnitude`;
}
