/**
 * The CDNOW sample as a transaction log (test/fixtures/cdnow/CDNOW_sample.txt: master id, sample id, date,
 * CDs, dollars) and its MBG/CNBD-k data: calibration summary through 1997-09-30 in weeks with `litt`,
 * made by the library's own summarizeTransactions, summarizeTimingRegularity and withTimingRegularity.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { summarizeTimingRegularity } from '../../../src/time/summarizeTimingRegularity';
import { summarizeTransactions } from '../../../src/time/summarizeTransactions';
import { withTimingRegularity } from '../../../src/time/withTimingRegularity';

const path = fileURLToPath(new URL('../../fixtures/cdnow/CDNOW_sample.txt', import.meta.url));

/** The 6,919 rows of the CDNOW sample, keyed by the sample's customer id. */
export const cdnowRows = readFileSync(path, 'utf8')
  .trim()
  .split(/\r?\n/)
  .map((line) => {
    const cells = line.trim().split(/\s+/);
    return { customerId: cells[1] as string, date: cells[2] as string, amount: Number(cells[4]) };
  });

export const cdnowOptions = { unit: 'week', calibrationEnd: '1997-09-30', observationEnd: '1998-06-30' } as const;
export const cdnowTiming = summarizeTimingRegularity(cdnowRows, cdnowOptions);
export const cdnowTimed = withTimingRegularity(summarizeTransactions(cdnowRows, cdnowOptions), cdnowTiming);

interface Reference {
  readonly k: number;
  readonly params: [number, number, number, number];
  readonly customers: {
    x: number;
    tx: number;
    T: number;
    litt: number;
    logLikelihood: number;
    probabilityAlive: number;
    conditionalExpected39: number;
  }[];
  readonly expectedPurchases: Record<string, number>;
}

interface Fixture {
  readonly provenance: string;
  readonly reference: Reference[];
  readonly cdnow: {
    readonly customers: Record<string, [number, number, number, number]>;
    readonly testPoint: [number, number, number, number];
    readonly logLikelihood: Record<string, number>;
    readonly wheatMorrison: { k: number; customers: number };
  };
}

/** mpmath reference values of scripts/fixtures/mbgcnbd_reference.py (see its docstring for the formulas). */
export const mbgcnbdReference: Fixture = JSON.parse(
  readFileSync(fileURLToPath(new URL('../../fixtures/clv/mbgcnbdReference.json', import.meta.url)), 'utf8'),
) as Fixture;
