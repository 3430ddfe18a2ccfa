import { InvalidArgumentError } from '../../../core/errors/InvalidArgumentError';
import type { CovariateColumnCoding, CovariateFitResult } from '../types';
import { COVARIATE_KERNELS } from './covariateKernels';

/** A plain object (not null, not an array). */
function isRecord(value: unknown): value is Record<string, unknown> {
  return value !== null && typeof value === 'object' && !Array.isArray(value);
}

/** An array of strings, else `INVALID_ARGUMENT` naming `path`. */
function strings(fn: string, path: string, value: unknown): readonly string[] {
  if (!Array.isArray(value) || !value.every((v) => typeof v === 'string')) throw new InvalidArgumentError(fn, path, 'must be an array of strings (as fitCovariateModel wrote it)', value);
  return value as string[];
}

/** One column's coding as `fitCovariateModel` records it. */
function checkColumn(fn: string, path: string, value: unknown): void {
  if (!isRecord(value)) throw new InvalidArgumentError(fn, path, 'must be a column coding { column, kind, names, … } (as fitCovariateModel wrote it)', value);
  const c = value as unknown as CovariateColumnCoding;
  if (typeof c.column !== 'string') throw new InvalidArgumentError(fn, `${path}.column`, 'must be a string', c.column);
  strings(fn, `${path}.names`, c.names);
  if (c.kind === 'numeric') {
    const st = c.standardized;
    if (st !== null && !(isRecord(st) && Number.isFinite(st.mean) && Number.isFinite(st.sd) && st.sd > 0)) {
      throw new InvalidArgumentError(fn, `${path}.standardized`, 'must be null or { mean, sd } with a finite mean and a finite sd greater than 0', st);
    }
    return;
  }
  if (c.kind !== 'categorical') throw new InvalidArgumentError(fn, `${path}.kind`, "must be 'numeric' or 'categorical'", (c as { kind?: unknown }).kind);
  strings(fn, `${path}.levels`, c.levels);
  if (typeof c.reference !== 'string') throw new InvalidArgumentError(fn, `${path}.reference`, 'must be a string (the reference level)', c.reference);
  if (typeof c.numeric !== 'boolean') throw new InvalidArgumentError(fn, `${path}.numeric`, 'must be true or false', c.numeric);
}

/**
 * Checks what the prediction functions read of a covariate fit (`model`, `params`, `coding`), so that a
 * malformed or hand-edited fit is refused with the path, the rule and the value instead of a `TypeError`
 * or NaN parameters: the model is one with static covariates, every base parameter is a finite number
 * greater than 0, and each process's coding has `names` and well-formed `columns`. @internal
 */
export function checkCovariateFit(fn: string, fit: unknown): asserts fit is CovariateFitResult {
  if (!isRecord(fit)) throw new InvalidArgumentError(fn, 'fit', 'must be a result of fitCovariateModel ({ model, params, coefficients, coding })', fit);
  const model = fit['model'];
  if (model !== 'paretoNbd' && model !== 'bgNbd' && model !== 'ggomNbd') {
    throw new InvalidArgumentError(fn, 'fit.model', "must be 'paretoNbd', 'bgNbd' or 'ggomNbd' (a result of fitCovariateModel)", model);
  }
  const params = fit['params'];
  if (!isRecord(params)) throw new InvalidArgumentError(fn, 'fit.params', `must be an object { ${COVARIATE_KERNELS[model].names.join(', ')} }`, params);
  for (const name of COVARIATE_KERNELS[model].names) {
    const v = params[name];
    if (typeof v !== 'number' || !Number.isFinite(v) || v <= 0) throw new InvalidArgumentError(fn, `fit.params.${name}`, 'must be a finite number greater than 0', v);
  }
  const coding = fit['coding'];
  if (!isRecord(coding)) throw new InvalidArgumentError(fn, 'fit.coding', 'must be an object { purchase, lifetime } (as fitCovariateModel wrote it)', coding);
  for (const process of ['purchase', 'lifetime'] as const) {
    const path = `fit.coding.${process}`;
    const p = coding[process];
    if (!isRecord(p)) throw new InvalidArgumentError(fn, path, 'must be an object { columns, names } (as fitCovariateModel wrote it)', p);
    strings(fn, `${path}.names`, p['names']);
    const columns = p['columns'];
    if (!Array.isArray(columns)) throw new InvalidArgumentError(fn, `${path}.columns`, 'must be an array of column codings', columns);
    columns.forEach((column, j) => checkColumn(fn, `${path}.columns[${j}]`, column));
  }
}
