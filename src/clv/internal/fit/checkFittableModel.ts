import { InvalidArgumentError } from '../../../core/errors/InvalidArgumentError';

const MODEL_RULE = 'must be a model of clientele/clv such as bgNbd, paretoNbd or gammaGamma';

/**
 * Checks the shape of the model object `fitModel` was given before anything reads it: a name, the
 * likelihood members and a parameter list and time-scale description the fit can use. A copy of a model
 * whose fields were changed (`{ ...bgNbd, parameterNames: null }`) is refused here, naming the field,
 * instead of failing later with a `TypeError`. @internal
 */
export function checkFittableModel(fn: string, model: unknown): void {
  if (model === null || typeof model !== 'object' || Array.isArray(model)) throw new InvalidArgumentError(fn, 'model', MODEL_RULE, model);
  const m = model as Record<string, unknown>;
  if (typeof m['name'] !== 'string') throw new InvalidArgumentError(fn, 'model', MODEL_RULE, model);
  for (const member of ['compress', 'logLikelihood', 'startingPoints', 'validateParams']) {
    if (typeof m[member] !== 'function') {
      throw new InvalidArgumentError(fn, `model.${member}`, `must be a function (pass a model of clientele/clv such as bgNbd, unchanged)`, m[member]);
    }
  }
  if (m['logLikelihoodGradient'] !== undefined && typeof m['logLikelihoodGradient'] !== 'function') {
    throw new InvalidArgumentError(fn, 'model.logLikelihoodGradient', 'must be a function or absent (pass a model of clientele/clv such as bgNbd, unchanged)', m['logLikelihoodGradient']);
  }
  const names = m['parameterNames'];
  if (!isNameList(names) || names.length === 0 || new Set(names).size !== names.length) {
    throw new InvalidArgumentError(fn, 'model.parameterNames', 'must be a non-empty array of distinct parameter names (pass a model of clientele/clv such as bgNbd, unchanged)', names);
  }
  const scale = m['timeScale'];
  if (scale === null || typeof scale !== 'object' || Array.isArray(scale)) {
    throw new InvalidArgumentError(fn, 'model.timeScale', 'must be an object { columns, parameters } (pass a model of clientele/clv such as bgNbd, unchanged)', scale);
  }
  const s = scale as Record<string, unknown>;
  if (!isNameList(s['columns'])) {
    throw new InvalidArgumentError(fn, 'model.timeScale.columns', 'must be an array of data column names (pass a model of clientele/clv such as bgNbd, unchanged)', s['columns']);
  }
  for (const field of ['parameters', 'inverseParameters']) {
    const list = s[field];
    if (field === 'inverseParameters' && list === undefined) continue;
    if (!isNameList(list) || list.some((p) => !names.includes(p))) {
      throw new InvalidArgumentError(fn, `model.timeScale.${field}`, `must be an array of names from model.parameterNames (${names.join(', ')})`, list);
    }
  }
}

/** A dense array of strings. */
function isNameList(v: unknown): v is readonly string[] {
  if (!Array.isArray(v)) return false;
  for (let i = 0; i < v.length; i++) if (typeof v[i] !== 'string') return false;
  return true;
}
