import { summarizeTransactionColumns, summarizeTransactions } from 'clientele/time';
import { transactionColumns, transactionRows } from './data';
import type { Benchmark } from './types';

const N = 10_000_000;
const CUSTOMERS = 1_000_000;

export const benchmarks: Benchmark[] = [
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
