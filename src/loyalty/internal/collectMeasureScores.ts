import { InvalidArgumentError } from '../../core/errors/InvalidArgumentError';
import { sortIdOrder } from '../../segmentation/internal/value/sortIdOrder';
import { readCustomerId } from '../../time/internal/readCustomerId';
import type { RejectedRecord } from '../../time/types';
import { standardizeMeasure, type MeasureScale } from './standardizeMeasure';

/** Every measure's standardised scores in one customer × measure matrix (NaN = missing). @internal */
export interface MeasureScores {
  /** Customer ids. */
  readonly ids: string[];
  /** Positions into `ids` sorted by id. */
  readonly order: Int32Array;
  /** `scores[j · ids.length + k]`: measure `j`, customer `k` (column-major); NaN when missing. */
  readonly scores: Float64Array;
  /** Per measure: customers, mean and standard deviation of the raw values. */
  readonly summaries: { customers: number; mean: number; standardDeviation: number }[];
  /** Per measure: its rejected rows. */
  readonly rejected: RejectedRecord[][];
}

/** One measure's valid rows (ids, values, input indices) and its rejected rows. @internal */
interface MeasureRows {
  ids: string[];
  values: number[];
  rowOf: number[];
  keys: number[];
  rejected: RejectedRecord[];
  ascending: boolean;
}

/** Reads and checks one measure's `{ customerId, value }` rows. @internal */
function readMeasureRows(fn: string, argument: string, rows: unknown): MeasureRows {
  if (!Array.isArray(rows)) throw new InvalidArgumentError(fn, argument, 'must be an array of rows', rows);
  const out: MeasureRows = { ids: [], values: [], rowOf: [], keys: [], rejected: [], ascending: true };
  for (let i = 0; i < rows.length; i++) {
    const row = rows[i] as Record<string, unknown> | null | undefined;
    if (typeof row !== 'object' || row === null) {
      out.rejected.push({ index: i, field: 'row', reason: 'must be an object with customerId and value', value: row });
      continue;
    }
    const id = readCustomerId(row['customerId']);
    if (id === null) {
      out.rejected.push({ index: i, field: 'customerId', reason: 'must be a non-blank string or a safe integer', value: row['customerId'] });
      continue;
    }
    const value = row['value'];
    if (typeof value !== 'number' || !Number.isFinite(value)) {
      out.rejected.push({ index: i, field: 'value', reason: 'must be a finite number', value });
      continue;
    }
    if (out.ascending && out.ids.length > 0 && !((out.ids[out.ids.length - 1] as string) < id)) out.ascending = false;
    out.ids.push(id);
    out.values.push(value);
    out.rowOf.push(i);
  }
  return out;
}

/**
 * Union keys when every measure's ids are strictly ascending (as every clientele result is): a k-way
 * merge, with no hash map; the union comes out sorted. @internal
 */
function mergeSorted(measures: MeasureRows[]): string[] {
  const union: string[] = [];
  const head = measures.map(() => 0);
  for (;;) {
    let min: string | null = null;
    for (let j = 0; j < measures.length; j++) {
      const id = (measures[j] as MeasureRows).ids[head[j] as number];
      if (id !== undefined && (min === null || id < min)) min = id;
    }
    if (min === null) return union;
    for (let j = 0; j < measures.length; j++) {
      const m = measures[j] as MeasureRows;
      if (m.ids[head[j] as number] === min) m.keys[(head[j] as number)++] = union.length;
    }
    union.push(min);
  }
}

/**
 * Union keys through one identifier map; every row of a customer given twice in a measure is rejected
 * (keeping one would depend on row order). @internal
 */
function mapKeys(measures: MeasureRows[]): string[] {
  const keyOf = new Map<string, number>();
  const union: string[] = [];
  const stamp: number[] = [];
  measures.forEach((m, j) => {
    let duplicated: Set<number> | null = null;
    m.ids.forEach((id, q) => {
      let k = keyOf.get(id);
      if (k === undefined) {
        k = union.length;
        keyOf.set(id, k);
        union.push(id);
        stamp.push(0);
      }
      if (stamp[k] === j + 1) (duplicated ??= new Set()).add(k);
      else stamp[k] = j + 1;
      m.keys[q] = k;
    });
    if (duplicated !== null) dropDuplicates(m, duplicated as Set<number>);
  });
  return union;
}

