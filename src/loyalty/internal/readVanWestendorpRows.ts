import {
  canonicalOrder,
  duplicateIdProblems,
  isFiniteNumber,
  readRespondentId,
  readWeight,
  type SurveyRowProblem,
} from './readPriceSurvey';

/** The accepted respondents of a Van Westendorp survey as columns, in respondent-id order. @internal */
export interface VanWestendorpColumns {
  /** Number of accepted respondents. */
  readonly n: number;
  /** Whether any row answered the too-cheap question (else it is not asked and not checked). */
  readonly tooCheapAsked: boolean;
  /** Whether any row gave a purchase likelihood (Newton–Miller–Smith questions). */
  readonly likelihoodAsked: boolean;
  /** Whether any row carried a `weight`. */
  readonly weighted: boolean;
  readonly tooCheap: Float64Array | null;
  readonly cheap: Float64Array;
  readonly expensive: Float64Array;
  readonly tooExpensive: Float64Array;
  readonly weight: Float64Array | null;
  /** Likelihood answers at the cheap and at the expensive price (integers 1..scale), or `null`. */
  readonly likelihoodCheap: Int32Array | null;
  readonly likelihoodExpensive: Int32Array | null;
  readonly problems: SurveyRowProblem[];
  readonly rows: number;
}

const PRICE_FIELDS = ['tooCheap', 'cheap', 'expensive', 'tooExpensive'] as const;

function isPresent(v: unknown): boolean {
  return v !== undefined && v !== null;
}

function scanAsked(responses: ArrayLike<unknown>): { tooCheap: boolean; likelihood: boolean; weighted: boolean } {
  let tooCheap = false;
  let likelihood = false;
  let weighted = false;
  for (let i = 0; i < responses.length; i++) {
    const r = responses[i];
    if (typeof r !== 'object' || r === null) continue;
    const row = r as Record<string, unknown>;
    if (isPresent(row['tooCheap'])) tooCheap = true;
    if (isPresent(row['likelihoodAtCheap']) || isPresent(row['likelihoodAtExpensive'])) likelihood = true;
    if (row['weight'] !== undefined) weighted = true;
  }
  return { tooCheap, likelihood, weighted };
}

function problem(
  index: number,
  respondentId: string | null,
  field: string,
  reason: string,
  value: unknown,
  inequality: string | null = null,
): SurveyRowProblem {
  return { index, respondentId, field, reason, value, inequality };
}

/** The first problem of one row, or `null` when the row is valid. */
function checkRow(
  row: Readonly<Record<string, unknown>>,
  index: number,
  id: string | null,
  tooCheapAsked: boolean,
  likelihoodAsked: boolean,
  scale: number,
): SurveyRowProblem | null {
  if (id === null) return problem(index, null, 'respondentId', 'must be a string or a finite number', row['respondentId']);
  for (const f of PRICE_FIELDS) {
    if (f === 'tooCheap' && !tooCheapAsked) continue;
    const v = row[f];
    if (!isFiniteNumber(v)) {
      const why = f === 'tooCheap' && !isPresent(v) ? 'is missing while other respondents answered it' : 'must be a finite number';
      return problem(index, id, f, why, v);
    }
  }
  const order = tooCheapAsked ? PRICE_FIELDS : PRICE_FIELDS.slice(1);
  for (let k = 0; k + 1 < order.length; k++) {
    const lo = order[k] as string;
    const hi = order[k + 1] as string;
    if (!((row[lo] as number) < (row[hi] as number))) {
      const inequality = `${lo} < ${hi}`;
      return problem(index, id, hi, `violates ${inequality}`, { [lo]: row[lo], [hi]: row[hi] }, inequality);
    }
  }
  if (Number.isNaN(readWeight(row))) return problem(index, id, 'weight', 'must be a finite number >= 0', row['weight']);
  if (likelihoodAsked) {
    for (const f of ['likelihoodAtCheap', 'likelihoodAtExpensive']) {
      const v = row[f];
      if (!(Number.isInteger(v) && (v as number) >= 1 && (v as number) <= scale)) {
        return problem(index, id, f, `must be an integer 1-${scale} (others answered the purchase-likelihood questions)`, v);
      }
    }
  }
  return null;
}

/**
 * Checks every row of a Van Westendorp survey and returns the accepted respondents as columns ordered by
 * respondent id, with one problem per rejected row. Never throws. @internal
 */
export function readVanWestendorpRows(responses: ArrayLike<unknown>, scale: number): VanWestendorpColumns {
  const rows = responses.length;
  const asked = scanAsked(responses);
  const ids: (string | null)[] = new Array<string | null>(rows);
  const ok = new Uint8Array(rows);
  const problems: SurveyRowProblem[] = [];
  for (let i = 0; i < rows; i++) {
    const r = responses[i];
    if (typeof r !== 'object' || r === null) {
      ids[i] = null;
      problems.push(problem(i, null, 'row', 'must be an object', r));
      continue;
    }
    const row = r as Record<string, unknown>;
    const id = readRespondentId(row['respondentId']);
    ids[i] = id;
    const p = checkRow(row, i, id, asked.tooCheap, asked.likelihood, scale);
    if (p === null) ok[i] = 1;
    else problems.push(p);
  }
  problems.push(...duplicateIdProblems(ids, ok));
  const order = canonicalOrder(ids, ok);
  return fillColumns(responses, order, asked, problems, rows);
}

function fillColumns(
  responses: ArrayLike<unknown>,
  order: Int32Array,
  asked: { tooCheap: boolean; likelihood: boolean; weighted: boolean },
  problems: SurveyRowProblem[],
  rows: number,
): VanWestendorpColumns {
  const n = order.length;
  const tooCheap = asked.tooCheap ? new Float64Array(n) : null;
  const cheap = new Float64Array(n);
  const expensive = new Float64Array(n);
  const tooExpensive = new Float64Array(n);
  const weight = asked.weighted ? new Float64Array(n) : null;
  const likelihoodCheap = asked.likelihood ? new Int32Array(n) : null;
  const likelihoodExpensive = asked.likelihood ? new Int32Array(n) : null;
  for (let k = 0; k < n; k++) {
    const row = responses[order[k]!] as Record<string, number>;
    if (tooCheap !== null) tooCheap[k] = row['tooCheap']!;
    cheap[k] = row['cheap']!;
    expensive[k] = row['expensive']!;
    tooExpensive[k] = row['tooExpensive']!;
    if (weight !== null) weight[k] = readWeight(row);
    if (likelihoodCheap !== null && likelihoodExpensive !== null) {
      likelihoodCheap[k] = row['likelihoodAtCheap']!;
      likelihoodExpensive[k] = row['likelihoodAtExpensive']!;
    }
  }
  return {
    n,
    tooCheapAsked: asked.tooCheap,
    likelihoodAsked: asked.likelihood,
    weighted: asked.weighted,
    tooCheap,
    cheap,
    expensive,
    tooExpensive,
    weight,
    likelihoodCheap,
    likelihoodExpensive,
    problems,
    rows,
  };
}
