import { setOwn } from './setOwn';

/** Merges unknown columns into `out.attributes` (columns win over keys of a given `attributes`). @internal */
export function mergeAttributes(out: Record<string, unknown>, extras: Record<string, unknown> | undefined): void {
  if (extras === undefined) return;
  const given = out['attributes'] as Record<string, unknown> | undefined;
  if (given === undefined) {
    out['attributes'] = extras;
    return;
  }
  for (const key of Object.keys(extras)) setOwn(given, key, extras[key]);
}
