import type { FitResult } from './fitModel';
import { FIT_FORMAT, FIT_FORMAT_VERSION } from './internal/fit/fitFormat';
import { fitFieldReader } from './internal/fit/fitFieldReader';
import { readFitRecord } from './internal/fit/readFitRecord';
import type { ModelParams } from './types';

/**
 * Writes a fit of {@link fitModel} as versioned JSON text that {@link parseFit} reads back exactly.
 *
 * @remarks
 * The document is `{ "format": "clientele.fit", "version": 3, "fit": { … } }`, the fit's fields in the
 * order `fitModel` returns them (an `mbgCnbdK` fit with its regularity `k` after `model`). JSON has no literal for `NaN`, `±Infinity` or `-0` (`JSON.stringify` writes
 * `null`, or `0` for `-0`, which would not read back as the numbers the types declare), so those four
 * are written as the strings `"NaN"`, `"Infinity"`, `"-Infinity"` and `"-0"` wherever a number is
 * expected, e.g. the log-likelihood of a failed fit. A standard error, interval or covariance the data
 * do not identify is `null` in the fit (its reason in `notIdentified`) and is written as `null`. Every other number
 * is written by `JSON.stringify`, whose shortest round-trip decimal form reads back as the same double
 * (ECMA-262, Number::toString), so `parseFit(serializeFit(fit))` equals `fit` bit for bit.
 *
 * The fit is checked on the way out with the rules `parseFit` applies on the way in, so whatever this
 * writes, `parseFit` reads. Forward compatibility (docs/clv.md, "Progress, abort and saving a fit"): the
 * version changes only when the format does, and every later release reads every earlier version, so a
 * fit saved by this release loads in the next. O(size of the fit).
 *
 * @param fit - A fit returned by `fitModel` (or by `parseFit`), of any model `fitModel` fits.
 * @returns JSON text, a single line.
 * @throws InvalidArgumentError when `fit` is not a fit (its path, rule and value are named, e.g.
 *   `` `serializeFit`: `fit.params.r` must be a number greater than 0, got -1 ``).
 * @example
 * ```ts
 * const fit = fitModel(shiftedBetaGeometric, [1000, 631, 468, 382, 326]);
 * const text = serializeFit(fit);
 * text.slice(0, 48); // '{"format":"clientele.fit","version":3,"fit":{"mo'
 * parseFit(text).params.alpha === fit.params.alpha; // true
 * ```
 * @see ECMA-262, Number::toString (the shortest decimal that reads back as the same double):
 * https://tc39.es/ecma262/#sec-numeric-types-number-tostring
 */
export function serializeFit(fit: FitResult<ModelParams>): string {
  const checked = readFitRecord(fitFieldReader('serializeFit', false), fit, 'fit', FIT_FORMAT_VERSION);
  return JSON.stringify({ format: FIT_FORMAT, version: FIT_FORMAT_VERSION, fit: checked }, (_key, value: unknown) => {
    if (typeof value !== 'number') return value;
    if (Number.isNaN(value)) return 'NaN';
    if (value === Number.POSITIVE_INFINITY) return 'Infinity';
    if (value === Number.NEGATIVE_INFINITY) return '-Infinity';
    return Object.is(value, -0) ? '-0' : value;
  });
}
