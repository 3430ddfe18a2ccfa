import type { AlertContext, AlertSink, PurchaseHistory } from './alertContext';

/**
 * First purchase in a new category: products bought in the recent window (purchases, not returns) that
 * the customer never bought before it. Needs a purchase before the window (else every category is new).
 * Severity low (a cross-sell cue). @internal
 */
export function ruleNewCategory(h: PurchaseHistory, ctx: AlertContext, sink: AlertSink): void {
  const { index, t } = ctx;
  const product = index.product as readonly (string | null)[];
  const recentStart = t.asOf - t.windowDays + 1;
  if (h.days.length === 0 || (h.days[0] as number) >= recentStart) {
    return sink.skip('new-category', 'no purchase before the recent window (every category would be new)');
  }
  const known = new Set<string>();
  const fresh = new Set<string>();
  const c = h.position;
  for (let j = index.start[c] as number; j < (index.start[c + 1] as number); j++) {
    const day = index.epochDay[j] as number;
    const name = product[j];
    if (day > t.asOf) break;
    if (index.returned[j] === 1 || name === null || name === undefined) continue;
    if (day < recentStart) known.add(name);
    else if (!known.has(name)) fresh.add(name);
  }
  if (fresh.size === 0) return;
  const categories = [...fresh].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
  sink.alert('new-category', 'low', { categories, knownCategories: known.size, windowDays: t.windowDays });
}
