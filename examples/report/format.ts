// Number formatting shared by the demo's terminal summary and its HTML report.

/** Inserts thousands separators into the integer part of a decimal string (exact: no float round trip). */
export function groupDigits(decimal: string): string {
  return decimal.replace(/^(-?)(\d+)/, (_, sign: string, int: string) => sign + int.replace(/\B(?=(\d{3})+(?!\d))/g, ','));
}

/** Dollars from an exact decimal string such as `sumMoney(...).total`: `'-1234.5'` → `'-$1,234.5'`. */
export function exactDollars(decimal: string): string {
  const grouped = groupDigits(decimal);
  return grouped.startsWith('-') ? `-$${grouped.slice(1)}` : `$${grouped}`;
}

/** Dollars from a float, to the cent, with thousands separators: `1234.567` → `'$1,234.57'`. */
export function dollars(x: number): string {
  return exactDollars(x.toFixed(2));
}

/** A share as a percentage with one decimal, `'-'` for `null`. */
export function percent(x: number | null): string {
  return x === null ? '-' : `${(100 * x).toFixed(1)} %`;
}
