import type { KaplanMeierResult, SurvivalCurve } from '../loyalty/kaplanMeier';
import { InvalidArgumentError } from '../core/errors/InvalidArgumentError';
import { chartSpec } from './internal/chartSpec';
import type { ChartDatum, KaplanMeierChartOptions, VegaLiteSpec } from './types';
import { readChartInput } from './internal/readChartInput';

/** The step rows of one curve, starting at (0, 1). @internal */
function curveRows(group: string, curve: SurvivalCurve, out: ChartDatum[]): void {
  out.push({ group, time: 0, survival: 1, lower: 1, upper: 1, atRisk: curve.n, events: 0 });
  for (const s of curve.steps) out.push({ group, time: s.time, survival: s.survival, lower: s.lower, upper: s.upper, atRisk: s.atRisk, events: s.events });
}

/**
 * Kaplan–Meier survival curves with their pointwise confidence bands: one step curve per group (or the
 * overall curve when there are no groups), from the result of `kaplanMeier`.
 *
 * @remarks
 * Each curve starts at `Ŝ(0) = 1` and steps down at the event times (`Ŝ(t) = Π_{tᵢ≤t} (1 − dᵢ/nᵢ)`;
 * Kaplan & Meier 1958); the band is the result's pointwise interval (Greenwood variance, on the scale and
 * at the level echoed in `result.settings`), left out where it is undefined (`Ŝ = 0`). The subtitle gives
 * the medians and, with groups, the log-rank test. The result carries no time unit: pass `timeUnit`.
 * Rows are in `datasets.curves` as `{ group, time, survival, lower, upper, atRisk, events }`. O(steps).
 *
 * @param result - The result of `kaplanMeier` (clientele/loyalty).
 * @param options - `timeUnit`, `title` (default "Survival (Kaplan–Meier)"), `width` (default 520), `height` (default 300), pixels.
 * @returns A Vega-Lite v6 specification with the curves inlined.
 * @throws InvalidArgumentError when `result` is not a `kaplanMeier` result or an option is out of range.
 * @example
 * ```ts
 * const km = kaplanMeier([
 *   { time: 3, event: true }, { time: 5, event: false }, { time: 5, event: true },
 *   { time: 8, event: true }, { time: 12, event: false },
 * ]);
 * const spec = kaplanMeierChart(km, { timeUnit: 'month' });
 * spec.datasets.curves.map((d) => [d.time, d.survival]); // [[0, 1], [3, 0.8], [5, 0.6000000000000001], [8, 0.30000000000000004]]
 * ```
 * @see Kaplan, E. L. & Meier, P. (1958). Nonparametric estimation from incomplete observations. Journal of
 *   the American Statistical Association 53(282), 457–481. https://doi.org/10.1080/01621459.1958.10501452
 */
export function kaplanMeierChart(result: KaplanMeierResult, options?: KaplanMeierChartOptions): VegaLiteSpec<'curves'> {
  const fn = 'kaplanMeierChart';
  return readChartInput(fn, 'result', () => {
    if (result === null || typeof result !== 'object' || typeof result.overall !== 'object' || !Array.isArray(result.groups)) {
      throw new InvalidArgumentError(fn, 'result', 'must be a `kaplanMeier` result', result);
    }
    const unit = options?.timeUnit;
    if (unit !== undefined && typeof unit !== 'string') throw new InvalidArgumentError(fn, 'options.timeUnit', 'must be a string', unit);
    const curves: ChartDatum[] = [];
    const groups = result.groups.length > 0 ? result.groups : [{ group: 'All', curve: result.overall }];
    for (const g of groups) curveRows(g.group, g.curve, curves);
    const median = (c: SurvivalCurve) => (c.median.time === null ? 'not reached' : String(c.median.time));
    const medians = groups.map((g) => (groups.length === 1 ? `median ${median(g.curve)}` : `${g.group} ${median(g.curve)}`)).join(', ');
    const test = result.logRank?.pValue === null || result.logRank === null ? '' : `; log-rank p = ${result.logRank.pValue.toPrecision(3)}`;
    const level = Math.round(100 * result.settings.confidenceLevel);
    const x = { field: 'time', type: 'quantitative', title: unit ? `Time (${unit}s)` : 'Time' };
    const color = { field: 'group', type: 'nominal', title: groups.length === 1 ? null : 'Group', sort: groups.map((g) => g.group) };
    return chartSpec(
      fn,
      options,
      {
        title: 'Survival (Kaplan–Meier)',
        subtitle: `${level} % ${result.settings.interval} bands; ${groups.length === 1 ? medians : `medians: ${medians}`}${test}`,
        description: `Kaplan-Meier survival curves of ${groups.length} group(s) with ${level} % pointwise bands.`,
        width: 520,
        height: 300,
      },
      { curves },
      {
        data: { name: 'curves' },
        layer: [
          {
            transform: [{ filter: 'isValid(datum.lower) && isValid(datum.upper)' }],
            mark: { type: 'area', interpolate: 'step-after', opacity: 0.18 },
            encoding: { x, y: { field: 'lower', type: 'quantitative' }, y2: { field: 'upper' }, color: { ...color, legend: null } },
          },
          {
            mark: { type: 'line', interpolate: 'step-after', tooltip: true },
            encoding: {
              x,
              y: { field: 'survival', type: 'quantitative', title: 'Share still active, S(t)', scale: { domain: [0, 1] }, axis: { format: '.0%' } },
              color,
            },
          },
        ],
      },
    );
  });
}
