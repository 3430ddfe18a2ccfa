import { median } from '../../../core/stats/median';
import type { TransactionIndex } from '../../../time/types';
import type { AlertRuleName, AlertThresholds } from './resolveAlertOptions';
import type { ReadIncident } from './readSideInputs';
import { purchaseDays } from '../../../time/internal/purchaseDays';

/** One evidence value. @internal */
export type EvidenceValue = number | string | boolean | null | readonly string[];

/** Collects the alerts and the "not evaluated" notes of one customer. @internal */
export interface AlertSink {
  alert(rule: AlertRuleName, severity: 'low' | 'medium' | 'high', evidence: Readonly<Record<string, EvidenceValue>>, tie?: string): void;
  skip(rule: AlertRuleName, reason: string): void;
}

/** A customer's purchase days (distinct, ascending, on or before `asOf`) and the spend of each, minor units. @internal */
export interface PurchaseHistory {
  readonly id: string;
  /** Position in the index, or -1 when the customer has no transaction row. */
  readonly position: number;
  readonly days: readonly number[];
  readonly spend: readonly number[];
}

/** Everything the rules share. @internal */
export interface AlertContext {
  readonly index: TransactionIndex;
  readonly t: AlertThresholds;
  /** Median over customers with enough purchases of their own median inter-purchase time, days. */
  readonly populationIpt: number | null;
  readonly scale: number;
  readonly before: ReadonlyMap<string, string> | null;
  readonly after: ReadonlyMap<string, string> | null;
  readonly bad: ReadonlySet<string>;
  /** Tier rank (0 = best) by lower-cased label, or `null` without an order. */
  readonly order: ReadonlyMap<string, number> | null;
  readonly pAlive: ReadonlyMap<string, number> | null;
  readonly incidents: ReadonlyMap<string, readonly ReadIncident[]> | null;
}

/** Purchase days (returns and rows after `asOf` left out; same-day rows merged) of index customer `c`. @internal */
export function purchaseHistory(index: TransactionIndex, c: number, asOf: number): PurchaseHistory {
  const spend: number[] = [];
  const days = c >= 0 ? purchaseDays(index, c, asOf, spend) : [];
  return { id: c >= 0 ? (index.customerIds[c] as string) : '', position: c, days, spend };
}

/** Median of the gaps between consecutive purchase days; `NaN` with fewer than two days. @internal */
export function ownMedianIpt(days: readonly number[]): number {
  const gaps = new Float64Array(Math.max(0, days.length - 1));
  for (let k = 1; k < days.length; k++) gaps[k - 1] = (days[k] as number) - (days[k - 1] as number);
  return median(gaps);
}

/**
 * The inter-purchase time a customer is judged by: their own median with at least
 * `minPurchasesForOwnIpt` purchase days, else the population's; `null` when neither exists. @internal
 */
export function iptFor(h: PurchaseHistory, ctx: AlertContext): { ipt: number; source: 'own' | 'population' } | null {
  if (h.days.length >= ctx.t.minPurchasesForOwnIpt) return { ipt: ownMedianIpt(h.days), source: 'own' };
  return ctx.populationIpt === null ? null : { ipt: ctx.populationIpt, source: 'population' };
}

/** Why {@link iptFor} gave `null`. @internal */
export function noIptReason(h: PurchaseHistory, ctx: AlertContext): string {
  return `${h.days.length} purchase day${h.days.length === 1 ? '' : 's'} (own inter-purchase time needs ≥ ${ctx.t.minPurchasesForOwnIpt}) and no customer has enough for a population median`;
}
