import { EmptyInputError } from '../core/errors/EmptyInputError';
import { InvalidArgumentError } from '../core/errors/InvalidArgumentError';
import { quantileOfSorted, type QuantileType } from '../core/stats/quantile';
import type { RejectedRecord } from '../time/types';
import { finiteNumber, readCustomerColumns } from './internal/value/readCustomerColumns';
import { readChoice, readInteger, readOptionsObject } from './internal/value/readOptions';
import { compensatedSum } from './internal/value/summarizeClasses';

/** One customer's value and churn risk. */
export interface CustomerValueRiskInput {
  readonly customerId: string | number;
  /** Value (CLV or current value), finite. */
  readonly value: number;
  /** Risk: a probability in [0, 1] (e.g. 1 − P(alive)), or with `riskScale: 'ratio'` any finite number ≥ 0 (e.g. an overdue ratio). */
  readonly risk: number;
}

/** How to cut one axis: a number of quantile groups (2–10) or ascending cut-offs (a value equal to a cut-off goes below it). */
export type AxisGroups = number | readonly number[];

/** Options of {@link valueRiskMatrix}. */
export interface ValueRiskMatrixOptions {
  /** Value axis: quantile groups (default 2, the median split) or stated cut-offs. */
  readonly valueGroups?: AxisGroups;
  /** Risk axis: quantile groups (default 2) or stated cut-offs. */
  readonly riskGroups?: AxisGroups;
  /** `'probability'` (default: risk in [0, 1]) or `'ratio'` (risk ≥ 0, e.g. days overdue / usual gap). */
  readonly riskScale?: 'probability' | 'ratio';
  /** Hyndman–Fan type of the quantile cut-offs (default 7). */
  readonly quantileType?: QuantileType;
  /**
   * Action per cell, `actions[valueGroup][riskGroup]`, groups numbered from 0 = lowest. Defaults exist for
   * 2 × 2 and 3 × 3 grids (see {@link valueRiskMatrix}); other grids need their own.
   */
  readonly actions?: readonly (readonly string[])[];
}

/** One customer's cell and action. */
export interface ValueRiskCustomer {
  readonly customerId: string;
  /** Value group label (`'low'`, `'high'`; `'low'`, `'medium'`, `'high'`; else `'1'`…`'g'`, 1 lowest). */
  readonly valueGroup: string;
  readonly riskGroup: string;
  readonly action: string;
}

/** One cell of the matrix (empty cells included). */
export interface ValueRiskCell {
  readonly valueGroup: string;
  readonly riskGroup: string;
  readonly action: string;
  readonly count: number;
  readonly customerShare: number;
  /** Sum of the cell's values (compensated). */
  readonly value: number;
  /** Cell value / total value; null when the total is not positive. */
  readonly valueShare: number | null;
}

/** Result of {@link valueRiskMatrix}. */
export interface ValueRiskMatrixResult {
  /** Every valid customer, sorted by customer id. */
  readonly customers: ValueRiskCustomer[];
  /** Cells, value group by value group (lowest first), risk groups lowest first within each. */
  readonly cells: ValueRiskCell[];
  readonly customerCount: number;
  readonly totalValue: number;
  /** Cut-offs used on each axis (computed quantiles or the ones given). */
  readonly valueCutoffs: number[];
  readonly riskCutoffs: number[];
  readonly settings: {
    readonly valueGroups: AxisGroups;
    readonly riskGroups: AxisGroups;
    readonly riskScale: 'probability' | 'ratio';
    readonly quantileType: number;
    readonly actions: string[][];
  };
  /** Rows left out, with the reason. */
  readonly rejected: RejectedRecord[];
}

const DEFAULT_ACTIONS: Record<number, string[][]> = {
  2: [
    ['grow', 'let go'],
    ['maintain', 'retain'],
  ],
  3: [
    ['grow', 'maintain', 'let go'],
    ['grow', 'maintain', 'retain'],
    ['maintain', 'retain', 'retain'],
  ],
};

