import type { Converter } from './converter';

/**
 * A converter to one of `values`, read case-insensitively with blanks and underscores taken as hyphens
 * (`'Stock out'`, `'STOCK_OUT'` → `'stock-out'`), plus optional `aliases` (`'call-center'` →
 * `'call-centre'`). @internal
 */
export function enumConverter<const T extends string>(
  values: readonly T[],
  aliases: Readonly<Record<string, T>> = {},
): Converter<T> {
  const known = new Map<string, T>();
  for (const v of values) known.set(v, v);
  for (const [alias, v] of Object.entries(aliases)) known.set(alias, v);
  const rule = `must be one of ${values.map((v) => `"${v}"`).join(', ')}`;
  return {
    convert: (v) => {
      if (typeof v !== 'string') return undefined;
      return known.get(v.trim().toLowerCase().replace(/[\s_]+/g, '-'));
    },
    describe: () => rule,
  };
}
