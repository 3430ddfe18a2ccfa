import type { VanWestendorpCurveName, VanWestendorpResult } from '../loyalty/vanWestendorp';
import { InvalidArgumentError } from '../core/errors/InvalidArgumentError';
import { chartSpec } from './internal/chartSpec';
import { moneyLabel } from './internal/timeUnitLabel';
import type { ChartDatum, PriceChartOptions, VegaLiteSpec } from './types';
import { readChartInput } from './internal/readChartInput';

const CURVE_NAMES: Readonly<Record<VanWestendorpCurveName, string>> = {
  tooCheap: 'Too cheap',
  cheap: 'Cheap',
  expensive: 'Expensive',
  tooExpensive: 'Too expensive',
  notCheap: 'Not cheap',
  notExpensive: 'Not expensive',
};
const CURVE_COLORS: Readonly<Record<VanWestendorpCurveName, string>> = {
  tooCheap: '#e45756',
  cheap: '#f58518',
  expensive: '#72b7b2',
  tooExpensive: '#4c78a8',
  notCheap: '#f58518',
  notExpensive: '#72b7b2',
};
const POINTS = [
  ['pmc', 'PMC'],
  ['opp', 'OPP'],
  ['ipp', 'IPP'],
  ['pme', 'PME'],
] as const;

/**
 * The Van Westendorp price sensitivity meter: the cumulative curves over price, the four price points
 * where they cross (PMC, OPP, IPP, PME) and the acceptable range, from the result of `vanWestendorp`.
 *
 * @remarks
 * The four curves drawn are those whose crossings give the four points: too cheap, not cheap, not
 * expensive and too expensive with the original acceptable range (van Westendorp 1976; the indifference
 * point cheap = expensive is the crossing of not cheap and not expensive), too cheap, cheap, expensive and
 * too expensive with the narrower one; as shares of respondents on the result's price grid (too cheap is
 * left out when it was not asked). Each price point the result found is a vertical
 * rule labelled with its price; a point the curves do not give (`price: null`) is named in the subtitle
 * instead. The acceptable range `[PMC, PME]` is shaded. The result carries no currency: pass `currency`.
 * Curves are in `datasets.curves` as `{ price, curve, share }`, points in `datasets.points` as `{ point,
 * price }`. O(curves × grid).
 *
 * @param result - The result of `vanWestendorp` (clientele/loyalty).
 * @param options - `currency`, `title` (default "Van Westendorp price sensitivity"), `width` (default 560), `height` (default 320), pixels.
 * @returns A Vega-Lite v6 specification with the curves and price points inlined.
 * @throws InvalidArgumentError when `result` is not a `vanWestendorp` result or an option is out of range.
 * @example
 * ```ts
 * const result = vanWestendorp([
 *   { respondentId: 'a', tooCheap: 2, cheap: 4, expensive: 6, tooExpensive: 8 },
 *   { respondentId: 'b', tooCheap: 3, cheap: 5, expensive: 7, tooExpensive: 9 },
 * ]);
 * const spec = vanWestendorpChart(result, { currency: 'EUR' });
 * spec.datasets.points.map((d) => d.point); // ['PMC', 'OPP', 'IPP', 'PME']
 * ```
 * @see van Westendorp, P. H. (1976). NSS price sensitivity meter (PSM) — A new approach to study consumer
 *   perception of prices. Proceedings of the 29th ESOMAR Congress, 139–167.
 */
export function vanWestendorpChart(result: VanWestendorpResult, options?: PriceChartOptions): VegaLiteSpec<'curves' | 'points' | 'range'> {
  const fn = 'vanWestendorpChart';
  return readChartInput(fn, 'result', () => {
    if (result === null || typeof result !== 'object' || typeof result.curves !== 'object' || typeof result.pricePoints !== 'object') {
      throw new InvalidArgumentError(fn, 'result', 'must be a `vanWestendorp` result', result);
    }
    // Every price point is a crossing of two of these four (IPP's cheap = expensive is notCheap = notExpensive).
    const drawn: VanWestendorpCurveName[] =
      result.acceptableRange.definition === 'narrower' ? ['tooCheap', 'cheap', 'expensive', 'tooExpensive'] : ['tooCheap', 'notCheap', 'notExpensive', 'tooExpensive'];
    const curves: ChartDatum[] = [];
    for (const name of drawn) {
      const shares = result.curves[name];
      if (shares === null) continue;
      result.curves.price.forEach((price, j) => curves.push({ price, curve: CURVE_NAMES[name], share: shares[j] ?? null }));
    }
    const points: ChartDatum[] = [];
    const missing: string[] = [];
    for (const [key, label] of POINTS) {
      const p = result.pricePoints[key];
      if (p.price === null) missing.push(label);
      // Labels alternate between two heights, so that close points (OPP and IPP often are) stay legible.
      else points.push({ point: label, price: p.price, text: `${label} ${Number(p.price.toFixed(2))}`, labelY: points.length % 2 === 0 ? 4 : 64 });
    }
    const { lower, upper } = result.acceptableRange;
    const range: ChartDatum[] = lower === null || upper === null ? [] : [{ lower, upper }];
    const priceTitle = moneyLabel('Price', options?.currency);
    const x = { type: 'quantitative', title: priceTitle, scale: { zero: false } };
    const names = drawn.filter((n) => result.curves[n] !== null);
    return chartSpec(
      fn,
      options,
      {
        title: 'Van Westendorp price sensitivity',
        subtitle:
          `${result.n} respondents; acceptable range ${lower === null || upper === null ? 'undefined' : `${Number(lower.toFixed(2))} to ${Number(upper.toFixed(2))}`} (shaded)` +
          (missing.length ? `; no crossing for ${missing.join(', ')}` : ''),
        description: `Van Westendorp curves over price with the price points ${points.map((p) => p['point']).join(', ')}.`,
        width: 560,
        height: 320,
      },
      { curves, points, range },
      {
        layer: [
          { data: { name: 'range' }, mark: { type: 'rect', color: '#54a24b', opacity: 0.08 }, encoding: { x: { field: 'lower', ...x }, x2: { field: 'upper' } } },
          {
            data: { name: 'curves' },
            mark: { type: 'line', interpolate: 'linear', tooltip: true },
            encoding: {
              x: { field: 'price', ...x },
              y: { field: 'share', type: 'quantitative', title: 'Share of respondents', scale: { domain: [0, 1] }, axis: { format: '.0%' } },
              color: {
                field: 'curve',
                type: 'nominal',
                title: null,
                scale: { domain: names.map((n) => CURVE_NAMES[n]), range: names.map((n) => CURVE_COLORS[n]) },
              },
              strokeDash: {
                field: 'curve',
                type: 'nominal',
                scale: { domain: names.map((n) => CURVE_NAMES[n]), range: names.map((n) => (n === 'notCheap' || n === 'notExpensive' ? [5, 3] : [1, 0])) },
              },
            },
          },
          {
            data: { name: 'points' },
            layer: [
              { mark: { type: 'rule', color: '#555555', strokeDash: [2, 2] }, encoding: { x: { field: 'price', ...x } } },
              {
                mark: { type: 'text', angle: 270, align: 'right', baseline: 'bottom', dx: -2, fontSize: 10, color: '#333333' },
                encoding: { x: { field: 'price', ...x }, y: { field: 'labelY', type: 'quantitative', scale: null }, text: { field: 'text' } },
              },
            ],
          },
        ],
      },
    );
  });
}
