import { assertInteger } from '../../core/validate/assertInteger';
import { resolveConfidence } from '../../satisfaction/internal/resolveConfidence';
import { formatEpochDay } from '../../time/formatEpochDay';
import type { TransactionIndex } from '../../time/types';
import type { DefectToleranceOptions, DefectToleranceResult, ToleranceStatus } from '../defectTolerance';
import { customerLookup } from './customerLookup';
import { readIncidentRows } from './readIncidentRows';
import { assertOptionsObject, readDays, readPeriod, readPositive } from './readOptionsObject';
import { robustSpreadOfHistogram } from './robustSpread';
import { scanIncidents, type ScanSettings } from './scanIncidents';
import { sortByCustomer } from './sortByCustomer';
import { createStrata } from './toleranceStrata';

/** The checked options of defect tolerance, with the period as epoch days and the normal quantile. @internal */
export type ToleranceSettings = DefectToleranceResult['settings'] & ScanSettings & { readonly from: number; readonly z: number };

/** Checks the options of defect tolerance. @internal */
export function resolveToleranceOptions(fn: string, options: DefectToleranceOptions): ToleranceSettings {
  assertOptionsObject(fn, options);
  const { from, to } = readPeriod(fn, options.period);
  const windowDays = readDays(fn, 'options.windowDays', options.windowDays, 1);
  const spendWindowDays = options.spendWindowDays === undefined ? windowDays : readDays(fn, 'options.spendWindowDays', options.spendWindowDays, 1);
  const fastResolutionDays = readDays(fn, 'options.fastResolutionDays', options.fastResolutionDays, 0);
  const k = readPositive(fn, 'options.k', options.k, 2);
  const minPriorPurchases = options.minPriorPurchases ?? 3;
  assertInteger(fn, 'options.minPriorPurchases', minPriorPurchases, 3);
  const purchaseNumberCap = options.purchaseNumberCap ?? 5;
  assertInteger(fn, 'options.purchaseNumberCap', purchaseNumberCap, 1, 1000);
  const { level, z } = resolveConfidence(fn, options.confidenceLevel);
  return {
    period: { from: formatEpochDay(from as number), to: formatEpochDay(to) },
    windowDays,
    spendWindowDays,
    fastResolutionDays,
    k,
    minPriorPurchases,
    purchaseNumberCap,
    confidenceLevel: level,
    matching: `purchase number (1..${purchaseNumberCap}, the last meaning "${purchaseNumberCap} or more") × calendar month of the reference day`,
    robustZ: '(gap − median IPT) / (1.4826 · MAD IPT)',
    end: to,
    from: from as number,
    z,
  };
}

/** The verdict of a gap (−1: no purchase yet) against a threshold, for an incident on `day`. @internal */
export function verdict(gap: number, threshold: number, day: number, end: number): ToleranceStatus {
  if (Number.isNaN(threshold)) return 'no-baseline';
  if (gap >= 0 && gap <= threshold) return 'tolerant';
  return day + threshold <= end ? 'intolerant' : 'not-yet-decidable';
}

/**
 * The incidents read and grouped by customer, the facts of each (purchases before, gap, own IPT, spend),
 * the strata of the matched design and the population's IPT spread: everything defect tolerance reports,
 * before any row object is made (the strata stay empty without `withStrata`). @internal
 */
export function scanTolerance(index: TransactionIndex, incidents: readonly unknown[], set: ToleranceSettings, withStrata = true) {
  const inc = readIncidentRows(incidents, customerLookup(index.customerIds), set.from, set.end);
  const grouping = sortByCustomer(inc.customer, inc.day, inc.count, index.customerIds.length);
  const lo = Math.min(index.firstDay ?? set.from, set.from);
  const strata = createStrata(lo, Math.max(lo, set.end), set.purchaseNumberCap);
  const histogram = new Float64Array(Math.max(1, set.end - lo + 2));
  const facts = scanIncidents(index, inc, grouping, withStrata ? strata : null, set, histogram);
  const spread = robustSpreadOfHistogram(histogram);
  return { inc, grouping, strata, facts, spread };
}

/**
 * Per customer of the index, the incidents judged tolerant and intolerant (the verdicts of
 * `defectTolerance`, counted without building its rows). @internal
 */
export function toleranceCounts(index: TransactionIndex, scan: ReturnType<typeof scanTolerance>, set: ToleranceSettings): { tolerant: Int32Array; intolerant: Int32Array } {
  const nc = index.customerIds.length;
  const tolerant = new Int32Array(nc);
  const intolerant = new Int32Array(nc);
  const { inc, grouping, facts, spread } = scan;
  for (let c = 0; c < nc; c++) {
    for (let q = grouping.first[c] as number, e = grouping.first[c + 1] as number; q < e; q++) {
      const k = grouping.order[q] as number;
      const own = facts.ownMedian[k] as number;
      const median = Number.isNaN(own) ? spread.median : own;
      const status = verdict(facts.gap[k] as number, set.k * median, inc.day[k] as number, set.end);
      if (status === 'tolerant') tolerant[c] = (tolerant[c] as number) + 1;
      else if (status === 'intolerant') intolerant[c] = (intolerant[c] as number) + 1;
    }
  }
  return { tolerant, intolerant };
}
