import type { SummarySettings } from '../types';

/**
 * The settings of the summary each `customers` array came from. Weakly held: the record goes with the
 * array. Lets a function given the bare `summary.customers` array still know the unit its recency and
 * `T` were measured in (an array made by `filter` or `map` is a new array and carries nothing). @internal
 */
const origins = new WeakMap<object, SummarySettings>();

/** Records that `customers` is the customer list of a summary made with `settings`. @internal */
export function rememberSummaryOrigin(customers: object, settings: SummarySettings): void {
  origins.set(customers, settings);
}

/** The settings of the summary `rows` is the customer list of, or undefined. @internal */
export function summaryOriginOf(rows: unknown): SummarySettings | undefined {
  return rows !== null && typeof rows === 'object' ? origins.get(rows) : undefined;
}
