// Shared helpers of the k-means tests: seeded blob data (libm-free: createRandom().next() and arithmetic
// only), the adjusted Rand index (Hubert & Arabie 1985) and a deep freeze.
import { createRandom } from '../../src/core/random/createRandom';

export interface BlobRow {
  customerId: string;
  features: Record<string, number>;
  blob: number;
}

/** `perBlob` points around each centre, Irwin-Hall(4) noise scaled by `spread` (sd ≈ 0.58 spread). */
export function blobs(centres: readonly (readonly number[])[], perBlob: number, spread: number, seed: number): BlobRow[] {
  const random = createRandom(seed);
  const rows: BlobRow[] = [];
  const d = (centres[0] as readonly number[]).length;
  for (let b = 0; b < centres.length; b++) {
    for (let i = 0; i < perBlob; i++) {
      const features: Record<string, number> = {};
      for (let j = 0; j < d; j++) {
        const noise = random.next() + random.next() + random.next() + random.next() - 2;
        features[`f${j}`] = ((centres[b] as readonly number[])[j] as number) + spread * noise;
      }
      rows.push({ customerId: `b${b}-${String(i).padStart(4, '0')}`, features, blob: b });
    }
  }
  return rows;
}

const pairs = (m: number) => (m * (m - 1)) / 2;

/** Adjusted Rand index of two labellings of the same items (1 = identical partitions). */
export function adjustedRandIndex(a: readonly number[], b: readonly number[]): number {
  const table = new Map<string, number>();
  const rowsA = new Map<number, number>();
  const colsB = new Map<number, number>();
  a.forEach((x, i) => {
    const y = b[i] as number;
    table.set(`${x},${y}`, (table.get(`${x},${y}`) ?? 0) + 1);
    rowsA.set(x, (rowsA.get(x) ?? 0) + 1);
    colsB.set(y, (colsB.get(y) ?? 0) + 1);
  });
  let index = 0;
  for (const m of table.values()) index += pairs(m);
  let sumA = 0;
  for (const m of rowsA.values()) sumA += pairs(m);
  let sumB = 0;
  for (const m of colsB.values()) sumB += pairs(m);
  const expected = (sumA * sumB) / pairs(a.length);
  return (index - expected) / ((sumA + sumB) / 2 - expected);
}

/** Freezes an object graph (arrays and records) so that any write throws in strict mode. */
export function deepFreeze<T>(value: T): T {
  if (typeof value === 'object' && value !== null && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const v of Object.values(value)) deepFreeze(v);
  }
  return value;
}
