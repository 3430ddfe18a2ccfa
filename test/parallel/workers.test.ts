import { describe, expect, it } from 'vitest';
import { scoreCustomers } from '../../src/clv/scoreCustomers';
import { isClienteleError } from '../../src/core/errors/isClienteleError';
import { lastScore } from '../../src/parallel/internal/lastScore';
import { MIN_CHUNK, planChunks } from '../../src/parallel/internal/planChunks';
import { scoreBatch } from '../../src/parallel/internal/scoreBatch';
import { openWorkerPool } from '../../src/parallel/internal/workerPool';
import type { ScoreTask } from '../../src/parallel/internal/scoreBatch';
import { PARALLEL_FROM, scoreCustomersInParallel } from '../../src/parallel/scoreCustomersInParallel';
import { startScoreWorker } from '../../src/parallel/startScoreWorker';
import { simulateParetoNbd } from '../../src/testing/simulateParetoNbd';

// The pieces of scoreCustomersInParallel: the padding that makes a chunk score as the whole batch, the
// worker protocol, and the fallback to scoreCustomers when a worker cannot take a task.

const pnWeekly = { r: 0.55, alpha: 10.58, s: 0.61, beta: 11.67 };

/** Distinct Pareto/NBD histories in the order of T (so that chunks cover different ranges of T). */
function paretoTask(n: number): ScoreTask {
  const simulated = simulateParetoNbd(pnWeekly, { customers: n, seed: 21, T: 39, birthWindow: 12 }).sort((a, b) => a.T - b.T);
  return {
    model: 'paretoNbd',
    params: pnWeekly,
    unit: 'week',
    unitDays: 7,
    horizon: 39,
    value: { discountRate: { rate: 0.1, per: 'year' }, horizon: { value: 52, unit: 'week' }, step: { value: 4, unit: 'week' } },
    daysPerYear: 365.25,
    frequency: Float64Array.from(simulated, (c) => c.frequency),
    recency: Float64Array.from(simulated, (c) => c.recency),
    T: Float64Array.from(simulated, (c) => c.T),
    from: 0,
    length: n,
  };
}

/** The task of the batch indices given (the chunk's own histories start at `from`). */
function subTask(task: ScoreTask, indices: ArrayLike<number>, from: number, length: number): ScoreTask {
  const pick = (column: Float64Array): Float64Array => Float64Array.from(indices, (i) => column[i] as number);
  return { ...task, frequency: pick(task.frequency), recency: pick(task.recency), T: pick(task.T), from, length };
}

function differences(a: Float64Array, b: Float64Array): number {
  let count = 0;
  for (let i = 0; i < a.length; i++) if (!Object.is(a[i], b[i])) count++;
  return count;
}

describe('planChunks', () => {
  it('pads each chunk so that it scores bit for bit as in the whole batch, where the bare chunk does not', () => {
    const task = paretoTask(3 * MIN_CHUNK + 7);
    const whole = scoreBatch(task);
    const chunks = planChunks(true, task.frequency, task.recency, task.T, 3);
    expect(chunks.map((c) => [c.from, c.to])).toEqual([
      [0, MIN_CHUNK + 2],
      [MIN_CHUNK + 2, 2 * MIN_CHUNK + 4],
      [2 * MIN_CHUNK + 4, 3 * MIN_CHUNK + 7],
    ]);
    let bareDifferences = 0;
    for (const chunk of chunks) {
      const length = chunk.to - chunk.from;
      const padded = scoreBatch(subTask(task, chunk.indices, chunk.offset, length));
      for (const key of ['alive', 'expected', 'discounted'] as const) {
        expect(differences(padded[key] as Float64Array, (whole[key] as Float64Array).subarray(chunk.from, chunk.to)), `${key} of chunk ${chunk.from}`).toBe(0);
      }
      const own = Array.from({ length }, (_, i) => chunk.from + i);
      const bare = scoreBatch(subTask(task, own, 0, length));
      bareDifferences += differences(bare.expected, whole.expected.subarray(chunk.from, chunk.to));
    }
    // Without the padding the Pareto/NBD tables span each chunk's own range of T: other last bits.
    expect(bareDifferences).toBeGreaterThan(0);
  });
});

describe('openWorkerPool', () => {
  it('returns what scoreBatch returns, from a worker it keeps, and reports a worker error with its name, code and message', async () => {
    const task = paretoTask(5000);
    const pool = openWorkerPool(1, startScoreWorker);
    try {
      const all = Array.from({ length: 5000 }, (_, i) => i);
      const [result] = await pool.run([subTask(task, all, 0, 5000)]);
      const here = scoreBatch(task);
      expect(differences((result as typeof here).expected, here.expected)).toBe(0);
      expect(differences((result as typeof here).discounted as Float64Array, here.discounted as Float64Array)).toBe(0);

      const invalid: ScoreTask = { ...task, params: { ...pnWeekly, s: -1 } };
      let expected: { name: string; code: string; message: string } | undefined;
      try {
        scoreBatch(invalid);
      } catch (e) {
        if (isClienteleError(e)) expected = { name: e.name, code: e.code, message: e.message };
      }
      expect(expected?.code).toBe('INVALID_ARGUMENT');
      await expect(pool.run([{ ...invalid, frequency: task.frequency.slice(), recency: task.recency.slice(), T: task.T.slice() }])).rejects.toMatchObject(expected as object);

      // The same worker answers again after an error, and two tasks queue on one worker in order.
      const [first, second] = await pool.run([subTask(task, all, 0, 5000), subTask(task, all.slice(0, 2500), 0, 2500)]);
      expect(differences((first as typeof here).alive, here.alive)).toBe(0);
      expect((second as typeof here).alive.length).toBe(2500);
    } finally {
      await pool.close();
    }
    expect(pool.closed).toBe(true);
    await expect(pool.run([task])).rejects.toThrow('closed');
  });
});

describe('scoreCustomersInParallel fallback', () => {
  it('scores on the calling thread when the fit cannot be sent to a worker (a function among its parameters)', async () => {
    const task = paretoTask(PARALLEL_FROM + 1);
    const customers = Array.from(task.frequency, (x, i) => ({ customerId: `p${String(i).padStart(6, '0')}`, frequency: x, recency: task.recency[i] as number, T: task.T[i] as number }));
    const fit = { model: 'paretoNbd', params: { ...pnWeekly, describe: () => 'not cloneable' }, timeUnit: 'week' } as const;
    const options = { horizon: { value: 39, unit: 'week' }, as: 'columns' } as const;
    const parallel = await scoreCustomersInParallel(fit as never, customers, { ...options, workers: 2 });
    expect(lastScore.how).toBe('fallback');
    const single = scoreCustomers(fit as never, customers, options);
    expect(differences(parallel.columns.expectedPurchases, single.columns.expectedPurchases)).toBe(0);
    expect(Object.is(parallel.totals.expectedPurchases, single.totals.expectedPurchases)).toBe(true);
  });
});
