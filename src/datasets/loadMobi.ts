import { MOBI_DATA } from './data/mobiData';
import { mobiInfo, type MobiItem } from './mobiInfo';

/** One mobi respondent: an integer answer from 1 to 10 for each of the 24 items. */
export type MobiResponse = Record<MobiItem, number>;

/**
 * The mobi ECSI survey: 250 respondents' answers (integers 1–10) to 24 items, one object per respondent
 * keyed by item name (`CUEX1` … `PERV2`).
 *
 * @remarks
 * Decoded from a compact string bundled in the package (7 kB), so it works in Node and in a browser with
 * no file access; each call returns fresh objects. See {@link mobiInfo} for the constructs, the items
 * and provenance. Complexity O(respondents × items).
 *
 * @returns 250 responses.
 * @example
 * ```ts
 * const rows = loadMobi();
 * rows.length; // 250
 * rows[0].CUEX1; // 7
 * ```
 * @see Tenenhaus et al. (2005), Computational Statistics & Data Analysis 48(1), 159–205.
 * doi:10.1016/j.csda.2004.03.005
 */
export function loadMobi(): MobiResponse[] {
  return MOBI_DATA.split('\n').map((line) => {
    const row = {} as MobiResponse;
    mobiInfo.items.forEach((item, j) => {
      row[item] = parseInt(line[j] as string, 36);
    });
    return row;
  });
}
