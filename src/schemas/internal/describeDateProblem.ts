/**
 * Why {@link normalizeDate} refused a value: the rule of a rejection reason. Called only on failure.
 * @internal
 */
export function describeDateProblem(value: unknown): string {
  if (value instanceof Date) {
    return Number.isFinite(value.getTime()) ? 'must be a Date in the years 1-9999' : 'must be a valid Date';
  }
  if (typeof value === 'string') {
    const s = value.trim();
    if (/^\d{4}-\d{2}-\d{2}$/.test(s) || /^\d{8}$/.test(s)) return 'must be a valid calendar date';
    if (/^\d{4}-\d{2}-\d{2}[T ]/.test(s)) return 'must be a date with a valid time (hh:mm[:ss][Z|±hh:mm])';
    return 'must be a date as "yyyy-mm-dd", "yyyymmdd" or a Date';
  }
  if (typeof value === 'number' && Number.isInteger(value) && value >= 10_000_101 && value <= 99_991_231) {
    return 'must be a valid calendar date';
  }
  if (typeof value === 'number') return 'must be a date as "yyyy-mm-dd", "yyyymmdd" or a Date (numbers other than yyyymmdd are ambiguous)';
  return 'must be a date as "yyyy-mm-dd", "yyyymmdd" or a Date';
}
