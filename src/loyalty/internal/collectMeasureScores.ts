import { InvalidArgumentError } from '../../core/errors/InvalidArgumentError';
import { sortIdOrder } from '../../segmentation/internal/value/sortIdOrder';
import { readCustomerId } from '../../time/internal/readCustomerId';
import type { RejectedRecord } from '../../time/types';
import { standardizeMeasure, type MeasureScale } from './standardizeMeasure';

/** Every measure's standardised scores in one customer × measure matrix (NaN = missing). @internal */
export interface MeasureScores {
  /** Customer ids in order of first appearance. */
  readonly ids: string[];
  /** Positions into `ids` sorted by id. */
  readonly order: Int32Array;
  /** `scores[k · m + j]`: customer `k`, measure `j`; NaN when missing. */
  readonly scores: Float64Array;
  /** Per measure: customers, mean and standard deviation of the raw values. */
  readonly summaries: { customers: number; mean: number; standardDeviation: number }[];
  /** Per measure: its rejected rows. */
  readonly rejected: RejectedRecord[][];
}

/** One measure's valid rows as customer keys and values, with duplicates and bad rows rejected. @internal */
function readMeasure(fn: string, argument: string, rows: unknown, keyOf: Map<string, number>, ids: string[], stamp: number[], mark: number) {
  if (!Array.isArray(rows)) throw new InvalidArgumentError(fn, argument, 'must be an array of rows', rows);
  const keys: number[] = [];
  const values: number[] = [];
  const rowOf: number[] = [];
  const rejected: RejectedRecord[] = [];
  let duplicated: Set<number> | null = null;
  for (let i = 0; i < rows.length; i++) {
    const row = rows[i] as Record<string, unknown> | null | undefined;
    if (typeof row !== 'object' || row === null) {
      rejected.push({ index: i, field: 'row', reason: 'must be an object with customerId and value', value: row });
      continue;
    }
    const id = readCustomerId(row['customerId']);
    if (id === null) {
      rejected.push({ index: i, field: 'customerId', reason: 'must be a non-blank string or a safe integer', value: row['customerId'] });
      continue;
    }
    const value = row['value'];
    if (typeof value !== 'number' || !Number.isFinite(value)) {
      rejected.push({ index: i, field: 'value', reason: 'must be a finite number', value });
      continue;
    }
    let k = keyOf.get(id);
    if (k === undefined) {
      k = ids.length;
      keyOf.set(id, k);
      ids.push(id);
      stamp.push(0);
    }
    // stamp[k] === mark: this customer already has a row in this measure.
    if (stamp[k] === mark) (duplicated ??= new Set()).add(k);
    else stamp[k] = mark;
    keys.push(k);
    values.push(value);
    rowOf.push(i);
  }
  if (duplicated === null) return { keys, values, rejected };
  // Keeping one of a customer's rows would depend on row order: every row of a duplicated customer goes.
  const kept = { keys: [] as number[], values: [] as number[] };
  for (let r = 0; r < keys.length; r++) {
    if (duplicated.has(keys[r] as number)) {
      rejected.push({ index: rowOf[r] as number, field: 'customerId', reason: 'appears more than once: give one row per customer', value: ids[keys[r] as number] });
    } else {
      kept.keys.push(keys[r] as number);
      kept.values.push(values[r] as number);
    }
  }
  rejected.sort((a, b) => a.index - b.index);
  return { ...kept, rejected };
}

/**
 * Reads every measure's `{ customerId, value }` rows into one matrix of standardised, oriented scores
 * over the union of customers, with one `Map` of identifiers and one radix sort of them. @internal
 */
export function collectMeasureScores(
  fn: string,
  measures: readonly { readonly values: unknown; readonly direction: 'higher' | 'lower' }[],
  scale: MeasureScale,
): MeasureScores {
  const keyOf = new Map<string, number>();
  const ids: string[] = [];
  const stamp: number[] = [];
  const read = measures.map((m, j) => readMeasure(fn, `measures[${j}].values`, m.values, keyOf, ids, stamp, j + 1));
  const m = measures.length;
  const scores = new Float64Array(ids.length * m).fill(Number.NaN);
  const summaries = read.map((r, j) => {
    const s = standardizeMeasure(r.values, scale, (measures[j] as { direction: 'higher' | 'lower' }).direction);
    for (let q = 0; q < r.keys.length; q++) scores[(r.keys[q] as number) * m + j] = s.scores[q] as number;
    return { customers: r.keys.length, mean: s.mean, standardDeviation: s.standardDeviation };
  });
  return { ids, order: sortIdOrder(ids), scores, summaries, rejected: read.map((r) => r.rejected) };
}
