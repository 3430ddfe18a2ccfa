import type { CovariateLayout } from '../../covariates/internal/resolveCovariateLayout';
import type { CovariateCoding } from '../../covariates/types';
import { rowCoder } from './rowCoder';
import type { TimeVaryingRejected } from '../types';
import type { TimeVaryingCustomers } from './readTimeVaryingCustomers';
import type { TimeVaryingDesign } from './timeVaryingDesign';
import type { TimeVaryingTable } from './readTimeVaryingTable';

/** A design and which customers of the reading it holds. @internal */
export interface TimeVaryingBuilt {
  readonly design: TimeVaryingDesign;
  /** Index (into the reading's customers) of each customer of the design. */
  readonly kept: number[];
  /** Customers whose covariates the coding cannot code (a category it has not seen). */
  readonly rejected: TimeVaryingRejected[];
}

/** Whether the coded rows of piece `q` equal those of piece `q − 1` in both processes. */
function sameRows(zp: Float64Array, kp: number, zl: Float64Array, kl: number, q: number): boolean {
  for (let j = 0; j < kp; j++) if (zp[q * kp + j] !== zp[(q - 1) * kp + j]) return false;
  for (let j = 0; j < kl; j++) if (zl[q * kl + j] !== zl[(q - 1) * kl + j]) return false;
  return true;
}

/**
 * Codes every piece's covariates with the codings (`rowCoder`, as `applyCoding`: dummies,
 * standardisation as recorded), sums the purchase covariates over each customer's repeat purchases, merges consecutive
 * periods with equal coded covariates into one piece (exact: the rates are the same), and divides every
 * time by `k` (the fit's time scale). A customer with a value the coding cannot code is left out and
 * reported. @internal
 */
export function buildTimeVaryingDesign(
  customers: TimeVaryingCustomers,
  purchase: { readonly table: TimeVaryingTable; readonly coding: CovariateCoding },
  lifetime: { readonly table: TimeVaryingTable; readonly coding: CovariateCoding },
  layout: Pick<CovariateLayout, 'pIndex' | 'lIndex' | 'names' | 'l2'>,
  k: number,
  firstIndex: (i: number) => number,
): TimeVaryingBuilt {
  const codeP = rowCoder(purchase.coding);
  const codeL = rowCoder(lifetime.coding);
  const rowsP = purchase.table.table.rows;
  const rowsL = lifetime.table.table.rows;
  const kp = purchase.coding.names.length;
  const kl = lifetime.coding.names.length;
  const n0 = customers.ids.length;
  const kept: number[] = [];
  const rejected: TimeVaryingRejected[] = [];
  let pieces = 0;
  const zp = new Float64Array(customers.u.length * kp);
  const zl = new Float64Array(customers.u.length * kl);
  const u = new Float64Array(customers.u.length);
  const uEnd = new Float64Array(customers.u.length);
  const len = new Float64Array(customers.u.length);
  const sp: number[] = [];
  const pieceStart = [0];
  for (let i = 0; i < n0; i++) {
    const from = customers.pieceStart[i] as number;
    const to = customers.pieceStart[i + 1] as number;
    const T = customers.T[i] as number;
    let bad: TimeVaryingRejected | undefined;
    const mark = pieces;
    const sums = new Float64Array(kp);
    let first = from; // the period that opened the current piece
    for (let q = from; q < to && bad === undefined; q++) {
      const rp = customers.purchaseRows[q] as number;
      const rl = customers.lifetimeRows[q] as number;
      const cp = rp < 0 ? -1 : codeP(rowsP[rp] as Readonly<Record<string, unknown>>, zp, pieces * kp);
      const cl = cp >= 0 || rl < 0 ? -1 : codeL(rowsL[rl] as Readonly<Record<string, unknown>>, zl, pieces * kl);
      if (cp >= 0 || cl >= 0) {
        const tv = cp >= 0 ? purchase.table : lifetime.table;
        const column = tv.table.columns[cp >= 0 ? cp : cl] as string;
        const row = cp >= 0 ? (customers.purchaseRows[q] as number) : (customers.lifetimeRows[q] as number);
        bad = {
          index: firstIndex(i),
          source: 'customers',
          customerId: customers.ids[i] as string,
          field: `${tv.table.process}.${column}`,
          reason: `must be a level the fit saw (${tv.table.argument}.data[${row}])`,
          value: (tv.table.rows[row] as Readonly<Record<string, unknown>>)[column],
        };
        break;
      }
      const c = customers.purchases[q] as number;
      if (c > 0) for (let j = 0; j < kp; j++) sums[j] = (sums[j] as number) + c * (zp[pieces * kp + j] as number);
      const eq = customers.uEnd[q] as number;
      if (pieces > mark && sameRows(zp, kp, zl, kl, pieces)) {
        // the same covariates as the period before: one longer piece (the likelihood is unchanged)
        uEnd[pieces - 1] = eq / k;
        len[pieces - 1] = Math.max(0, Math.min(eq, T) - (customers.u[first] as number)) / k;
        continue;
      }
      first = q;
      const uq = customers.u[q] as number;
      u[pieces] = uq / k;
      uEnd[pieces] = eq / k;
      len[pieces] = Math.max(0, Math.min(eq, T) - uq) / k;
      pieces++;
    }
    if (bad !== undefined) {
      pieces = mark;
      rejected.push(bad);
      continue;
    }
    kept.push(i);
    for (let j = 0; j < kp; j++) sp.push(sums[j] as number);
    pieceStart.push(pieces);
  }
  const n = kept.length;
  const design: TimeVaryingDesign = {
    n,
    x: Float64Array.from(kept, (i) => customers.x[i] as number),
    tx: Float64Array.from(kept, (i) => (customers.tx[i] as number) / k),
    T: Float64Array.from(kept, (i) => (customers.T[i] as number) / k),
    weights: new Float64Array(n).fill(1),
    total: n,
    pieceStart: Int32Array.from(pieceStart),
    u: u.subarray(0, pieces),
    uEnd: uEnd.subarray(0, pieces),
    len: len.subarray(0, pieces),
    zp: zp.subarray(0, pieces * kp),
    kp,
    zl: zl.subarray(0, pieces * kl),
    kl,
    sp: Float64Array.from(sp),
    pIndex: layout.pIndex,
    lIndex: layout.lIndex,
    m: layout.names.length,
    l2: layout.l2,
  };
  return { design, kept, rejected };
}
