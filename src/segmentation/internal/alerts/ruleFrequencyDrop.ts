import { regularizedGammaQ } from '../../../core/special/regularizedGammaQ';
import type { AlertContext, AlertSink, PurchaseHistory } from './alertContext';

/**
 * Frequency drop: with `λ̂ = N_hist / L` (purchase days from the first purchase to the day before the
 * recent window, over those `L` days, the first purchase included), `p = P(N ≤ n | Poisson(λ̂W)) =
 * Q(n + 1, λ̂W)` for the `n` purchase days in the recent window; alert when `p < frequencyPValue`.
 * Severity: high below 0.001, medium below 0.01, else low. @internal
 */
export function ruleFrequencyDrop(h: PurchaseHistory, ctx: AlertContext, sink: AlertSink): void {
  const t = ctx.t;
  if (h.days.length === 0) return sink.skip('frequency-drop', 'no purchase on or before asOf');
  const recentStart = t.asOf - t.windowDays + 1;
  const first = h.days[0] as number;
  const historyDays = recentStart - first;
  if (historyDays < t.windowDays) {
    const days = Math.max(0, historyDays);
    return sink.skip('frequency-drop', `${days} day${days === 1 ? '' : 's'} of history before the recent window (needs ≥ ${t.windowDays})`);
  }
  let historyPurchases = 0;
  let observed = 0;
  for (const day of h.days) {
    if (day < recentStart) historyPurchases++;
    else observed++;
  }
  if (historyPurchases < t.minHistoryPurchases) {
    return sink.skip('frequency-drop', `${historyPurchases} purchase days before the recent window (needs ≥ ${t.minHistoryPurchases})`);
  }
  const ratePerDay = historyPurchases / historyDays;
  const expected = ratePerDay * t.windowDays;
  const pValue = regularizedGammaQ(observed + 1, expected);
  if (!(pValue < t.frequencyPValue)) return;
  sink.alert('frequency-drop', pValue < 0.001 ? 'high' : pValue < 0.01 ? 'medium' : 'low', {
    observedPurchases: observed,
    expectedPurchases: expected,
    ratePerDay,
    historyPurchases,
    historyDays,
    windowDays: t.windowDays,
    pValue,
    threshold: t.frequencyPValue,
  });
}
