import { scaleOfLargest } from '../../core/stats/internal/scaleOfLargest';
import { EmptyInputError } from '../../core/errors/EmptyInputError';
import { InvalidArgumentError } from '../../core/errors/InvalidArgumentError';
import { readCustomerId } from '../../time/internal/readCustomerId';
import type { RejectedRecord } from '../../time/types';
import type { KMeansFeatureScaling } from '../kMeansTypes';
import type { ResolvedKMeansOptions } from './resolveKMeansOptions';

/**
 * The valid customers sorted by id, their features in row-major `Float64Array`s (original and clustering
 * scale), the scaling used and the rejected rows. @internal
 */
export interface KMeansData {
  /** Customer ids, sorted ascending (JS `<`), unique. */
  readonly ids: string[];
  readonly n: number;
  readonly d: number;
  /** Untransformed features, `n × d`, row-major. */
  readonly original: Float64Array;
  /** Features on the clustering scale, `n × d`, row-major. */
  readonly x: Float64Array;
  readonly scaling: KMeansFeatureScaling[];
  /** Mean over features of the population variance of the clustering columns. */
  readonly meanVariance: number;
  readonly rejected: RejectedRecord[];
}

type Rejection = [field: string, reason: string, value: unknown];

/** Reads one row's id and features into `values` at `offset`; returns the id or the first broken rule. @internal */
function readRow(row: unknown, options: ResolvedKMeansOptions, values: Float64Array, offset: number): string | Rejection {
  if (typeof row !== 'object' || row === null) return ['row', 'must be an object', row];
  const id = readCustomerId((row as { customerId?: unknown }).customerId);
  if (id === null) return ['customerId', 'must be a non-blank string or a safe integer', (row as { customerId?: unknown }).customerId];
  const nested = (row as { features?: unknown }).features;
  const record = (typeof nested === 'object' && nested !== null ? nested : row) as Record<string, unknown>;
  const prefix = record === row ? '' : 'features.';
  const { features, transform } = options;
  for (let j = 0; j < features.length; j++) {
    const name = features[j] as string;
    const v = record[name];
    if (typeof v !== 'number' || !Number.isFinite(v)) return [prefix + name, 'must be a finite number', v];
    if (transform[name] === 'log1p' && !(v > -1)) return [prefix + name, 'must be greater than -1 for the log1p transform', v];
    values[offset + j] = v;
  }
  return id;
}

const byId = (ids: readonly string[]) => (a: number, b: number) => {
  const x = ids[a] as string;
  const y = ids[b] as string;
  return x < y ? -1 : x > y ? 1 : a - b;
};

/** Reads the rows, rejects bad and duplicated ones, and returns the accepted row indices sorted by id. @internal */
function acceptRows(fn: string, rows: readonly unknown[], options: ResolvedKMeansOptions, values: Float64Array) {
  const d = options.features.length;
  const rejected: RejectedRecord[] = [];
  const rowIds: string[] = new Array<string>(rows.length);
  const valid: number[] = [];
  for (let i = 0; i < rows.length; i++) {
    const r = readRow(rows[i], options, values, i * d);
    if (typeof r === 'string') {
      rowIds[i] = r;
      valid.push(i);
    } else rejected.push({ index: i, field: r[0], reason: r[1], value: r[2] });
  }
  valid.sort(byId(rowIds));
  const accepted: number[] = [];
  for (let a = 0; a < valid.length; ) {
    let b = a + 1;
    while (b < valid.length && rowIds[valid[b] as number] === rowIds[valid[a] as number]) b++;
    if (b - a === 1) accepted.push(valid[a] as number);
    else {
      for (let t = a; t < b; t++) {
        const i = valid[t] as number;
        rejected.push({ index: i, field: 'customerId', reason: `must be unique: the id is on ${b - a} valid rows, all left out`, value: rowIds[i] });
      }
    }
    a = b;
  }
  if (accepted.length === 0) throw new EmptyInputError(fn, 'rows', 'must contain at least one valid row');
  rejected.sort((p, q) => p.index - q.index);
  return { accepted, ids: accepted.map((i) => rowIds[i] as string), rejected };
}

