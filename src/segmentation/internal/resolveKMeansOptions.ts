import { InvalidArgumentError } from '../../core/errors/InvalidArgumentError';
import { assertInteger } from '../../core/validate/assertInteger';
import type { KMeansCommonOptions, KMeansTransform } from '../kMeansTypes';

/** The options shared by the k-means functions, checked and with their defaults filled in. @internal */
export interface ResolvedKMeansOptions {
  readonly features: readonly string[];
  readonly transform: Readonly<Record<string, KMeansTransform>>;
  readonly standardize: boolean;
  readonly seed: number;
  readonly restarts: number;
  readonly maxIterations: number;
  readonly tolerance: number;
}

const RFM_FEATURES: readonly string[] = ['recency', 'frequency', 'monetary'];

/** Throws unless `options` is an object (not `null`, not an array). @internal */
export function assertOptionsObject(fn: string, options: unknown): asserts options is Record<string, unknown> {
  if (typeof options !== 'object' || options === null || Array.isArray(options)) {
    throw new InvalidArgumentError(fn, 'options', 'must be an object', options);
  }
}

/** The sorted union of the keys of the rows' `features` records, or the RFM names when no row has one. @internal */
function defaultFeatures(rows: readonly unknown[]): readonly string[] {
  const names = new Set<string>();
  for (const row of rows) {
    const f = typeof row === 'object' && row !== null ? (row as { features?: unknown }).features : undefined;
    if (typeof f === 'object' && f !== null) for (const key of Object.keys(f)) names.add(key);
  }
  if (names.size === 0) return RFM_FEATURES;
  return [...names].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
}

function readFeatures(fn: string, value: unknown, rows: readonly unknown[]): readonly string[] {
  if (value === undefined) return defaultFeatures(rows);
  if (!Array.isArray(value) || value.length === 0) {
    throw new InvalidArgumentError(fn, 'options.features', 'must be a non-empty array of feature names', value);
  }
  const seen = new Set<string>();
  value.forEach((name: unknown, j) => {
    if (typeof name !== 'string' || name.length === 0 || name === 'customerId') {
      throw new InvalidArgumentError(fn, `options.features[${j}]`, 'must be a non-empty string other than "customerId"', name);
    }
    if (seen.has(name)) throw new InvalidArgumentError(fn, `options.features[${j}]`, 'must not repeat a feature', name);
    seen.add(name);
  });
  return [...(value as string[])];
}

function readTransform(fn: string, value: unknown, features: readonly string[]): Record<string, KMeansTransform> {
  if (value !== undefined && (typeof value !== 'object' || value === null || Array.isArray(value))) {
    throw new InvalidArgumentError(fn, 'options.transform', 'must be an object mapping feature names to "log1p" or "none"', value);
  }
  const given = (value ?? {}) as Record<string, unknown>;
  for (const key of Object.keys(given)) {
    if (!features.includes(key)) throw new InvalidArgumentError(fn, `options.transform.${key}`, 'must name a feature of `options.features`', key);
    const t = given[key];
    if (t !== 'log1p' && t !== 'none') throw new InvalidArgumentError(fn, `options.transform.${key}`, 'must be "log1p" or "none"', t);
  }
  const transform: Record<string, KMeansTransform> = {};
  for (const name of features) {
    const t = given[name] as KMeansTransform | undefined;
    transform[name] = t ?? (name === 'frequency' || name === 'monetary' ? 'log1p' : 'none');
  }
  return transform;
}

/** The option's value, or `fallback` when it is `undefined` (a `null` is kept, to be refused). @internal */
export function withDefault(value: unknown, fallback: unknown): unknown {
  return value === undefined ? fallback : value;
}

/**
 * Checks the shared k-means options and fills in their defaults (see {@link KMeansCommonOptions}).
 * @internal
 */
export function resolveKMeansOptions(fn: string, options: Record<string, unknown>, rows: readonly unknown[]): ResolvedKMeansOptions {
  const features = readFeatures(fn, options['features'], rows);
  const transform = readTransform(fn, options['transform'], features);
  const standardize = withDefault(options['standardize'], true);
  if (typeof standardize !== 'boolean') throw new InvalidArgumentError(fn, 'options.standardize', 'must be a boolean', standardize);
  const seed = withDefault(options['seed'], 1);
  if (typeof seed !== 'number' || !Number.isFinite(seed)) throw new InvalidArgumentError(fn, 'options.seed', 'must be a finite number', seed);
  const restarts = withDefault(options['restarts'], 10);
  assertInteger(fn, 'options.restarts', restarts, 1);
  const maxIterations = withDefault(options['maxIterations'], 300);
  assertInteger(fn, 'options.maxIterations', maxIterations, 1);
  const tolerance = withDefault(options['tolerance'], 1e-4);
  if (typeof tolerance !== 'number' || !Number.isFinite(tolerance) || tolerance < 0) {
    throw new InvalidArgumentError(fn, 'options.tolerance', 'must be a finite number ≥ 0', tolerance);
  }
  return { features, transform, standardize, seed, restarts, maxIterations, tolerance };
}

/** Checks that `k` is an integer from 1 to `n` (the number of valid customers). @internal */
export function assertClusterCount(fn: string, argument: string, k: unknown, n: number): asserts k is number {
  assertInteger(fn, argument, k, 1);
  if (k > n) throw new InvalidArgumentError(fn, argument, `must not exceed the number of valid customers (${n})`, k);
}
