import type { TransactionIndex } from '../../time/types';
import type { DayWindow } from './measureArgs';

/** Orders of customer `c` in the window and its promo orders, with order ids. @internal */
export function countOrdersById(index: TransactionIndex, c: number, w: DayWindow): [number, number] {
  const ids = index.orderId as readonly (string | null)[];
  const disc = index.discountMinor;
  const orders = new Map<string, boolean>();
  for (let j = index.start[c] as number, e = index.start[c + 1] as number; j < e; j++) {
    const d = index.epochDay[j] as number;
    if (index.returned[j] === 1 || d < w.from || d > w.to) continue;
    const key = ids[j] ?? `\u0000${d}`;
    const promo = disc !== null && (disc[j] as number) > 0;
    orders.set(key, (orders.get(key) ?? false) || promo);
  }
  let promo = 0;
  for (const p of orders.values()) if (p) promo++;
  return [orders.size, promo];
}

/**
 * Share of a customer's orders in the window with a discount (`promoShare` of
 * `customerPriceSensitivity`), by customer of the index; NaN without an order. Orders are rows sharing
 * an `orderId`, rows without one the purchase day; returns are not orders. @internal
 */
export function promoShares(index: TransactionIndex, w: DayWindow): Float64Array {
  const { epochDay, returned, start, discountMinor: disc } = index;
  const nc = index.customerIds.length;
  const out = new Float64Array(nc).fill(Number.NaN);
  for (let c = 0; c < nc; c++) {
    let orders = 0;
    let promoOrders = 0;
    if (index.orderId !== null) [orders, promoOrders] = countOrdersById(index, c, w);
    else {
      let lastDay = Number.NaN;
      let dayPromo = false;
      for (let j = start[c] as number, e = start[c + 1] as number; j < e; j++) {
        if (returned[j] === 1) continue;
        const d = epochDay[j] as number;
        if (d < w.from || d > w.to) continue;
        if (d !== lastDay) {
          orders++;
          if (dayPromo) promoOrders++;
          dayPromo = false;
          lastDay = d;
        }
        if (disc !== null && (disc[j] as number) > 0) dayPromo = true;
      }
      if (dayPromo) promoOrders++;
    }
    if (orders > 0) out[c] = promoOrders / orders;
  }
  return out;
}
