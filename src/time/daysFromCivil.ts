/**
 * Days since 1970-01-01 of the proleptic Gregorian date `year-month-day`, in integer arithmetic (no
 * `Date`, no time zone). Arguments are not checked. @internal
 *
 * @remarks
 * Counts from 0000-03-01 in 400-year eras of 146,097 days, with years starting on 1 March so that the
 * leap day ends the year; 719,468 days separate 0000-03-01 from 1970-01-01.
 */
export function daysFromCivil(year: number, month: number, day: number): number {
  const y = month <= 2 ? year - 1 : year;
  const era = Math.floor(y / 400);
  const yearOfEra = y - era * 400;
  const monthFromMarch = month > 2 ? month - 3 : month + 9;
  const dayOfYear = Math.floor((153 * monthFromMarch + 2) / 5) + day - 1;
  const dayOfEra = yearOfEra * 365 + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100) + dayOfYear;
  return era * 146_097 + dayOfEra - 719_468;
}
