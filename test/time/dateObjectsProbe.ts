// Run by dateObjects.test.ts in a child process under a given TZ: prints how Date objects built from
// local fields (local midnight) are read under each `dateObjects` setting. Not a test file itself.
import { summarizeTransactions } from '../../src/time/index';
import type { DateObjectReading } from '../../src/time/index';
import { indexTransactions } from '../../src/time/index';

const rows = [
  { customerId: 'a', date: new Date(2024, 0, 1), amount: 10 }, // local midnight, 2024-01-01
  { customerId: 'a', date: new Date(2024, 0, 8), amount: 5 }, // local midnight, 2024-01-08
  { customerId: 'b', date: '2024-01-03', amount: 7 }, // a string: the same everywhere
];

function attempt<T>(f: () => T): T | { error: string; message: string } {
  try {
    return f();
  } catch (e) {
    return { error: (e as { code: string }).code, message: (e as Error).message };
  }
}

const modes: (DateObjectReading | undefined)[] = [undefined, 'strict', 'utc', 'local'];
const results = modes.map((dateObjects) => {
  const summary = summarizeTransactions(rows, dateObjects === undefined ? {} : { dateObjects });
  return {
    mode: dateObjects ?? 'default',
    settings: summary.options.dateObjects,
    customers: summary.customers.map((c) => [c.customerId, c.firstPurchaseDate, c.lastPurchaseDate, c.frequency]),
    rejected: summary.rejected.map((r) => [r.index, r.field, r.reason]),
  };
});
const index = indexTransactions(rows);
const option = attempt(() => summarizeTransactions(rows, { observationEnd: new Date(2024, 0, 31) }).options.observationEnd);
process.stdout.write(
  JSON.stringify({
    offset: new Date(2024, 0, 1).getTimezoneOffset(),
    results,
    index: { days: Array.from(index.epochDay), rejected: index.rejected.map((r) => [r.index, r.field]) },
    option,
  }),
);
