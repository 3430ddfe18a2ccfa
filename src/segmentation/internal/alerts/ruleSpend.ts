import { median } from '../../../core/stats/median';
import { neumaierSum } from '../../../core/stats/neumaierSum';
import type { AlertContext, AlertSink, EvidenceValue, PurchaseHistory } from './alertContext';

/** √(π/2): σ of a normal sample from its mean absolute deviation around the centre. @internal */
const MEAN_AD_SCALE = 1.2533141373155003;
/** 1 / Φ⁻¹(3/4): σ of a normal sample from its median absolute deviation. @internal */
const MAD_SCALE = 1.4826;

/** Spend of the recent window and of the trailing windows, minor units. @internal */
interface Windows {
  readonly recent: number;
  readonly trailing: number[];
}

/**
 * Spend per window of `W` days ending at `asOf`: window 0 is `(asOf − W, asOf]`, window j is
 * `(asOf − (j+1)W, asOf − jW]`; trailing windows are j = 1..m that end on or after the first purchase.
 * @internal
 */
function windowSpend(h: PurchaseHistory, ctx: AlertContext): Windows {
  const { asOf, windowDays: w, trailingWindows: m } = ctx.t;
  const first = h.days[0] as number;
  let count = 0;
  while (count < m && asOf - (count + 1) * w >= first) count++;
  const sums = new Array<number>(count + 1).fill(0);
  for (let k = 0; k < h.days.length; k++) {
    const j = Math.floor((asOf - (h.days[k] as number)) / w);
    if (j <= count) sums[j] = (sums[j] as number) + (h.spend[k] as number);
  }
  return { recent: sums[0] as number, trailing: sums.slice(1) };
}

/** Robust z of `x` against `values`: MAD scale, or the mean absolute deviation when MAD is 0; `null` when both are 0. @internal */
function robustZ(x: number, values: readonly number[]): { z: number | null; median: number; mad: number; scaleKind: 'mad' | 'meanAbsoluteDeviation' | null } {
  const med = median(values);
  const deviations = values.map((v) => Math.abs(v - med));
  const mad = median(deviations);
  if (mad > 0) return { z: (x - med) / (MAD_SCALE * mad), median: med, mad, scaleKind: 'mad' };
  const meanAd = neumaierSum(deviations) / values.length;
  if (meanAd > 0) return { z: (x - med) / (MEAN_AD_SCALE * meanAd), median: med, mad, scaleKind: 'meanAbsoluteDeviation' };
  return { z: null, median: med, mad, scaleKind: null };
}

/**
 * Spend drop (`recent / trailing mean < ratio`, or robust z < `spendDropZ`) and spend spike (robust z >
 * `spendSpikeZ`) from the same windows. Severity of a drop: high when the ratio is below half the
 * threshold, medium below the threshold, low when only z fires. A spike is low (an opportunity). @internal
 */
export function ruleSpend(h: PurchaseHistory, ctx: AlertContext, sink: AlertSink, drop: boolean, spike: boolean): void {
  const skip = (reason: string) => {
    if (drop) sink.skip('spend-drop', reason);
    if (spike) sink.skip('spend-spike', reason);
  };
  if (h.days.length === 0) return skip('no purchase on or before asOf');
  const t = ctx.t;
  const win = windowSpend(h, ctx);
  const n = win.trailing.length;
  if (n < t.minTrailingWindows) {
    return skip(`${n} trailing window${n === 1 ? '' : 's'} of ${t.windowDays} days since the first purchase (needs ≥ ${t.minTrailingWindows})`);
  }
  const total = neumaierSum(win.trailing);
  if (total <= 0) return skip('no spend in the trailing windows');
  const mean = total / n;
  const r = robustZ(win.recent, win.trailing);
  const ratio = win.recent / mean;
  const evidence: Record<string, EvidenceValue> = {
    recentSpend: win.recent / ctx.scale,
    trailingMean: mean / ctx.scale,
    trailingMedian: r.median / ctx.scale,
    trailingMad: r.mad / ctx.scale,
    trailingWindows: n,
    windowDays: t.windowDays,
    ratio,
    robustZ: r.z,
    zScale: r.scaleKind,
  };
  if (drop) {
    const byRatio = win.recent * n < t.spendDropRatio * total;
    const byZ = r.z !== null && r.z < t.spendDropZ;
    if (byRatio || byZ) sink.alert('spend-drop', ratio < t.spendDropRatio / 2 ? 'high' : byRatio ? 'medium' : 'low', evidence);
  }
  if (spike) {
    if (r.z === null) sink.skip('spend-spike', 'the trailing windows all have the same spend (robust z undefined)');
    else if (r.z > t.spendSpikeZ) sink.alert('spend-spike', 'low', evidence);
  }
}
