import { summarizeTransactionColumns, summarizeTransactions } from 'clientele/time';
import { cdnowMasterColumns, cdnowMasterRows } from './cdnowMaster';
import { transactionColumns, transactionRows } from './data';
import type { Benchmark } from './types';

const N = 10_000_000;
const CUSTOMERS = 1_000_000;

/** The published CDNOW conventions: calibration through 1997-09-30, holdout to 1998-06-30, weeks. */
const CDNOW_OPTIONS = { calibrationEnd: '1997-09-30', observationEnd: '1998-06-30', unit: 'week' } as const;

export const benchmarks: Benchmark[] = [
  {
    name: 'summarize-cdnow-rows',
    what: 'summarise the CDNOW master log (69,659 row objects, yyyymmdd strings) with a holdout',
    targetMs: 30,
    repeats: 5,
    setup: () => {
      const rows = cdnowMasterRows();
      return () => summarizeTransactions(rows, CDNOW_OPTIONS).customers.length;
    },
  },
  {
    name: 'summarize-cdnow-columns',
    what: 'summarise the CDNOW master log as columns (69,659 rows) with a holdout',
    targetMs: 30,
    repeats: 5,
    setup: () => {
      const columns = cdnowMasterColumns();
      return () => summarizeTransactionColumns(columns, CDNOW_OPTIONS).customers.length;
    },
  },
  {
    name: 'summarize-columns',
    what: 'summarise 10M transactions of 1M customers (columnar)',
    targetMs: 3000,
    setup: () => {
      const cols = transactionColumns(N, CUSTOMERS);
      return () => summarizeTransactionColumns(cols, { unit: 'week' }).customers.length;
    },
    floor: {
      what: 'one pass summing amounts per customer',
      setup: () => {
        const cols = transactionColumns(N, CUSTOMERS);
        return () => {
          const acc = new Float64Array(CUSTOMERS);
          for (let i = 0; i < N; i++) {
            const c = cols.customer[i] as number;
            acc[c] = (acc[c] as number) + (cols.amountMinor[i] as number);
          }
          return acc[0];
        };
      },
    },
  },
  {
    name: 'summarize-rows',
    what: 'summarise 10M row objects with ISO date strings',
    targetMs: 10_000,
    repeats: 2,
    setup: () => {
      const rows = transactionRows(N, CUSTOMERS);
      return () => summarizeTransactions(rows, { unit: 'week' }).customers.length;
    },
  },
];
