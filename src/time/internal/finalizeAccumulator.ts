import { InvalidArgumentError } from '../../core/errors/InvalidArgumentError';
import { POW10 } from '../../money/parseMinorUnits';
import { formatEpochDay } from '../formatEpochDay';
import { span, spendExclusion, unmatchedReturnReason, withSpendExcluded } from '../summarizeCore';
import type { CustomerSummary, RejectedTransaction, SummarySettings, TransactionSummary, UncalibratedCustomer } from '../types';
import type { SummaryAccumulator } from './summaryAccumulator';
import type { PartColumns } from './summaryPart';
import { rememberSummaryOrigin } from './summaryOrigin';

/** A part's totals once its pending returns are decided. @internal */
interface PartTotals {
  /** Purchases and netted returns, minor units. */
  readonly total: number;
  /** The first purchase with the returns netted into it, minor units. */
  readonly firstValue: number;
  /** Rows kept (purchases and netted returns). */
  readonly rows: number;
}

/**
 * Decides a part's pending returns: before the first purchase they are rejected (pushed to `rejected`),
 * else they net into the first purchase (they are before the second). @internal
 */
function closePart(parts: PartColumns, k: number, holdout: boolean, rejected: RejectedTransaction[]): PartTotals {
  let total = (parts.purchaseMinor[k] as number) + (parts.returnMinor[k] as number);
  let firstValue = parts.firstPeriodMinor[k] as number;
  let rows = (parts.purchaseRows[k] as number) + (parts.returnRows[k] as number);
  const pending = parts.pendingRows[k] === 0 ? undefined : parts.pending.get(k);
  if (pending !== undefined) {
    const firstDay = parts.firstDay[k] as number;
    for (const r of pending) {
      if (r.day < firstDay) {
        rejected.push({ index: r.index, field: 'amount', reason: unmatchedReturnReason(r.day, holdout), value: r.value });
      } else {
        total += r.amountMinor;
        firstValue += r.amountMinor;
        rows++;
      }
    }
  }
  return { total, firstValue, rows };
}

/** Customer indices in order of their first row in the log (already so for a stream read in order). @internal */
function customerOrder(firstIndex: Float64Array, count: number): number[] {
  const order = Array.from({ length: count }, (_, k) => k);
  let sorted = true;
  for (let k = 1; k < count && sorted; k++) if ((firstIndex[k] as number) < (firstIndex[k - 1] as number)) sorted = false;
  return sorted ? order : order.sort((a, b) => (firstIndex[a] as number) - (firstIndex[b] as number));
}

/** Throws when a total in minor units is beyond 2^53, where float64 integers stop being exact. @internal */
function checkExact(fn: string, id: string | number, total: number): void {
  if (!Number.isSafeInteger(total)) {
    throw new InvalidArgumentError(
      fn,
      'transactions',
      `must total below 2^53 minor units per customer for exact money (customer ${String(id)}); split the amounts or use fewer minor digits`,
      total,
    );
  }
}

/** What every customer's summary needs besides its own columns. @internal */
interface Context {
  readonly acc: SummaryAccumulator;
  readonly hasHoldout: boolean;
  readonly calibrationEnd: number;
  readonly durationHoldout: number;
  readonly scale: number;
}

/**
 * Customer `k`'s summary, with a calibration purchase, from its closed parts: the fields and formulas of
 * `reduceCustomers` in `summarizeCore`, written as the same literals (not a spread of a base object). @internal
 */
