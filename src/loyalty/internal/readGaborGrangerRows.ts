import { isFiniteNumber, readRespondentId, readWeight, sortProblems, type SurveyRowProblem } from './readPriceSurvey';

/** One accepted Gabor–Granger respondent. @internal */
export interface GaborGrangerRespondent {
  readonly respondentId: string;
  /** Highest price the respondent buys at; `null` when at no price. */
  readonly wtp: number | null;
  readonly weight: number;
}

/** Accepted respondents (sorted by id), problems, the answer form and the answered prices. @internal */
export interface GaborGrangerRows {
  readonly respondents: GaborGrangerRespondent[];
  readonly problems: SurveyRowProblem[];
  readonly form: 'maxPrice' | 'answers';
  readonly answeredPrices: number[];
}

function prob(index: number, id: string | null, field: string, reason: string, value: unknown): SurveyRowProblem {
  return { index, respondentId: id, field, reason, value, inequality: null };
}

interface Group {
  readonly rows: number[];
  bad: boolean;
}

function checkAnswerRow(row: Record<string, unknown>, i: number, id: string | null): SurveyRowProblem | null {
  if (id === null) return prob(i, null, 'respondentId', 'must be a string or a finite number', row['respondentId']);
  if (!(isFiniteNumber(row['price']) && row['price'] > 0)) return prob(i, id, 'price', 'must be a finite number > 0', row['price']);
  if (typeof row['buy'] !== 'boolean') return prob(i, id, 'buy', 'must be a boolean', row['buy']);
  if (Number.isNaN(readWeight(row))) return prob(i, id, 'weight', 'must be a finite number >= 0', row['weight']);
  return null;
}

/** The WTP of one respondent's answers, or a problem when they are not monotone or disagree. */
function wtpOfAnswers(responses: ArrayLike<unknown>, g: Group, id: string): { wtp: number | null; weight: number } | SurveyRowProblem {
  const rows = g.rows.map((i) => responses[i] as Record<string, unknown>);
  const w = readWeight(rows[0]!);
  let maxYes = -Infinity;
  let minNo = Infinity;
  for (let k = 0; k < rows.length; k++) {
    const r = rows[k]!;
    if (readWeight(r) !== w) return prob(g.rows[k]!, id, 'weight', 'must be the same on every row of a respondent', r['weight']);
    const p = r['price'] as number;
    if (r['buy'] === true) maxYes = Math.max(maxYes, p);
    else minNo = Math.min(minNo, p);
  }
  if (maxYes >= minNo) {
    return prob(g.rows[0]!, id, 'buy', `answers are not monotone in price: buys at ${maxYes} but not at ${minNo}`, { buysAt: maxYes, refusesAt: minNo });
  }
  return { wtp: maxYes === -Infinity ? null : maxYes, weight: w };
}

function readAnswers(responses: ArrayLike<unknown>, problems: SurveyRowProblem[]): GaborGrangerRows {
  const groups = new Map<string, Group>();
  const prices = new Set<number>();
  for (let i = 0; i < responses.length; i++) {
    const r = responses[i];
    if (typeof r !== 'object' || r === null) {
      problems.push(prob(i, null, 'row', 'must be an object', r));
      continue;
    }
    const row = r as Record<string, unknown>;
    const id = readRespondentId(row['respondentId']);
    const p = checkAnswerRow(row, i, id);
    if (p !== null) {
      problems.push(p);
      if (id !== null) groups.set(id, { rows: groups.get(id)?.rows ?? [], bad: true });
      continue;
    }
    const g = groups.get(id as string) ?? { rows: [], bad: false };
    g.rows.push(i);
    groups.set(id as string, g);
    prices.add(row['price'] as number);
  }
  const respondents: GaborGrangerRespondent[] = [];
  for (const [id, g] of groups) {
    if (g.bad) {
      for (const i of g.rows) problems.push(prob(i, id, 'respondentId', 'another row of this respondent is invalid', id));
      continue;
    }
    const out = wtpOfAnswers(responses, g, id);
    if ('reason' in out) problems.push(out);
    else respondents.push({ respondentId: id, wtp: out.wtp, weight: out.weight });
  }
  return { respondents: sortRespondents(respondents), problems: sortProblems(problems), form: 'answers', answeredPrices: [...prices] };
}

function sortRespondents(rs: GaborGrangerRespondent[]): GaborGrangerRespondent[] {
  return rs.sort((a, b) => (a.respondentId < b.respondentId ? -1 : a.respondentId > b.respondentId ? 1 : 0));
}

function readMaxPrices(responses: ArrayLike<unknown>, problems: SurveyRowProblem[]): GaborGrangerRows {
  const byId = new Map<string, number[]>();
  const candidates: { i: number; id: string; wtp: number | null; weight: number }[] = [];
  for (let i = 0; i < responses.length; i++) {
    const r = responses[i];
    if (typeof r !== 'object' || r === null) {
      problems.push(prob(i, null, 'row', 'must be an object', r));
      continue;
    }
    const row = r as Record<string, unknown>;
    const id = readRespondentId(row['respondentId']);
    const m = row['maxPrice'];
    if (id === null) problems.push(prob(i, null, 'respondentId', 'must be a string or a finite number', row['respondentId']));
    else if (!(m === null || (isFiniteNumber(m) && m > 0))) problems.push(prob(i, id, 'maxPrice', 'must be a finite number > 0 or null (buys at no price)', m));
    else if (Number.isNaN(readWeight(row))) problems.push(prob(i, id, 'weight', 'must be a finite number >= 0', row['weight']));
    else {
      candidates.push({ i, id, wtp: m, weight: readWeight(row) });
      byId.set(id, [...(byId.get(id) ?? []), i]);
    }
  }
  const respondents: GaborGrangerRespondent[] = [];
  const prices = new Set<number>();
  for (const c of candidates) {
    const n = byId.get(c.id)!.length;
    if (n > 1) problems.push(prob(c.i, c.id, 'respondentId', `must be unique: ${n} rows share it`, c.id));
    else {
      respondents.push({ respondentId: c.id, wtp: c.wtp, weight: c.weight });
      if (c.wtp !== null) prices.add(c.wtp);
    }
  }
  return { respondents: sortRespondents(respondents), problems: sortProblems(problems), form: 'maxPrice', answeredPrices: [...prices] };
}

/**
 * Reads Gabor–Granger rows: either one row per respondent with `maxPrice`, or one row per respondent and
 * tested price with `price` and `buy` (the form is chosen by whether any row has `buy`). Never throws. @internal
 */
export function readGaborGrangerRows(responses: ArrayLike<unknown>): GaborGrangerRows {
  let answers = false;
  for (let i = 0; i < responses.length; i++) {
    const r = responses[i];
    if (typeof r === 'object' && r !== null && (r as Record<string, unknown>)['buy'] !== undefined) answers = true;
  }
  return answers ? readAnswers(responses, []) : readMaxPrices(responses, []);
}
