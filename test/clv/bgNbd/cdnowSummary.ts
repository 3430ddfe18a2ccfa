/**
 * Loads the CDNOW-sample calibration summary and the mpmath reference values written by
 * scripts/fixtures/clv_continuous_cdnow.py into test/fixtures/cdnow-summary/calibration.json
 * (same-day rows merged, weeks = days/7, calibration through 1997-09-30; see the file's provenance).
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { RfmCustomer } from '../../../src/clv/types';

export interface ReferenceCustomer {
  readonly x: number;
  readonly txDays: number;
  readonly TDays: number;
  readonly logLikelihood: number;
  readonly probabilityAlive: number;
  readonly conditionalExpected39: number;
  readonly 'dert0.01'?: number;
}

export interface ReferenceEntry {
  readonly params: [number, number, number, number];
  readonly customers: ReferenceCustomer[];
  readonly expectedPurchases: Record<string, number>;
  readonly probabilityOfPurchases: Record<string, number[]>;
  readonly cdnowLogLikelihood: number;
}

interface Fixture {
  readonly provenance: string;
  readonly rows: [number, number, number, number][];
  readonly reference: Record<string, ReferenceEntry>;
}

const path = fileURLToPath(new URL('../../fixtures/cdnow-summary/calibration.json', import.meta.url));
export const cdnowFixture: Fixture = JSON.parse(readFileSync(path, 'utf8')) as Fixture;

/** The 2,357 CDNOW-sample customers in weeks (exact day counts divided by 7). */
export const cdnowCalibration: RfmCustomer[] = cdnowFixture.rows.map(([x, tx, T]) => ({
  frequency: x,
  recency: tx / 7,
  T: T / 7,
}));

/** Holdout repeat purchases (39 weeks, 1997-10-01 … 1998-06-30) of each customer, in the same order. */
export const cdnowHoldout: number[] = cdnowFixture.rows.map((row) => row[3]);
