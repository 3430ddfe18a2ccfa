import { InvalidArgumentError } from '../../core/errors/InvalidArgumentError';
import type { VanWestendorpInvalidRespondent } from '../vanWestendorp';

/** One problem with one survey row, as reported by the price-survey readers (the public row type). @internal */
export type SurveyRowProblem = VanWestendorpInvalidRespondent;

/** Reads a respondent id: a string, or a finite number turned into its string. `null` when neither. @internal */
export function readRespondentId(value: unknown): string | null {
  if (typeof value === 'string') return value;
  if (typeof value === 'number' && Number.isFinite(value)) return String(value);
  return null;
}

/** Whether a value is a finite number. @internal */
export function isFiniteNumber(value: unknown): value is number {
  return typeof value === 'number' && Number.isFinite(value);
}

/** Reads an optional row weight: `1` when absent, `NaN` when present but not a finite number ≥ 0. @internal */
export function readWeight(row: Readonly<Record<string, unknown>>): number {
  const w = row['weight'];
  if (w === undefined) return 1;
  return isFiniteNumber(w) && w >= 0 ? w : Number.NaN;
}

/**
 * Marks every row whose id occurs more than once (all of them: which one to keep would depend on row order).
 * Returns the problems, one per affected row. @internal
 */
export function duplicateIdProblems(ids: readonly (string | null)[], ok: Uint8Array): SurveyRowProblem[] {
  const seen = new Map<string, number>();
  for (let i = 0; i < ids.length; i++) {
    const id = ids[i];
    if (ok[i] !== 1 || id === null || id === undefined) continue;
    seen.set(id, (seen.get(id) ?? 0) + 1);
  }
  const problems: SurveyRowProblem[] = [];
  for (let i = 0; i < ids.length; i++) {
    const id = ids[i];
    if (ok[i] !== 1 || id === null || id === undefined || (seen.get(id) ?? 0) < 2) continue;
    ok[i] = 0;
    problems.push({
      index: i,
      respondentId: id,
      field: 'respondentId',
      reason: `must be unique: ${seen.get(id)} rows share it`,
      value: id,
      inequality: null,
    });
  }
  return problems;
}

/** Sorts problems by respondent id (rows without an id first), then by index. @internal */
export function sortProblems(problems: SurveyRowProblem[]): SurveyRowProblem[] {
  return problems.sort((a, b) => {
    const ia = a.respondentId;
    const ib = b.respondentId;
    if (ia !== ib) {
      if (ia === null) return -1;
      if (ib === null) return 1;
      return ia < ib ? -1 : 1;
    }
    return a.index - b.index;
  });
}

/** Throws the first problem (by index) as an `INVALID_ARGUMENT` error. @internal */
export function throwFirstProblem(fn: string, argument: string, problems: readonly SurveyRowProblem[]): void {
  let first: SurveyRowProblem | undefined;
  for (const p of problems) if (first === undefined || p.index < first.index) first = p;
  if (first === undefined) return;
  const path = first.field === 'row' ? `${argument}[${first.index}]` : `${argument}[${first.index}].${first.field}`;
  throw new InvalidArgumentError(fn, path, first.reason, first.value);
}

/** Indices of the accepted rows ordered by respondent id (ids are unique among accepted rows). @internal */
export function canonicalOrder(ids: readonly (string | null)[], ok: Uint8Array): Int32Array {
  const idx: number[] = [];
  for (let i = 0; i < ids.length; i++) if (ok[i] === 1) idx.push(i);
  idx.sort((a, b) => {
    const x = ids[a] as string;
    const y = ids[b] as string;
    return x < y ? -1 : x > y ? 1 : 0;
  });
  return Int32Array.from(idx);
}
