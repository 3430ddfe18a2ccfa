// The machinery of publicApi.test.ts: the package's callables found from its exports, the bad variants of a
// valid argument list, and the check of one call's outcome against the promises.
import * as root from '../../src/index';
import * as charts from '../../src/charts/index';
import * as clv from '../../src/clv/index';
import * as datasets from '../../src/datasets/index';
import * as duckdb from '../../src/duckdb/index';
import * as loyalty from '../../src/loyalty/index';
import * as money from '../../src/money/index';
import * as parallel from '../../src/parallel/index';
import * as satisfaction from '../../src/satisfaction/index';
import * as schemas from '../../src/schemas/index';
import * as segmentation from '../../src/segmentation/index';
import * as sql from '../../src/sql/index';
import * as testing from '../../src/testing/index';
import * as time from '../../src/time/index';
import { isClienteleError } from '../../src/core/errors/isClienteleError';
import type { ApiCase } from './publicApi.cases';

export type Callable = (...args: unknown[]) => unknown;

/** Every callable of the package by name: functions, and the members of the model objects as `model.member`. */
export function publicCallables(): Map<string, Callable> {
  const found = new Map<string, Callable>();
  const areas = [root, charts, clv, datasets, duckdb, loyalty, money, parallel, satisfaction, schemas, segmentation, sql, testing, time];
  for (const area of areas) {
    for (const [name, value] of Object.entries(area)) {
      if (typeof value === 'function') found.set(name, value as Callable);
      else if (isModelObject(value)) {
        for (const [member, fn] of Object.entries(value)) if (typeof fn === 'function') found.set(`${name}.${member}`, fn as Callable);
      }
    }
  }
  return found;
}

function isModelObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && 'parameterNames' in value && 'logLikelihood' in value;
}

/** Calls a member as a method of its model object (so that `this` is the model, as a user would call it). */
export function callOf(name: string, fn: Callable): Callable {
  const dot = name.indexOf('.');
  if (dot < 0) return fn;
  const model = (clv as unknown as Record<string, object>)[name.slice(0, dot)];
  return (...args) => fn.apply(model, args);
}

const BAD_VALUES: readonly unknown[] = [
  NaN, Infinity, -Infinity, -0, 1e308, 5e-324, -1, 0, 2.5, 'abc', '', true, null, undefined, {}, [], 10n, Symbol('x'),
  new Date(Number.NaN), '0000-01-01', '2024-02-30',
];
const BAD_FIELD_VALUES: readonly unknown[] = [NaN, Infinity, -1, 1e308, null, undefined, 'abc', 10n, '2024-13-01'];

/** One probe: a description and the arguments to call with. */
export interface Probe {
  readonly what: string;
  readonly args: unknown[];
}

/** The bad variants of one valid argument list. */
export function probesOf(valid: () => unknown[], fixed: readonly number[], kind: ApiCase['kind'] = 'area'): Probe[] {
  const badValues = kind === 'kernel' ? BAD_VALUES.filter(isNumberLike) : BAD_VALUES;
  const badFieldValues = kind === 'kernel' ? BAD_FIELD_VALUES.filter(isNumberLike) : BAD_FIELD_VALUES;
  const probes: Probe[] = [];
  const base = valid();
  for (let i = 0; i < base.length + 1; i++) {
    if (fixed.includes(i)) continue;
    const replaced = (v: unknown) => {
      const args = valid();
      if (i >= args.length) args.length = i + 1;
      args[i] = v;
      return args;
    };
    if (i === base.length) {
      // one argument too many: an extra options-like argument must be ignored or refused, not crash
      probes.push({ what: `extra argument [${i}] = 42`, args: replaced(42) });
      continue;
    }
    for (const v of badValues) probes.push({ what: `arg[${i}] = ${show(v)}`, args: replaced(v) });
    const arg = base[i];
    if (Array.isArray(arg)) {
      if (arg.length > 0) {
        probes.push({ what: `arg[${i}] one element`, args: replaced([valid()[i] as unknown[]][0]!.slice(0, 1)) });
        const sparse = (valid()[i] as unknown[]).slice();
        delete sparse[0];
        probes.push({ what: `arg[${i}] sparse`, args: replaced(sparse) });
        for (const v of badFieldValues) {
          const list = (valid()[i] as unknown[]).slice();
          list[0] = v;
          probes.push({ what: `arg[${i}][0] = ${show(v)}`, args: replaced(list) });
        }
        if (isPlainObject(arg[0])) {
          for (const key of Object.keys(arg[0])) {
            for (const v of [...badFieldValues, MISSING]) {
              const list = (valid()[i] as Record<string, unknown>[]).slice();
              list[0] = withField(list[0]!, key, v);
              probes.push({ what: `arg[${i}][0].${key} = ${show(v)}`, args: replaced(list) });
            }
          }
        }
      }
    } else if (isPlainObject(arg)) {
      for (const key of Object.keys(arg)) {
        for (const v of [...badFieldValues, MISSING]) {
          probes.push({ what: `arg[${i}].${key} = ${show(v)}`, args: replaced(withField(valid()[i] as Record<string, unknown>, key, v)) });
        }
      }
      probes.push({ what: `arg[${i}] with an inherited field`, args: replaced(Object.assign(Object.create({ inherited: 1 }), valid()[i])) });
    }
  }
  return probes;
}

