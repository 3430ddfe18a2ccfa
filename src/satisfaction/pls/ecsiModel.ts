import { InvalidArgumentError } from '../../core/errors/InvalidArgumentError';
import type { PlsModel } from './types';
import { assertOptions } from '../../core/validate/assertOptions';

/** The constructs of the ECSI model (Tenenhaus et al. 2005 version, with Complaints). */
export type EcsiConstruct = 'Image' | 'Expectation' | 'Quality' | 'Value' | 'Satisfaction' | 'Complaints' | 'Loyalty';

/** Options of {@link ecsiModel}. */
export interface EcsiModelOptions {
  /**
   * Item names per construct; constructs left out keep the mobi names (`IMAG1–5`, `CUEX1–3`, `PERQ1–7`,
   * `PERV1–2`, `CUSA1–3`, `CUSCO`, `CUSL1–3`).
   */
  readonly items?: Partial<Readonly<Record<EcsiConstruct, readonly string[]>>>;
  /**
   * Keep the Complaints construct (default `true`, the Tenenhaus et al. 2005 model); `false` gives the
   * official ECSI structure without it (Satisfaction → Loyalty directly).
   */
  readonly complaints?: boolean;
}

const MOBI_ITEMS: Readonly<Record<EcsiConstruct, readonly string[]>> = {
  Image: ['IMAG1', 'IMAG2', 'IMAG3', 'IMAG4', 'IMAG5'],
  Expectation: ['CUEX1', 'CUEX2', 'CUEX3'],
  Quality: ['PERQ1', 'PERQ2', 'PERQ3', 'PERQ4', 'PERQ5', 'PERQ6', 'PERQ7'],
  Value: ['PERV1', 'PERV2'],
  Satisfaction: ['CUSA1', 'CUSA2', 'CUSA3'],
  Complaints: ['CUSCO'],
  Loyalty: ['CUSL1', 'CUSL2', 'CUSL3'],
};

const PATHS: readonly (readonly [EcsiConstruct, EcsiConstruct])[] = [
  ['Image', 'Expectation'],
  ['Image', 'Satisfaction'],
  ['Image', 'Loyalty'],
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
 * The European Customer Satisfaction Index (ECSI) path model as a {@link PlsModel} preset for {@link plsPathModel}.
 *
 * @remarks
 * Seven constructs, all Mode A, and twelve paths (Tenenhaus et al. 2005, Fig. 6): Image → Expectation,
 * Satisfaction, Loyalty; Expectation → Quality, Value, Satisfaction; Quality → Value, Satisfaction;
 * Value → Satisfaction; Satisfaction → Complaints, Loyalty; Complaints → Loyalty. The default item names
 * are those of the bundled mobi survey (`loadMobi()` in `clientele/datasets`). With `complaints: false`
 * the Complaints block is dropped (the official ECSI, Eklöf & Westlund 2002): 6 constructs, 10 paths.
 *
 * @param options - item names per construct; whether to keep Complaints
 * @returns a fresh model object
 * @throws `INVALID_ARGUMENT` when an item list is not an array of strings
 * @example
 * ```ts
 * const model = ecsiModel();
 * model.blocks.length; // 7
 * model.paths.length; // 12
 * model.blocks[0]; // { name: 'Image', indicators: ['IMAG1', 'IMAG2', 'IMAG3', 'IMAG4', 'IMAG5'], mode: 'A' }
 * ```
 * @see Tenenhaus, M., Esposito Vinzi, V., Chatelin, Y.-M. & Lauro, C. (2005). PLS path modeling.
 * Computational Statistics & Data Analysis 48(1), 159–205. doi:10.1016/j.csda.2004.03.005
 * @see Eklöf, J. A. & Westlund, A. H. (2002). The pan-European customer satisfaction index programme:
 * current work and the way ahead. Total Quality Management 13(8), 1099–1106.
 */
export function ecsiModel(options: EcsiModelOptions = {}): PlsModel {
  assertOptions('ecsiModel', options);
  const complaints = options.complaints ?? true;
  const items = { ...MOBI_ITEMS, ...(options.items ?? {}) };
  const constructs = (Object.keys(MOBI_ITEMS) as EcsiConstruct[]).filter((c) => complaints || c !== 'Complaints');
  for (const c of constructs) {
    const list = items[c];
    if (!Array.isArray(list) || list.some((item) => typeof item !== 'string')) {
      throw new InvalidArgumentError('ecsiModel', `options.items.${c}`, 'must be an array of item names', list);
    }
  }
  const paths = complaints
    ? PATHS
    : PATHS.filter(([from, to]) => from !== 'Complaints' && to !== 'Complaints');
  return {
    blocks: constructs.map((name) => ({ name, indicators: [...(items[name] as readonly string[])], mode: 'A' as const })),
    paths: paths.map(([from, to]) => ({ from, to })),
  };
}
