// Run by timezone.test.ts in a child process under a given TZ: prints the machine's UTC offset and a
// digest of time computations that must not depend on it. Not a test file itself.
import { readFileSync } from 'node:fs';
import { fromEpochDay, summarizeTransactions, toEpochDay } from '../../src/time/index';
import type { SummaryOptions } from '../../src/time/index';

const rows = readFileSync(new URL('../fixtures/cdnow/CDNOW_sample.txt', import.meta.url), 'utf8')
  .split(/\r?\n/)
  .filter((l) => l.trim())
  .map((l) => {
    const [, customerId, date, , amount] = l.trim().split(/\s+/) as [string, string, string, string, string];
    return { customerId, date, amount: Number(amount) };
  });
const withDates = rows.map((r) => ({
  ...r,
  date: new Date(Date.UTC(+r.date.slice(0, 4), +r.date.slice(4, 6) - 1, +r.date.slice(6))),
}));
const base: SummaryOptions = { calibrationEnd: '1997-09-30', observationEnd: '1998-06-30' };
const variants: SummaryOptions[] = [
  { ...base, unit: 'week' },
  { ...base, unit: 'month', monthLength: 'calendar' },
  { ...base, unit: 'month', monthLength: 'calendar', mergeBy: 'unit' },
  { ...base, unit: 'week', mergeBy: 'unit' },
];
const results = {
  strings: variants.map((v) => summarizeTransactions(rows, v)),
  dates: summarizeTransactions(withDates, {
    calibrationEnd: new Date('1997-09-30'),
    observationEnd: new Date(Date.UTC(1998, 5, 30)),
    unit: 'week',
  }),
  days: ['1997-03-30', '1997-10-26', '19970330', '1997-W13-7', '1997-089', '1997-03-30T01:30:00+01:00'].map(toEpochDay),
  dates2: [9950, 10160, 0, -1].map(fromEpochDay),
};
process.stdout.write(
  JSON.stringify({ offsets: [new Date(1997, 0, 1).getTimezoneOffset(), new Date(1997, 6, 1).getTimezoneOffset()], results }),
);
