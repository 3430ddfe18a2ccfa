import { parseCalendarDay } from '../../time/parseCalendarDay';
import { readCustomerId } from '../../time/internal/readCustomerId';
import { keyOf, type CustomerKeys } from './customerKeys';

/** Why an interaction row has no event: 0 none, 1 not an object, 2 no valid customer id, 3 no valid date. @internal */
export type EventStatus = 0 | 1 | 2 | 3;

/**
 * Interaction rows (`{ customerId, date, kind?, initiatedBy? }`) read once into columns that brand
 * attention and choice time both use: the customer key, the day, and the raw `kind` and `initiatedBy`
 * values as codes into tables of their distinct values (each measure decides once per distinct value
 * what it means). Nothing is rejected here: `status` tells why a row has no event, and each measure
 * reports the rows by its own rules (re-reading the rare bad row). @internal
 */
export interface InteractionEvents {
  /** The rows as given. */
  readonly rows: readonly unknown[];
  /** Per row: {@link EventStatus}. */
  readonly status: Uint8Array;
  /** Per row: the customer key (see `customerKeys`), −1 without a valid id. */
  readonly key: Int32Array;
  /** Per row: the epoch day of `date`, 0 without a valid date. */
  readonly day: Int32Array;
  /** Per row: position of the raw `kind` in `kindValues`, −1 when it is not undefined, null or a string. */
  readonly kind: Int32Array;
  /** The distinct raw kinds (undefined, null or strings). */
  readonly kindValues: readonly unknown[];
  /** Per row: position of the raw `initiatedBy` in `byValues`, −1 when it is not undefined, null or a string. */
  readonly by: Int32Array;
  /** The distinct raw `initiatedBy` values (undefined, null or strings). */
  readonly byValues: readonly unknown[];
}

/** A code table of raw values: `code(v)` is the position of `v` among the distinct values met, −1 for a value that is not undefined, null or a string. @internal */
function codeTable(): { values: unknown[]; code: (v: unknown) => number } {
  const values: unknown[] = [];
  const map = new Map<unknown, number>();
  let last: unknown = map; // a value no row holds
  let lastCode = -1;
  const code = (v: unknown): number => {
    if (v === last) return lastCode;
    let c = -1;
    if (v === undefined || v === null || typeof v === 'string') {
      const known = map.get(v);
      if (known === undefined) {
        c = values.length;
        map.set(v, c);
        values.push(v);
      } else c = known;
    }
    last = v;
    lastCode = c;
    return c;
  };
  return { values, code };
}

/** Reads interaction rows into {@link InteractionEvents}, giving every valid customer id a key. @internal */
export function readInteractionEvents(rows: readonly unknown[], keys: CustomerKeys): InteractionEvents {
  const n = rows.length;
  const status = new Uint8Array(n);
  const key = new Int32Array(n).fill(-1);
  const day = new Int32Array(n);
  const kind = new Int32Array(n).fill(-1);
  const by = new Int32Array(n).fill(-1);
  const kinds = codeTable();
  const bys = codeTable();
  for (let i = 0; i < n; i++) {
    const row = rows[i] as Record<string, unknown> | null | undefined;
    if (typeof row !== 'object' || row === null) {
      status[i] = 1;
      continue;
    }
    const id = readCustomerId(row['customerId']);
    if (id === null) {
      status[i] = 2;
      continue;
    }
    const d = parseCalendarDay(row['date']);
    if (Number.isNaN(d)) {
      status[i] = 3;
      continue;
    }
    key[i] = keyOf(keys, id);
    day[i] = d;
    kind[i] = kinds.code(row['kind']);
    by[i] = bys.code(row['initiatedBy']);
  }
  return { rows, status, key, day, kind, kindValues: kinds.values, by, byValues: bys.values };
}