function customerSummary<Id extends string | number>(fn: string, id: Id, k: number, cal: PartTotals, hold: PartTotals, context: Context): CustomerSummary<Id> {
  const { acc, scale } = context;
  const cp = acc.calibration;
  checkExact(fn, id, cal.total);
  const first = cp.firstDay[k] as number;
  const frequency = (cp.count[k] as number) - 1;
  const lastDay = cp.lastDay[k] as number;
  const recency = frequency === 0 ? 0 : span(acc.clock, first, lastDay);
  const monetaryValue = frequency === 0 ? 0 : (cal.total - cal.firstValue) / frequency / scale;
  const T = span(acc.clock, first, context.calibrationEnd);
  const firstPurchaseDate = formatEpochDay(first);
  const lastPurchaseDate = formatEpochDay(lastDay);
  let summary: CustomerSummary<Id>;
  if (context.hasHoldout) {
    const holdout = acc.holdout.count[k] as number;
    checkExact(fn, id, hold.total);
    summary = {
      customerId: id,
      frequency,
      recency,
      T,
      monetaryValue,
      firstPurchaseValue: cal.firstValue / scale,
      totalSpend: cal.total / scale,
      totalSpendMinor: cal.total,
      transactionCount: cal.rows,
      firstPurchaseDate,
      lastPurchaseDate,
      frequencyHoldout: holdout,
      monetaryValueHoldout: holdout === 0 ? 0 : hold.total / holdout / scale,
      durationHoldout: context.durationHoldout,
    };
  } else {
    summary = {
      customerId: id,
      frequency,
      recency,
      T,
      monetaryValue,
      firstPurchaseValue: cal.firstValue / scale,
      totalSpend: cal.total / scale,
      totalSpendMinor: cal.total,
      transactionCount: cal.rows,
      firstPurchaseDate,
      lastPurchaseDate,
    };
  }
  return frequency > 0 && monetaryValue <= 0 ? withSpendExcluded(summary, spendExclusion(monetaryValue)) : summary;
}

/**
 * The transaction summary of everything added to `acc`: the same rules, values and order as
 * `summarizeCore` on the whole log (customers by their first readable row, rejections by index). @internal
 */
export function finalizeAccumulator<Id extends string | number>(fn: string, acc: SummaryAccumulator): TransactionSummary<Id> {
  const { settings, clock } = acc;
  const rejected = [...acc.rejected];
  const observationEnd = settings.observationEnd ?? (Number.isFinite(acc.lastDay) ? acc.lastDay : null);
  const calibrationEnd = settings.calibrationEnd ?? observationEnd;
  const options: SummarySettings = {
    unit: settings.unit,
    unitDays: settings.unitDays,
    monthLength: settings.monthLength,
    mergeBy: settings.mergeBy,
    calibrationEnd: settings.calibrationEnd === null ? null : formatEpochDay(settings.calibrationEnd),
    observationEnd: observationEnd === null ? null : formatEpochDay(observationEnd),
    minorDigits: settings.minorDigits,
    returns: settings.returns,
    dateObjects: settings.dateObjects,
  };
  const customers: CustomerSummary<Id>[] = [];
  const notInCalibration: UncalibratedCustomer<Id>[] = [];
  if (observationEnd !== null && calibrationEnd !== null) {
    const hasHoldout = settings.calibrationEnd !== null;
    const durationHoldout = span(clock, calibrationEnd, observationEnd);
    const scale = POW10[settings.minorDigits] as number;
    const { calibration: cp, holdout: hp, firstIndex } = acc;
    const ids = acc.registry.ids;
    const context: Context = { acc, hasHoldout, calibrationEnd, durationHoldout, scale };
    for (const k of customerOrder(firstIndex, ids.length)) {
      const id = ids[k] as Id;
      const cal = closePart(cp, k, false, rejected);
      const hold = closePart(hp, k, true, rejected);
      const first = cp.firstDay[k] as number;
      if (first === Number.POSITIVE_INFINITY) {
        const holdoutFirst = hp.firstDay[k] as number;
        if (holdoutFirst !== Number.POSITIVE_INFINITY) {
          notInCalibration.push({ customerId: id, firstPurchaseDate: formatEpochDay(holdoutFirst), transactionCount: hold.rows });
        }
        continue;
      }
      customers.push(customerSummary(fn, id, k, cal, hold, context));
    }
  }
  rejected.sort((a, b) => a.index - b.index);
  rememberSummaryOrigin(customers, options);
  return { customers, notInCalibration, rejected, options };
}
