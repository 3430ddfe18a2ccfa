import type { CovariateCoding, CovariateValue } from '../types';

/**
 * Writes the coded covariates of one customer (raw values in the coding's column order) into `out` from
 * `offset`: a 0/1 dummy per non-reference level, numeric values standardised as recorded. Returns the
 * index of the first column whose value is not a level of its coding (a category unseen in the fit, or
 * a number given for a categorical column or the reverse), else −1. @internal
 */
export function applyCoding(coding: CovariateCoding, values: readonly CovariateValue[], out: Float64Array, offset: number): number {
  let k = offset;
  for (let c = 0; c < coding.columns.length; c++) {
    const spec = coding.columns[c];
    const v = values[c] as CovariateValue;
    if (spec === undefined) return c;
    if (spec.kind === 'numeric') {
      if (typeof v !== 'number') return c;
      out[k++] = spec.standardized === null ? v : (v - spec.standardized.mean) / spec.standardized.sd;
      continue;
    }
    if (spec.numeric !== (typeof v === 'number')) return c;
    const level = String(v);
    if (!spec.levels.includes(level)) return c;
    for (const name of spec.names) out[k++] = name === `${spec.column}=${level}` ? 1 : 0;
  }
  return -1;
}
