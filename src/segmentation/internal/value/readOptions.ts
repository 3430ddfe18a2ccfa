import { InvalidArgumentError } from '../../../core/errors/InvalidArgumentError';

/** The options object (an empty one when `undefined`); throws for `null` or a non-object. @internal */
export function readOptionsObject<T extends object>(fn: string, options: T | undefined): Partial<T> {
  if (options === undefined) return {};
  if (options === null || typeof options !== 'object' || Array.isArray(options)) {
    throw new InvalidArgumentError(fn, 'options', 'must be an object', options);
  }
  return options;
}

/** One of `allowed` (the first is the default for `undefined`). @internal */
export function readChoice<T extends string>(fn: string, argument: string, value: unknown, allowed: readonly T[]): T {
  if (value === undefined) return allowed[0] as T;
  if (typeof value !== 'string' || !(allowed as readonly string[]).includes(value)) {
    throw new InvalidArgumentError(fn, argument, `must be ${allowed.map((a) => `'${a}'`).join(' or ')}`, value);
  }
  return value as T;
}

/** A number in (0, 1] (or (0, 1) when `open`). @internal */
export function readShare(fn: string, argument: string, value: unknown, open = false): number {
  if (typeof value !== 'number' || !(value > 0) || !(open ? value < 1 : value <= 1)) {
    throw new InvalidArgumentError(fn, argument, `must be a number greater than 0 and ${open ? 'less than 1' : 'at most 1'}`, value);
  }
  return value;
}

/** Strictly increasing cumulative cut-offs in (0, 1) (`fallback` when `undefined`). @internal */
export function readCutoffs(fn: string, argument: string, value: unknown, fallback: readonly number[], count?: number): number[] {
  if (value === undefined) return [...fallback];
  if (!Array.isArray(value) || value.length === 0 || (count !== undefined && value.length !== count)) {
    throw new InvalidArgumentError(fn, argument, `must be an array of ${count ?? 'one or more'} cut-offs`, value);
  }
  const out: number[] = [];
  value.forEach((c: unknown, i: number) => {
    const x = readShare(fn, `${argument}[${i}]`, c, true);
    if (i > 0 && !(x > (out[i - 1] as number))) {
      throw new InvalidArgumentError(fn, `${argument}[${i}]`, 'must be greater than the cut-off before it', c);
    }
    out.push(x);
  });
  return out;
}

/** An integer in [min, max] (`fallback` when `undefined`). @internal */
export function readInteger(fn: string, argument: string, value: unknown, min: number, max: number, fallback: number): number {
  if (value === undefined) return fallback;
  if (typeof value !== 'number' || !Number.isInteger(value) || value < min || value > max) {
    const range = Number.isFinite(max) ? `${min}-${max}` : `at least ${min}`;
    throw new InvalidArgumentError(fn, argument, `must be an integer ${range}`, value);
  }
  return value;
}
