import { CDNOW_SAMPLE_DATA } from './data/cdnowSampleData';

/** One row of the CDNOW sample transaction log. */
export interface CdnowTransaction {
  /** Sample customer id, 4 digits zero-padded (`'0001'` … `'2357'`). */
  readonly customerId: string;
  /** The same customer's id in the full CDNOW cohort, 5 digits zero-padded (`'00004'`). */
  readonly masterId: string;
  /** Calendar date of the purchase, `yyyy-mm-dd` (no time zone). */
  readonly date: string;
  /** Number of CDs bought. */
  readonly quantity: number;
  /** Dollar value of the purchase (two decimals; 0 for 8 rows). */
  readonly amount: number;
}

const DAY0_MS = Date.UTC(1997, 0, 1);
const DAY_MS = 86_400_000;

/**
 * The CDNOW sample transaction log: 6,919 purchases of 2,357 customers, 1997-01-01 to 1998-06-30, in the
 * original row order (by customer, then date). Same-day rows are NOT merged: that is the summary's job.
 *
 * @remarks
 * Decoded from a compact string bundled in the package (about 70 kB), so it works in Node and in a browser
 * alike with no file access. Each call returns fresh objects: callers may keep or change them. See
 * {@link cdnowSampleInfo} for provenance and the conventions behind the published results.
 * Complexity O(rows).
 *
 * @returns The 6,919 transactions.
 * @example
 * ```ts
 * const log = loadCdnowSample();
 * log.length; // 6919
 * log[0]; // { customerId: '0001', masterId: '00004', date: '1997-01-01', quantity: 2, amount: 29.33 }
 * ```
 * @see Fader, Hardie & Lee (2005), Marketing Science 24(2), 275–284. doi:10.1287/mksc.1040.0098
 */
export function loadCdnowSample(): CdnowTransaction[] {
  const out: CdnowTransaction[] = [];
  const dates = new Map<number, string>();
  const lines = CDNOW_SAMPLE_DATA.split('\n');
  for (let i = 0; i < lines.length; i++) {
    const tokens = (lines[i] as string).split(' ');
    const customerId = String(i + 1).padStart(4, '0');
    const masterId = String(parseInt(tokens[0] as string, 36)).padStart(5, '0');
    for (let k = 1; k < tokens.length; k++) {
      const [d, q, c] = (tokens[k] as string).split('.') as [string, string, string];
      const day = parseInt(d, 36);
      let date = dates.get(day);
      if (date === undefined) {
        date = new Date(DAY0_MS + day * DAY_MS).toISOString().slice(0, 10);
        dates.set(day, date);
      }
      out.push({ customerId, masterId, date, quantity: parseInt(q, 36), amount: parseInt(c, 36) / 100 });
    }
  }
  return out;
}