const MISSING = Symbol('missing');

/**
 * The core kernels take numbers (their types say so) and answer impossible numbers with NaN; a BigInt or a
 * Symbol is a type error there, as in `Math`, so they are probed with values that convert to numbers only.
 */
function isNumberLike(v: unknown): boolean {
  return typeof v !== 'bigint' && typeof v !== 'symbol';
}

function withField(o: Record<string, unknown>, key: string, v: unknown): Record<string, unknown> {
  const copy = { ...o };
  if (v === MISSING) delete copy[key];
  else copy[key] = v;
  return copy;
}

function isPlainObject(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v) && !ArrayBuffer.isView(v) && Object.getPrototypeOf(v) === Object.prototype;
}

function show(v: unknown): string {
  if (v === MISSING) return '(missing)';
  if (typeof v === 'bigint') return `${v}n`;
  if (typeof v === 'symbol') return 'Symbol()';
  if (typeof v === 'string') return JSON.stringify(v);
  if (v instanceof Date) return 'Invalid Date';
  if (Object.is(v, -0)) return '-0';
  if (Array.isArray(v)) return `[${v.length}]`;
  if (typeof v === 'object' && v !== null) return '{}';
  return String(v);
}

/**
 * Fields that report rejected input back to the caller with the offending value as given (`{ index, field,
 * reason, value }`): a NaN there is the user's own value, echoed, not a computed result.
 */
const ECHOES = /^(rejected\w*|invalid\w*|excluded\w*)$/;

/** Paths of the NaN and ±Infinity numbers inside a result (objects, arrays, typed arrays), the first few. */
export function nonFinite(value: unknown, path = 'result', seen = new Set<object>(), out: string[] = []): string[] {
  if (out.length >= 3) return out;
  if (typeof value === 'number') {
    if (!Number.isFinite(value)) out.push(`${path} = ${value}`);
  } else if (ArrayBuffer.isView(value) && !(value instanceof DataView)) {
    const arr = value as unknown as ArrayLike<number | bigint>;
    for (let i = 0; i < arr.length && out.length < 3; i++) {
      const x = arr[i];
      if (typeof x === 'number' && !Number.isFinite(x)) out.push(`${path}[${i}] = ${x}`);
    }
  } else if (typeof value === 'object' && value !== null && !seen.has(value) && !(value instanceof Error)) {
    seen.add(value);
    for (const [k, v] of Object.entries(value)) if (!ECHOES.test(k)) nonFinite(v, `${path}.${k}`, seen, out);
  }
  return out;
}

/** A structural copy for mutation checks: numbers by bits (so NaN and -0 compare), typed arrays as arrays. */
export function snapshot(value: unknown, seen = new Map<object, unknown>()): unknown {
  if (typeof value === 'number') return Object.is(value, -0) ? '-0' : Number.isNaN(value) ? 'NaN' : value;
  if (typeof value === 'bigint' || typeof value === 'symbol') return String(value);
  if (typeof value === 'function') return 'function';
  if (typeof value !== 'object' || value === null) return value;
  if (value instanceof Date) return `Date(${value.getTime()})`;
  if (seen.has(value)) return '(cycle)';
  seen.set(value, true);
  if (ArrayBuffer.isView(value)) return Array.from(value as unknown as ArrayLike<number>, (x) => snapshot(x, seen));
  if (Array.isArray(value)) return Array.from(value, (x) => snapshot(x, seen));
  return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, snapshot(v, seen)]));
}

export function deepFreeze<T>(value: T): T {
  if (typeof value === 'object' && value !== null && !Object.isFrozen(value) && !ArrayBuffer.isView(value)) {
    Object.freeze(value);
    for (const v of Object.values(value)) deepFreeze(v);
  }
  return value;
}

/** What one call did that breaks a promise, or null. */
export function violationOf(name: string, kind: ApiCase['kind'], call: () => unknown, passesOn: readonly string[] = []): string | null {
  let result: unknown;
  try {
    result = call();
  } catch (e) {
    if (!isClienteleError(e)) return `untyped throw: ${(e as Error)?.name}: ${(e as Error)?.message}`;
    const fn = [...(name.includes('.') ? [name, name.slice(name.indexOf('.') + 1)] : [name]), ...passesOn];
    if (!fn.some((f) => e.message.includes(f)) && !e.message.startsWith('`test`')) return `error names another function: ${e.message}`;
    return null;
  }
  if (kind === 'area' || kind === undefined) {
    const bad = nonFinite(result);
    if (bad.length > 0) return `non-finite out: ${bad.join(', ')}`;
  }
  return null;
}

