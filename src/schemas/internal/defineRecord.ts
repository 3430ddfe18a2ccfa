import { z } from 'zod';
import type { FieldSpec } from './fieldKinds';
import { isBlank } from './converter';
import { mergeAttributes } from './mergeAttributes';
import { setOwn } from './setOwn';

/** A record's fields by name. @internal */
export type RecordSpec = Readonly<Record<string, FieldSpec<unknown, unknown, boolean>>>;

/** The zod shape of a record spec. @internal */
export type ZodShapeOf<S extends RecordSpec> = { [K in keyof S]: S[K]['zod'] };

/** The record type of a spec: its zod output with `undefined` removed from the optional fields. @internal */
export type RecordOf<S extends RecordSpec> = {
  [K in keyof z.output<z.ZodObject<ZodShapeOf<S>>>]: Exclude<z.output<z.ZodObject<ZodShapeOf<S>>>[K], undefined>;
};

/** One problem found in a row: where (path of keys), the rule broken, the offending value. @internal */
export interface RowIssue {
  readonly path: readonly (string | number)[];
  readonly message: string;
  readonly input: unknown;
}

/** Where cross-field rules report problems: zod's refinement context or the fast parser's list. @internal */
export interface IssueSink {
  addIssue(issue: { code: 'custom'; path: (string | number)[]; message: string; input: unknown }): void;
}

/**
 * What a record does with a row once its fields are valid: `out` holds the known fields (no `undefined`
 * values), `extras` the unknown columns (or `undefined` when there are none). Cross-field rules report to
 * `sink`. Default: the extras are merged into `out.attributes`. @internal
 */
export type FinishRecord = (out: Record<string, unknown>, extras: Record<string, unknown> | undefined, sink: IssueSink) => void;

/** A record definition: the zod schema and the equivalent fast row parser. @internal */
export interface RecordDefinition<S extends RecordSpec> {
  readonly schema: z.ZodType<RecordOf<S>, z.input<z.ZodObject<ZodShapeOf<S>>> & Record<string, unknown>>;
  /** The record of `row`, or the list of its issues (never empty). */
  readonly parseRow: (row: unknown) => RecordOf<S> | RowIssue[];
}

/** Whether zod's object schemas take `value` as an object. @internal */
function isObjectRow(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/**
 * Builds a record from its field specs: a zod schema (loose object + normalising transform) and a fast
 * parser that applies the same converters in one loop, with identical records and issues. @internal
 */
export function defineRecord<S extends RecordSpec>(spec: S, finish: FinishRecord = mergeAttributes): RecordDefinition<S> {
  const keys = Object.keys(spec);
  const known = new Set(keys);
  const shape: Record<string, z.ZodType> = {};
  for (const key of keys) shape[key] = (spec[key] as FieldSpec<unknown, unknown, boolean>).zod as z.ZodType;
  const split = (row: Record<string, unknown>, out: Record<string, unknown>): Record<string, unknown> | undefined => {
    let extras: Record<string, unknown> | undefined;
    for (const key of Object.keys(row)) {
      if (known.has(key)) continue;
      extras ??= {};
      setOwn(extras, key, row[key]);
    }
    for (const key of keys) {
      const value = row[key];
      if (value !== undefined) out[key] = value;
    }
    return extras;
  };
  // Own properties only, as parseRow reads them: a row whose fields are inherited from its prototype is
  // missing those fields for both paths (zod alone would read them through the prototype chain).
  const ownProperties = (row: unknown): unknown => {
    if (!isObjectRow(row)) return row;
    const copy: Record<string, unknown> = {};
    for (const key of Object.keys(row)) setOwn(copy, key, row[key]);
    return copy;
  };
  const object = z.looseObject(shape, { error: 'must be an object' });
  const schema = z.preprocess(ownProperties, object).transform((row, ctx) => {
    const out: Record<string, unknown> = {};
    const extras = split(row, out);
    finish(out, extras, ctx);
    return out;
  });
  const byKey = new Map<string, FieldSpec<unknown, unknown, boolean>>();
  for (const key of keys) byKey.set(key, spec[key] as FieldSpec<unknown, unknown, boolean>);
  const requiredCount = keys.filter((key) => (spec[key] as FieldSpec<unknown, unknown, boolean>).required).length;
  const order = new Map(keys.map((key, i) => [key, i]));
  const parseRow = (row: unknown): Record<string, unknown> | RowIssue[] => {
    if (!isObjectRow(row)) return [{ path: [], message: 'must be an object', input: row }];
    const out: Record<string, unknown> = {};
    let issues: RowIssue[] | undefined;
    let extras: Record<string, unknown> | undefined;
    let requiredSeen = 0;
    for (const key of Object.keys(row)) {
      const value = row[key];
      const field = byKey.get(key);
      if (field === undefined) {
        extras ??= {};
        setOwn(extras, key, value);
        continue;
      }
      if (field.required) requiredSeen++;
      if (isBlank(value)) {
        if (field.required) (issues ??= []).push({ path: [key], message: 'is required', input: value });
        continue;
      }
      const converted = field.converter.convert(value);
      if (converted === undefined) {
        (issues ??= []).push({ path: [key], message: field.converter.describe(value), input: value });
      } else out[key] = converted;
    }
    if (requiredSeen < requiredCount) {
      for (const key of keys) {
        if ((byKey.get(key) as FieldSpec<unknown, unknown, boolean>).required && !Object.prototype.hasOwnProperty.call(row, key)) {
          (issues ??= []).push({ path: [key], message: 'is required', input: undefined });
        }
      }
    }
    if (issues !== undefined) {
      return issues.sort((a, b) => (order.get(a.path[0] as string) as number) - (order.get(b.path[0] as string) as number));
    }
    const found: RowIssue[] = [];
    finish(out, extras, { addIssue: (issue) => found.push({ path: issue.path, message: issue.message, input: issue.input }) });
    return found.length > 0 ? found : out;
  };
  return { schema, parseRow } as unknown as RecordDefinition<S>;
}
