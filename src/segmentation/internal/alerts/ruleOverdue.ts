import { formatEpochDay } from '../../../time/formatEpochDay';
import { iptFor, noIptReason, type AlertContext, type AlertSink, type PurchaseHistory } from './alertContext';

/**
 * Overdue: `days since the last purchase > k · IPT` (strictly), IPT the customer's median inter-purchase
 * time (or the population's). Severity by `ratio = days / IPT`: high above `2k`, medium above `1.5k`, else
 * low. @internal
 */
export function ruleOverdue(h: PurchaseHistory, ctx: AlertContext, sink: AlertSink): void {
  const last = h.days[h.days.length - 1];
  if (last === undefined) return sink.skip('overdue', 'no purchase on or before asOf');
  const judged = iptFor(h, ctx);
  if (judged === null) return sink.skip('overdue', noIptReason(h, ctx));
  const k = ctx.t.overdueMultiple;
  const daysSince = ctx.t.asOf - last;
  if (!(daysSince > k * judged.ipt)) return;
  const ratio = daysSince / judged.ipt;
  sink.alert('overdue', ratio > 2 * k ? 'high' : ratio > 1.5 * k ? 'medium' : 'low', {
    lastPurchaseDate: formatEpochDay(last),
    daysSinceLastPurchase: daysSince,
    medianIpt: judged.ipt,
    iptSource: judged.source,
    purchases: h.days.length,
    multiple: k,
    thresholdDays: k * judged.ipt,
    ratio,
  });
}
