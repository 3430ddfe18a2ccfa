import type { CovariateCoding, CovariateValue } from '../../covariates/types';

/** Codes one covariate record into `out` from `offset`; returns the index of a column it cannot code, else −1. @internal */
export type RowCoder = (record: Readonly<Record<string, unknown>>, out: Float64Array, offset: number) => number;

/**
 * A fast coder for a fitted coding, equivalent to `applyCoding` on the record's values in column order
 * (dummies per non-reference level, numeric values standardised as recorded; a value of the wrong kind
 * or an unseen level fails), with each categorical column's levels in a map built once instead of
 * per row. @internal
 */
export function rowCoder(coding: CovariateCoding): RowCoder {
  const steps = coding.columns.map((spec) => {
    if (spec.kind === 'numeric') {
      const mean = spec.standardized?.mean ?? 0;
      const sd = spec.standardized?.sd ?? 1;
      return { column: spec.column, numeric: true as const, mean, sd, width: 1, dummy: undefined };
    }
    // raw value → its dummy (−1 for the reference level), keyed as the values appear in rows
    const dummy = new Map<CovariateValue, number>();
    spec.names.forEach((name, d) => {
      const level = name.slice(spec.column.length + 1);
      if (spec.numeric) dummy.set(Number(level), d);
      else {
        dummy.set(level, d);
        if (level === 'true' || level === 'false') dummy.set(level === 'true', d);
      }
    });
    const ref = spec.reference;
    if (spec.numeric) dummy.set(Number(ref), -1);
    else {
      dummy.set(ref, -1);
      if (ref === 'true' || ref === 'false') dummy.set(ref === 'true', -1);
    }
    return { column: spec.column, numeric: false as const, mean: 0, sd: 1, width: spec.names.length, dummy, levelsNumeric: spec.numeric };
  });
  return (record, out, offset) => {
    let k = offset;
    for (let c = 0; c < steps.length; c++) {
      const step = steps[c] as (typeof steps)[number];
      const v = record[step.column];
      if (step.numeric) {
        if (typeof v !== 'number') return c;
        out[k++] = (v - step.mean) / step.sd;
        continue;
      }
      const j = (step.dummy as Map<CovariateValue, number>).get(v as CovariateValue);
      if (j === undefined) return c;
      for (let d = 0; d < step.width; d++) out[k + d] = d === j ? 1 : 0;
      k += step.width;
    }
    return -1;
  };
}
