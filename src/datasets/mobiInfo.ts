/** The 24 item names of the mobi survey: expectation, satisfaction, complaints, loyalty, image, quality, value. */
export type MobiItem =
  | 'CUEX1' | 'CUEX2' | 'CUEX3'
  | 'CUSA1' | 'CUSA2' | 'CUSA3'
  | 'CUSCO'
  | 'CUSL1' | 'CUSL2' | 'CUSL3'
  | 'IMAG1' | 'IMAG2' | 'IMAG3' | 'IMAG4' | 'IMAG5'
  | 'PERQ1' | 'PERQ2' | 'PERQ3' | 'PERQ4' | 'PERQ5' | 'PERQ6' | 'PERQ7'
  | 'PERV1' | 'PERV2';

const ITEMS: readonly MobiItem[] = [
  'CUEX1', 'CUEX2', 'CUEX3', 'CUSA1', 'CUSA2', 'CUSA3', 'CUSCO', 'CUSL1', 'CUSL2', 'CUSL3', 'IMAG1', 'IMAG2',
  'IMAG3', 'IMAG4', 'IMAG5', 'PERQ1', 'PERQ2', 'PERQ3', 'PERQ4', 'PERQ5', 'PERQ6', 'PERQ7', 'PERV1', 'PERV2',
];

/**
 * Provenance, items and constructs of the bundled mobi survey (see {@link loadMobi}).
 *
 * @remarks
 * The European Customer Satisfaction Index (ECSI) survey of 250 customers of a mobile-phone provider,
 * analysed by Tenenhaus et al. (2005); distributed as `mobi` with the R package seminr (and semPLS,
 * matrixpls) and as `mobile` (rescaled to 0–100) with R plspm. Every answer is an integer from 1 to 10.
 * `blocks` maps each ECSI construct to its items.
 *
 * @example
 * ```ts
 * mobiInfo.respondents; // 250
 * mobiInfo.blocks.Satisfaction; // ['CUSA1', 'CUSA2', 'CUSA3']
 * ```
 * @see Tenenhaus, M., Esposito Vinzi, V., Chatelin, Y.-M., & Lauro, C. (2005). PLS path modeling.
 * Computational Statistics & Data Analysis 48(1), 159–205. doi:10.1016/j.csda.2004.03.005
 */
export const mobiInfo = {
  name: 'mobi (ECSI mobile-phone survey)',
  respondents: 250,
  /** The items in the order of the original file. */
  items: ITEMS,
  scale: { min: 1, max: 10 },
  blocks: {
    Image: ['IMAG1', 'IMAG2', 'IMAG3', 'IMAG4', 'IMAG5'],
    Expectation: ['CUEX1', 'CUEX2', 'CUEX3'],
    Quality: ['PERQ1', 'PERQ2', 'PERQ3', 'PERQ4', 'PERQ5', 'PERQ6', 'PERQ7'],
    Value: ['PERV1', 'PERV2'],
    Satisfaction: ['CUSA1', 'CUSA2', 'CUSA3'],
    Complaints: ['CUSCO'],
    Loyalty: ['CUSL1', 'CUSL2', 'CUSL3'],
  },
  citation:
    'Tenenhaus, M., Esposito Vinzi, V., Chatelin, Y.-M., & Lauro, C. (2005). PLS path modeling. ' +
    'Computational Statistics & Data Analysis 48(1), 159-205.',
  doi: '10.1016/j.csda.2004.03.005',
} as const satisfies { readonly blocks: Readonly<Record<string, readonly MobiItem[]>> } & Record<string, unknown>;
