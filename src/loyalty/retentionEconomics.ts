import { retentionLifetimeValue } from '../clv/retentionLifetimeValue';
import type { RetentionLifetimeValueOptions } from '../clv/retentionLifetimeValue';
import { InvalidArgumentError } from '../core/errors/InvalidArgumentError';
import { isClienteleError } from '../core/errors/isClienteleError';
import { restateError } from '../core/errors/restateError';
import { UndefinedResultError } from '../core/errors/UndefinedResultError';

/** Options of {@link retentionEconomics}: every input explicit, in one money unit and one period length. */
export interface RetentionEconomicsOptions {
  /** Margin `m` per period from a retained customer, in money units (finite). */
  readonly margin: number;
  /** Current retention rate `r` per period, in [0, 1]. */
  readonly retentionRate: number;
  /** Change `Δ` of the retention rate (0.05 = five points fewer defections); `r + Δ` must lie in [0, 1]. */
  readonly retentionChange: number;
  /** Discount rate `d` per period, ≥ 0. */
  readonly discountRate: number;
  /** Cost of acquiring one new customer, ≥ 0. Needed, with `retentionCost`, for the comparison. */
  readonly acquisitionCost?: number;
  /** Cost per existing customer of raising the retention rate by `Δ`, ≥ 0. Needed for the comparison. */
  readonly retentionCost?: number;
  /** Count the margin of the current period (undiscounted) in the lifetime value. Default `false`. */
  readonly includeCurrentMargin?: boolean;
}

/** One way of spending money on the customer base: what one customer costs and brings. */
export interface RetentionSpending {
  /** Cost per customer. */
  readonly costPerCustomer: number;
  /** Lifetime value gained per customer (a new customer's CLV, or an existing one's CLV increase). */
  readonly valuePerCustomer: number;
  /** `valuePerCustomer − costPerCustomer`. */
  readonly netValuePerCustomer: number;
  /** `valuePerCustomer / costPerCustomer`; `null` when the cost is 0. */
  readonly valuePerMoneyUnit: number | null;
}

/** Acquisition against retention spending. */
export interface RetentionSpendingComparison {
  /** Acquiring one new customer, worth `CLV(r)`. */
  readonly acquisition: RetentionSpending;
  /** Raising the retention of one existing customer from `r` to `r + Δ`, worth `CLV(r + Δ) − CLV(r)`. */
  readonly retention: RetentionSpending;
  /** The spending with the larger value per money unit; `'equal'` on a tie; `null` when a cost is 0. */
  readonly preferred: 'acquisition' | 'retention' | 'equal' | null;
  /** Retention cost per customer at which both bring the same value per money unit; `null` when `CLV(r) = 0` or it passes 1.8e308. */
  readonly breakEvenRetentionCost: number | null;
}

/** Result of {@link retentionEconomics}. */
export interface RetentionEconomicsResult {
  /** `CLV(r)`, money units per customer. */
  readonly lifetimeValue: number;
  /** `CLV(r + Δ)`. */
  readonly changedLifetimeValue: number;
  /** `CLV(r + Δ) − CLV(r) = m(1 + d)Δ/(A(A − Δ))`, `A = 1 + d − r` (computed so, without cancellation). */
  readonly lifetimeValueChange: number;
  /**
   * `CLV(r + Δ)/CLV(r) − 1`, the profit effect per customer, as `(1 + d)Δ/(r(A − Δ))` (`Δ/(A − Δ)` with
   * the current margin); `null` when `CLV(r) = 0`, or so small against the change that the ratio passes 1.8e308.
   */
  readonly relativeChange: number | null;
  /** Expected lifetime `1/(1 − r)` in periods; `null` when `r = 1`. */
  readonly expectedLifetime: number | null;
  /** Expected lifetime `1/(1 − r − Δ)`; `null` when `r + Δ = 1`. */
  readonly changedExpectedLifetime: number | null;
  /** Acquisition against retention; `null` unless both costs are given. */
  readonly comparison: RetentionSpendingComparison | null;
  /** Why a value is `null` (empty when none is). */
  readonly reasons: readonly string[];
  /** The inputs and the formula used. */
  readonly settings: {
    readonly margin: number;
    readonly retentionRate: number;
    readonly retentionChange: number;
    readonly discountRate: number;
    readonly acquisitionCost: number | null;
    readonly retentionCost: number | null;
    readonly includeCurrentMargin: boolean;
    readonly formula: string;
  };
}

