import { isClienteleError } from '../../core/errors/isClienteleError';
import { restateError } from '../../core/errors/restateError';

/** Argument roots of a measure function and the `loyaltyProfile` paths they come from, most specific first. @internal */
export type ProfilePaths = readonly (readonly [string, string])[];

/**
 * Runs a measure of `loyaltyProfile` (computed by the kernels of its public function, which check their
 * inputs under their own name) and reports what it refuses as `loyaltyProfile`'s, at the caller's path:
 * `shareOfWallet`'s `rows[3].ours` becomes `records.wallet[3].ours`, `defectTolerance`'s `options.windowDays`
 * becomes `options.defects.windowDays`. @internal
 */
export function asProfileError<T>(fn: string, paths: ProfilePaths, call: () => T): T {
  try {
    return call();
  } catch (e) {
    if (!isClienteleError(e) || e.fn === fn) throw e;
    throw restateError(e, fn, e.argument === undefined ? undefined : profilePath(e.argument, paths));
  }
}

function profilePath(argument: string, paths: ProfilePaths): string {
  for (const [from, to] of paths) {
    if (argument === from) return to;
    const next = argument.charAt(from.length);
    if (argument.startsWith(from) && (next === '.' || next === '[')) return to + argument.slice(from.length);
  }
  return argument;
}
