/**
 * Shared input and output types of the value-concentration functions of `clientele/segmentation`
 * (`customerPyramid`, `abcAnalysis`, `valueConcentration`, `whaleCurve`, `valueRiskMatrix`).
 * @packageDocumentation
 */

import type { RejectedRecord } from '../time/types';

/** One customer and one number that measures them (CLV, revenue, profit, margin: any measure). */
export interface CustomerValueInput {
  /** A non-blank string (trimmed) or a safe integer; `42` and `'42'` are one customer. */
  readonly customerId: string | number;
  /** A finite number, in the caller's units. */
  readonly value: number;
}

/**
 * Which class a customer whose inclusion crosses a cut-off falls into: `'lower'` (the class below the
 * cut-off: a cumulative share must be at most the cut-off) or `'upper'` (the class above: the customer
 * belongs where their cumulative share started).
 */
export type Crossing = 'lower' | 'upper';

/** What a cumulative cut-off counts: the share of customers (`'rank'`) or the share of value (`'value'`). */
export type CutoffBasis = 'rank' | 'value';

/** Count, value total and shares of one class of customers (a pyramid tier, an ABC class). */
export interface ClassSummary {
  /** The class or tier name. */
  readonly name: string;
  /** Customers in it (0 for an empty class). */
  readonly count: number;
  /** `count / N`. */
  readonly customerShare: number;
  /** Sum of their values (compensated). */
  readonly value: number;
  /** `value / total value`; null when the total is not positive. */
  readonly valueShare: number | null;
  /** Smallest and largest value in it; null when empty. */
  readonly minValue: number | null;
  readonly maxValue: number | null;
}

/**
 * Customers read once from `{ customerId, <fields> }` rows and ranked once per field, so that several
 * value analyses of one customer list (`whaleCurve`, `abcAnalysis`, `customerPyramid`,
 * `valueConcentration`) neither re-read nor re-sort the ids. Built by `indexCustomerValues`; read-only,
 * columnar: position `c` is one customer in every column.
 */
export interface CustomerValueIndex {
  /** Marks the object as an index (the functions accept it in place of rows). */
  readonly kind: 'customerValueIndex';
  /** Valid customers, sorted ascending (JS string order `a < b`). */
  readonly customerIds: readonly string[];
  /** Input row index of each customer. */
  readonly rowIndex: Int32Array;
  /** One column per indexed field (its name as key): the finite number of each customer. */
  readonly columns: Readonly<Record<string, Float64Array>>;
  /** Per field: customer positions by that field descending, equal values in customer id order. */
  readonly byValue: Readonly<Record<string, Int32Array>>;
  /** Per field: its values in that order, highest first (`columns[f][byValue[f][r]]`). */
  readonly sortedValues: Readonly<Record<string, Float64Array>>;
  /** Number of input rows. */
  readonly rowCount: number;
  /** Rows left out (not an object, bad id, a field not a finite number, an id in several rows). */
  readonly rejected: readonly RejectedRecord[];
  /** The fields indexed, in the order given. */
  readonly settings: { readonly fields: readonly string[] };
}
