import { EmptyInputError } from '../core/errors/EmptyInputError';
import { readCustomerId } from '../time/internal/readCustomerId';
import { InvalidArgumentError } from '../core/errors/InvalidArgumentError';
import { fromMinorUnits } from '../money/fromMinorUnits';
import { parseMinorUnits } from '../money/parseMinorUnits';
import { resolveMinorDigits } from '../money/resolveMinorDigits';
import type { MoneyOptions } from '../money/types';

/** One customer's input to {@link customerValue}. */
export interface CustomerValueInput {
  /** Customer identifier (kept as given). */
  readonly customerId: string;
  /**
   * Realised margins of the customer's past purchases (profit to date), in money units with at most the
   * currency's decimals: numbers or decimal strings. Summed exactly in integer minor units.
   */
  readonly pastMargins: readonly (number | string)[];
  /** Predicted discounted future margin, e.g. `customerLifetimeValue(...).values[i]`, finite. */
  readonly potentialValue: number;
}

/** One customer's value assessment. */
export interface CustomerValueRow {
  /** The customer. */
  readonly customerId: string;
  /** Current (realised) value: the exact sum of the past margins, as the nearest float64. */
  readonly currentValue: number;
  /** The same sum as an exact decimal string with the currency's decimals, e.g. `'1204.50'`. */
  readonly currentValueExact: string;
  /** Potential value: the predicted discounted future margin. */
  readonly potentialValue: number;
  /** Total value `currentValue + potentialValue`. */
  readonly totalValue: number;
}

/** Result of {@link customerValue}. */
export interface CustomerValueResult {
  /** One row per customer, in input order. */
  readonly customers: CustomerValueRow[];
  /** Sum of the current values (exact), as the nearest float64. */
  readonly totalCurrentValue: number;
  /** Sum of the current values as an exact decimal string. */
  readonly totalCurrentValueExact: string;
  /** Sum of the potential values (customer equity of the modelled future). */
  readonly totalPotentialValue: number;
  /** `totalCurrentValue + totalPotentialValue`. */
  readonly totalValue: number;
}

/**
 * Customer value assessment: each customer's current (realised) value, potential (predicted future)
 * value and their total, ready for ranking and segmentation.
 *
 * @remarks
 * The value of a customer is the profit already realised plus the expected future profit (docs/clv.md,
 * "Current and potential value"): `current = Σ past margins`, summed exactly in integer minor
 * units (cents) so totals are exact to the cent however many purchases there are; `potential` is the
 * discounted expected future margin from the models (e.g. {@link customerLifetimeValue} with a margin);
 * `total = current + potential`. Sort by `totalValue` for a value pyramid, or cross `currentValue` with
 * `potentialValue` for a value matrix. Current values are not compounded to today. O(total purchases).
 *
 * @param customers - `{ customerId, pastMargins, potentialValue }` per customer
 * @param options - `currency` (ISO 4217) or `minorDigits` of the margins (default 2 decimals)
 * @returns The rows and the totals
 * @throws `INVALID_ARGUMENT` when a margin has more decimals than the currency or is not a finite amount,
 *   a potential value is not finite, a `customerId` is not a non-blank string or a safe integer, or a row is
 *   malformed.
 * @throws `INVALID_ARGUMENT` when the currency is unknown or `minorDigits` is not an integer 0–15.
 * @throws `EMPTY_INPUT` when `customers` is empty.
 * @example
 * ```ts
 * const result = customerValue([
 *   { customerId: 'a', pastMargins: [0.1, 0.2], potentialValue: 10 },
 *   { customerId: 'b', pastMargins: ['12.50'], potentialValue: 2.25 },
 * ]);
 * result.customers[0]; // { customerId: 'a', currentValue: 0.3, currentValueExact: '0.30', potentialValue: 10, totalValue: 10.3 }
 * result.totalCurrentValueExact; // '12.80'
 * ```
 * @see Gupta, S. & Lehmann, D. R. (2003). Customers as assets. Journal of Interactive Marketing 17(1), 9–24.
 * https://doi.org/10.1002/dir.10045
 */
export function customerValue(customers: readonly CustomerValueInput[], options?: MoneyOptions): CustomerValueResult {
  const fn = 'customerValue';
  if (!Array.isArray(customers)) throw new InvalidArgumentError(fn, 'customers', 'must be an array', customers);
  if (customers.length === 0) throw new EmptyInputError(fn, 'customers');
  const digits = resolveMinorDigits(fn, options);
  const scale = 10 ** digits;
  let grandMinor = 0n;
  let potentialTotal = 0;
  let potentialCompensation = 0;
  const rows: CustomerValueRow[] = customers.map((c, i) => {
    if (c === null || typeof c !== 'object' || !Array.isArray(c.pastMargins)) {
      throw new InvalidArgumentError(fn, `customers[${i}]`, 'must be { customerId, pastMargins, potentialValue }', c);
    }
    const customerId = readCustomerId(c.customerId);
    if (customerId === null) {
      throw new InvalidArgumentError(fn, `customers[${i}].customerId`, 'must be a non-blank string or a safe integer', c.customerId);
    }
    if (typeof c.potentialValue !== 'number' || !Number.isFinite(c.potentialValue)) {
      throw new InvalidArgumentError(fn, `customers[${i}].potentialValue`, 'must be a finite number', c.potentialValue);
    }
    let minor = 0;
    let big: bigint | null = null;
    for (let j = 0; j < c.pastMargins.length; j++) {
      const amount = c.pastMargins[j] as number | string;
      const m = parseMinorUnits(amount, digits);
      if (Number.isNaN(m)) {
        throw new InvalidArgumentError(fn, `customers[${i}].pastMargins[${j}]`, `must be an amount with at most ${digits} decimals`, amount);
      }
      if (big !== null) big += BigInt(m);
      else {
        const next = minor + m;
        if (Number.isSafeInteger(next)) minor = next;
        else big = BigInt(minor) + BigInt(m);
      }
    }
    const exactMinor = big ?? BigInt(minor);
    grandMinor += exactMinor;
    const currentValue = Number(exactMinor) / scale;
    const t = potentialTotal + c.potentialValue;
    potentialCompensation +=
      Math.abs(potentialTotal) >= Math.abs(c.potentialValue) ? potentialTotal - t + c.potentialValue : c.potentialValue - t + potentialTotal;
    potentialTotal = t;
    return {
      customerId,
      currentValue,
      currentValueExact: fromMinorUnits(exactMinor, { minorDigits: digits }),
      potentialValue: c.potentialValue,
      totalValue: currentValue + c.potentialValue,
    };
  });
  const totalCurrentValue = Number(grandMinor) / scale;
  const totalPotentialValue = potentialTotal + potentialCompensation;
  return {
    customers: rows,
    totalCurrentValue,
    totalCurrentValueExact: fromMinorUnits(grandMinor, { minorDigits: digits }),
    totalPotentialValue,
    totalValue: totalCurrentValue + totalPotentialValue,
  };
}
