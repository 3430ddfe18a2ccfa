import { InvalidArgumentError } from '../../core/errors/InvalidArgumentError';
import { POW10 } from '../../money/parseMinorUnits';
import { formatEpochDay } from '../formatEpochDay';
import { span, spendExclusion, unmatchedReturnReason, withSpendExcluded } from '../summarizeCore';
import type { CustomerSummary, RejectedTransaction, SummarySettings, TransactionSummary, UncalibratedCustomer } from '../types';
import type { SummaryAccumulator } from './summaryAccumulator';
import type { PartAccumulator } from './summaryPart';
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
function closePart(part: PartAccumulator, holdout: boolean, rejected: RejectedTransaction[]): PartTotals {
  let total = part.purchaseMinor + part.returnMinor;
  let firstValue = part.firstPeriodMinor;
  let rows = part.purchaseRows + part.returnRows;
  if (part.pending !== null) {
    for (const r of part.pending) {
      if (r.day < part.firstDay) {
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
    const ordered = [...acc.customers.values()].sort((a, b) => a.firstIndex - b.firstIndex);
    for (const c of ordered) {
      const id = c.id as Id;
      const cal = closePart(c.calibration, false, rejected);
      const hold = c.holdout === null ? null : closePart(c.holdout, true, rejected);
      const first = c.calibration.firstDay;
      if (first === Number.POSITIVE_INFINITY) {
        if (c.holdout !== null && hold !== null && c.holdout.count > 0) {
          notInCalibration.push({ customerId: id, firstPurchaseDate: formatEpochDay(c.holdout.firstDay), transactionCount: hold.rows });
        }
        continue;
      }
      checkExact(fn, id, cal.total);
      const frequency = c.calibration.count - 1;
      const recency = frequency === 0 ? 0 : span(clock, first, c.calibration.lastDay);
      const monetaryValue = frequency === 0 ? 0 : (cal.total - cal.firstValue) / frequency / scale;
      const base = {
        customerId: id,
        frequency,
        recency,
        T: span(clock, first, calibrationEnd),
        monetaryValue,
        firstPurchaseValue: cal.firstValue / scale,
        totalSpend: cal.total / scale,
        totalSpendMinor: cal.total,
        transactionCount: cal.rows,
        firstPurchaseDate: formatEpochDay(first),
        lastPurchaseDate: formatEpochDay(c.calibration.lastDay),
      };
      let summary: CustomerSummary<Id> = base;
      if (hasHoldout) {
        const holdout = c.holdout?.count ?? 0;
        const holdoutTotal = hold?.total ?? 0;
        checkExact(fn, id, holdoutTotal);
        summary = { ...base, frequencyHoldout: holdout, monetaryValueHoldout: holdout === 0 ? 0 : holdoutTotal / holdout / scale, durationHoldout };
      }
      if (frequency > 0 && monetaryValue <= 0) summary = withSpendExcluded(summary, spendExclusion(monetaryValue));
      customers.push(summary);
    }
  }
  rejected.sort((a, b) => a.index - b.index);
  rememberSummaryOrigin(customers, options);
  return { customers, notInCalibration, rejected, options };
}
