import { InvalidArgumentError } from '../../../core/errors/InvalidArgumentError';

/** What a covariate column has held so far: numbers, categories (strings or booleans), or nothing yet. @internal */
export type ColumnKind = 'number' | 'category' | undefined;

/**
 * Records the kind of each covariate of row `j` in `kinds` (missing values are skipped: they reject the
 * customer later) and throws `INVALID_ARGUMENT` naming `argument.data[j].column` when a column mixes
 * numbers with strings or booleans. @internal
 */
export function noteColumnKinds(fn: string, argument: string, row: Readonly<Record<string, unknown>>, j: number, columns: readonly string[], kinds: ColumnKind[]): void {
  for (let c = 0; c < columns.length; c++) {
    const v = row[columns[c] as string];
    const kind = typeof v === 'number' ? 'number' : typeof v === 'string' || typeof v === 'boolean' ? 'category' : undefined;
    if (kind === undefined) continue;
    const seen = kinds[c];
    if (seen === undefined) kinds[c] = kind;
    else if (seen !== kind) {
      throw new InvalidArgumentError(fn, `${argument}.data[${j}].${columns[c] as string}`, `must be of one type in every row (earlier rows hold ${seen === 'number' ? 'numbers' : 'strings or booleans'})`, v);
    }
  }
}