/** Checked options. @internal */
function checkOptions(fn: string, options: RetentionEconomicsOptions): void {
  if (options === null || typeof options !== 'object') throw new InvalidArgumentError(fn, 'options', 'must be an object', options);
  const { margin, retentionRate: r, retentionChange: delta, discountRate: d } = options;
  if (typeof margin !== 'number' || !Number.isFinite(margin)) throw new InvalidArgumentError(fn, 'options.margin', 'must be a finite number', margin);
  if (typeof r !== 'number' || !(r >= 0 && r <= 1)) throw new InvalidArgumentError(fn, 'options.retentionRate', 'must be a number from 0 to 1', r);
  if (typeof delta !== 'number' || !Number.isFinite(delta) || !(r + delta >= 0 && r + delta <= 1)) {
    throw new InvalidArgumentError(fn, 'options.retentionChange', `must be a finite number with retentionRate + retentionChange in [0, 1] (retentionRate ${r})`, delta);
  }
  if (typeof d !== 'number' || !Number.isFinite(d) || d < 0) throw new InvalidArgumentError(fn, 'options.discountRate', 'must be a finite number at least 0', d);
  for (const key of ['acquisitionCost', 'retentionCost'] as const) {
    const cost = options[key];
    if (cost !== undefined && (typeof cost !== 'number' || !Number.isFinite(cost) || cost < 0)) {
      throw new InvalidArgumentError(fn, `options.${key}`, 'must be a finite number at least 0', cost);
    }
  }
  const current = options.includeCurrentMargin;
  if (current !== undefined && typeof current !== 'boolean') throw new InvalidArgumentError(fn, 'options.includeCurrentMargin', 'must be a boolean', current);
  if (d === 0 && (r === 1 || r + delta === 1)) {
    throw new UndefinedResultError(fn, 'the lifetime value is infinite when a retention rate is 1 and discountRate is 0', { retentionRate: r, retentionChange: delta });
  }
}

/** `value`, or a refusal of `options.<key>` when it passed the float64 range (1.8e308). @internal */
function finite(fn: string, key: string, rule: string, value: number, given: unknown): number {
  if (!Number.isFinite(value)) throw new InvalidArgumentError(fn, `options.${key}`, `${rule} (it passes 1.8e308: ${RESCALE})`, given);
  return value;
}

const RESCALE = 'express money in larger units, e.g. thousands';

/** One spending option. @internal */
function spending(fn: string, key: string, cost: number, value: number): RetentionSpending {
  return {
    costPerCustomer: cost,
    valuePerCustomer: value,
    netValuePerCustomer: finite(fn, key, 'must keep the net value per customer finite', value - cost, cost),
    valuePerMoneyUnit: cost === 0 ? null : finite(fn, key, 'must be large enough for a finite value per money unit', value / cost, cost),
  };
}

