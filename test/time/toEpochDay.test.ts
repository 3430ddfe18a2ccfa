// Epoch-day conversion. Reference: Date.UTC (the ECMAScript proleptic Gregorian time value / 86,400,000),
// and the CDNOW dates of clv.md §1.2 (1997-01-01 is day 9862).
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { fromEpochDay, toEpochDay } from '../../src/time/index';

const DAY = 86_400_000;

describe('toEpochDay', () => {
  it('reads the accepted forms', () => {
    expect(toEpochDay('1970-01-01')).toBe(0);
    expect(toEpochDay('1969-12-31')).toBe(-1);
    expect(toEpochDay('1997-01-01')).toBe(9862);
    expect(toEpochDay('19970101')).toBe(9862);
    expect(toEpochDay('1997-09-30')).toBe(10134);
    expect(toEpochDay('1998-06-30')).toBe(10407);
    expect(toEpochDay('2000-02-29')).toBe(11016);
    expect(toEpochDay('1997-09-30T23:59:59-08:00')).toBe(10134);
    expect(toEpochDay('1997-09-30T00:30:00+14:00')).toBe(10134);
    expect(toEpochDay('1997-09-30 12:00')).toBe(10134);
    expect(toEpochDay('19970930T1200')).toBe(10134);
    expect(toEpochDay(new Date('1998-06-30'))).toBe(10407);
    expect(toEpochDay(new Date(Date.UTC(1998, 5, 30, 23, 59)))).toBe(10407);
    expect(toEpochDay('1997-W01-3')).toBe(9862); // ISO week date via date-fns parseISO
    expect(toEpochDay('1997-001')).toBe(9862); // ordinal date
    expect(toEpochDay('1997013')).toBe(9874); // basic ordinal date
    expect(toEpochDay('0000-03-01')).toBe(-719_468);
    expect(toEpochDay('9999-12-31')).toBe(2_932_896);
  });

  it('agrees with Date.UTC on every day from 1600 to 2400 (property)', () => {
    fc.assert(
      fc.property(fc.integer({ min: Date.UTC(1600, 0, 1) / DAY, max: Date.UTC(2400, 0, 1) / DAY }), (day) => {
        const iso = new Date(day * DAY).toISOString().slice(0, 10);
        expect(toEpochDay(iso)).toBe(day);
        expect(toEpochDay(iso.replaceAll('-', ''))).toBe(day);
        expect(fromEpochDay(day)).toBe(iso);
      }),
      { numRuns: 2000 },
    );
  });

  it('rejects invalid dates', () => {
    for (const bad of ['1997-02-29', '1900-02-29', '1997-13-01', '1997-00-10', '1997-04-31', '01/02/1997', '1997-1-1', '', 'soon', '1997-01-01X']) {
      expect(() => toEpochDay(bad), bad).toThrow(/`toEpochDay`: `date` must be a valid calendar date/);
    }
    expect(() => toEpochDay(new Date(Number.NaN))).toThrowErrorMatchingInlineSnapshot(
      `[InvalidArgumentError: \`toEpochDay\`: \`date\` must be a valid calendar date (yyyy-mm-dd, yyyymmdd, another ISO 8601 date, or a Date), got Invalid Date]`,
    );
    expect(() => toEpochDay(9862 as unknown as string)).toThrow(/must be a valid calendar date/);
  });
});

describe('fromEpochDay', () => {
  it('formats days, including the edges', () => {
    expect(fromEpochDay(0)).toBe('1970-01-01');
    expect(fromEpochDay(9862)).toBe('1997-01-01');
    expect(fromEpochDay(-1)).toBe('1969-12-31');
    expect(fromEpochDay(11016)).toBe('2000-02-29');
    expect(fromEpochDay(-719_528)).toBe('0000-01-01');
    expect(fromEpochDay(2_932_896)).toBe('9999-12-31');
  });

  it('inverts toEpochDay (property)', () => {
    fc.assert(
      fc.property(fc.integer({ min: -719_528, max: 2_932_896 }), (day) => {
        expect(toEpochDay(fromEpochDay(day))).toBe(day);
      }),
      { numRuns: 5000 },
    );
  });

  it('rejects non-integers and days out of range', () => {
    expect(() => fromEpochDay(1.5)).toThrow('`fromEpochDay`: `epochDay` must be an integer -719528-2932896, got 1.5');
    expect(() => fromEpochDay(2_932_897)).toThrow(/must be an integer/);
  });
});
