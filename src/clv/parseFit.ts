import { InvalidArgumentError } from '../core/errors/InvalidArgumentError';
import type { FitResult } from './fitModel';
import { FIT_FORMAT, FIT_FORMAT_VERSION } from './internal/fit/fitFormat';
import { fitFieldReader } from './internal/fit/fitFieldReader';
import type { FitFieldReader } from './internal/fit/fitFieldReader';
import { readFitRecord } from './internal/fit/readFitRecord';
import type { FittableModel, ModelParams } from './types';

/**
 * Reads a fit saved by {@link serializeFit}, checking every field, and returns it exactly as it was.
 *
 * @remarks
 * Accepts the JSON text or the value it parses to (e.g. from a JSON column). The document must be
 * `{ format: "clientele.fit", version, fit }`; the fit is checked field by field with the rules of the
 * shape `fitModel` returns (the model is one `fitModel` fits and its parameter names are the model's, every
 * per-parameter record has exactly those keys, matrices are square, parameters are positive and above
 * their bounds, counts are integers, the time unit and data settings are valid, no field is missing or
 * unknown). Numbers may be the strings `"NaN"`, `"Infinity"`, `"-Infinity"` and `"-0"`, which read back
 * as those numbers; a standard error, interval or covariance entry is `null` exactly for the parameters
 * listed in `notIdentified`. Given a model object, the fit must be of that model, and is typed with its
 * parameters.
 *
 * Versions and forward compatibility (docs/clv.md, "Progress, abort and saving a fit"): this release
 * writes format version 3 and reads versions 1 to 3. Version 3 added the regularity `k` of an `mbgCnbdK`
 * fit (after `model`), so the fit names its model completely; an `mbgCnbdK` fit saved by version 1 or 2
 * reads without `k`, and gets it from the model object when one is passed (`parseFit(text, mbgCnbdK(2))`;
 * a fit that records another `k` is refused). Version 2 added `boundary` and `notIdentified` and
 * writes `null` where version 1 wrote `"NaN"` (standard errors, intervals, covariances); a version-1
 * document is read with those `"NaN"` as `null`, `boundary` empty (not recorded then) and a reason for
 * each in `notIdentified`. The version changes only when the format does (a field added,
 * removed or changed in meaning), and every later release reads every earlier version, converting it to
 * its own shape, so a fit saved now loads in the next release. A document of a newer version than this release knows is
 * refused, naming both versions, rather than read in part. O(size of the fit).
 *
 * @param json - The text `serializeFit` wrote, or the value `JSON.parse` makes of it.
 * @param model - Optional: the model the fit must be of (e.g. `gammaGamma`, or `mbgCnbdK(2)`, whose `k`
 *   must match the fit's or is given to a fit saved without one), to type the result.
 * @returns The fit, equal to the one saved bit for bit (including `NaN`, `±Infinity` and `-0`); a
 *   version-1 fit converted to this release's shape.
 * @throws InvalidArgumentError when the text is not JSON, the document is not a saved fit, its version is
 *   not a known one, a field breaks its rule (the path, rule and value are named, e.g.
 *   `` `parseFit`: `json.fit.params.q` must be a number greater than 1, got 0.8 ``), or the fit is of
 *   another model than `model` (for `mbgCnbdK`, records another `k`).
 * @example
 * ```ts
 * const fit = fitModel(shiftedBetaGeometric, [1000, 631, 468, 382, 326]);
 * const again = parseFit(serializeFit(fit), shiftedBetaGeometric);
 * again.params.beta === fit.params.beta; // true
 * ```
 * @see ECMA-262, Number::toString and JSON.parse (a double's shortest decimal reads back as the same
 * double): https://tc39.es/ecma262/#sec-numeric-types-number-tostring
 */
export function parseFit<P extends ModelParams, D>(json: unknown, model: FittableModel<P, D>): FitResult<P>;
export function parseFit(json: unknown): FitResult<ModelParams>;
export function parseFit(json: unknown, model?: FittableModel<ModelParams, unknown>): FitResult<ModelParams> {
  const fn = 'parseFit';
  const read = fitFieldReader(fn, true);
  let value = json;
  if (typeof json === 'string') {
    try {
      value = JSON.parse(json) as unknown;
    } catch (e) {
      throw new InvalidArgumentError(fn, 'json', `must be JSON text written by serializeFit (${(e as Error).message})`, json);
    }
  }
  const document = read.record(value, 'json', ['format', 'version', 'fit']);
  if (document['format'] !== FIT_FORMAT) read.fail('json.format', `must be "${FIT_FORMAT}" (a fit saved by serializeFit)`, document['format']);
  const version = document['version'];
  if (typeof version === 'number' && Number.isInteger(version) && version > FIT_FORMAT_VERSION) {
    read.fail('json.version', `is newer than this release of clientele reads (format versions 1 to ${FIT_FORMAT_VERSION}): read it with the release that wrote it or a later one`, version);
  }
  const known = read.oneOf(version, 'json.version', [1, 2, 3] as const);
  const fit = readFitRecord(read, document['fit'], 'json.fit', known);
  if (model !== undefined && fit.model !== model.name) {
    read.fail('json.fit.model', `must be "${model.name}" (the model passed to parseFit)`, fit.model);
  }
  return model === undefined ? fit : withRegularityOf(read, fit, model);
}

/**
 * An `mbgCnbdK` fit read with the model object `mbgCnbdK(k)`: a fit saved before version 3 (no `k`) gets
 * the model's `k`; a fit that records another `k` is refused. Any other fit is returned as it is.
 */
function withRegularityOf(read: FitFieldReader, fit: FitResult<ModelParams>, model: FittableModel<ModelParams, unknown>): FitResult<ModelParams> {
  const k = (model as { readonly k?: unknown }).k;
  if (fit.model !== 'mbgCnbdK' || typeof k !== 'number') return fit;
  if (fit.k === undefined) {
    const { model: name, ...rest } = fit;
    return { model: name, k, ...rest };
  }
  if (fit.k !== k) read.fail('json.fit.k', `must be ${k} (the regularity of the model passed to parseFit, mbgCnbdK(${k}))`, fit.k);
  return fit;
}
