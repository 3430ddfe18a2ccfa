import { EmptyInputError } from '../core/errors/EmptyInputError';
import { InvalidArgumentError } from '../core/errors/InvalidArgumentError';
import { readCustomerId } from '../time/internal/readCustomerId';
import type { RejectedRecord } from '../time/types';
import { readOptionsObject } from './internal/value/readOptions';

/** One customer's segment in one snapshot (RFM segment, pyramid tier, ABC class, loyalty stage, ...). */
export interface CustomerSegmentInput {
  readonly customerId: string | number;
  /** A non-blank string or a finite number (read as its string). */
  readonly segment: string | number;
}

/** Options of {@link segmentMigration}. */
export interface SegmentMigrationOptions {
  /** Segments from best to worst: enables promotions and demotions; a segment not listed is rejected. */
  readonly order?: readonly string[];
}

/** A rejected row, with the snapshot it came from. */
export interface MigrationRejectedRecord extends RejectedRecord {
  readonly snapshot: 'before' | 'after';
}

/** Where customers of one `before` segment are in `after`. */
export interface MigrationRow {
  readonly from: string;
  /** Customers now in each segment, aligned with `segments`. */
  readonly counts: number[];
  /** Customers of `from` absent from `after`. */
  readonly lost: number;
  /** Customers of `from` in `before` (= Σ counts + lost). */
  readonly total: number;
  /** `counts / total` (row-normalised; null when total is 0). */
  readonly rates: (number | null)[];
  readonly lostRate: number | null;
}

/** How one customer moved. */
export type SegmentMove = 'new' | 'lost' | 'same' | 'promotion' | 'demotion' | 'changed';

/** One customer's segments in both snapshots. */
export interface CustomerMigration {
  readonly customerId: string;
  readonly from: string | null;
  readonly to: string | null;
  /** `'changed'` when the segment changed and no `order` is given. */
  readonly move: SegmentMove;
  /** Places moved up the `order` (positive = promotion); null without `order` or for new and lost customers. */
  readonly steps: number | null;
}

/** A count and its rate among the customers in both snapshots (null when there are none). */
export interface CountRate {
  readonly count: number;
  readonly rate: number | null;
}

/** Result of {@link segmentMigration}. */
export interface SegmentMigrationResult {
  /** Labels of rows and columns: `order`, else every segment seen, sorted (JS `<`). */
  readonly segments: string[];
  /** Transition counts and rates, one row per `before` segment. */
  readonly transitions: MigrationRow[];
  /** Customers only in `after`, in total and per segment (aligned with `segments`). */
  readonly newCustomers: { readonly count: number; readonly bySegment: number[] };
  /** Customers only in `before`, in total and per segment. */
  readonly lostCustomers: { readonly count: number; readonly bySegment: number[] };
  /** Customers in both snapshots. */
  readonly stayed: number;
  readonly unchanged: CountRate;
  readonly changed: CountRate;
  /** Null without `order`. */
  readonly promotions: CountRate | null;
  readonly demotions: CountRate | null;
  /** Every customer of either snapshot, sorted by customer id. */
  readonly customers: CustomerMigration[];
  readonly settings: { readonly order: string[] | null };
  /** Rows left out, with the reason, before-rows first. */
  readonly rejected: MigrationRejectedRecord[];
}

type Snapshot = 'before' | 'after';

/** Valid rows by customer and the rows rejected, of one snapshot. @internal */
function readSnapshot(fn: string, snapshot: Snapshot, rows: unknown, order: ReadonlySet<string> | null) {
  if (!Array.isArray(rows)) throw new InvalidArgumentError(fn, snapshot, 'must be an array of rows', rows);
  const rejected: MigrationRejectedRecord[] = [];
  const byId = new Map<string, { index: number; segment: string }[]>();
  rows.forEach((r: unknown, index: number) => {
    if (r === null || typeof r !== 'object') return void rejected.push({ snapshot, index, field: 'row', reason: 'must be an object with customerId and segment', value: r });
    const { customerId, segment } = r as { customerId?: unknown; segment?: unknown };
    const id = readCustomerId(customerId);
    if (id === null) return void rejected.push({ snapshot, index, field: 'customerId', reason: 'must be a non-blank string or a safe integer', value: customerId });
    const label = typeof segment === 'string' && segment.trim() !== '' ? segment : typeof segment === 'number' && Number.isFinite(segment) ? String(segment) : null;
    const list = byId.get(id) ?? [];
    byId.set(id, list);
    if (label === null) rejected.push({ snapshot, index, field: 'segment', reason: 'must be a non-blank string or a finite number', value: segment });
    else if (order !== null && !order.has(label)) rejected.push({ snapshot, index, field: 'segment', reason: 'is not in options.order', value: segment });
    else return void list.push({ index, segment: label });
    list.push({ index, segment: '' }); // placeholder: the customer has a rejected row
  });
  return { byId, rejected };
}