/** Acquisition against retention, with the reasons for absent values. @internal */
function compare(fn: string, clv: number, gain: number, acquisitionCost: number, retentionCost: number, reasons: string[]): RetentionSpendingComparison {
  const acquisition = spending(fn, 'acquisitionCost', acquisitionCost, clv);
  const retention = spending(fn, 'retentionCost', retentionCost, gain);
  let preferred: RetentionSpendingComparison['preferred'] = null;
  if (acquisition.valuePerMoneyUnit === null || retention.valuePerMoneyUnit === null) {
    reasons.push('a cost is 0, so value per money unit and the preferred spending are undefined');
  } else {
    // Compare clv·retentionCost with gain·acquisitionCost: no division, so an exact tie is seen; the
    // values per money unit (finite) where a product overflows.
    let a = clv * retentionCost;
    let b = gain * acquisitionCost;
    if (!Number.isFinite(a) || !Number.isFinite(b)) {
      a = acquisition.valuePerMoneyUnit;
      b = retention.valuePerMoneyUnit;
    }
    preferred = a > b ? 'acquisition' : a < b ? 'retention' : 'equal';
  }
  if (clv === 0) reasons.push('CLV(r) is 0, so the break-even retention cost is undefined');
  let breakEven: number | null = null;
  if (clv !== 0) {
    breakEven = (gain * acquisitionCost) / clv;
    if (!Number.isFinite(breakEven)) breakEven = (gain / clv) * acquisitionCost;
    if (!Number.isFinite(breakEven)) {
      reasons.push('the break-even retention cost passes 1.8e308 (CLV(r) is tiny against its change, or acquisitionCost huge)');
      breakEven = null;
    }
  }
  return { acquisition, retention, preferred, breakEvenRetentionCost: breakEven };
}

/** `retentionLifetimeValue`, its errors said by `fn`. @internal */
function lifetimeValue(fn: string, options: RetentionLifetimeValueOptions): number {
  try {
    return retentionLifetimeValue(options);
  } catch (e) {
    throw isClienteleError(e) ? restateError(e, fn) : e;
  }
}

/**
 * The profit effect of a change in retention with the margin multiple, and acquisition spending against
 * retention spending.
 *
 * @remarks
 * With margin `m` per period, retention `r` and discount rate `d` (Gupta & Lehmann 2003, eq. 2; computed by
 * `retentionLifetimeValue` of `clientele/clv`): `CLV(r) = m·r/(1 + d − r)` (plus `m` with
 * `includeCurrentMargin`). A change `Δ` of the retention rate changes the value of every customer by
 * `CLV(r + Δ)/CLV(r) − 1`: Reichheld & Sasser (1990) found that five points fewer defections raised
 * profits by 25 % to 85 % in the service businesses they studied; here `m = 100, r = 0.8, d = 0.1,
 * Δ = 0.05` gives +27.5 %. Expected lifetime with constant retention: `1/(1 − r)` periods.
 *
 * Acquisition against retention, per money unit spent: a new customer costs `acquisitionCost` and is
 * worth `CLV(r)`; raising one existing customer's retention by `Δ` costs `retentionCost` and is worth
 * `CLV(r + Δ) − CLV(r)`. The preferred spending is the one with more value per money unit; the
 * break-even retention cost is `(CLV(r + Δ) − CLV(r)) · acquisitionCost / CLV(r)`. The often-quoted
 * "retaining costs a fifth of acquiring" (reported ranges 2× to 20×) is a claim about inputs, not a
 * constant: give both costs. O(1).
 *
 * @param options - {@link RetentionEconomicsOptions}: `margin`, `retentionRate`, `retentionChange`,
 *   `discountRate`, optional `acquisitionCost` and `retentionCost`, `includeCurrentMargin`.
 * @returns Lifetime values, relative change, expected lifetimes, the comparison and the settings.
 * @throws `INVALID_ARGUMENT` when an option is missing, of the wrong type or out of range (`r` or `r + Δ`
 *   outside [0, 1], a negative discount rate or cost).
 * @throws `INVALID_ARGUMENT` when a value passes 1.8e308, the largest float64 (a margin near it, a cost
 *   near it or near 5e-324): the option is named, with the advice to express money in larger units. A
 *   relative change or break-even cost past 1.8e308 is `null` instead, with its reason.
 * @throws `UNDEFINED_RESULT` when `discountRate` is 0 and `r` or `r + Δ` is 1 (the lifetime value is infinite).
 * @example
 * ```ts
 * const e = retentionEconomics({ margin: 100, retentionRate: 0.8, retentionChange: 0.05, discountRate: 0.1, acquisitionCost: 200, retentionCost: 20 });
 * e.lifetimeValue; // 266.66666666666663
 * e.changedLifetimeValue; // 340.00000000000006
 * e.relativeChange; // 0.27499999999999997
 * e.expectedLifetime; // 5.000000000000001
 * e.comparison?.preferred; // 'retention'
 * e.comparison?.breakEvenRetentionCost; // 54.99999999999999
 * ```
 * @see Reichheld, F. F. & Sasser, W. E. (1990). Zero defections: quality comes to services. Harvard
 *   Business Review 68(5), 105–111.
 * @see Gupta, S. & Lehmann, D. R. (2003). Customers as assets. Journal of Interactive Marketing 17(1),
 *   9–24. https://doi.org/10.1002/dir.10045
 */
