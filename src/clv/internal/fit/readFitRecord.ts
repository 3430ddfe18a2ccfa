import type { FitResult, FitStart } from '../../fitModel';
import type { FitDataSettings, ModelName, ModelParams, ModelTimeUnit } from '../../types';
import { checkModelTimeUnit } from '../modelClock';
import type { FitFieldReader } from './fitFieldReader';
import { fitParameterNames } from './fitModels';
import { MAX_REGULARITY } from '../../mbgCnbdK/validateRegularity';

/** The fields of a fit, in the order `fitModel` returns them (and the fit format writes them). @internal */
export const FIT_FIELDS = [
  'model', 'params', 'logLikelihood', 'standardErrors', 'covariance', 'logCovariance', 'confidenceIntervals',
  'confidenceLevel', 'parameterNames', 'aic', 'bic', 'converged', 'message', 'iterations', 'evaluations',
  'gradientNorm', 'n', 'rows', 'timeScale', 'penalty', 'starts', 'constraints', 'atBound', 'boundary', 'notIdentified',
  'timeUnit', 'data',
] as const;

/** The fields of a fit in format version 1 (no `boundary` nor `notIdentified`; `NaN` where version 2 has `null`). @internal */
export const FIT_FIELDS_V1 = FIT_FIELDS.filter((field) => field !== 'boundary' && field !== 'notIdentified');

/** Reason recorded for a parameter whose uncertainty a version-1 document saved as `NaN`. */
const V1_NAN_REASON = 'not identified: saved by format version 1 as NaN (the Hessian was not positive definite at the estimate)';
const AT_BOUND_REASON = 'at its lower bound (options.constraints): the likelihood rises towards the bound, so the delta-method standard error and interval do not apply';

const DATA_FIELDS = ['source', 'unitDays', 'monthLength', 'mergeBy', 'calibrationEnd', 'observationEnd', 'records', 'excluded'] as const;
const DATE = /^\d{4}-\d{2}-\d{2}$/;

/**
 * Reads and checks a fit (the shape `fitModel` returns) field by field into a fresh object in the
 * canonical field order: the model is one of the six, the parameter names are the model's in its order,
 * every per-parameter record has exactly those keys, matrices are square of that size, parameters are
 * positive and above their bounds, counts are integers, the time unit and data settings are valid. Every
 * failure names the path, the rule and the value. @internal
 */
