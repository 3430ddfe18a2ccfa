import { selectInPlace } from './selectInPlace';
import type { RfmCustomerScore, RfmSegmentSummary } from '../../rfmTypes';

/** Median of `values[from..to)`, rearranged in place by selection; null when empty. @internal */
function medianOf(values: Float64Array, from: number, to: number): number | null {
  if (to === from) return null;
  const part = values.subarray(from, to);
  const n = part.length;
  const mid = n >> 1;
  selectInPlace(part, mid, 0, n - 1);
  const upper = part[mid] as number;
  if (n % 2 === 1) return upper;
  let lower = part[0] as number;
  for (let i = 1; i < mid; i++) if ((part[i] as number) > lower) lower = part[i] as number;
  return (lower + upper) / 2;
}

/**
 * Customers, orders, revenue (exact minor units) and their shares, and median recency per segment.
 * `reasons` receives why a share is null. @internal
 */
export function summarizeRfmSegments(
  customers: readonly RfmCustomerScore[],
  segmentIndex: Int32Array,
  segments: readonly string[],
  minorDigits: number,
  reasons: string[],
): RfmSegmentSummary[] {
  const k = segments.length;
  const count = new Float64Array(k);
  const orders = new Float64Array(k);
  const revenueMinor = new Float64Array(k);
  for (let i = 0; i < customers.length; i++) {
    const s = segmentIndex[i] as number;
    const c = customers[i] as RfmCustomerScore;
    count[s] = (count[s] as number) + 1;
    orders[s] = (orders[s] as number) + c.frequency;
    revenueMinor[s] = (revenueMinor[s] as number) + c.monetaryMinor;
  }
  const offset = new Int32Array(k + 1);
  for (let s = 0; s < k; s++) offset[s + 1] = (offset[s] as number) + (count[s] as number);
  const fill = offset.slice(0, k);
  const recency = new Float64Array(customers.length);
  for (let i = 0; i < customers.length; i++) {
    const s = segmentIndex[i] as number;
    recency[fill[s] as number] = (customers[i] as RfmCustomerScore).recencyDays;
    fill[s] = (fill[s] as number) + 1;
  }
  let totalOrders = 0;
  let totalMinor = 0;
  for (let s = 0; s < k; s++) {
    totalOrders += orders[s] as number;
    totalMinor += revenueMinor[s] as number;
  }
  if (totalOrders === 0) reasons.push('orderShare is null: the customers have no orders');
  if (!(totalMinor > 0)) reasons.push(`revenueShare is null: total revenue is not positive (${totalMinor} minor units)`);
  const scale = 10 ** minorDigits;
  return segments.map((segment, s) => {
    const minor = (revenueMinor[s] as number) === 0 ? 0 : (revenueMinor[s] as number);
    return {
      segment,
      customers: count[s] as number,
      customerShare: (count[s] as number) / customers.length,
      orders: orders[s] as number,
      orderShare: totalOrders === 0 ? null : (orders[s] as number) / totalOrders,
      revenue: minor / scale,
      revenueMinor: minor,
      revenueShare: totalMinor > 0 ? minor / totalMinor : null,
      medianRecencyDays: medianOf(recency, offset[s] as number, offset[s + 1] as number),
    };
  });
}
