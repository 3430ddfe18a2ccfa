import { CDNOW_SAMPLE_DATA } from './data/cdnowSampleData';

/** The CDNOW sample in columnar form: one typed-array entry per transaction. */
export interface CdnowColumns {
  /** Sample customer ids (`'0001'` …), indexed by the values of `customer`. */
  readonly customerIds: string[];
  /** Customer index of each transaction into `customerIds`. */
  readonly customer: Int32Array;
  /** Purchase date as days since 1970-01-01 (1997-01-01 is 9862). */
  readonly epochDay: Int32Array;
  /** Purchase value in cents (minor units of USD). */
  readonly amountMinor: Int32Array;
  /** Number of CDs. */
  readonly quantity: Int32Array;
  /** Minor digits of the currency of `amountMinor` (2). */
  readonly minorDigits: 2;
}

const EPOCH_DAY_1997_01_01 = 9862;

/**
 * The CDNOW sample transaction log as typed-array columns: the fast input form of the transaction
 * summary, with dates already as epoch days and money as integer cents.
 *
 * @remarks
 * Same rows and order as {@link loadCdnowSample}. Complexity O(rows); each call returns fresh arrays.
 *
 * @returns Columns of 6,919 transactions of 2,357 customers.
 * @example
 * ```ts
 * const cols = loadCdnowSampleColumns();
 * cols.epochDay.length; // 6919
 * cols.amountMinor[0]; // 2933
 * ```
 * @see Fader, Hardie & Lee (2005), Marketing Science 24(2), 275–284. doi:10.1287/mksc.1040.0098
 */
export function loadCdnowSampleColumns(): CdnowColumns {
  const lines = CDNOW_SAMPLE_DATA.split('\n');
  let rows = 0;
  for (const line of lines) rows += line.split(' ').length - 1;
  const customer = new Int32Array(rows);
  const epochDay = new Int32Array(rows);
  const amountMinor = new Int32Array(rows);
  const quantity = new Int32Array(rows);
  const customerIds: string[] = [];
  let j = 0;
  for (let i = 0; i < lines.length; i++) {
    const tokens = (lines[i] as string).split(' ');
    customerIds.push(String(i + 1).padStart(4, '0'));
    for (let k = 1; k < tokens.length; k++) {
      const [d, q, c] = (tokens[k] as string).split('.') as [string, string, string];
      customer[j] = i;
      epochDay[j] = EPOCH_DAY_1997_01_01 + parseInt(d, 36);
      quantity[j] = parseInt(q, 36);
      amountMinor[j] = parseInt(c, 36);
      j++;
    }
  }
  return { customerIds, customer, epochDay, amountMinor, quantity, minorDigits: 2 };
}
