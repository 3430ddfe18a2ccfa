import { formatEpochDay } from '../../../time/formatEpochDay';
import { iptFor, noIptReason, type AlertContext, type AlertSink, type PurchaseHistory } from './alertContext';

/**
 * Incident follow-up: an incident on day `d` (on or before `asOf`) is followed when a purchase falls in
 * `(d, d + A]`, `A = k · IPT`. Without one, it alerts once `asOf − d ≥ A` (the whole allowance observed):
 * high when `asOf − d > 2A`, else medium; before that it is undecidable and noted, not alerted. @internal
 */
export function ruleIncidents(id: string, h: PurchaseHistory, ctx: AlertContext, sink: AlertSink): void {
  const incidents = ctx.incidents?.get(id);
  if (incidents === undefined) return;
  const judged = iptFor(h, ctx);
  if (judged === null) return sink.skip('incident-no-follow-up', noIptReason(h, ctx));
  const k = ctx.t.incidentMultiple;
  const allowance = k * judged.ipt;
  for (const incident of incidents) {
    const d = incident.day;
    const followed = h.days.some((p) => p > d && p - d <= allowance);
    if (followed) continue;
    const elapsed = ctx.t.asOf - d;
    const date = formatEpochDay(d);
    if (elapsed < allowance) {
      sink.skip('incident-no-follow-up', `incident of ${date} is undecidable: ${elapsed} of ${allowance} days of its follow-up allowance have passed`);
      continue;
    }
    sink.alert(
      'incident-no-follow-up',
      elapsed > 2 * allowance ? 'high' : 'medium',
      {
        incidentDate: date,
        incidentIndex: incident.index,
        incidentId: incident.incidentId,
        daysSinceIncident: elapsed,
        allowanceDays: allowance,
        medianIpt: judged.ipt,
        iptSource: judged.source,
        multiple: k,
      },
      `${String(d + 1e7).padStart(9, '0')}|${incident.incidentId ?? ''}`,
    );
  }
}
