import type { AlertContext, AlertSink } from './alertContext';

/**
 * Segment downgrade between the two snapshots: moved into the "bad" set from outside it (high), or down
 * the tier order (one tier: medium; two or more: high). Labels compare case-insensitively. @internal
 */
export function ruleSegmentDowngrade(id: string, ctx: AlertContext, sink: AlertSink): void {
  const before = ctx.before?.get(id);
  const after = ctx.after?.get(id);
  if (before === undefined || after === undefined) {
    const missing = before === undefined && after === undefined ? 'either snapshot' : before === undefined ? 'the before snapshot' : 'the after snapshot';
    return sink.skip('segment-downgrade', `no segment in ${missing}`);
  }
  const b = before.toLowerCase();
  const a = after.toLowerCase();
  const enteredBadSet = ctx.bad.has(a) && !ctx.bad.has(b);
  const rankBefore = ctx.order?.get(b);
  const rankAfter = ctx.order?.get(a);
  const tierDrop = rankBefore === undefined || rankAfter === undefined ? null : rankAfter - rankBefore;
  if (ctx.order !== null && tierDrop === null && !enteredBadSet) {
    const unknown = rankBefore === undefined ? before : after;
    return sink.skip('segment-downgrade', `segment ${JSON.stringify(unknown)} is not in options.segments.order`);
  }
  const demoted = tierDrop !== null && tierDrop > 0;
  if (!enteredBadSet && !demoted) return;
  sink.alert('segment-downgrade', enteredBadSet || (tierDrop as number) >= 2 ? 'high' : 'medium', {
    before,
    after,
    enteredBadSet,
    tierDrop: demoted ? tierDrop : null,
  });
}
