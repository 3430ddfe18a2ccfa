/**
 * Shared input and output types of the value-concentration functions of `clientele/segmentation`
 * (`customerPyramid`, `abcAnalysis`, `valueConcentration`, `whaleCurve`, `valueRiskMatrix`).
 * @packageDocumentation
 */

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