/** Moves the rows of duplicated customers to `rejected`. @internal */
function dropDuplicates(m: MeasureRows, duplicated: ReadonlySet<number>): void {
  const kept: MeasureRows = { ids: [], values: [], rowOf: [], keys: [], rejected: m.rejected, ascending: m.ascending };
  for (let q = 0; q < m.ids.length; q++) {
    if (duplicated.has(m.keys[q] as number)) {
      m.rejected.push({ index: m.rowOf[q] as number, field: 'customerId', reason: 'appears more than once: give one row per customer', value: m.ids[q] });
      continue;
    }
    kept.ids.push(m.ids[q] as string);
    kept.values.push(m.values[q] as number);
    kept.rowOf.push(m.rowOf[q] as number);
    kept.keys.push(m.keys[q] as number);
  }
  m.rejected.sort((a, b) => a.index - b.index);
  Object.assign(m, kept);
}

/**
 * Reads every measure's `{ customerId, value }` rows into one matrix of standardised, oriented scores
 * over the union of customers: a merge when every measure comes sorted by id, else one identifier map and
 * one radix sort of the ids. @internal
 */
export function collectMeasureScores(
  fn: string,
  measures: readonly { readonly values: unknown; readonly direction: 'higher' | 'lower' }[],
  scale: MeasureScale,
): MeasureScores {
  const read = measures.map((m, j) => readMeasureRows(fn, `measures[${j}].values`, m.values));
  const sorted = read.every((r) => r.ascending);
  const ids = sorted ? mergeSorted(read) : mapKeys(read);
  const m = measures.length;
  const scores = new Float64Array(ids.length * m).fill(Number.NaN);
  const summaries = read.map((r, j) => {
    const s = standardizeMeasure(r.values, scale, (measures[j] as { direction: 'higher' | 'lower' }).direction);
    for (let q = 0; q < r.keys.length; q++) scores[j * ids.length + (r.keys[q] as number)] = s.scores[q] as number;
    return { customers: r.keys.length, mean: s.mean, standardDeviation: s.standardDeviation };
  });
  const order = sorted ? Int32Array.from({ length: ids.length }, (_, k) => k) : sortIdOrder(ids);
  return { ids, order, scores, summaries, rejected: read.map((r) => r.rejected) };
}

/**
 * The score matrix of measures already held as dense columns over customer keys (NaN = missing; a column
 * may be shorter than `ids`, the keys past its end missing): each measure's present values standardised
 * and scattered back by key. `ids[k]` is key `k`'s identifier, `order` the keys in id order. @internal
 */
export function scoreMeasureColumns(
  columns: readonly { readonly values: Float64Array; readonly direction: 'higher' | 'lower' }[],
  ids: string[],
  order: Int32Array,
  scale: MeasureScale,
): MeasureScores {
  const m = columns.length;
  const scores = new Float64Array(ids.length * m).fill(Number.NaN);
  const summaries = columns.map((col, j) => {
    let count = 0;
    for (let k = 0; k < col.values.length; k++) if (!Number.isNaN(col.values[k] as number)) count++;
    const keys = new Int32Array(count);
    const values = new Float64Array(count);
    for (let k = 0, q = 0; k < col.values.length; k++) {
      const v = col.values[k] as number;
      if (Number.isNaN(v)) continue;
      keys[q] = k;
      values[q++] = v;
    }
    const s = standardizeMeasure(values, scale, col.direction);
    const offset = j * ids.length;
    for (let q = 0; q < count; q++) scores[offset + (keys[q] as number)] = s.scores[q] as number;
    return { customers: count, mean: s.mean, standardDeviation: s.standardDeviation };
  });
  return { ids, order, scores, summaries, rejected: columns.map(() => []) };
}
