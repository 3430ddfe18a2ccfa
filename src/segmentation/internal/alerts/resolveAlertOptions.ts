import { InvalidArgumentError } from '../../../core/errors/InvalidArgumentError';
import { assertInteger } from '../../../core/validate/assertInteger';
import { readCalendarDayOption } from '../readCalendarDayOption';
import type { PurchaseAlertsSettings } from '../../purchaseAlerts';

/** The rules, in the order alerts of one customer are listed. @internal */
export const ALERT_RULES = [
  'overdue',
  'spend-drop',
  'frequency-drop',
  'segment-downgrade',
  'low-p-alive',
  'incident-no-follow-up',
  'spend-spike',
  'new-category',
] as const;

/** One rule name. @internal */
export type AlertRuleName = (typeof ALERT_RULES)[number];

/** The default "bad" segments (compared case-insensitively). @internal */
export const DEFAULT_BAD_SEGMENTS = ['At Risk', "Can't Lose Them", "Can't Lose", 'Hibernating', 'Lost'] as const;

/** The checked thresholds of `purchaseAlerts`, defaults filled in: its reported settings' numbers, `asOf` as a day. @internal */
export type AlertThresholds = Pick<
  PurchaseAlertsSettings,
  | 'overdueMultiple'
  | 'minPurchasesForOwnIpt'
  | 'windowDays'
  | 'trailingWindows'
  | 'minTrailingWindows'
  | 'spendDropRatio'
  | 'spendDropZ'
  | 'spendSpikeZ'
  | 'frequencyPValue'
  | 'minHistoryPurchases'
  | 'pAliveThreshold'
  | 'incidentMultiple'
> & { readonly asOf: number; readonly rules: readonly AlertRuleName[] };

type Raw = Readonly<Record<string, unknown>>;

/** A number option with a default, checked by `ok` (rule text in `rule`). @internal */
function num(fn: string, o: Raw, key: string, fallback: number, ok: (x: number) => boolean, rule: string): number {
  const v = o[key];
  if (v === undefined) return fallback;
  if (typeof v !== 'number' || !Number.isFinite(v) || !ok(v)) throw new InvalidArgumentError(fn, `options.${key}`, rule, v);
  return v;
}

/** An integer option with a default, in `[min, max]`. @internal */
function int(fn: string, o: Raw, key: string, fallback: number, min: number, max = Number.POSITIVE_INFINITY): number {
  const v = o[key];
  if (v === undefined) return fallback;
  assertInteger(fn, `options.${key}`, v, min, max);
  return v;
}

/** The rules asked for (default all), checked and in the fixed order. @internal */
function readRules(fn: string, rules: unknown): AlertRuleName[] {
  if (rules === undefined) return [...ALERT_RULES];
  if (!Array.isArray(rules)) throw new InvalidArgumentError(fn, 'options.rules', 'must be an array of rule names', rules);
  rules.forEach((r, i) => {
    if (!(ALERT_RULES as readonly unknown[]).includes(r)) {
      throw new InvalidArgumentError(fn, `options.rules[${i}]`, `must be one of ${ALERT_RULES.map((x) => `'${x}'`).join(', ')}`, r);
    }
  });
  return ALERT_RULES.filter((r) => rules.includes(r));
}

/** Checks the scalar options of `purchaseAlerts` and fills in the defaults. @internal */
export function resolveAlertOptions(fn: string, o: Raw): AlertThresholds {
  const asOf = readCalendarDayOption(fn, 'options.asOf', o['asOf']);
  const positive = (x: number) => x > 0;
  const trailingWindows = int(fn, o, 'trailingWindows', 4, 1, 1000);
  return {
    asOf,
    rules: readRules(fn, o['rules']),
    overdueMultiple: num(fn, o, 'overdueMultiple', 2, positive, 'must be a finite number greater than 0'),
    minPurchasesForOwnIpt: int(fn, o, 'minPurchasesForOwnIpt', 3, 2),
    windowDays: int(fn, o, 'windowDays', 90, 1),
    trailingWindows,
    minTrailingWindows: int(fn, o, 'minTrailingWindows', Math.min(2, trailingWindows), 1, trailingWindows),
    spendDropRatio: num(fn, o, 'spendDropRatio', 0.5, (x) => x > 0 && x <= 1, 'must be a number in (0, 1]'),
    spendDropZ: num(fn, o, 'spendDropZ', -2, (x) => x < 0, 'must be a finite number below 0'),
    spendSpikeZ: num(fn, o, 'spendSpikeZ', 3, positive, 'must be a finite number greater than 0'),
    frequencyPValue: num(fn, o, 'frequencyPValue', 0.05, (x) => x > 0 && x < 1, 'must be a number in (0, 1)'),
    minHistoryPurchases: int(fn, o, 'minHistoryPurchases', 3, 1),
    pAliveThreshold: num(fn, o, 'pAliveThreshold', 0.3, (x) => x > 0 && x <= 1, 'must be a number in (0, 1]'),
    incidentMultiple: num(fn, o, 'incidentMultiple', 2, positive, 'must be a finite number greater than 0'),
  };
}
