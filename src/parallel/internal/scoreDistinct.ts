import { lastScore } from './lastScore';
import type { BatchScores } from './assembleScores';
import { MIN_CHUNK, planChunks } from './planChunks';
import { scoreBatch } from './scoreBatch';
import type { ScoreTask, ScoreTaskResult } from './scoreBatch';
import type { WorkerPool } from './workerPool';

/**
 * Scores the distinct histories of `whole`: in padded chunks (`planChunks`), one per worker of `pool`,
 * or here when `pool` is `null` or they are too few to split. `posted` is called when the workers have
 * their tasks (at once when scored here). The buffers of `whole` are never transferred, so that a failed
 * worker leaves them to score again on this thread (they may be the caller's own columns). Rejects when
 * a worker fails. @internal
 */
export async function scoreDistinct(whole: ScoreTask, pool: WorkerPool | null, posted: () => void): Promise<BatchScores> {
  const R = whole.length;
  const parts = pool === null ? 1 : Math.min(pool.size, Math.floor(R / MIN_CHUNK));
  if (pool === null || parts < 2) {
    lastScore.how = 'calling thread';
    posted();
    return scoreBatch(whole);
  }
  const chunks = planChunks(whole.model === 'paretoNbd', whole.frequency, whole.recency, whole.T, parts);
  const tasks = chunks.map((chunk): ScoreTask => {
    const copy = (column: Float64Array): Float64Array => {
      // The padding below the chunk, the chunk itself (one block copy), the padding above.
      const { indices, offset, from, to } = chunk;
      const out = new Float64Array(indices.length);
      for (let j = 0; j < offset; j++) out[j] = column[indices[j] as number] as number;
      out.set(column.subarray(from, to), offset);
      for (let j = offset + to - from; j < indices.length; j++) out[j] = column[indices[j] as number] as number;
      return out;
    };
    return { ...whole, frequency: copy(whole.frequency), recency: copy(whole.recency), T: copy(whole.T), from: chunk.offset, length: chunk.to - chunk.from };
  });
  const results = await pool.run(tasks, posted);
  lastScore.how = 'workers';
  lastScore.chunks = parts;
  const alive = new Float64Array(R);
  const expected = new Float64Array(R);
  const discounted = whole.value === null ? null : new Float64Array(R);
  results.forEach((result: ScoreTaskResult, k) => {
    const from = (chunks[k] as { from: number }).from;
    alive.set(result.alive, from);
    expected.set(result.expected, from);
    if (discounted !== null && result.discounted !== null) discounted.set(result.discounted, from);
  });
  return { alive, expected, discounted };
}
