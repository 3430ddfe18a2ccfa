import type { CovariateCoding, CovariateFitResult, CovariatePenalty, CovariateSpec } from '../types';

/**
 * The covariate spec that codes rows as `coding` does: its columns, the numeric columns coded by level
 * (`categorical`), each categorical column's reference level and the standardised columns, with `data`
 * as rows (`undefined` for a process without covariates). @internal
 */
export function specFromCoding<R>(coding: CovariateCoding, data: readonly R[] | undefined): (Omit<CovariateSpec, 'data'> & { readonly data: readonly R[] }) | undefined {
  if (coding.columns.length === 0) return undefined;
  const reference: Record<string, string> = {};
  for (const c of coding.columns) if (c.kind === 'categorical') reference[c.column] = c.reference;
  return {
    data: data ?? [],
    columns: coding.columns.map((c) => c.column),
    categorical: coding.columns.filter((c) => c.kind === 'categorical' && c.numeric).map((c) => c.column),
    reference,
    standardize: coding.columns.filter((c) => c.kind === 'numeric' && c.standardized !== null).map((c) => c.column),
  };
}

/** The L2 weight of every coefficient of a fit, by process and name, as the fit's options gave them. @internal */
export function penaltiesOf(fit: Pick<CovariateFitResult, 'coefficients'>): CovariatePenalty {
  const of = (process: 'purchase' | 'lifetime'): Record<string, number> => Object.fromEntries(Object.entries(fit.coefficients[process]).map(([name, c]) => [name, c.l2]));
  return { purchase: of('purchase'), lifetime: of('lifetime') };
}
