import { z } from 'zod';
import { isBlank, type Converter } from './converter';

/**
 * An optional zod field from a converter: a missing key or a blank cell (`null`, `''`, blanks) gives no
 * value (the key is left out of the record), a cell the converter refuses gives its rule. @internal
 */
export function optionalField<Out, In>(converter: Converter<Out>): z.ZodOptional<z.ZodType<Out | undefined, In | null>> {
  const { convert, describe } = converter;
  const inner = (z.unknown() as unknown as z.ZodType<In | null, In | null>).transform((value, ctx) => {
    if (isBlank(value)) return undefined;
    const out = convert(value);
    if (out === undefined) {
      ctx.addIssue({ code: 'custom', message: describe(value), input: value });
      return z.NEVER;
    }
    return out;
  }) as unknown as z.ZodType<Out | undefined, In | null>;
  return inner.optional();
}
