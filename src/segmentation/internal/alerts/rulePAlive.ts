import type { AlertContext, AlertSink } from './alertContext';

/** Model-based: `P(alive) < threshold` (strictly). Severity: high below a third of it, medium below two thirds, else low. @internal */
export function rulePAlive(id: string, ctx: AlertContext, sink: AlertSink): void {
  const p = ctx.pAlive?.get(id);
  if (p === undefined) return sink.skip('low-p-alive', 'no pAlive row');
  const threshold = ctx.t.pAliveThreshold;
  if (!(p < threshold)) return;
  sink.alert('low-p-alive', p < threshold / 3 ? 'high' : p < (2 * threshold) / 3 ? 'medium' : 'low', { pAlive: p, threshold });
}
