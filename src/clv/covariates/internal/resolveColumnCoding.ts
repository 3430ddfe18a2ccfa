import { InvalidArgumentError } from '../../../core/errors/InvalidArgumentError';
import type { ColumnKind } from './noteColumnKinds';
import type { CovariateOptions } from './readCovariateOptions';

/** How each column of a covariate spec is to be coded. @internal */
export interface ColumnCoding {
  /** Categorical: it holds strings or booleans, or is listed in `categorical`. */
  readonly categorical: readonly boolean[];
  /** Standardised (numeric columns only). */
  readonly standardize: readonly boolean[];
  /** The requested reference level, as a string, or `undefined`. */
  readonly reference: readonly (string | undefined)[];
}

/**
 * Classifies the columns of a spec from the kinds its rows held and its options, and checks what only
 * the classification can tell: `standardize` must list numeric columns, `reference` must name a level
 * (string, number or boolean) of a categorical column. `INVALID_ARGUMENT` naming the field. @internal
 */
export function resolveColumnCoding(fn: string, argument: string, options: CovariateOptions, kinds: readonly ColumnKind[]): ColumnCoding {
  const { columns, standardize: spec, reference } = options;
  const categorical = columns.map((c, i) => kinds[i] === 'category' || options.categorical.includes(c));
  const standardize = columns.map((c, i) => (spec === true ? !(categorical[i] as boolean) : Array.isArray(spec) && spec.includes(c)));
  for (let i = 0; i < columns.length; i++) {
    if ((standardize[i] as boolean) && (categorical[i] as boolean)) {
      throw new InvalidArgumentError(fn, `${argument}.standardize`, `must list numeric columns only (${columns[i] as string} is categorical)`, spec);
    }
  }
  const levels = columns.map((c, i) => {
    if (!Object.prototype.hasOwnProperty.call(reference, c)) return undefined;
    const level = reference[c];
    if (typeof level !== 'string' && typeof level !== 'number' && typeof level !== 'boolean') {
      throw new InvalidArgumentError(fn, `${argument}.reference.${c}`, 'must be a level: a string, number or boolean', level);
    }
    if (!(categorical[i] as boolean)) {
      throw new InvalidArgumentError(fn, `${argument}.reference.${c}`, 'applies to categorical columns only (list a numeric column in `categorical` to code it by level)', level);
    }
    return String(level);
  });
  return { categorical, standardize, reference: levels };
}
