/** `minor` (a safe integer or bigint) as a decimal string with `minorDigits` decimals. @internal */
export function formatMinor(minor: number | bigint, minorDigits: number): string {
  const negative = minor < 0;
  const digits = (negative ? -BigInt(minor) : BigInt(minor)).toString().padStart(minorDigits + 1, '0');
  const cut = digits.length - minorDigits;
  const body = minorDigits === 0 ? digits : `${digits.slice(0, cut)}.${digits.slice(cut)}`;
  return negative ? `-${body}` : body;
}
