import type { RejectedRecord } from '../../../time/types';

/** Per-customer RFM raw values in columns, customers sorted by id. @internal */
export interface RfmColumns {
  /** Distinct customer ids, ascending (JavaScript string order). */
  readonly ids: string[];
  /** Days from the last purchase to the analysis date. */
  readonly recencyDays: Float64Array;
  /** Epoch day of the last purchase (NaN where unknown). */
  readonly lastDay: Float64Array;
  /** Purchases. */
  readonly frequency: Float64Array;
  /** Monetary value in integer minor units. */
  readonly monetaryMinor: Float64Array;
  /** Rejected rows in input order. */
  readonly rejected: RejectedRecord[];
}

/** Rejected records sorted by input index (stable). @internal */
export function byIndex(rejected: RejectedRecord[]): RejectedRecord[] {
  for (let i = 1; i < rejected.length; i++) {
    if ((rejected[i - 1] as RejectedRecord).index > (rejected[i] as RejectedRecord).index) {
      return rejected.slice().sort((a, b) => a.index - b.index);
    }
  }
  return rejected;
}
