import { readCustomerId } from '../../time/internal/readCustomerId';
import type { RejectedRecord } from '../../time/types';
import { keyCount, keyOf, type CustomerKeys } from './customerKeys';
import { RECORD_ID_RULE, readMinor } from './measureRecords';

/** Wallet rows added up per customer key (rows of one customer are summed). @internal */
export interface WalletColumns {
  /** 1 for the keys with an accepted row. */
  readonly seen: Uint8Array;
  /** Our spend and the category spend, integer minor units. */
  readonly ours: Float64Array;
  readonly category: Float64Array;
  /** Units, and 1 where a row of the customer gave them. */
  readonly oursUnits: Float64Array;
  readonly categoryUnits: Float64Array;
  readonly units: Uint8Array;
  /** Rows left out, in input order. */
  readonly rejected: RejectedRecord[];
}

const UNITS_RULE = 'must be a finite number at least 0 (units are given in pairs)';

/** Why a pair of unit fields is refused, or `null`. @internal */
function badUnits(ou: unknown, cu: unknown): 'oursUnits' | 'categoryUnits' | null {
  if (typeof ou !== 'number' || !Number.isFinite(ou) || ou < 0) return 'oursUnits';
  if (typeof cu !== 'number' || !Number.isFinite(cu) || cu < 0) return 'categoryUnits';
  return null;
}

/**
 * Reads share-of-wallet rows `{ customerId, ours, category, oursUnits?, categoryUnits? }` into sums per
 * customer key: amounts exact in minor units, units in pairs; a bad row is rejected with its first
 * fault. @internal
 */
export function readWalletRows(rows: readonly unknown[], digits: number, keys: CustomerKeys): WalletColumns {
  const n = rows.length;
  const at = new Int32Array(n).fill(-1);
  const oursOf = new Float64Array(n);
  const categoryOf = new Float64Array(n);
  const rejected: RejectedRecord[] = [];
  const amountRule = `must be a non-negative amount with at most ${digits} decimals`;
  for (let i = 0; i < n; i++) {
    const row = rows[i];
    if (typeof row !== 'object' || row === null) {
      rejected.push({ index: i, field: 'row', reason: 'must be an object', value: row });
      continue;
    }
    const r = row as Record<string, unknown>;
    const id = readCustomerId(r['customerId']);
    if (id === null) {
      rejected.push({ index: i, field: 'customerId', reason: RECORD_ID_RULE, value: r['customerId'] });
      continue;
    }
    const ours = readMinor(r['ours'], digits);
    if (ours < 0) {
      rejected.push({ index: i, field: 'ours', reason: amountRule, value: r['ours'] });
      continue;
    }
    const category = readMinor(r['category'], digits);
    if (category < 0) {
      rejected.push({ index: i, field: 'category', reason: amountRule, value: r['category'] });
      continue;
    }
    const ou = r['oursUnits'];
    const cu = r['categoryUnits'];
    if (ou !== undefined || cu !== undefined) {
      const field = badUnits(ou, cu);
      if (field !== null) {
        rejected.push({ index: i, field, reason: UNITS_RULE, value: field === 'oursUnits' ? ou : cu });
        continue;
      }
    }
    at[i] = keyOf(keys, id);
    oursOf[i] = ours;
    categoryOf[i] = category;
  }
  return sumByKey(rows, at, oursOf, categoryOf, keyCount(keys), rejected);
}

/** Adds the accepted rows up per key, in input order. @internal */
function sumByKey(rows: readonly unknown[], at: Int32Array, oursOf: Float64Array, categoryOf: Float64Array, size: number, rejected: RejectedRecord[]): WalletColumns {
  const out: WalletColumns = {
    seen: new Uint8Array(size),
    ours: new Float64Array(size),
    category: new Float64Array(size),
    oursUnits: new Float64Array(size),
    categoryUnits: new Float64Array(size),
    units: new Uint8Array(size),
    rejected,
  };
  for (let i = 0; i < at.length; i++) {
    const k = at[i] as number;
    if (k < 0) continue;
    out.seen[k] = 1;
    out.ours[k] = (out.ours[k] as number) + (oursOf[i] as number);
    out.category[k] = (out.category[k] as number) + (categoryOf[i] as number);
    const r = rows[i] as Record<string, unknown>;
    const ou = r['oursUnits'];
    if (ou !== undefined || r['categoryUnits'] !== undefined) {
      out.oursUnits[k] = (out.oursUnits[k] as number) + (ou as number);
      out.categoryUnits[k] = (out.categoryUnits[k] as number) + (r['categoryUnits'] as number);
      out.units[k] = 1;
    }
  }
  return out;
}