export function readFitRecord(read: FitFieldReader, value: unknown, path: string, version: 1 | 2 | 3): FitResult<ModelParams> {
  const raw = read.record(value, path, fieldsOf(value, version));
  const at = (field: string): string => `${path}.${field}`;
  const namesByModel = fitParameterNames();
  const model = read.oneOf(raw['model'], at('model'), Object.keys(namesByModel) as ModelName[]);
  const regularity = 'k' in raw ? { k: read.number(raw['k'], at('k'), (x) => Number.isInteger(x) && x >= 1 && x <= MAX_REGULARITY, `must be an integer from 1 to ${MAX_REGULARITY} (the regularity of the MBG/CNBD-k fit)`) } : {};
  const names = namesByModel[model];
  const parameterNames = read.array(raw['parameterNames'], at('parameterNames'), names.length).map((name, j) =>
    read.oneOf(name, `${at('parameterNames')}[${j}]`, [names[j] as string]),
  );

  const constraints = readConstraints(read, raw['constraints'], at('constraints'), names);
  const lower: Record<string, number> = {};
  for (const [name, bound] of Object.entries(constraints)) lower[name] = bound.greaterThan;

  const parameters = (v: unknown, where: string): ModelParams => {
    const rec = read.record(v, where, names);
    const out: Record<string, number> = {};
    for (const name of names) {
      const bound = lower[name] ?? 0;
      out[name] = read.number(rec[name], `${where}.${name}`, (x) => x > bound, `must be a number greater than ${bound}`);
    }
    return out;
  };
  const perParameter = <T>(v: unknown, where: string, each: (x: unknown, p: string) => T): Record<string, T> => {
    const rec = read.record(v, where, names);
    const out: Record<string, T> = {};
    for (const name of names) out[name] = each(rec[name], `${where}.${name}`);
    return out;
  };
  // Version 1 wrote NaN where the uncertainty is unknown; version 2 writes null (and NaN is refused there).
  const nullable = <T>(x: unknown, p: string, each: (y: unknown, q: string) => T): T | null => {
    if (x === null && version >= 2) return null;
    const y = each(x, p);
    return version === 1 && typeof y === 'number' && Number.isNaN(y) ? null : y;
  };
  const entry = (x: unknown, p: string): number | null =>
    nullable(x, p, (y, q) => read.number(y, q, (z) => version === 1 || !Number.isNaN(z), 'must be a number or null'));
  const matrix = (v: unknown, where: string): (number | null)[][] =>
    read.array(v, where, names.length).map((row, j) => read.array(row, `${where}[${j}]`, names.length).map((x, m) => entry(x, `${where}[${j}][${m}]`)));
  const notNegative = (x: unknown, p: string): number => read.number(x, p, (y) => Number.isNaN(y) || y >= 0, 'must be a number at least 0, or NaN');
  const standardError = (x: unknown, p: string): number | null =>
    nullable(x, p, (y, q) => read.number(y, q, (z) => (version === 1 && Number.isNaN(z)) || z >= 0, version === 1 ? 'must be a number at least 0, or NaN' : 'must be a number at least 0, or null'));
  const interval = (x: unknown, p: string): readonly [number, number] | null => {
    if (x === null && version >= 2) return null;
    const pair = read.array(x, p, 2);
    const ends = [entry(pair[0], `${p}[0]`), entry(pair[1], `${p}[1]`)] as const;
    if (ends[0] === null || ends[1] === null) {
      if (version === 1) return null;
      read.fail(p, 'must be a pair of numbers, or null', x);
    }
    return ends as readonly [number, number];
  };

  const starts = readStarts(read, raw['starts'], at('starts'), parameters);
  const atBound = read.array(raw['atBound'], at('atBound')).map((name, i) => read.oneOf(name, `${at('atBound')}[${i}]`, Object.keys(constraints)));

  const fit: FitResult<ModelParams> = {
    model,
    ...regularity,
    params: parameters(raw['params'], at('params')),
    logLikelihood: read.number(raw['logLikelihood'], at('logLikelihood')),
    standardErrors: perParameter(raw['standardErrors'], at('standardErrors'), standardError),
    covariance: matrix(raw['covariance'], at('covariance')),
    logCovariance: matrix(raw['logCovariance'], at('logCovariance')),
    confidenceIntervals: perParameter(raw['confidenceIntervals'], at('confidenceIntervals'), interval),
    confidenceLevel: read.number(raw['confidenceLevel'], at('confidenceLevel'), (x) => x > 0 && x < 1, 'must be a number between 0 and 1'),
    parameterNames,
    aic: read.number(raw['aic'], at('aic')),
    bic: read.number(raw['bic'], at('bic')),
    converged: read.boolean(raw['converged'], at('converged')),
    message: read.string(raw['message'], at('message')),
    iterations: read.integer(raw['iterations'], at('iterations'), 0),
    evaluations: read.integer(raw['evaluations'], at('evaluations'), 0),
    gradientNorm: notNegative(raw['gradientNorm'], at('gradientNorm')),
    n: read.number(raw['n'], at('n'), (x) => Number.isFinite(x) && x > 0, 'must be a finite number greater than 0'),
    rows: read.integer(raw['rows'], at('rows'), 1),
    timeScale: read.number(raw['timeScale'], at('timeScale'), (x) => Number.isFinite(x) && x > 0, 'must be a finite number greater than 0'),
    penalty: read.number(raw['penalty'], at('penalty'), (x) => Number.isFinite(x) && x >= 0, 'must be a finite number at least 0'),
    starts,
    constraints,
    atBound,
    boundary: [],
    notIdentified: {},
    timeUnit: readTimeUnit(read, raw['timeUnit'], at('timeUnit'), model),
    data: readDataSettings(read, raw['data'], at('data')),
  };
  if (version >= 2) {
    const boundary = read.array(raw['boundary'], at('boundary')).map((name, i) => read.oneOf(name, `${at('boundary')}[${i}]`, names));
    const given = raw['notIdentified'];
    if (given === null || typeof given !== 'object' || Array.isArray(given)) read.fail(at('notIdentified'), 'must be an object { [parameter]: reason }', given);
    const notIdentified: Record<string, string> = {};
    for (const key of Object.keys(given as object)) {
      const where = `${at('notIdentified')}.${key}`;
      notIdentified[read.oneOf(key, where, names)] = read.string((given as Record<string, unknown>)[key], where);
    }
    for (const name of names) {
      if ((fit.standardErrors[name] === null) !== (name in notIdentified)) {
        read.fail(`${at('standardErrors')}.${name}`, 'must be null exactly when the parameter is listed in notIdentified', fit.standardErrors[name]);
      }
    }
    return { ...fit, boundary, notIdentified };
  }
  // Version 1 recorded no reasons: derive them from the NaN it saved.
  const notIdentified: Record<string, string> = {};
  for (const name of names) {
    if (fit.standardErrors[name] === null) notIdentified[name] = atBound.includes(name) ? AT_BOUND_REASON : V1_NAN_REASON;
  }
  return { ...fit, notIdentified };
}

