/**
 * Provenance and conventions of the bundled CDNOW sample (see {@link loadCdnowSample}).
 *
 * @remarks
 * The 1/10 sample of the CDNOW cohort: purchases at the online music retailer CDNOW by customers whose
 * first purchase fell in the first 12 weeks of 1997, followed to 1998-06-30. Made public by Fader &
 * Hardie; the copy bundled here is the one distributed with the Python lifetimes project (the R BTYD
 * package ships the same rows as `cdnowElog.csv`). No licence is stated for the data: cite Fader, Hardie
 * & Lee (2005) when you use it.
 *
 * @example
 * ```ts
 * cdnowSampleInfo.transactions; // 6919
 * cdnowSampleInfo.calibrationEnd; // '1997-09-30'
 * ```
 * @see Fader, P. S., Hardie, B. G. S., & Lee, K. L. (2005). "Counting your customers" the easy way: An
 * alternative to the Pareto/NBD model. Marketing Science 24(2), 275–284. doi:10.1287/mksc.1040.0098
 */
export const cdnowSampleInfo = {
  name: 'CDNOW sample',
  transactions: 6919,
  customers: 2357,
  distinctCustomerDays: 6696,
  firstDate: '1997-01-01',
  lastDate: '1998-06-30',
  acquisitionWindow: { start: '1997-01-01', end: '1997-03-25' },
  calibrationEnd: '1997-09-30',
  observationEnd: '1998-06-30',
  currency: 'USD',
  conventions:
    'Published results merge same-day rows, measure time in weeks = days / 7, calibrate through 1997-09-30 ' +
    'and hold out 1997-10-01 to 1998-06-30 (39 weeks).',
  citation:
    'Fader, P. S., Hardie, B. G. S., & Lee, K. L. (2005). "Counting your customers" the easy way: An alternative ' +
    'to the Pareto/NBD model. Marketing Science 24(2), 275-284.',
  doi: '10.1287/mksc.1040.0098',
} as const;
