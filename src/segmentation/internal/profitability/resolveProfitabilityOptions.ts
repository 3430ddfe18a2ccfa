import { InvalidArgumentError } from '../../../core/errors/InvalidArgumentError';
import { describeMinorUnitsProblem } from '../../../money/describeMinorUnitsProblem';
import { parseMinorUnits } from '../../../money/parseMinorUnits';
import { readCalendarDayOption } from '../readCalendarDayOption';
import { readExactRate, type ExactRate } from './exactRate';

/** The options of `customerProfitability` as read (before the transactions are indexed). @internal */
export interface ResolvedProfitabilityOptions {
  readonly from: number;
  readonly to: number;
  readonly amountsAfterDiscount: boolean;
  readonly rate: ExactRate | null;
  readonly countBenefits: boolean;
  /** The activity costs as given (checked against the minor digits later). */
  readonly activityCosts: Readonly<Record<string, number | string>>;
  readonly minorDigits: number | undefined;
  readonly currency: string | undefined;
}

interface RawOptions {
  readonly window?: unknown;
  readonly costOfGoodsRate?: unknown;
  readonly activityCosts?: unknown;
  readonly amounts?: unknown;
  readonly benefits?: unknown;
  readonly minorDigits?: unknown;
  readonly currency?: unknown;
}

/** The window `{ from, to }` as epoch days, `from ≤ to`. @internal */
function readWindow(fn: string, window: unknown): { from: number; to: number } {
  if (typeof window !== 'object' || window === null) {
    throw new InvalidArgumentError(fn, 'options.window', 'must be an object { from, to } of calendar dates (both inclusive)', window);
  }
  const w = window as { from?: unknown; to?: unknown };
  const from = readCalendarDayOption(fn, 'options.window.from', w.from);
  const to = readCalendarDayOption(fn, 'options.window.to', w.to);
  if (to < from) throw new InvalidArgumentError(fn, 'options.window.to', 'must not be before `options.window.from`', w.to);
  return { from, to };
}

/** One of the allowed strings, or the default when absent. @internal */
function readChoice<T extends string>(fn: string, argument: string, value: unknown, allowed: readonly T[], fallback: T): T {
  if (value === undefined) return fallback;
  if (typeof value !== 'string' || !(allowed as readonly string[]).includes(value)) {
    throw new InvalidArgumentError(fn, argument, `must be one of ${allowed.map((a) => `'${a}'`).join(', ')}`, value);
  }
  return value as T;
}

/** Checks the options of `customerProfitability` (window, rate, activity costs, choices). @internal */
export function resolveProfitabilityOptions(fn: string, options: RawOptions): ResolvedProfitabilityOptions {
  const { from, to } = readWindow(fn, options.window);
  const rate = options.costOfGoodsRate === undefined ? null : readExactRate(fn, 'options.costOfGoodsRate', options.costOfGoodsRate, 10);
  const activity = options.activityCosts;
  if (activity !== undefined && (typeof activity !== 'object' || activity === null || Array.isArray(activity))) {
    throw new InvalidArgumentError(fn, 'options.activityCosts', 'must be an object mapping an interaction kind to its cost', activity);
  }
  const currency = options.currency;
  if (currency !== undefined && typeof currency !== 'string') throw new InvalidArgumentError(fn, 'options.currency', 'must be an ISO 4217 code', currency);
  const digits = options.minorDigits;
  if (digits !== undefined && typeof digits !== 'number') throw new InvalidArgumentError(fn, 'options.minorDigits', 'must be an integer from 0 to 15', digits);
  return {
    from,
    to,
    amountsAfterDiscount: readChoice(fn, 'options.amounts', options.amounts, ['after-discount', 'before-discount'], 'after-discount') === 'after-discount',
    rate,
    countBenefits: readChoice(fn, 'options.benefits', options.benefits, ['discount', 'ignore'], 'discount') === 'discount',
    activityCosts: (activity ?? {}) as Readonly<Record<string, number | string>>,
    minorDigits: digits,
    currency,
  };
}

/** The activity costs in minor units; throws `INVALID_ARGUMENT` for a cost that is not an exact amount ≥ 0. @internal */
export function readActivityCosts(fn: string, costs: Readonly<Record<string, number | string>>, digits: number): Map<string, number> {
  const out = new Map<string, number>();
  for (const kind of Object.keys(costs).sort()) {
    const value = costs[kind];
    const minor = typeof value === 'number' || typeof value === 'string' ? parseMinorUnits(value, digits) : Number.NaN;
    if (Number.isNaN(minor) || minor < 0) {
      const rule = minor < 0 ? 'must not be negative' : describeMinorUnitsProblem(value, digits);
      throw new InvalidArgumentError(fn, `options.activityCosts[${JSON.stringify(kind)}]`, rule, value);
    }
    out.set(kind.trim(), minor);
  }
  return out;
}
