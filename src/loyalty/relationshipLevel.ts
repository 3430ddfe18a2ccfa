import { InvalidArgumentError } from '../core/errors/InvalidArgumentError';

/** Kotler's five levels of relationship with customers, from the least to the most investment. */
export type RelationshipLevel = 'basic' | 'reactive' | 'accountable' | 'proactive' | 'partnership';

/** How many customers a company (or segment) serves, as a band. */
export type CustomerCountBand = 'many' | 'medium' | 'few';

/** The unit margin of a company (or segment), as a band. */
export type MarginBand = 'high' | 'medium' | 'low';

/** Input of {@link relationshipLevel}: a band, or a number placed in a band by the options' cut-offs. */
export interface RelationshipLevelInput {
  /** Number of customers (a count ≥ 0) or its band. */
  readonly customers: number | CustomerCountBand;
  /** Unit margin (money per unit or a margin rate, in the units of the cut-offs) or its band. */
  readonly unitMargin: number | MarginBand;
}

/** Cut-offs that turn numbers into bands (required for numeric input; no hidden defaults). */
export interface RelationshipLevelOptions {
  /** Below `few` customers is "few", at or above `many` is "many", else "medium"; `few ≤ many`. */
  readonly customerCutoffs?: { readonly few: number; readonly many: number };
  /** Below `low` is "low", at or above `high` is "high", else "medium"; `low ≤ high`. */
  readonly marginCutoffs?: { readonly low: number; readonly high: number };
}

/** Result of {@link relationshipLevel}. */
export interface RelationshipLevelResult {
  /** The recommended level. */
  readonly level: RelationshipLevel;
  /** Other levels the table allows in this cell (many customers, low margin: basic or reactive). */
  readonly alternatives: readonly RelationshipLevel[];
  readonly customerBand: CustomerCountBand;
  readonly marginBand: MarginBand;
  /** What the level means in practice. */
  readonly description: string;
}

const TABLE: Record<CustomerCountBand, Record<MarginBand, readonly RelationshipLevel[]>> = {
  many: { high: ['accountable'], medium: ['reactive'], low: ['basic', 'reactive'] },
  medium: { high: ['proactive'], medium: ['accountable'], low: ['reactive'] },
  few: { high: ['partnership'], medium: ['proactive'], low: ['accountable'] },
};

const DESCRIPTION: Record<RelationshipLevel, string> = {
  basic: 'sell the product without follow-up',
  reactive: 'sell and invite the customer to call with questions or problems',
  accountable: 'call the customer soon after the sale to check that expectations were met',
  proactive: 'contact the customer from time to time with suggestions and new products',
  partnership: 'work continuously with the customer to deliver more value',
};

/** The band of a count or margin: given, or placed by the cut-offs. @internal */
function bandOf<B extends string>(
  fn: string,
  argument: string,
  value: unknown,
  bands: readonly [B, B, B],
  cutoffs: { readonly lowerBound: number; readonly upperBound: number } | undefined,
  optionName: string,
): B {
  if (typeof value === 'string') {
    if ((bands as readonly string[]).includes(value)) return value as B;
    throw new InvalidArgumentError(fn, argument, `must be a number or one of ${bands.map((b) => `'${b}'`).join(', ')}`, value);
  }
  if (typeof value !== 'number' || !Number.isFinite(value) || value < 0) {
    throw new InvalidArgumentError(fn, argument, 'must be a finite number ≥ 0 or a band', value);
  }
  if (cutoffs === undefined) {
    throw new InvalidArgumentError(fn, `options.${optionName}`, 'is required for a numeric input (there is no universal cut-off)', undefined);
  }
  return value < cutoffs.lowerBound ? bands[0] : value >= cutoffs.upperBound ? bands[2] : bands[1];
}

/** The checked cut-offs `{ lowerBound, upperBound }` of an option, or undefined. @internal */
function cutoffsOf(fn: string, argument: string, value: unknown, lowKey: string, highKey: string) {
  if (value === undefined) return undefined;
  const o = value as Record<string, unknown> | null;
  const lo = o?.[lowKey];
  const hi = o?.[highKey];
  if (typeof o !== 'object' || o === null || typeof lo !== 'number' || typeof hi !== 'number' || !Number.isFinite(lo) || !Number.isFinite(hi) || lo > hi) {
    throw new InvalidArgumentError(fn, argument, `must be { ${lowKey}, ${highKey} } with finite numbers, ${lowKey} ≤ ${highKey}`, value);
  }
  return { lowerBound: lo, upperBound: hi };
}

/**
 * The level of relationship a company should build with its customers, from Kotler's table of the number
 * of customers against the unit margin: basic, reactive, accountable, proactive or partnership.
 *
 * @remarks
 * | | high margin | medium margin | low margin |
 * |---|---|---|---|
 * | many customers | accountable | reactive | basic or reactive |
 * | medium number | proactive | accountable | reactive |
 * | few customers | partnership | proactive | accountable |
 *
 * The table as commonly reproduced from Kotler's *Marketing Management*; editions word the levels
 * slightly differently. Few customers with high margins deserve a partnership; many customers with thin
 * margins, a basic relationship. Numeric inputs need explicit cut-offs (what counts as "many" customers
 * depends on the business). O(1).
 *
 * @param input - `customers` (count or band) and `unitMargin` (number or band).
 * @param options - `customerCutoffs: { few, many }` and `marginCutoffs: { low, high }`, required for
 *   numeric input.
 * @returns The level, the alternatives the table allows, the two bands and what the level means.
 * @throws `INVALID_ARGUMENT` when a band is unknown, a number is negative or not finite, or a numeric
 *   input has no cut-offs, or the cut-offs are not ordered finite numbers.
 * @example
 * ```ts
 * relationshipLevel({ customers: 'few', unitMargin: 'high' }).level; // 'partnership'
 * relationshipLevel(
 *   { customers: 120_000, unitMargin: 0.04 },
 *   { customerCutoffs: { few: 100, many: 10_000 }, marginCutoffs: { low: 0.1, high: 0.3 } },
 * ); // { level: 'basic', alternatives: ['reactive'], customerBand: 'many', marginBand: 'low', description: 'sell the product without follow-up' }
 * ```
 * @see Kotler, P. & Keller, K. L. (2016). Marketing Management (15th ed.), ch. 5. Pearson.
 */
export function relationshipLevel(input: RelationshipLevelInput, options?: RelationshipLevelOptions): RelationshipLevelResult {
  const fn = 'relationshipLevel';
  if (typeof input !== 'object' || input === null) throw new InvalidArgumentError(fn, 'input', 'must be { customers, unitMargin }', input);
  if (options !== undefined && (typeof options !== 'object' || options === null)) {
    throw new InvalidArgumentError(fn, 'options', 'must be an object', options);
  }
  const customerCuts = cutoffsOf(fn, 'options.customerCutoffs', options?.customerCutoffs, 'few', 'many');
  const marginCuts = cutoffsOf(fn, 'options.marginCutoffs', options?.marginCutoffs, 'low', 'high');
  const customerBand = bandOf<CustomerCountBand>(fn, 'input.customers', input.customers, ['few', 'medium', 'many'], customerCuts, 'customerCutoffs');
  const marginBand = bandOf<MarginBand>(fn, 'input.unitMargin', input.unitMargin, ['low', 'medium', 'high'], marginCuts, 'marginCutoffs');
  const cell = TABLE[customerBand][marginBand];
  const level = cell[0] as RelationshipLevel;
  return { level, alternatives: cell.slice(1), customerBand, marginBand, description: DESCRIPTION[level] };
}
