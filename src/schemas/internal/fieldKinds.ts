import { dataSourceKinds, type DataSource } from '../dataSourceKinds';
import { attributesConverter } from './attributesField';
import {
  booleanConverter,
  countConverter,
  dateConverter,
  decimalConverter,
  idConverter,
  nonNegativeDecimalConverter,
  numberConverter,
  textConverter,
  type Converter,
} from './converter';
import { enumConverter } from './enumConverter';
import { optionalField } from './optionalField';
import { requiredField } from './requiredField';
import type { z } from 'zod';

/**
 * What a date cell may hold: `'yyyy-mm-dd'` (optionally followed by a time, which is ignored), `'yyyymmdd'`,
 * the integer `yyyymmdd`, or a `Date` (read at UTC, or local time with the parsers' `dateObjects: 'local'`).
 */
export type DateInput = string | number | Date;
/** What an amount cell may hold: a finite number, a plain decimal string (`'-1234.50'`) or a bigint. */
export type DecimalInput = number | string | bigint;
/** What an identifier cell may hold: a non-empty string, a safe integer or a bigint. */
export type IdInput = string | number | bigint;
/** What a text cell may hold: a string (trimmed) or a finite number (written as a string). */
export type TextInput = string | number;
/** What a flag cell may hold: a boolean, `1`/`0`, or `true`/`false`, `yes`/`no`, `y`/`n`, `t`/`f`, `'1'`/`'0'` in any case. */
export type BooleanInput = boolean | number | string;

const currencyConverter: Converter<string> = {
  convert: (v) => (typeof v === 'string' && /^\s*[A-Za-z]{3}\s*$/.test(v) ? v.trim().toUpperCase() : undefined),
  describe: () => 'must be a three-letter ISO 4217 currency code',
};

const sourceConverter = enumConverter(Object.keys(dataSourceKinds) as DataSource[], { 'call-center': 'call-centre' });

/**
 * One field of a record: its converter, whether it is required, and the equivalent zod schema. The record
 * schema is built from `zod`; the parsers run `converter` directly (same rules, no zod overhead). @internal
 */
export interface FieldSpec<Out, In, Required extends boolean> {
  readonly converter: Converter<Out>;
  readonly required: Required;
  readonly zod: Required extends true ? z.ZodType<Out, In> : z.ZodOptional<z.ZodType<Out | undefined, In | null>>;
}

/** A required field. @internal */
function req<Out, In>(converter: Converter<Out>): FieldSpec<Out, In, true> {
  return { converter, required: true, zod: requiredField<Out, In>(converter) };
}

/** An optional field. @internal */
function opt<Out, In>(converter: Converter<Out>): FieldSpec<Out, In, false> {
  return { converter, required: false, zod: optionalField<Out, In>(converter) };
}

/** The field builders shared by the record schemas. @internal */
export const fields = {
  id: () => req<string, IdInput>(idConverter),
  optionalId: () => opt<string, IdInput>(idConverter),
  date: () => req<string, DateInput>(dateConverter),
  optionalDate: () => opt<string, DateInput>(dateConverter),
  amount: () => req<string, DecimalInput>(decimalConverter),
  optionalAmount: () => opt<string, DecimalInput>(decimalConverter),
  optionalNonNegativeAmount: () => opt<string, DecimalInput>(nonNegativeDecimalConverter),
  optionalNumber: () => opt<number, number | string>(numberConverter),
  optionalCount: () => opt<number, number | string>(countConverter),
  optionalText: () => opt<string, TextInput>(textConverter),
  optionalBoolean: () => opt<boolean, BooleanInput>(booleanConverter),
  optionalCurrency: () => opt<string, string>(currencyConverter),
  optionalSource: () => opt<DataSource, string>(sourceConverter),
  optionalEnum: <const T extends string>(values: readonly T[], aliases?: Readonly<Record<string, T>>) =>
    opt<T, string>(enumConverter(values, aliases)),
  optionalAttributes: () => opt<Record<string, unknown>, Record<string, unknown>>(attributesConverter),
};
