import type { RejectedRecord } from '../types';

/**
 * Accepted transaction rows in input order, before grouping: what the row and column readers of
 * `indexTransactions` produce. Optional columns are `null` until a row has the field. @internal
 */
export interface RawTransactions {
  /** Distinct customer identifiers, in order of first appearance. */
  readonly ids: string[];
  /** Dense customer key (index into `ids`) of each accepted row. */
  customer: Int32Array;
  day: Int32Array;
  amountMinor: Float64Array;
  returned: Uint8Array;
  rowIndex: Int32Array;
  discountMinor: Float64Array | null;
  costMinor: Float64Array | null;
  quantity: Float64Array | null;
  product: (string | null)[] | null;
  orderId: (string | null)[] | null;
  channel: (string | null)[] | null;
  /** Number of accepted rows. */
  count: number;
  readonly rejected: RejectedRecord[];
  currency: string | null;
}

/** An empty buffer for up to `capacity` accepted rows. @internal */
export function createRawTransactions(capacity: number): RawTransactions {
  return {
    ids: [],
    customer: new Int32Array(capacity),
    day: new Int32Array(capacity),
    amountMinor: new Float64Array(capacity),
    returned: new Uint8Array(capacity),
    rowIndex: new Int32Array(capacity),
    discountMinor: null,
    costMinor: null,
    quantity: null,
    product: null,
    orderId: null,
    channel: null,
    count: 0,
    rejected: [],
    currency: null,
  };
}
