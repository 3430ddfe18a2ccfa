import { InvalidArgumentError } from '../../core/errors/InvalidArgumentError';

/**
 * When a buyer still counts as active at a date:
 * - `{ rule: 'cadence', multiple }` (default, multiple 2): the days since the last purchase are at most
 *   `multiple` × the median inter-purchase time, the customer's own with at least 3 purchases, else the
 *   population's;
 * - `{ rule: 'days', days }`: the days since the last purchase are at most `days`;
 * - `{ rule: 'pAlive', threshold }`: the customer's P(alive) (given per customer) is at least `threshold`.
 */
export type ActivityRule =
  | { readonly rule: 'cadence'; readonly multiple?: number }
  | { readonly rule: 'days'; readonly days: number }
  | { readonly rule: 'pAlive'; readonly threshold: number };

/** The checked rule with its defaults filled in. @internal */
export function resolveActivityRule(fn: string, argument: string, value: unknown): Required<ActivityRule> {
  if (value === undefined) return { rule: 'cadence', multiple: 2 };
  const o = value as Record<string, unknown> | null;
  if (typeof o !== 'object' || o === null) throw new InvalidArgumentError(fn, argument, "must be { rule: 'cadence' | 'days' | 'pAlive', … }", value);
  const positive = (key: string, v: unknown) => {
    if (typeof v !== 'number' || !Number.isFinite(v) || v <= 0) throw new InvalidArgumentError(fn, `${argument}.${key}`, 'must be a finite number > 0', v);
    return v;
  };
  if (o['rule'] === 'cadence') return { rule: 'cadence', multiple: o['multiple'] === undefined ? 2 : positive('multiple', o['multiple']) };
  if (o['rule'] === 'days') return { rule: 'days', days: positive('days', o['days']) };
  if (o['rule'] === 'pAlive') {
    const t = o['threshold'];
    if (typeof t !== 'number' || !(t >= 0 && t <= 1)) throw new InvalidArgumentError(fn, `${argument}.threshold`, 'must be a probability in [0, 1]', t);
    return { rule: 'pAlive', threshold: t };
  }
  throw new InvalidArgumentError(fn, `${argument}.rule`, "must be 'cadence', 'days' or 'pAlive'", o['rule']);
}

/** The median of sorted-or-not gaps (`null` when there are none). @internal */
export function medianOf(values: readonly number[]): number | null {
  if (values.length === 0) return null;
  const s = [...values].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 === 1 ? (s[m] as number) : ((s[m - 1] as number) + (s[m] as number)) / 2;
}
