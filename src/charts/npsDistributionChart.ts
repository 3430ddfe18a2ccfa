import type { NpsResult } from '../satisfaction/nps';
import { InvalidArgumentError } from '../core/errors/InvalidArgumentError';
import { chartSpec } from './internal/chartSpec';
import type { ChartDatum, ChartOptions, VegaLiteSpec } from './types';
import { readChartInput } from './internal/readChartInput';

/** Category of an answer 0–10 under the result's scale. @internal */
function category(answer: number, scale: NpsResult['scale']): string {
  if (answer >= scale.promotersFrom) return 'Promoters';
  if (answer >= scale.passivesFrom) return 'Passives';
  return 'Detractors';
}

/**
 * Bar chart of the answers 0–10 of a Net Promoter question, coloured detractors / passives / promoters,
 * with the NPS and its interval in the subtitle, from the result of `nps`.
 *
 * @remarks
 * One bar per answer with its unweighted count (`result.distribution`); the colour bands follow the
 * scale echoed in the result (detractors 0–6, passives 7–8, promoters 9–10; Reichheld 2003). The score
 * `100 (p_P − p_D)` and the adjusted Wald interval (Rocks 2016) are the result's, weighted when it is.
 * Rows are in `datasets.answers` as `{ answer, respondents, category }`. O(11).
 *
 * @param result - The result of `nps` (clientele/satisfaction) without groups (pass `result.overall` or one group's `result`).
 * @param options - `title` (default "Net Promoter Score …"), `width` (default 440), `height` (default 260), pixels.
 * @returns A Vega-Lite v6 specification with the answer counts inlined.
 * @throws InvalidArgumentError when `result` is not an `nps` result or an option is out of range.
 * @example
 * ```ts
 * const spec = npsDistributionChart(nps([10, 9, 9, 8, 7, 6, 3, 10]));
 * spec.title.text; // 'Net Promoter Score 25'
 * spec.datasets.answers.filter((d) => d.respondents > 0).map((d) => d.answer); // [3, 6, 7, 8, 9, 10]
 * ```
 * @see Reichheld, F. F. (2003). The one number you need to grow. Harvard Business Review 81(12), 46–54.
 * @see Rocks, B. (2016). Interval estimation for the "Net Promoter Score". The American Statistician 70(4),
 * 365–372. https://doi.org/10.1080/00031305.2016.1158124
 */
export function npsDistributionChart(result: NpsResult, options?: ChartOptions): VegaLiteSpec<'answers'> {
  const fn = 'npsDistributionChart';
  return readChartInput(fn, 'result', () => {
    if (result === null || typeof result !== 'object' || !Array.isArray(result.distribution) || typeof result.score !== 'number') {
      throw new InvalidArgumentError(fn, 'result', 'must be an `nps` result without groups (pass `.overall` of a grouped one)', result);
    }
    const answers: ChartDatum[] = result.distribution.map((respondents, answer) => ({ answer, respondents, category: category(answer, result.scale) }));
    const pct = (x: number) => `${Math.round(100 * x)} %`;
    const categories = ['Detractors', 'Passives', 'Promoters'];
    return chartSpec(
      fn,
      options,
      {
        title: `Net Promoter Score ${Number(result.score.toFixed(1))}`,
        subtitle:
          `${result.n} answers${result.weighted ? ' (weighted shares, unweighted counts)' : ''}: promoters ${pct(result.shares.promoters)}, ` +
          `passives ${pct(result.shares.passives)}, detractors ${pct(result.shares.detractors)}; ` +
          `${Math.round(100 * result.confidenceLevel)} % interval ${result.adjustedWald.lower.toFixed(1)} to ${result.adjustedWald.upper.toFixed(1)}`,
        description: `Answers 0 to 10 of a Net Promoter question; NPS ${result.score.toFixed(1)}.`,
        width: 440,
        height: 260,
      },
      { answers },
      {
        data: { name: 'answers' },
        mark: { type: 'bar', tooltip: true },
        encoding: {
          x: { field: 'answer', type: 'ordinal', title: 'Likelihood to recommend (0 = not at all, 10 = extremely)', axis: { labelAngle: 0 } },
          y: { field: 'respondents', type: 'quantitative', title: 'Respondents' },
          color: { field: 'category', type: 'nominal', title: null, sort: categories, scale: { domain: categories, range: ['#e45756', '#bab0ac', '#54a24b'] } },
          tooltip: [
            { field: 'answer', type: 'ordinal', title: 'answer' },
            { field: 'respondents', type: 'quantitative', title: 'respondents' },
            { field: 'category', type: 'nominal', title: 'category' },
          ],
        },
      },
    );
  });
}
