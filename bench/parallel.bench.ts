import { readdirSync, readFileSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { createScorePool, scoreCustomersInParallel } from 'clientele/parallel';
import type { ScoreCustomerColumns, ScoreInParallelOptions } from 'clientele/parallel';
import { simulateBgNbd } from 'clientele/testing';
import type { Benchmark } from './types';

// Issue #15 §3: scoring millions of customers on all cores. The same job on the same input, customers as
// columns (typed arrays and an id array, no object per customer), in separate processes: on one thread
// (`workers: 1`, the calling thread does everything) and on a pool with one worker per logical core,
// created once (`createScorePool`) and reused. The parallel rows' check values carry the speed-up over a
// single-thread run timed in the same process just before (its setup), so both figures come from the same
// minute of a possibly shared machine, and, on Linux, the CPU time of the calling thread, of each worker
// thread and of the other threads (V8's helpers: garbage collection, compilation) during the best
// parallel run (from /proc/self/task), which tell more than wall times when other processes compete for
// the cores.

const weekly = { r: 0.243, alpha: 4.414, a: 0.793, b: 2.426 };
const fit = { model: 'bgNbd' as const, params: weekly, timeUnit: 'week' as const };
const options = {
  as: 'columns',
  horizon: { value: 52, unit: 'week' },
  spend: { expected: 35 },
  value: { margin: 0.3, discountRate: { rate: 0.1, per: 'year' }, horizon: { value: 1, unit: 'year' }, step: { value: 4, unit: 'week' } },
  daysPerYear: 365.25,
} as const satisfies ScoreInParallelOptions;

/** `n` customers with continuous (all distinct) times, as columns, ids in id order (as a sorted export arrives). */
function customerColumns(n: number): ScoreCustomerColumns {
  const frequency = new Float64Array(n);
  const recency = new Float64Array(n);
  const T = new Float64Array(n);
  const block = 1_000_000; // simulated a million at a time, so that no 10M objects are alive at once
  for (let from = 0; from < n; from += block) {
    const part = simulateBgNbd(weekly, { customers: Math.min(block, n - from), seed: 4 + from / block, T: 39, birthWindow: 12 });
    part.forEach((c, k) => {
      frequency[from + k] = c.frequency;
      recency[from + k] = c.recency;
      T[from + k] = c.T;
    });
  }
  const customerIds = Array.from({ length: n }, (_, i) => `c${String(i).padStart(8, '0')}`);
  return { customerIds, frequency, recency, T };
}

const check = (totals: { customers: number; expectedPurchases: number; value: number | null }) =>
  `${totals.customers} ${totals.expectedPurchases.toFixed(0)} ${totals.value?.toFixed(0)}`;

/** CPU milliseconds used so far by each thread of this process (Linux; empty elsewhere). */
function threadCpu(): Map<string, number> {
  const out = new Map<string, number>();
  try {
    for (const tid of readdirSync('/proc/self/task')) {
      const stat = readFileSync(`/proc/self/task/${tid}/stat`, 'utf8');
      const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
      out.set(tid, (Number(fields[11]) + Number(fields[12])) * 10); // utime + stime, in 10 ms ticks
    }
  } catch {
    out.clear();
  }
  return out;
}

/** The CPU seconds of the calling thread, of the threads started since `before` (the workers) and of the others, over a run. */
function cpuOfRun(start: Map<string, number>, end: Map<string, number>, before: Map<string, number>): string {
  if (end.size === 0) return '';
  const used = (tid: string) => (end.get(tid) ?? 0) - (start.get(tid) ?? 0);
  const main = used(String(process.pid));
  const started = [...end.keys()].filter((tid) => !before.has(tid));
  const workers = started
    .map(used)
    .sort((a, b) => b - a)
    .slice(0, availableParallelism());
  const others = [...end.keys()].filter((tid) => tid !== String(process.pid)).reduce((sum, tid) => sum + used(tid), 0) - workers.reduce((a, b) => a + b, 0);
  return `; CPU s: calling ${(main / 1000).toFixed(2)}, workers ${workers.map((ms) => (ms / 1000).toFixed(2)).join(' ')}, helpers ${(others / 1000).toFixed(2)}`;
}

/** The one-thread benchmark and the parallel one of `n` customers. */
function pair(label: string, n: number, targetMs: number, what: string): Benchmark[] {
  return [
    {
      name: `parallel-score-${label}-single`,
      what: `scoreCustomersInParallel with workers: 1 on ${what} given as columns (distinct times): P(alive), E[Y(52 weeks)], 1-year CLV (4-week steps), as columns, on the calling thread`,
      targetMs,
      repeats: 2,
      setup: () => {
        const customers = customerColumns(n);
        return async () => check((await scoreCustomersInParallel(fit, customers, { ...options, workers: 1 })).totals);
      },
    },
    {
      name: `parallel-score-${label}`,
      what: `the same on a pool of ${availableParallelism()} workers (one per logical core), created once; check: totals, speed-up over one thread, CPU per thread`,
      targetMs,
      repeats: 2,
      setup: async () => {
        const customers = customerColumns(n);
        let singleMs = Number.POSITIVE_INFINITY;
        let single: { readonly totals: { readonly value: number | null; readonly expectedPurchases: number } } | undefined;
        let singleCpu = Number.POSITIVE_INFINITY;
        let singleHelpers = 0;
        for (let k = 0; k < 2; k++) {
          const cpu0 = threadCpu();
          const t0 = performance.now();
          single = await scoreCustomersInParallel(fit, customers, { ...options, workers: 1 });
          singleMs = Math.min(singleMs, performance.now() - t0);
          const cpu1 = threadCpu();
          const used = (tid: string) => (cpu1.get(tid) ?? 0) - (cpu0.get(tid) ?? 0);
          const main = used(String(process.pid));
          if (main < singleCpu) {
            singleCpu = main;
            singleHelpers = [...cpu1.keys()].filter((tid) => tid !== String(process.pid)).reduce((sum, tid) => sum + used(tid), 0);
          }
        }
        const before = threadCpu();
        const pool = await createScorePool();
        let best = Number.POSITIVE_INFINITY;
        let first: number | undefined;
        let cpu = '';
        return async () => {
          const start = threadCpu();
          const t1 = performance.now();
          const parallel = await scoreCustomersInParallel(fit, customers, { ...options, pool });
          const ms = performance.now() - t1;
          first ??= ms;
          if (ms < best) {
            best = ms;
            cpu = cpuOfRun(start, threadCpu(), before);
          }
          const same = Object.is(parallel.totals.value, single?.totals.value) && Object.is(parallel.totals.expectedPurchases, single?.totals.expectedPurchases);
          return `${check(parallel.totals)} ${same ? 'same totals' : 'TOTALS DIFFER'}; one thread ${(singleMs / 1000).toFixed(2)} s (CPU s: ${(singleCpu / 1000).toFixed(2)}, helpers ${(singleHelpers / 1000).toFixed(2)}), speed-up ${(singleMs / best).toFixed(2)}x (first call, starting the workers: ${(first / 1000).toFixed(2)} s)${cpu}`;
        };
      },
    },
  ];
}

export const benchmarks: Benchmark[] = [...pair('1m', 1_000_000, 3_000, '1M customers'), ...pair('10m', 10_000_000, 30_000, '10M customers')];
