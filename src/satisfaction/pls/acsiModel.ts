import { InvalidArgumentError } from '../../core/errors/InvalidArgumentError';
import type { PlsModel } from './types';
import { assertOptions } from '../../core/validate/assertOptions';

/** The constructs of the ACSI model. */
export type AcsiConstruct = 'Expectation' | 'Quality' | 'Value' | 'Satisfaction' | 'Complaints' | 'Loyalty';

/** Options of {@link acsiModel}. */
export interface AcsiModelOptions {
  /**
   * Item names per construct; constructs left out keep the default names: `EXP1–3` (expectations:
   * overall, customisation, reliability), `PQ1–3` (perceived quality: same three), `PV1–2` (price given
   * quality, quality given price), `SAT1–3` (overall, confirmation of expectations, distance from ideal),
   * `COMP1` (complaint behaviour), `LOY1–3` (repurchase likelihood, two price-tolerance items).
   */
  readonly items?: Partial<Readonly<Record<AcsiConstruct, readonly string[]>>>;
}

const DEFAULT_ITEMS: Readonly<Record<AcsiConstruct, readonly string[]>> = {
  Expectation: ['EXP1', 'EXP2', 'EXP3'],
  Quality: ['PQ1', 'PQ2', 'PQ3'],
  Value: ['PV1', 'PV2'],
  Satisfaction: ['SAT1', 'SAT2', 'SAT3'],
  Complaints: ['COMP1'],
  Loyalty: ['LOY1', 'LOY2', 'LOY3'],
};

const PATHS: readonly (readonly [AcsiConstruct, AcsiConstruct])[] = [
  ['Expectation', 'Quality'],
  ['Expectation', 'Value'],
  ['Expectation', 'Satisfaction'],
  ['Quality', 'Value'],
  ['Quality', 'Satisfaction'],
  ['Value', 'Satisfaction'],
  ['Satisfaction', 'Complaints'],
  ['Satisfaction', 'Loyalty'],
  ['Complaints', 'Loyalty'],
];

/**
 * The American Customer Satisfaction Index (ACSI) path model as a {@link PlsModel} preset for {@link plsPathModel}.
 *
 * @remarks
 * Six constructs, all Mode A, fifteen indicators by default, nine paths (Fornell et al. 1996, Fig. 1):
 * Expectation → Quality, Value, Satisfaction; Quality → Value, Satisfaction; Value → Satisfaction;
 * Satisfaction → Complaints, Loyalty; Complaints → Loyalty. The ACSI itself is the 0–100
 * {@link satisfactionIndex} of the Satisfaction block. Item names are placeholders to be replaced by the
 * survey's own (`options.items`); the item contents in the remarks of {@link AcsiModelOptions} follow the
 * published description.
 *
 * @param options - item names per construct
 * @returns a fresh model object
 * @throws `INVALID_ARGUMENT` when an item list is not an array of strings
 * @example
 * ```ts
 * const model = acsiModel({ items: { Complaints: ['complained'] } });
 * model.blocks.map((b) => b.name); // ['Expectation', 'Quality', 'Value', 'Satisfaction', 'Complaints', 'Loyalty']
 * model.blocks[4]?.indicators; // ['complained']
 * model.paths.length; // 9
 * ```
 * @see Fornell, C., Johnson, M. D., Anderson, E. W., Cha, J. & Bryant, B. E. (1996). The American Customer
 * Satisfaction Index: Nature, purpose, and findings. Journal of Marketing 60(4), 7–18.
 * doi:10.1177/002224299606000403
 */
export function acsiModel(options: AcsiModelOptions = {}): PlsModel {
  assertOptions('acsiModel', options);
  const items = { ...DEFAULT_ITEMS, ...(options.items ?? {}) };
  const constructs = Object.keys(DEFAULT_ITEMS) as AcsiConstruct[];
  for (const c of constructs) {
    const list = items[c];
    if (!Array.isArray(list) || list.some((item) => typeof item !== 'string')) {
      throw new InvalidArgumentError('acsiModel', `options.items.${c}`, 'must be an array of item names', list);
    }
  }
  return {
    blocks: constructs.map((name) => ({ name, indicators: [...(items[name] as readonly string[])], mode: 'A' as const })),
    paths: PATHS.map(([from, to]) => ({ from, to })),
  };
}
