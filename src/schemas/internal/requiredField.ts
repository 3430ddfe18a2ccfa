import { z } from 'zod';
import { isBlank, type Converter } from './converter';

/**
 * A required zod field from a converter: a blank cell gives the issue `is required`, a cell the converter
 * refuses gives its rule. The input type `In` documents what the field accepts. @internal
 */
export function requiredField<Out, In>(converter: Converter<Out>): z.ZodType<Out, In> {
  const { convert, describe } = converter;
  return (z.unknown() as unknown as z.ZodType<In, In>).transform((value, ctx) => {
    if (isBlank(value)) {
      ctx.addIssue({ code: 'custom', message: 'is required', input: value });
      return z.NEVER;
    }
    const out = convert(value);
    if (out === undefined) {
      ctx.addIssue({ code: 'custom', message: describe(value), input: value });
      return z.NEVER;
    }
    return out;
  }) as unknown as z.ZodType<Out, In>;
}
