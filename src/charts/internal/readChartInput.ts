import { InvalidArgumentError } from '../../core/errors/InvalidArgumentError';
import type { VegaLiteSpec } from '../types';

/**
 * Builds a chart from a result of the library on behalf of the builder `fn`, turning what a malformed or
 * hand-edited result would cause into a typed error that names the builder and its argument: a field read
 * from `undefined` or of the wrong type (a `TypeError` or `RangeError` while reading it), or a number in
 * the chart's data that is not finite (a chart of NaN draws nothing, silently). @internal
 */
export function readChartInput<K extends string>(fn: string, argument: string, build: () => VegaLiteSpec<K>): VegaLiteSpec<K> {
  let spec: VegaLiteSpec<K>;
  try {
    spec = build();
  } catch (error) {
    if (!(error instanceof TypeError || error instanceof RangeError)) throw error;
    throw new InvalidArgumentError(fn, argument, 'must be the result this chart draws, as its function returned it (reading it failed)', error.message);
  }
  for (const [name, rows] of Object.entries(spec.datasets) as [string, readonly Record<string, unknown>[]][]) {
    for (let i = 0; i < rows.length; i++) {
      for (const [field, value] of Object.entries(rows[i]!)) {
        if (typeof value === 'number' && !Number.isFinite(value)) {
          throw new InvalidArgumentError(fn, argument, `must hold finite numbers (the chart's "${name}" data, row ${i}, field "${field}")`, value);
        }
      }
    }
  }
  return spec;
}
