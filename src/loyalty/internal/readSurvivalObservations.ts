import type { RejectedRecord } from '../../time/types';

/** The accepted observations of a Kaplan-Meier call, in input order, with every rejected row. @internal */
export interface SurvivalSample {
  /** Time of each accepted observation. */
  readonly time: Float64Array;
  /** 1 for an event, 0 for a right-censored observation. */
  readonly event: Uint8Array;
  /** Group of each accepted observation; `null` when no row has a group. */
  readonly group: readonly string[] | null;
  /** The rows left out, sorted by index. */
  readonly rejected: RejectedRecord[];
}

/** Why one row is unusable (the first broken rule), or `null` when it is usable. @internal */
function rowProblem(row: unknown, grouped: boolean): { field: string; reason: string; value: unknown } | null {
  if (typeof row !== 'object' || row === null) return { field: 'row', reason: 'must be an object', value: row };
  const r = row as { id?: unknown; time?: unknown; event?: unknown; group?: unknown };
  if (r.id !== undefined && !(typeof r.id === 'string' || (typeof r.id === 'number' && Number.isFinite(r.id)))) {
    return { field: 'id', reason: 'must be a string or a finite number', value: r.id };
  }
  if (typeof r.time !== 'number' || !Number.isFinite(r.time) || r.time < 0) {
    return { field: 'time', reason: 'must be a finite number at least 0', value: r.time };
  }
  if (typeof r.event !== 'boolean') {
    return { field: 'event', reason: 'must be a boolean (true = event, false = right-censored)', value: r.event };
  }
  if (r.group !== undefined && typeof r.group !== 'string') return { field: 'group', reason: 'must be a string', value: r.group };
  if (grouped && r.group === undefined) return { field: 'group', reason: 'is missing while other rows have a group', value: undefined };
  return null;
}

/**
 * Checks survival rows: `time` finite ≥ 0, `event` boolean, `group` a string (on every row or on none),
 * `id` a string or finite number and not repeated (every row of a repeated id is rejected, so that the
 * result does not depend on row order). @internal
 */
export function readSurvivalObservations(rows: readonly unknown[]): SurvivalSample {
  let grouped = false;
  const idCount = new Map<string, number>();
  for (const row of rows) {
    if (typeof row !== 'object' || row === null) continue;
    const r = row as { id?: unknown; group?: unknown };
    if (typeof r.group === 'string') grouped = true;
    if (typeof r.id === 'string' || typeof r.id === 'number') idCount.set(String(r.id), (idCount.get(String(r.id)) ?? 0) + 1);
  }
  const rejected: RejectedRecord[] = [];
  const times: number[] = [];
  const events: number[] = [];
  const groups: string[] = [];
  for (let i = 0; i < rows.length; i++) {
    const row = rows[i];
    let problem = rowProblem(row, grouped);
    const id = problem === null ? (row as { id?: unknown }).id : undefined;
    if (problem === null && id !== undefined && (idCount.get(String(id)) ?? 0) > 1) {
      problem = { field: 'id', reason: 'appears on more than one row', value: id };
    }
    if (problem !== null) {
      rejected.push({ index: i, ...problem });
      continue;
    }
    const r = row as { time: number; event: boolean; group?: string };
    times.push(r.time);
    events.push(r.event ? 1 : 0);
    if (grouped) groups.push(r.group as string);
  }
  return { time: Float64Array.from(times), event: Uint8Array.from(events), group: grouped ? groups : null, rejected };
}
