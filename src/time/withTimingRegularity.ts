import { InvalidArgumentError } from '../core/errors/InvalidArgumentError';
import { rememberSummaryOrigin } from './internal/summaryOrigin';
import type { CustomerTiming, TimedCustomerSummary, TimingRegularitySummary } from './timingRegularityTypes';
import type { CustomerSummary, SummarySettings, TransactionSummary } from './types';

/** The settings that must agree between a summary and its timing. */
const SHARED = ['unit', 'unitDays', 'monthLength', 'mergeBy', 'calibrationEnd', 'observationEnd'] as const;

/**
 * Adds each customer's `litt` (from {@link summarizeTimingRegularity}) to a summary's customers, matched by
 * `customerId`: the data of the MBG/CNBD-k model, ready for `fitMbgCnbdK` or `fitModel(mbgCnbdK(k), …)`.
 *
 * @remarks
 * Both must come from the same log with the same options: the unit, unit length, month length, merge rule,
 * calibration and observation end must agree, and every customer of the summary must have a timing record
 * with the same `frequency` (the number of inter-purchase times), else it throws rather than joining
 * inconsistent data. Customers keep the summary's order and every field, with `litt` added; the result is
 * the summary with those customers, so it still carries its unit for `fitModel`. O(customers). Neither
 * input is modified.
 *
 * @param summary - The result of `summarizeTransactions` (or `summarizeTransactionColumns`).
 * @param timing - The result of `summarizeTimingRegularity` on the same transactions and options.
 * @returns The summary with `litt` on every customer.
 * @throws InvalidArgumentError when the settings disagree, a customer has no timing record, the
 *   frequencies differ, or the summary's `notInCalibration` or `rejected` is not an array.
 * @example
 * ```ts
 * const log = [
 *   { customerId: 'a', date: '1997-01-01', amount: 10 },
 *   { customerId: 'a', date: '1997-01-15', amount: 20 },
 *   { customerId: 'a', date: '1997-02-12', amount: 7 },
 * ];
 * const options = { unit: 'week' } as const;
 * const data = withTimingRegularity(summarizeTransactions(log, options), summarizeTimingRegularity(log, options));
 * data.customers[0]?.litt; // 2.0794415416798357 (ln 2 + ln 4)
 * ```
 * @see Platzer, M. & Reutterer, T. (2016). Ticking away the moments: Timing regularity helps to better predict
 * customer activity. Marketing Science 35(5), 779–799. doi:10.1287/mksc.2015.0963
 */
export function withTimingRegularity<Id extends string | number>(
  summary: TransactionSummary<Id>,
  timing: TimingRegularitySummary<Id>,
): Omit<TransactionSummary<Id>, 'customers'> & { readonly customers: TimedCustomerSummary<Id>[] } {
  const fn = 'withTimingRegularity';
  if (summary === null || typeof summary !== 'object' || !Array.isArray(summary.customers) || summary.options === null || typeof summary.options !== 'object') {
    throw new InvalidArgumentError(fn, 'summary', 'must be the result of summarizeTransactions { customers, options, … }', summary);
  }
  for (const key of ['notInCalibration', 'rejected'] as const) {
    if (!Array.isArray(summary[key])) {
      throw new InvalidArgumentError(fn, `summary.${key}`, 'must be an array, as summarizeTransactions returns it (pass its result unchanged)', summary[key]);
    }
  }
  if (timing === null || typeof timing !== 'object' || !Array.isArray(timing.customers) || timing.options === null || typeof timing.options !== 'object') {
    throw new InvalidArgumentError(fn, 'timing', 'must be the result of summarizeTimingRegularity { customers, options, … }', timing);
  }
  for (const key of SHARED) {
    const want = (summary.options as SummarySettings)[key];
    const got = (timing.options as SummarySettings)[key];
    if (want !== got) {
      throw new InvalidArgumentError(fn, `timing.options.${key}`, `must equal the summary's ${key} ${JSON.stringify(want)} (compute both from the same log with the same options)`, got);
    }
  }
  const byId = new Map<string | number, CustomerTiming<Id>>();
  for (const t of timing.customers) byId.set(t.customerId, t);
  const customers: TimedCustomerSummary<Id>[] = [];
  summary.customers.forEach((c: CustomerSummary<Id>, i) => {
    const t = byId.get(c.customerId);
    if (t === undefined) {
      throw new InvalidArgumentError(fn, `summary.customers[${i}].customerId`, 'must have a record in timing.customers (compute both from the same log)', c.customerId);
    }
    if (t.frequency !== c.frequency) {
      throw new InvalidArgumentError(
        fn,
        `summary.customers[${i}].frequency`,
        `must equal the timing record's frequency ${t.frequency} for customer ${JSON.stringify(c.customerId)} (compute both from the same log with the same options)`,
        c.frequency,
      );
    }
    customers.push({ ...c, litt: t.litt });
  });
  rememberSummaryOrigin(customers, summary.options);
  return { ...summary, customers };
}
