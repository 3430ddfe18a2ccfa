import type { ModelTimeUnit } from '../clv/types';
import type { HoldoutAccuracy } from '../clv/evaluation/holdoutAccuracy';

/** Options every chart builder takes; each builder documents its own defaults. */
export interface ChartOptions {
  /** Title of the chart (each builder has a default that names what is shown). */
  readonly title?: string;
  /** Width of the plotting area in pixels, a finite number > 0. */
  readonly width?: number;
  /** Height of the plotting area in pixels, a finite number > 0. */
  readonly height?: number;
}

/** One row of inlined data: a flat record of JSON values. */
export type ChartDatum = Readonly<Record<string, string | number | boolean | null>>;

/** Title and subtitle of a chart. */
export interface ChartTitle {
  /** The title. */
  readonly text: string;
  /** A second line (conventions, the key number), when the builder has one. */
  readonly subtitle?: string;
}

/**
 * A Vega-Lite v6 specification as the chart builders return it: a plain JSON object with its data inlined
 * under `datasets` (one named table per layer source), ready for `vega-embed` or `vega-lite`'s `compile`.
 * The keys listed here are always present; the rest (`mark`, `encoding`, `layer`, ...) are Vega-Lite's.
 * `K` names the tables of `datasets` (each builder documents its own).
 */
export interface VegaLiteSpec<K extends string = string> {
  /** `'https://vega.github.io/schema/vega-lite/v6.json'`. */
  readonly $schema: 'https://vega.github.io/schema/vega-lite/v6.json';
  /** One sentence saying what the chart shows (used by screen readers). */
  readonly description: string;
  /** Title and subtitle. */
  readonly title: ChartTitle;
  /** Width of the plotting area, pixels. */
  readonly width: number;
  /** Height of the plotting area, pixels. */
  readonly height: number;
  /** The inlined data: table name → rows. */
  readonly datasets: Readonly<Record<K, readonly ChartDatum[]>>;
  /** The rest of the specification (Vega-Lite's own keys). */
  readonly [key: string]: unknown;
}

/** Options of the tracking charts (`trackingCumulativeChart`, `trackingIncrementalChart`). */
export interface TrackingChartOptions extends ChartOptions {
  /** The unit of the points' clock, for the axis title (e.g. `'week'`); tracking points carry none. */
  readonly timeUnit?: ModelTimeUnit;
  /** End of the calibration window on the points' clock: drawn as a rule (omitted: no rule). */
  readonly calibrationEnd?: number;
}

/** The score column a `clvDistributionChart` shows. */
export type ClvDistributionMeasure = 'value' | 'expectedPurchases' | 'probabilityAlive';

/** Options of `clvDistributionChart`. */
export interface ClvDistributionChartOptions extends ChartOptions {
  /** The column to show (default `'value'` when the score has values, else `'expectedPurchases'`). */
  readonly measure?: ClvDistributionMeasure;
  /** Number of equal-width bins, an integer 1–200 (default 30). */
  readonly bins?: number;
  /** Currency of the values, for the axis title (e.g. `'USD'`); the score carries none. */
  readonly currency?: string;
}

/** Named holdout accuracies to compare: model name → the result of `holdoutAccuracy` for that model. */
export type HoldoutAccuracies = Readonly<Record<string, HoldoutAccuracy>>;

/** Options of `npsByGroupChart`. */
export interface NpsByGroupChartOptions extends ChartOptions {
  /** The interval drawn: `'adjustedWald'` (default; Rocks 2016) or `'wald'`. */
  readonly interval?: 'adjustedWald' | 'wald';
}

/** Options of `ipmaChart`. */
export interface IpmaChartOptions extends ChartOptions {
  /** Place the driver constructs (`'constructs'`, default) or their items (`'indicators'`). */
  readonly level?: 'constructs' | 'indicators';
}

/** Options of `cohortRetentionChart`. */
export interface CohortRetentionChartOptions extends ChartOptions {
  /** `'active'` (default): share of the cohort buying in period k; `'retained'`: buying in period k or later. */
  readonly measure?: 'active' | 'retained';
}

/** Options of `kaplanMeierChart`. */
export interface KaplanMeierChartOptions extends ChartOptions {
  /** The unit of the lifetimes, for the axis title (e.g. `'day'`, `'month'`); the result carries none. */
  readonly timeUnit?: string;
}

/** Options of the price charts (`vanWestendorpChart`, `gaborGrangerChart`). */
export interface PriceChartOptions extends ChartOptions {
  /** Currency of the prices, for the axis titles (e.g. `'EUR'`); the results carry none. */
  readonly currency?: string;
}

/** Options of the value charts (`whaleCurveChart`, `customerPyramidChart`). */
export interface ValueChartOptions extends ChartOptions {
  /** Currency of the profits or values, for the axis titles and labels (e.g. `'USD'`); the results carry none. */
  readonly currency?: string;
}