/** Customers whose rows are all valid and unique in both snapshots; the others rejected in full. @internal */
function cleanSnapshots(before: ReturnType<typeof readSnapshot>, after: ReturnType<typeof readSnapshot>) {
  const bad = new Set<string>();
  for (const snap of [before, after]) for (const [id, list] of snap.byId) if (list.length > 1 || list.some((x) => x.segment === '')) bad.add(id);
  const rejected = [...before.rejected, ...after.rejected];
  const clean: Map<string, string>[] = [];
  for (const [snapshot, snap] of [['before', before], ['after', after]] as const) {
    const map = new Map<string, string>();
    for (const [id, list] of snap.byId) {
      if (!bad.has(id)) map.set(id, (list[0] as { segment: string }).segment);
      else {
        const reason = list.length > 1 ? 'appears in more than one row of this snapshot: the customer is left out of both' : 'customer left out of both snapshots: another row of it was rejected';
        for (const x of list) if (x.segment !== '') rejected.push({ snapshot, index: x.index, field: 'customerId', reason, value: id });
      }
    }
    clean.push(map);
  }
  rejected.sort((a, b) => (a.snapshot === b.snapshot ? a.index - b.index : a.snapshot === 'before' ? -1 : 1));
  return { before: clean[0] as Map<string, string>, after: clean[1] as Map<string, string>, rejected };
}

/** The order option as a list (null when absent). @internal */
function readOrder(fn: string, value: unknown): string[] | null {
  if (value === undefined) return null;
  if (!Array.isArray(value) || value.length === 0 || new Set(value).size !== value.length || !value.every((s) => typeof s === 'string' && s.trim() !== '')) {
    throw new InvalidArgumentError(fn, 'options.order', 'must be a non-empty array of distinct non-blank strings', value);
  }
  return [...(value as string[])];
}

/**
 * Migration between two snapshots of any segmentation: transition counts and row-normalised rates, new
 * and lost customers, and with an order of segments, promotions and demotions.
 *
 * @remarks
 * With `n_ij` the customers in segment i before and j after, and `L_i` those of i absent after, the rate
 * is `p_ij = n_ij / (Σ_j n_ij + L_i)` (each row, lost included, sums to 1): the empirical transition matrix
 * of a Markov-chain model of customer relationships (Pfeifer & Carraway 2000). With `order` (best first),
 * a move to a better segment is a promotion, to a worse one a demotion; rates are over the customers in
 * both snapshots. This measures "moving customers up the pyramid" (Zeithaml, Rust & Lemon 2001).
 *
 * Rows are never merged: a customer with a duplicated id, or a rejected row, in either snapshot is left
 * out of both, and every one of its rows is listed in `rejected`, so the result does not depend on row
 * order and no customer is counted as new or lost by mistake. O(N log N); memory O(N).
 *
 * @param before - `{ customerId, segment }` rows of the earlier snapshot.
 * @param after - `{ customerId, segment }` rows of the later snapshot.
 * @param options - `order`: segments from best to worst.
 * @returns Segments, transitions, new and lost customers, promotions and demotions, per-customer moves.
 * @throws `INVALID_ARGUMENT` when a snapshot is not an array or `order` is malformed.
 * @throws `EMPTY_INPUT` when neither snapshot has a valid customer.
 * @example
 * ```ts
 * const before = [{ customerId: 1, segment: 'A' }, { customerId: 2, segment: 'B' }, { customerId: 3, segment: 'C' }];
 * const after = [{ customerId: 1, segment: 'B' }, { customerId: 2, segment: 'A' }, { customerId: 4, segment: 'C' }];
 * const m = segmentMigration(before, after, { order: ['A', 'B', 'C'] });
 * m.transitions[0]; // { from: 'A', counts: [0, 1, 0], lost: 0, total: 1, rates: [0, 1, 0], lostRate: 0 }
 * m.promotions; // { count: 1, rate: 0.5 }
 * m.customers.map((c) => c.move); // ['demotion', 'promotion', 'lost', 'new']
 * ```
 * @see Pfeifer, P. E. & Carraway, R. L. (2000). Modeling customer relationships as Markov chains. Journal of
 *   Interactive Marketing 14(2), 43–55.
 * @see Zeithaml, V. A., Rust, R. T. & Lemon, K. N. (2001). The customer pyramid: Creating and serving
 *   profitable customers. California Management Review 43(4), 118–142. https://doi.org/10.2307/41166104
 */
