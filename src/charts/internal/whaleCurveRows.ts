import type { WhaleCurveResult } from '../../segmentation/whaleCurve';
import { InvalidArgumentError } from '../../core/errors/InvalidArgumentError';
import type { ChartDatum } from '../types';

/** What `whaleCurveChart` draws, read from a `whaleCurve` result (the one place that knows its shape). @internal */
export interface WhaleCurveData {
  /** The curve: `{ customers, customerShare, profit, share }` (`share` null when total profit ≤ 0). */
  readonly curve: ChartDatum[];
  /** Whether the y axis is the share of total profit (else profit in money). */
  readonly inShares: boolean;
  /** The 20/80/30 markers: `{ marker, customerShare, share, profit, text }`. */
  readonly markers: ChartDatum[];
  /** The peak: `{ customerShare, share, profit, text }`. */
  readonly peak: ChartDatum[];
  readonly customerCount: number;
  readonly totalProfit: number;
  readonly top: number;
  readonly bottom: number;
}

/** A share as a percentage: whole points, one decimal below 10 % so that a small share is not shown as 0 or -0. */
function pct(x: number): string {
  const points = 100 * x;
  const digits = Math.abs(points) < 9.95 && Math.round(points) !== points ? 1 : 0;
  const text = points.toFixed(digits);
  return `${Number(text) === 0 ? (0).toFixed(digits) : text} %`;
}

/** Reads a `whaleCurve` result into the rows of its chart. @internal */
export function whaleCurveRows(fn: string, result: WhaleCurveResult): WhaleCurveData {
  if (
    result === null ||
    typeof result !== 'object' ||
    !Array.isArray(result.curve) ||
    result.curve.length === 0 ||
    typeof result.kotler !== 'object' ||
    !(result.customerCount > 0)
  ) {
    throw new InvalidArgumentError(fn, 'result', 'must be a `whaleCurve` result', result);
  }
  const inShares = result.percentReason === null;
  const curve = result.curve.map((p) => ({ customers: p.customers, customerShare: p.customerShare, profit: p.cumulativeProfit, share: p.cumulativeShare }));
  const { top, bottom } = result.settings;
  const k = result.kotler;
  const yOf = (profit: number, share: number | null) => (inShares ? share : profit);
  const total = result.totalProfit;
  const markers: ChartDatum[] = [
    {
      marker: `top ${pct(top)}`,
      customerShare: k.topCustomers / result.customerCount,
      y: yOf(k.topProfit, inShares ? k.topProfit / total : null),
      text: `top ${pct(top)}: ${k.top20 === null ? 'n/a' : pct(k.top20)} of profit`,
    },
    {
      marker: `bottom ${pct(bottom)}`,
      customerShare: 1 - k.bottomCustomers / result.customerCount,
      y: yOf(total - k.bottomProfit, inShares ? (total - k.bottomProfit) / total : null),
      text: `bottom ${pct(bottom)}: ${k.bottom30 === null ? 'n/a' : pct(k.bottom30)} of profit`,
    },
  ];
  const peak: ChartDatum[] = [
    {
      customerShare: result.peak.customerShare,
      y: yOf(result.peak.profit, result.peak.share),
      profit: result.peak.profit,
      text: inShares && result.peak.share !== null ? `peak ${pct(result.peak.share)} of profit` : 'peak',
    },
  ];
  return { curve, inShares, markers, peak, customerCount: result.customerCount, totalProfit: total, top, bottom };
}