/** Cut-offs of one axis: quantiles `j/g` of the values, or the given ascending list. @internal */
function axisCutoffs(fn: string, argument: string, spec: unknown, column: Float64Array, type: number): number[] {
  if (Array.isArray(spec)) {
    if (spec.length === 0 || spec.length > 9) throw new InvalidArgumentError(fn, argument, 'must hold 1-9 cut-offs', spec);
    spec.forEach((c: unknown, i: number) => {
      if (typeof c !== 'number' || !Number.isFinite(c) || (i > 0 && !(c > (spec[i - 1] as number)))) {
        throw new InvalidArgumentError(fn, `${argument}[${i}]`, 'must be a finite number greater than the cut-off before it', c);
      }
    });
    return [...(spec as number[])];
  }
  const g = readInteger(fn, argument, spec, 2, 10, 2);
  const sorted = Float64Array.from(column).sort();
  return Array.from({ length: g - 1 }, (_, j) => quantileOfSorted(sorted, (j + 1) / g, type));
}

/** Group index of `x`: the number of cut-offs strictly below it. @internal */
function groupOf(x: number, cutoffs: readonly number[]): number {
  let g = 0;
  while (g < cutoffs.length && x > (cutoffs[g] as number)) g++;
  return g;
}

/** The axis option as used (a copy of a cut-off list). @internal */
function echoGroups(spec: AxisGroups | undefined): AxisGroups {
  return spec === undefined ? 2 : typeof spec === 'number' ? spec : [...spec];
}

/** Labels of g groups. @internal */
function labels(g: number): string[] {
  if (g === 2) return ['low', 'high'];
  if (g === 3) return ['low', 'medium', 'high'];
  return Array.from({ length: g }, (_, i) => String(i + 1));
}

/** The action table: given (checked against the grid) or the default of a 2 × 2 or 3 × 3 grid. @internal */
function resolveActions(fn: string, given: unknown, gv: number, gr: number): string[][] {
  if (given === undefined) {
    const table = gv === gr ? DEFAULT_ACTIONS[gv] : undefined;
    if (table === undefined) throw new InvalidArgumentError(fn, 'options.actions', `must be given for a ${gv} × ${gr} grid (defaults exist for 2 × 2 and 3 × 3)`, given);
    return table.map((row) => [...row]);
  }
  if (!Array.isArray(given) || given.length !== gv) throw new InvalidArgumentError(fn, 'options.actions', `must be an array of ${gv} rows (one per value group)`, given);
  return given.map((row: unknown, v: number) => {
    if (!Array.isArray(row) || row.length !== gr || !row.every((a) => typeof a === 'string' && a.trim() !== '')) {
      throw new InvalidArgumentError(fn, `options.actions[${v}]`, `must be an array of ${gr} non-blank strings (one per risk group)`, row);
    }
    return [...(row as string[])];
  });
}

/**
 * Value × risk matrix: customers placed in a grid of value groups against churn-risk groups, with a
 * recommended action per cell (retain, grow, maintain, let go) that the caller can replace.
 *
 * @remarks
 * Each axis is cut at stated cut-offs or at the sample quantiles `Q(j/g)`, `j = 1..g−1` (Hyndman & Fan
 * 1996, type 7 by default: halves by the median by default); a customer's group is the number of cut-offs
 * strictly below their value, so equal values always share a group and the grid does not depend on row
 * order. Value is any measure (CLV, current value); risk is `1 − P(alive)` from a BG/NBD or Pareto/NBD fit
 * (Fader, Hardie & Lee 2005) or any probability, or with `riskScale: 'ratio'` an overdue ratio (days since
 * the last purchase over the customer's usual inter-purchase time) on [0, ∞).
 *
 * Default actions (`actions[valueGroup][riskGroup]`, 0 = lowest). 2 × 2: low value — grow (low risk), let
 * go (high risk); high value — maintain (low risk), retain (high risk). 3 × 3: low value — grow, maintain,
 * let go; medium value — grow, maintain, retain; high value — maintain, retain, retain. These are this
 * library's reading of the usual value-risk grid (keep the valuable at risk, develop the safe small ones,
 * release the small ones who are leaving), not figures from a paper: pass your own table. O(N log N) for
 * the quantiles; memory O(N).
 *
 * @param customers - `{ customerId, value, risk }` rows; bad and duplicated rows are rejected, not thrown on.
 * @param options - `valueGroups`, `riskGroups`, `riskScale`, `quantileType`, `actions`.
 * @returns Cell and action per customer (sorted by id), all cells with counts and value totals, cut-offs.
 * @throws `INVALID_ARGUMENT` when `customers` is not an array, an option is malformed, or `actions` is
 *   missing for a grid other than 2 × 2 or 3 × 3 or does not match the grid.
 * @throws `EMPTY_INPUT` when no row is valid.
 * @example
 * ```ts
 * const m = valueRiskMatrix([
 *   { customerId: 'a', value: 900, risk: 0.7 }, { customerId: 'b', value: 800, risk: 0.1 },
 *   { customerId: 'c', value: 100, risk: 0.9 }, { customerId: 'd', value: 50, risk: 0.2 },
 * ]);
 * m.customers.map((c) => c.action); // ['retain', 'maintain', 'let go', 'grow']
 * m.valueCutoffs; // [450]
 * m.cells.map((c) => c.count); // [1, 1, 1, 1]
 * ```
 * @see Fader, P. S., Hardie, B. G. S. & Lee, K. L. (2005). "Counting your customers" the easy way: An
 *   alternative to the Pareto/NBD model. Marketing Science 24(2), 275–284. https://doi.org/10.1287/mksc.1040.0098
 * @see Hyndman, R. J. & Fan, Y. (1996). Sample quantiles in statistical packages. The American Statistician
 *   50(4), 361–365. https://doi.org/10.1080/00031305.1996.10473566
 */