export function segmentMigration(
  before: readonly CustomerSegmentInput[],
  after: readonly CustomerSegmentInput[],
  options?: SegmentMigrationOptions,
): SegmentMigrationResult {
  const fn = 'segmentMigration';
  const o = readOptionsObject(fn, options);
  const order = readOrder(fn, o.order);
  const orderSet = order === null ? null : new Set(order);
  const snaps = cleanSnapshots(readSnapshot(fn, 'before', before, orderSet), readSnapshot(fn, 'after', after, orderSet));
  if (snaps.before.size === 0 && snaps.after.size === 0) throw new EmptyInputError(fn, 'before and after', 'must hold at least one valid customer');
  const segments = order ?? [...new Set([...snaps.before.values(), ...snaps.after.values()])].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
  const at = new Map(segments.map((s, i) => [s, i]));
  const m = segments.length;
  const counts = segments.map(() => new Array<number>(m).fill(0));
  const lost = new Array<number>(m).fill(0);
  const fresh = new Array<number>(m).fill(0);
  const tally = { same: 0, promotion: 0, demotion: 0, changed: 0 };
  const ids = [...new Set([...snaps.before.keys(), ...snaps.after.keys()])].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
  const customers = ids.map((customerId): CustomerMigration => {
    const from = snaps.before.get(customerId) ?? null;
    const to = snaps.after.get(customerId) ?? null;
    const i = from === null ? -1 : (at.get(from) as number);
    const j = to === null ? -1 : (at.get(to) as number);
    if (from === null) {
      fresh[j] = (fresh[j] as number) + 1;
      return { customerId, from, to, move: 'new', steps: null };
    }
    if (to === null) {
      lost[i] = (lost[i] as number) + 1;
      return { customerId, from, to, move: 'lost', steps: null };
    }
    const row = counts[i] as number[];
    row[j] = (row[j] as number) + 1;
    const move: SegmentMove = i === j ? 'same' : order === null ? 'changed' : j < i ? 'promotion' : 'demotion';
    tally[move === 'same' ? 'same' : move]++;
    return { customerId, from, to, move, steps: order === null ? null : i - j };
  });
  const transitions = segments.map((from, i) => {
    const row = counts[i] as number[];
    const total = row.reduce((s, c) => s + c, 0) + (lost[i] as number);
    return { from, counts: row, lost: lost[i] as number, total, rates: row.map((c) => (total > 0 ? c / total : null)), lostRate: total > 0 ? (lost[i] as number) / total : null };
  });
  const stayed = tally.same + tally.promotion + tally.demotion + tally.changed;
  const rate = (count: number): CountRate => ({ count, rate: stayed > 0 ? count / stayed : null });
  return {
    segments: [...segments],
    transitions,
    newCustomers: { count: fresh.reduce((s, c) => s + c, 0), bySegment: fresh },
    lostCustomers: { count: lost.reduce((s, c) => s + c, 0), bySegment: [...lost] },
    stayed,
    unchanged: rate(tally.same),
    changed: rate(stayed - tally.same),
    promotions: order === null ? null : rate(tally.promotion),
    demotions: order === null ? null : rate(tally.demotion),
    customers,
    settings: { order },
    rejected: snaps.rejected,
  };
}