/**
 * The fields a fit of this version must have: since version 3 a fit of `mbgCnbdK` may carry its regularity
 * `k` after `model` (one saved before version 3, or read from one, has none).
 */
function fieldsOf(value: unknown, version: 1 | 2 | 3): readonly string[] {
  const fields = version === 1 ? FIT_FIELDS_V1 : FIT_FIELDS;
  const v = value as Record<string, unknown> | null;
  const withK = version >= 3 && v !== null && typeof v === 'object' && v['model'] === 'mbgCnbdK' && 'k' in v;
  return withK ? ['model', 'k', ...fields.slice(1)] : fields;
}

/** A fit's bounds `{ [parameter]: { greaterThan } }`, each bound finite and at least 0. */
function readConstraints(read: FitFieldReader, value: unknown, path: string, names: readonly string[]): Record<string, { readonly greaterThan: number }> {
  if (value === null || typeof value !== 'object' || Array.isArray(value)) {
    read.fail(path, 'must be an object { [parameter]: { greaterThan } }', value);
  }
  const constraints: Record<string, { readonly greaterThan: number }> = {};
  for (const key of Object.keys(value as object)) {
    const where = `${path}.${key}`;
    read.oneOf(key, where, names);
    const bound = read.record((value as Record<string, unknown>)[key], where, ['greaterThan']);
    const greaterThan = read.number(bound['greaterThan'], `${where}.greaterThan`, (x) => Number.isFinite(x) && x >= 0, 'must be a finite number at least 0');
    constraints[key] = { greaterThan };
  }
  return constraints;
}

/** A fit's runs, at least one, each `{ start, params, logLikelihood, converged }`. */
function readStarts(
  read: FitFieldReader,
  value: unknown,
  path: string,
  parameters: (v: unknown, where: string) => ModelParams,
): FitStart<ModelParams>[] {
  const starts = read.array(value, path).map((s, i): FitStart<ModelParams> => {
    const where = `${path}[${i}]`;
    const run = read.record(s, where, ['start', 'params', 'logLikelihood', 'converged']);
    return {
      start: parameters(run['start'], `${where}.start`),
      params: parameters(run['params'], `${where}.params`),
      logLikelihood: read.number(run['logLikelihood'], `${where}.logLikelihood`),
      converged: read.boolean(run['converged'], `${where}.converged`),
    };
  });
  if (starts.length === 0) read.fail(path, 'must hold at least one run', value);
  return starts;
}

/** A fit's time unit: `null`, or a duration unit or number of days (always `null` for Gamma-Gamma). */
function readTimeUnit(read: FitFieldReader, value: unknown, path: string, model: ModelName): ModelTimeUnit | null {
  if (value === null) return null;
  if (model === 'gammaGamma') read.fail(path, 'must be null for gammaGamma (spend per purchase has no time unit)', value);
  checkModelTimeUnit(read.fn, path, value);
  return value;
}

/** The data settings a fit recorded. */
function readDataSettings(read: FitFieldReader, value: unknown, path: string): FitDataSettings {
  const raw = read.record(value, path, DATA_FIELDS);
  const at = (field: string): string => `${path}.${field}`;
  const date = (v: unknown, p: string): string | null =>
    v === null ? null : typeof v === 'string' && DATE.test(v) ? v : read.fail(p, "must be a date 'yyyy-mm-dd' or null", v);
  const records = read.integer(raw['records'], at('records'), 0);
  const excluded = read.integer(raw['excluded'], at('excluded'), 0);
  if (excluded > records) read.fail(at('excluded'), `must be at most records (${records})`, excluded);
  const unitDays = raw['unitDays'] === null ? null : read.number(raw['unitDays'], at('unitDays'), (x) => Number.isFinite(x) && x > 0, 'must be a finite number greater than 0, or null');
  return {
    source: read.oneOf(raw['source'], at('source'), ['summary', 'array'] as const),
    unitDays,
    monthLength: read.oneOf(raw['monthLength'], at('monthLength'), [30, 30.4375, 'calendar', null] as const),
    mergeBy: read.oneOf(raw['mergeBy'], at('mergeBy'), ['day', 'unit', null] as const),
    calibrationEnd: date(raw['calibrationEnd'], at('calibrationEnd')),
    observationEnd: date(raw['observationEnd'], at('observationEnd')),
    records,
    excluded,
  };
}