export function retentionEconomics(options: RetentionEconomicsOptions): RetentionEconomicsResult {
  const fn = 'retentionEconomics';
  checkOptions(fn, options);
  const { margin, retentionRate: r, retentionChange: delta, discountRate } = options;
  const includeCurrentMargin = options.includeCurrentMargin ?? false;
  const clv = lifetimeValue(fn, { margin, retentionRate: r, discountRate, includeCurrentMargin });
  const changed = lifetimeValue(fn, { margin, retentionRate: r + delta, discountRate, includeCurrentMargin });
  // Differences in closed form, free of cancellation for small Δ (A = 1 + d − r):
  // CLV(r + Δ) − CLV(r) = m(1 + d)Δ / (A(A − Δ)) with or without the current margin; where m(1 + d) or
  // A² overflows (d or m near 1.8e308), as mΔ · ((1 + d)/A)/(A − Δ), whose factors stay in range.
  const a = 1 + discountRate - r;
  let gain = (margin * (1 + discountRate) * delta) / (a * (a - delta));
  if (!Number.isFinite(gain)) gain = (margin * delta * ((1 + discountRate) / a)) / (a - delta);
  gain = finite(fn, 'margin', 'must be small enough for a finite lifetime value change', gain, margin);
  const relative = includeCurrentMargin ? delta / (a - delta) : ((1 + discountRate) * delta) / (r * (a - delta));
  const changedLifetime = 1 / (1 - r - delta);
  const reasons: string[] = [];
  if (clv === 0) reasons.push('CLV(r) is 0, so the relative change is undefined');
  else if (!Number.isFinite(relative)) reasons.push('CLV(r) is so small against its change that the relative change passes 1.8e308');
  if (r === 1) reasons.push('the expected lifetime is infinite at retentionRate 1');
  if (r + delta === 1 || !Number.isFinite(changedLifetime)) reasons.push('the changed expected lifetime is infinite at retentionRate + retentionChange = 1');
  const acquisitionCost = options.acquisitionCost ?? null;
  const retentionCost = options.retentionCost ?? null;
  let comparison: RetentionSpendingComparison | null = null;
  if (acquisitionCost === null || retentionCost === null) reasons.push('the comparison needs both acquisitionCost and retentionCost');
  else comparison = compare(fn, clv, gain, acquisitionCost, retentionCost, reasons);
  return {
    lifetimeValue: clv,
    changedLifetimeValue: changed,
    lifetimeValueChange: gain,
    relativeChange: clv === 0 || !Number.isFinite(relative) ? null : relative,
    expectedLifetime: r === 1 ? null : 1 / (1 - r),
    changedExpectedLifetime: r + delta === 1 || !Number.isFinite(changedLifetime) ? null : changedLifetime,
    comparison,
    reasons,
    settings: {
      margin,
      retentionRate: r,
      retentionChange: delta,
      discountRate,
      acquisitionCost,
      retentionCost,
      includeCurrentMargin,
      formula: includeCurrentMargin ? 'CLV = m(1 + d)/(1 + d - r)' : 'CLV = m r/(1 + d - r)',
    },
  };
}