export function valueRiskMatrix(customers: readonly CustomerValueRiskInput[], options?: ValueRiskMatrixOptions): ValueRiskMatrixResult {
  const fn = 'valueRiskMatrix';
  const o = readOptionsObject(fn, options);
  const riskScale = readChoice(fn, 'options.riskScale', o.riskScale, ['probability', 'ratio'] as const);
  const quantileType = readInteger(fn, 'options.quantileType', o.quantileType, 1, 9, 7);
  const riskRead =
    riskScale === 'probability'
      ? { name: 'risk', read: (x: unknown) => (finiteNumber(x) >= 0 && (x as number) <= 1 ? (x as number) : Number.NaN), rule: 'must be a probability from 0 to 1' }
      : { name: 'risk', read: (x: unknown) => (finiteNumber(x) >= 0 ? (x as number) : Number.NaN), rule: 'must be a finite number at least 0' };
  const { ids, columns, idOrder, rejected } = readCustomerColumns(fn, 'customers', customers, [
    { name: 'value', read: finiteNumber, rule: 'must be a finite number' },
    riskRead,
  ]);
  const n = ids.length;
  if (n === 0) throw new EmptyInputError(fn, 'customers', `must hold at least one valid row (${rejected.length} rejected)`);
  const [value, risk] = columns as [Float64Array, Float64Array];
  const valueCutoffs = axisCutoffs(fn, 'options.valueGroups', o.valueGroups, value, quantileType);
  const riskCutoffs = axisCutoffs(fn, 'options.riskGroups', o.riskGroups, risk, quantileType);
  const gv = valueCutoffs.length + 1;
  const gr = riskCutoffs.length + 1;
  const actions = resolveActions(fn, o.actions, gv, gr);
  const vLabels = labels(gv);
  const rLabels = labels(gr);
  const cell = new Int32Array(n);
  const members: number[][] = Array.from({ length: gv * gr }, () => []);
  for (let p = 0; p < n; p++) {
    const c = groupOf(value[p] as number, valueCutoffs) * gr + groupOf(risk[p] as number, riskCutoffs);
    cell[p] = c;
    (members[c] as number[]).push(value[p] as number);
  }
  const total = compensatedSum(value);
  const rows: ValueRiskCustomer[] = new Array(n);
  for (let j = 0; j < n; j++) {
    const p = idOrder[j] as number;
    const c = cell[p] as number;
    const v = Math.floor(c / gr);
    rows[j] = { customerId: ids[p] as string, valueGroup: vLabels[v] as string, riskGroup: rLabels[c % gr] as string, action: (actions[v] as string[])[c % gr] as string };
  }
  const cells = members.map((m, c) => {
    const v = Math.floor(c / gr);
    const sum = compensatedSum(Float64Array.from(m));
    return { valueGroup: vLabels[v] as string, riskGroup: rLabels[c % gr] as string, action: (actions[v] as string[])[c % gr] as string, count: m.length, customerShare: m.length / n, value: sum, valueShare: total > 0 ? sum / total : null };
  });
  return {
    customers: rows,
    cells,
    customerCount: n,
    totalValue: total,
    valueCutoffs,
    riskCutoffs,
    settings: { valueGroups: echoGroups(o.valueGroups), riskGroups: echoGroups(o.riskGroups), riskScale, quantileType, actions },
    rejected,
  };
}
