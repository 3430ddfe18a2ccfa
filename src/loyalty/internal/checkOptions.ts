import { InvalidArgumentError } from '../../core/errors/InvalidArgumentError';

/** Checks that `options` is `undefined` or a plain object and returns it as a record. @internal */
export function readOptionsObject(fn: string, options: unknown): Readonly<Record<string, unknown>> {
  if (options === undefined) return {};
  if (typeof options !== 'object' || options === null || Array.isArray(options)) {
    throw new InvalidArgumentError(fn, 'options', 'must be an object or undefined', options);
  }
  return options as Readonly<Record<string, unknown>>;
}

/** Reads a string-literal option, `fallback` when absent. @internal */
export function readChoice<T extends string>(
  fn: string,
  options: Readonly<Record<string, unknown>>,
  name: string,
  allowed: readonly T[],
  fallback: T,
): T {
  const v = options[name];
  if (v === undefined) return fallback;
  if (typeof v !== 'string' || !(allowed as readonly string[]).includes(v)) {
    throw new InvalidArgumentError(fn, `options.${name}`, `must be one of ${allowed.map((a) => `'${a}'`).join(', ')}`, v);
  }
  return v as T;
}

/** Reads a finite number option within `[min, max]` (bounds optional), `fallback` when absent. @internal */
export function readNumber(
  fn: string,
  options: Readonly<Record<string, unknown>>,
  name: string,
  fallback: number,
  rule: { readonly min?: number; readonly max?: number; readonly positive?: boolean } = {},
): number {
  const v = options[name];
  if (v === undefined) return fallback;
  const bad =
    typeof v !== 'number' ||
    !Number.isFinite(v) ||
    (rule.positive === true && !(v > 0)) ||
    (rule.min !== undefined && v < rule.min) ||
    (rule.max !== undefined && v > rule.max);
  if (bad) {
    const parts: string[] = ['a finite number'];
    if (rule.positive === true) parts.push('> 0');
    if (rule.min !== undefined) parts.push(`>= ${rule.min}`);
    if (rule.max !== undefined) parts.push(`<= ${rule.max}`);
    throw new InvalidArgumentError(fn, `options.${name}`, `must be ${parts.join(' ')}`, v);
  }
  return v;
}

/** Reads a boolean option, `fallback` when absent. @internal */
export function readBoolean(fn: string, options: Readonly<Record<string, unknown>>, name: string, fallback: boolean): boolean {
  const v = options[name];
  if (v === undefined) return fallback;
  if (typeof v !== 'boolean') throw new InvalidArgumentError(fn, `options.${name}`, 'must be a boolean', v);
  return v;
}

/** Checks that `rows` is an array-like of rows. @internal */
export function checkRows(fn: string, argument: string, rows: unknown): ArrayLike<unknown> {
  if (typeof rows !== 'object' || rows === null || typeof (rows as { length?: unknown }).length !== 'number') {
    throw new InvalidArgumentError(fn, argument, 'must be an array of rows', rows);
  }
  return rows as ArrayLike<unknown>;
}