/**
 * Mean and population standard deviation of column `j` of an `n × d` matrix (two passes, compensated), on
 * the values divided by a power of two near the largest magnitude: exact scaling, so the same bits as on the
 * values themselves whenever their squares do not overflow, and a finite sd when they would (a value of
 * 1e308 gave NaN). @internal
 */
function columnMoments(m: Float64Array, n: number, d: number, j: number): [mean: number, sd: number] {
  let largest = 0;
  for (let i = j; i < m.length; i += d) largest = Math.max(largest, Math.abs(m[i] as number));
  const scale = scaleOfLargest(largest);
  let s = 0;
  let c = 0;
  for (let i = j; i < m.length; i += d) {
    const v = (m[i] as number) / scale;
    const t = s + v;
    c += Math.abs(s) >= Math.abs(v) ? s - t + v : v - t + s;
    s = t;
  }
  const mean = (s + c) / n;
  s = 0;
  c = 0;
  for (let i = j; i < m.length; i += d) {
    const e = (m[i] as number) / scale - mean;
    const v = e * e;
    const t = s + v;
    c += Math.abs(s) >= Math.abs(v) ? s - t + v : v - t + s;
    s = t;
  }
  return [mean * scale, Math.sqrt((s + c) / n) * scale];
}

/**
 * Reads k-means input rows: each row is accepted or listed in `rejected` with its first broken rule; ids
 * on more than one valid row are all rejected. The accepted customers are sorted by id, so the result does
 * not depend on row order. @internal
 */
export function readKMeansRows(fn: string, rows: readonly unknown[], options: ResolvedKMeansOptions): KMeansData {
  const d = options.features.length;
  const values = new Float64Array(rows.length * d);
  const { accepted, ids, rejected } = acceptRows(fn, rows, options, values);
  const n = accepted.length;
  const original = new Float64Array(n * d);
  const x = new Float64Array(n * d);
  for (let p = 0; p < n; p++) {
    const from = (accepted[p] as number) * d;
    for (let j = 0; j < d; j++) {
      const v = values[from + j] as number;
      original[p * d + j] = v;
      x[p * d + j] = options.transform[options.features[j] as string] === 'log1p' ? Math.log1p(v) : v;
    }
  }
  const scaling: KMeansFeatureScaling[] = [];
  let varianceSum = 0;
  for (let j = 0; j < d; j++) {
    const feature = options.features[j] as string;
    const [mean, sd] = columnMoments(x, n, d, j);
    const [originalMean] = columnMoments(original, n, d, j);
    scaling.push({ feature, transform: options.transform[feature] as 'log1p' | 'none', mean, sd, originalMean });
    if (options.standardize) {
      for (let i = j; i < x.length; i += d) x[i] = sd > 0 ? ((x[i] as number) - mean) / sd : 0;
      varianceSum += sd > 0 ? 1 : 0;
    } else varianceSum += sd * sd;
  }
  if (!options.standardize) checkUnscaledRange(fn, x, n, d, options.features);
  return { ids, n, d, original, x, scaling, meanVariance: varianceSum / d, rejected };
}

/**
 * Unstandardised features must keep the within-cluster sum of squares finite (at most `n Σ_j range_j²`);
 * a feature spanning near 1e308 would overflow it (standardised features cannot). @internal
 */
function checkUnscaledRange(fn: string, x: Float64Array, n: number, d: number, features: readonly string[]): void {
  let bound = 0;
  let widest = 0;
  let widestRange = 0;
  for (let j = 0; j < d; j++) {
    let lo = Number.POSITIVE_INFINITY;
    let hi = Number.NEGATIVE_INFINITY;
    for (let i = j; i < x.length; i += d) {
      lo = Math.min(lo, x[i] as number);
      hi = Math.max(hi, x[i] as number);
    }
    const range = hi - lo;
    bound += n * range * range;
    if (range > widestRange) [widest, widestRange] = [j, range];
  }
  if (!Number.isFinite(bound)) {
    throw new InvalidArgumentError(
      fn,
      'options.standardize',
      `must be true (the default) when the squared distances of a feature overflow float64: "${features[widest]}" spans ${widestRange}; standardise, or rescale that feature`,
      false,
    );
  }
}
