import { InvalidArgumentError } from '../../../core/errors/InvalidArgumentError';

/** The four numbers JSON has no literal for, as the fit format writes them. @internal */
export const SPECIAL_NUMBERS: Readonly<Record<string, number>> = { NaN: Number.NaN, Infinity: Number.POSITIVE_INFINITY, '-Infinity': Number.NEGATIVE_INFINITY, '-0': -0 };

/**
 * Checked reads of the fields of a saved fit, each throwing `INVALID_ARGUMENT` with the field's path, the
 * rule and the value. With `encoded`, a number may also be one of the strings of {@link SPECIAL_NUMBERS}
 * (the JSON form); without, it must be a number (an in-memory fit). @internal
 */
export interface FitFieldReader {
  /** The public function reading. */
  readonly fn: string;
  readonly fail: (path: string, rule: string, value: unknown) => never;
  /** An object with exactly `keys` (a missing or unknown field is an error); returns it as a record. */
  readonly record: (value: unknown, path: string, keys: readonly string[]) => Record<string, unknown>;
  /** A number satisfying `ok` (any number when omitted), described by `rule`. */
  readonly number: (value: unknown, path: string, ok?: (x: number) => boolean, rule?: string) => number;
  readonly integer: (value: unknown, path: string, min: number) => number;
  readonly boolean: (value: unknown, path: string) => boolean;
  readonly string: (value: unknown, path: string) => string;
  /** One of `allowed` (strings, numbers or `null`), compared with `===`. */
  readonly oneOf: <T>(value: unknown, path: string, allowed: readonly T[]) => T;
  readonly array: (value: unknown, path: string, length?: number) => readonly unknown[];
}

const NUMBER_RULE = 'must be a number (NaN, Infinity, -Infinity and -0 written as the strings "NaN", "Infinity", "-Infinity", "-0")';

/** The readers for function `fn`. @internal */
export function fitFieldReader(fn: string, encoded: boolean): FitFieldReader {
  const fail = (path: string, rule: string, value: unknown): never => {
    throw new InvalidArgumentError(fn, path, rule, value);
  };
  const record = (value: unknown, path: string, keys: readonly string[]): Record<string, unknown> => {
    if (value === null || typeof value !== 'object' || Array.isArray(value)) fail(path, `must be an object with the fields ${keys.join(', ')}`, value);
    const v = value as Record<string, unknown>;
    for (const key of Object.keys(v)) {
      if (!keys.includes(key)) fail(`${path}.${key}`, `is not a field of this object (expected only ${keys.join(', ')})`, v[key]);
    }
    for (const key of keys) if (!(key in v)) fail(`${path}.${key}`, 'is required', undefined);
    return v;
  };
  const number = (value: unknown, path: string, ok?: (x: number) => boolean, rule?: string): number => {
    let x: number | undefined;
    if (typeof value === 'number') x = value;
    else if (encoded && typeof value === 'string' && Object.prototype.hasOwnProperty.call(SPECIAL_NUMBERS, value)) x = SPECIAL_NUMBERS[value];
    if (x === undefined) return fail(path, encoded ? NUMBER_RULE : 'must be a number', value);
    if (ok !== undefined && !ok(x)) fail(path, rule ?? 'is out of range', value);
    return x;
  };
  const integer = (value: unknown, path: string, min: number): number =>
    number(value, path, (x) => Number.isInteger(x) && x >= min, `must be an integer at least ${min}`);
  const boolean = (value: unknown, path: string): boolean => (typeof value === 'boolean' ? value : fail(path, 'must be true or false', value));
  const string = (value: unknown, path: string): string => (typeof value === 'string' ? value : fail(path, 'must be a string', value));
  const oneOf = <T>(value: unknown, path: string, allowed: readonly T[]): T =>
    allowed.includes(value as T) ? (value as T) : fail(path, `must be one of ${allowed.map((a) => JSON.stringify(a)).join(', ')}`, value);
  const array = (value: unknown, path: string, length?: number): readonly unknown[] => {
    if (!Array.isArray(value)) return fail(path, length === undefined ? 'must be an array' : `must be an array of ${length}`, value);
    if (length !== undefined && value.length !== length) fail(path, `must have ${length} entries`, value.length);
    return value;
  };
  return { fn, fail, record, number, integer, boolean, string, oneOf, array };
}
