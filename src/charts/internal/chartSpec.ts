import { InvalidArgumentError } from '../../core/errors/InvalidArgumentError';
import type { ChartDatum, ChartOptions, ChartTitle, VegaLiteSpec } from '../types';

/** The Vega-Lite schema every builder targets. @internal */
export const VEGA_LITE_SCHEMA = 'https://vega.github.io/schema/vega-lite/v6.json' as const;

/** What a builder knows before the caller's options are applied. @internal */
export interface ChartDefaults {
  readonly title: string;
  readonly subtitle?: string | null;
  readonly description: string;
  readonly width: number;
  readonly height: number;
}

/**
 * Checks the common options (an object or undefined; `title` a string; `width`/`height` finite > 0) and
 * returns them with the builder's defaults filled in. @internal
 */
export function resolveChartOptions(
  fn: string,
  options: ChartOptions | undefined,
  defaults: ChartDefaults,
): { title: ChartTitle; width: number; height: number; description: string } {
  if (options !== undefined && (options === null || typeof options !== 'object')) {
    throw new InvalidArgumentError(fn, 'options', 'must be an object or undefined', options);
  }
  const title = options?.title ?? defaults.title;
  if (typeof title !== 'string') throw new InvalidArgumentError(fn, 'options.title', 'must be a string', title);
  const size = (key: 'width' | 'height'): number => {
    const value = options?.[key] ?? defaults[key];
    if (typeof value !== 'number' || !Number.isFinite(value) || value <= 0) {
      throw new InvalidArgumentError(fn, `options.${key}`, 'must be a finite number of pixels greater than 0', value);
    }
    return value;
  };
  const subtitle = defaults.subtitle;
  return {
    title: subtitle ? { text: title, subtitle } : { text: title },
    width: size('width'),
    height: size('height'),
    description: defaults.description,
  };
}

/** Assembles the top-level specification: schema, description, title, size, datasets, then the body. @internal */
export function chartSpec<K extends string>(
  fn: string,
  options: ChartOptions | undefined,
  defaults: ChartDefaults,
  datasets: Readonly<Record<K, readonly ChartDatum[]>>,
  body: Readonly<Record<string, unknown>>,
): VegaLiteSpec<K> {
  const resolved = resolveChartOptions(fn, options, defaults);
  return {
    $schema: VEGA_LITE_SCHEMA,
    description: resolved.description,
    title: resolved.title,
    width: resolved.width,
    height: resolved.height,
    datasets,
    ...body,
    config: { view: { stroke: null }, axis: { labelFontSize: 11, titleFontSize: 12, labelLimit: 260 }, legend: { labelFontSize: 11, labelLimit: 320 } },
  };
}

/** Throws `INVALID_ARGUMENT` unless `value` is a non-null object (a result of the library). @internal */
export function requireResult(fn: string, argument: string, value: unknown, what: string): void {
  if (value === null || typeof value !== 'object') {
    throw new InvalidArgumentError(fn, argument, `must be ${what}`, value);
  }
}

/** Throws `INVALID_ARGUMENT` unless `value` is a non-empty array. @internal */
export function requireRows(fn: string, argument: string, value: unknown, what: string): void {
  if (!Array.isArray(value) || value.length === 0) {
    throw new InvalidArgumentError(fn, argument, `must be a non-empty array of ${what}`, value);
  }
}

/** A finite number, or `null` (Vega-Lite skips nulls; JSON has no NaN or Infinity). @internal */
export function finiteOrNull(value: number | null | undefined): number | null {
  return typeof value === 'number' && Number.isFinite(value) ? value : null;
}
