import { InvalidArgumentError } from '../../core/errors/InvalidArgumentError';
import { readCustomerId } from '../../time/internal/readCustomerId';
import type { RejectedRecord } from '../../time/types';
import type { LoyaltyLadderOptions, LoyaltyLadderRecords } from '../loyaltyLadder';
import { readCustomerValues } from './readCustomerValues';
import { readDatedEvents } from './readDatedEvents';

const PROBABILITY = { test: (p: number) => p >= 0 && p <= 1, text: 'must be a probability in [0, 1]' };

/** What the non-transaction records say about each customer at the ladder's date. @internal */
export interface LadderEvidence {
  readonly known: Set<string>;
  readonly engaged: Set<string>;
  readonly advocacy: Map<string, Set<string>>;
  readonly pAlive: Map<string, number>;
  readonly engagementKinds: readonly string[] | 'all';
  readonly advocacyKinds: readonly string[];
  readonly promoterFrom: number;
  readonly rejected: Record<'customers' | 'interactions' | 'surveys' | 'pAlive', RejectedRecord[]>;
}

/** A lower-cased kind list option, or `undefined`. @internal */
function kindList(fn: string, argument: string, value: unknown): string[] | undefined {
  if (value === undefined) return undefined;
  if (!Array.isArray(value) || value.some((k) => typeof k !== 'string')) {
    throw new InvalidArgumentError(fn, argument, 'must be an array of strings', value);
  }
  return (value as string[]).map((k) => k.trim().toLowerCase());
}

/** The master file's identifiers, with the rows that have none rejected. @internal */
function readMasterFile(fn: string, rows: unknown, known: Set<string>): RejectedRecord[] {
  if (rows === undefined) return [];
  if (!Array.isArray(rows)) throw new InvalidArgumentError(fn, 'records.customers', 'must be an array of rows', rows);
  const rejected: RejectedRecord[] = [];
  rows.forEach((row: unknown, i) => {
    const id = typeof row === 'object' && row !== null ? readCustomerId((row as Record<string, unknown>)['customerId']) : null;
    if (id === null) rejected.push({ index: i, field: 'customerId', reason: 'must be a non-blank string or a safe integer', value: row });
    else known.add(id);
  });
  return rejected;
}

/** Promoters among the survey respondents up to `asOf`. @internal */
function readPromoters(fn: string, records: LoyaltyLadderRecords, options: LoyaltyLadderOptions, asOf: number, promoterFrom: number, out: LadderEvidence): RejectedRecord[] {
  if (records.surveys === undefined) return [];
  const item = options.npsItem;
  if (typeof item !== 'string') throw new InvalidArgumentError(fn, 'options.npsItem', 'must name the recommendation item when surveys are given', item);
  const { events, rejected } = readDatedEvents(fn, 'records.surveys', records.surveys, 'respondentId');
  for (const e of events) {
    if (e.day > asOf) continue;
    const answers = e.row['answers'] as Record<string, unknown> | undefined;
    const a = typeof answers === 'object' && answers !== null && Object.hasOwn(answers, item) ? answers[item] : undefined;
    if (a === undefined) continue;
    if (typeof a !== 'number' || !Number.isInteger(a) || a < 0 || a > 10) {
      rejected.push({ index: e.index, field: `answers.${item}`, reason: 'must be an integer 0-10', value: a });
      continue;
    }
    out.known.add(e.customerId);
    if (a >= promoterFrom) addEvidence(out.advocacy, e.customerId, 'promoter');
  }
  return rejected.sort((x, y) => x.index - y.index);
}

function addEvidence(map: Map<string, Set<string>>, id: string, what: string): void {
  let set = map.get(id);
  if (set === undefined) map.set(id, (set = new Set()));
  set.add(what);
}

/** Reads the master file, interactions, surveys and P(alive) of a ladder. @internal */
export function collectLadderEvidence(fn: string, records: LoyaltyLadderRecords, options: LoyaltyLadderOptions, asOf: number): LadderEvidence {
  const engagementKinds = kindList(fn, 'options.engagementKinds', options.engagementKinds);
  const advocacyKinds = kindList(fn, 'options.advocacyKinds', options.advocacyKinds) ?? ['referral', 'review', 'recommendation'];
  const promoterFrom = options.promoterFrom ?? 9;
  if (typeof promoterFrom !== 'number' || !Number.isInteger(promoterFrom) || promoterFrom < 0 || promoterFrom > 10) {
    throw new InvalidArgumentError(fn, 'options.promoterFrom', 'must be an integer 0-10', promoterFrom);
  }
  const out: LadderEvidence = {
    known: new Set(),
    engaged: new Set(),
    advocacy: new Map(),
    pAlive: new Map(),
    engagementKinds: engagementKinds ?? 'all',
    advocacyKinds,
    promoterFrom,
    rejected: { customers: [], interactions: [], surveys: [], pAlive: [] },
  };
  out.rejected.customers = readMasterFile(fn, records.customers, out.known);
  if (records.interactions !== undefined) {
    const { events, rejected } = readDatedEvents(fn, 'records.interactions', records.interactions);
    out.rejected.interactions = rejected;
    for (const e of events) {
      if (e.day > asOf) continue;
      out.known.add(e.customerId);
      if (engagementKinds === undefined || (e.kind !== null && engagementKinds.includes(e.kind))) out.engaged.add(e.customerId);
      if (e.kind !== null && advocacyKinds.includes(e.kind)) addEvidence(out.advocacy, e.customerId, e.kind);
    }
  }
  out.rejected.surveys = readPromoters(fn, records, options, asOf, promoterFrom, out);
  if (records.pAlive !== undefined) {
    const read = readCustomerValues(fn, 'records.pAlive', records.pAlive, 'value', PROBABILITY);
    read.ids.forEach((id, j) => out.pAlive.set(id, read.values[j] as number));
    out.rejected.pAlive = read.rejected;
  }
  return out;
}
