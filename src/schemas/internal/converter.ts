import { describeDateProblem } from './describeDateProblem';
import { describeDecimalProblem } from './describeDecimalProblem';
import { normalizeDate } from './normalizeDate';
import { normalizeDecimal } from './normalizeDecimal';

/**
 * How one field turns an input cell into its record value: `convert` returns the value or `undefined` when
 * the cell breaks the field's rule, and `describe` (called only then) names the rule. @internal
 */
export interface Converter<Out> {
  readonly convert: (value: unknown) => Out | undefined;
  readonly describe: (value: unknown) => string;
}

/** A blank cell: `undefined`, `null`, or a string of blanks only. @internal */
export function isBlank(value: unknown): boolean {
  return value === undefined || value === null || (typeof value === 'string' && value.trim().length === 0);
}

/** Calendar dates, see `normalizeDate`. @internal */
export const dateConverter: Converter<string> = { convert: normalizeDate, describe: describeDateProblem };

/** Identifiers: a non-empty string (trimmed), a safe integer or a bigint, as a string. @internal */
export const idConverter: Converter<string> = {
  convert: (v) => {
    if (typeof v === 'string') {
      const s = v.trim();
      return s.length > 0 ? s : undefined;
    }
    if (typeof v === 'number') return Number.isSafeInteger(v) ? String(v) : undefined;
    if (typeof v === 'bigint') return String(v);
    return undefined;
  },
  describe: (v) =>
    typeof v === 'number' ? 'must be a string or a safe integer' : 'must be a non-empty string or an integer',
};

/** Text: a string (trimmed) or a finite number written as a string. @internal */
export const textConverter: Converter<string> = {
  convert: (v) => {
    if (typeof v === 'string') {
      const s = v.trim();
      return s.length > 0 ? s : undefined;
    }
    if (typeof v === 'number') return Number.isFinite(v) ? String(v) : undefined;
    return undefined;
  },
  describe: () => 'must be a string',
};

/** Amounts of either sign as normalised decimal strings, see `normalizeDecimal`. @internal */
export const decimalConverter: Converter<string> = { convert: normalizeDecimal, describe: describeDecimalProblem };

/** Amounts ≥ 0 as normalised decimal strings. @internal */
export const nonNegativeDecimalConverter: Converter<string> = {
  convert: (v) => {
    const s = normalizeDecimal(v);
    return s === undefined || s.charCodeAt(0) === 45 ? undefined : s;
  },
  describe: (v) => (normalizeDecimal(v) === undefined ? describeDecimalProblem(v) : 'must not be negative'),
};

/** A finite number, or a plain decimal string read as one. @internal */
export const numberConverter: Converter<number> = {
  convert: (v) => {
    if (typeof v === 'number') return Number.isFinite(v) ? v : undefined;
    const s = typeof v === 'string' ? normalizeDecimal(v) : undefined;
    if (s === undefined) return undefined;
    const x = Number(s);
    return Number.isFinite(x) ? x : undefined;
  },
  describe: (v) => (typeof v === 'number' ? 'must be a finite number' : 'must be a number'),
};

/** An integer ≥ 0 (number or digit string). @internal */
export const countConverter: Converter<number> = {
  convert: (v) => {
    const x = numberConverter.convert(v);
    return x !== undefined && Number.isSafeInteger(x) && x >= 0 ? x : undefined;
  },
  describe: () => 'must be an integer ≥ 0',
};

const TRUE = new Set(['true', 't', 'yes', 'y', '1']);
const FALSE = new Set(['false', 'f', 'no', 'n', '0']);

/** Flags: booleans, `1`/`0`, and (any case) `true`/`false`, `t`/`f`, `yes`/`no`, `y`/`n`, `'1'`/`'0'`. @internal */
export const booleanConverter: Converter<boolean> = {
  convert: (v) => {
    if (typeof v === 'boolean') return v;
    if (v === 1) return true;
    if (v === 0) return false;
    if (typeof v !== 'string') return undefined;
    const s = v.trim().toLowerCase();
    return TRUE.has(s) ? true : FALSE.has(s) ? false : undefined;
  },
  describe: () => 'must be a boolean (true/false, yes/no, y/n, 1/0)',
};
