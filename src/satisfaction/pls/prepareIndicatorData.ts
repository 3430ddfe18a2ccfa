import { EmptyInputError } from '../../core/errors/EmptyInputError';
import { InvalidArgumentError } from '../../core/errors/InvalidArgumentError';
import type { PlsData, PlsMissingPolicy } from './types';

/**
 * Indicator data in a dense row-major matrix, after the missing-value policy.
 * @internal
 */
export interface IndicatorMatrix {
  /** Rows kept. */
  readonly n: number;
  /** Columns (indicators). */
  readonly p: number;
  /** Row-major `n × p` raw values. */
  readonly values: Float64Array;
  /** Sampling weights of the kept rows, rescaled to sum to `n`; `null` when none were given. */
  readonly weights: Float64Array | null;
  readonly rowsDropped: number;
  readonly valuesReplaced: number;
}

function isMissing(value: unknown): boolean {
  return value === null || value === undefined || (typeof value === 'number' && Number.isNaN(value));
}

/**
 * Reads the indicators of `items` from rows or columns into a dense matrix, applying the missing-value
 * policy, and validates the sampling weights. Throws `INVALID_ARGUMENT` naming the row and item of a bad
 * value, `EMPTY_INPUT` when no row is left.
 * @internal
 */
export function prepareIndicatorData(
  fn: string,
  data: PlsData,
  items: readonly string[],
  missing: PlsMissingPolicy,
  sampleWeights: readonly number[] | undefined,
): IndicatorMatrix {
  const p = items.length;
  let nAll: number;
  let get: (i: number, h: number) => unknown;
  if (Array.isArray(data)) {
    const rows = data as readonly Readonly<Record<string, unknown>>[];
    nAll = rows.length;
    // A misspelt item is an unknown name, not missing data: say so before reading values.
    for (const item of rows.length === 0 ? [] : items) {
      if (!rows.some((row) => row !== null && typeof row === 'object' && Object.hasOwn(row, item))) {
        throw new InvalidArgumentError(fn, 'model', `names item "${item}", which no row of the data has`, item);
      }
    }
    get = (i, h) => {
      const row = rows[i];
      if (row === null || typeof row !== 'object') throw new InvalidArgumentError(fn, `data[${i}]`, 'must be an object', row);
      return row[items[h] as string];
    };
  } else if (data !== null && typeof data === 'object') {
    const columns = items.map((item) => {
      const column = (data as Readonly<Record<string, ArrayLike<unknown>>>)[item];
      if (column === undefined || column === null || typeof column.length !== 'number') {
        throw new InvalidArgumentError(fn, `data.${item}`, 'must be a column of values (an item of the model)', column);
      }
      return column;
    });
    nAll = columns[0]?.length ?? 0;
    columns.forEach((column, h) => {
      if (column.length !== nAll) {
        throw new InvalidArgumentError(fn, `data.${items[h]}`, `must have ${nAll} values like data.${items[0]}`, column.length);
      }
    });
    get = (i, h) => (columns[h] as ArrayLike<unknown>)[i];
  } else {
    throw new InvalidArgumentError(fn, 'data', 'must be an array of rows or an object of columns', data);
  }
  if (nAll === 0) throw new EmptyInputError(fn, 'data');
  if (sampleWeights !== undefined) {
    if (!Array.isArray(sampleWeights) || sampleWeights.length !== nAll) {
      throw new InvalidArgumentError(fn, 'options.sampleWeights', `must be an array of ${nAll} weights (one per respondent)`, sampleWeights);
    }
    sampleWeights.forEach((w, i) => {
      if (typeof w !== 'number' || !Number.isFinite(w) || w < 0) {
        throw new InvalidArgumentError(fn, `options.sampleWeights[${i}]`, 'must be a finite number at least 0', w);
      }
    });
  }

  const all = new Float64Array(nAll * p);
  const keep = new Uint8Array(nAll).fill(1);
  let missingCount = 0;
  for (let i = 0; i < nAll; i++) {
    for (let h = 0; h < p; h++) {
      const value = get(i, h);
      if (isMissing(value)) {
        if (missing === 'error') {
          throw new InvalidArgumentError(
            fn,
            Array.isArray(data) ? `data[${i}].${items[h]}` : `data.${items[h]}[${i}]`,
            'must be a finite number (missing values need options.missing "listwise" or "mean")',
            value,
          );
        }
        all[i * p + h] = Number.NaN;
        keep[i] = 0;
        missingCount++;
      } else if (typeof value !== 'number' || !Number.isFinite(value)) {
        throw new InvalidArgumentError(
          fn,
          Array.isArray(data) ? `data[${i}].${items[h]}` : `data.${items[h]}[${i}]`,
          'must be a finite number',
          value,
        );
      } else {
        all[i * p + h] = value;
      }
    }
  }

  let values = all;
  let n = nAll;
  let weightsAll: Float64Array | null = sampleWeights === undefined ? null : Float64Array.from(sampleWeights);
  let rowsDropped = 0;
  let valuesReplaced = 0;
  if (missingCount > 0 && missing === 'listwise') {
    n = 0;
    for (let i = 0; i < nAll; i++) n += keep[i] as number;
    rowsDropped = nAll - n;
    values = new Float64Array(n * p);
    const kept = weightsAll === null ? null : new Float64Array(n);
    let r = 0;
    for (let i = 0; i < nAll; i++) {
      if (keep[i] === 0) continue;
      values.set(all.subarray(i * p, (i + 1) * p), r * p);
      if (kept !== null && weightsAll !== null) kept[r] = weightsAll[i] as number;
      r++;
    }
    weightsAll = kept;
    if (n === 0) throw new EmptyInputError(fn, 'data', 'must keep at least one complete respondent after listwise deletion');
  } else if (missingCount > 0 && missing === 'mean') {
    for (let h = 0; h < p; h++) {
      let sum = 0;
      let total = 0;
      for (let i = 0; i < nAll; i++) {
        const v = all[i * p + h] as number;
        if (Number.isNaN(v)) continue;
        const w = weightsAll === null ? 1 : (weightsAll[i] as number);
        sum += w * v;
        total += w;
      }
      if (total === 0) {
        throw new InvalidArgumentError(fn, `data.${items[h]}`, 'must have at least one observed value', 'all missing');
      }
      const fill = sum / total;
      for (let i = 0; i < nAll; i++) {
        if (Number.isNaN(all[i * p + h] as number)) {
          all[i * p + h] = fill;
          valuesReplaced++;
        }
      }
    }
  }
  if (weightsAll !== null) {
    let total = 0;
    for (let i = 0; i < n; i++) total += weightsAll[i] as number;
    if (!(total > 0)) {
      throw new InvalidArgumentError(fn, 'options.sampleWeights', 'must not all be 0 (among the respondents used)', total);
    }
    const scale = n / total;
    for (let i = 0; i < n; i++) weightsAll[i] = (weightsAll[i] as number) * scale;
  }
  return { n, p, values, weights: weightsAll, rowsDropped, valuesReplaced };
}
