// The lent scratch arrays of the value functions: reused across scopes, zero-filled as new ones are,
// returned when the body throws, plain allocations outside a scope; and no result of a function that
// opens a scope shares memory with the pool (a later call must not change an earlier result).
import { describe, expect, it } from 'vitest';
import { abcAnalysis, customerPyramid, indexCustomerValues, whaleCurve } from '../../../src/segmentation';
import { scratchFloat64, scratchInt32, scratchUint8, withScratchArrays } from '../../../src/segmentation/internal/value/scratchArrays';

/** Deterministic uniform [0, 1) numbers (LCG). */
function lcg(seed: number) {
  let s = seed >>> 0;
  return () => (s = (Math.imul(s, 1664525) + 1013904223) >>> 0) / 4294967296;
}

/** `n` customers with shuffled ids, a value and a profit (some negative), from `seed`. */
function customers(n: number, seed: number) {
  const u = lcg(seed);
  const ids = Array.from({ length: n }, (_, i) => `K${String(i).padStart(6, '0')}`);
  for (let i = n - 1; i > 0; i--) {
    const j = Math.floor(u() * (i + 1));
    [ids[i], ids[j]] = [ids[j]!, ids[i]!];
  }
  return ids.map((customerId) => ({ customerId, value: Math.round(10_000 * u()) / 100, profit: Math.round(10_000 * (u() - 0.3)) / 100 }));
}

describe('scratch arrays (internal)', () => {
  it('a buffer given back at the end of a scope is lent again, zero-filled', () => {
    const n = 50_000; // above the pooled minimum (64 KB)
    let first: ArrayBuffer | null = null;
    withScratchArrays(() => {
      const a = scratchFloat64(n);
      a.fill(7);
      first = a.buffer as ArrayBuffer;
    });
    withScratchArrays(() => {
      const b = scratchFloat64(n);
      expect(b.buffer).toBe(first);
      expect(b.length).toBe(n);
      expect(b.every((x) => x === 0)).toBe(true);
    });
  });

  it('arrays lent in one scope never share memory, and a smaller request may use a larger idle buffer', () => {
    withScratchArrays(() => {
      scratchFloat64(40_000);
    });
    withScratchArrays(() => {
      const a = scratchInt32(20_000); // 80 KB: takes the idle 320 KB buffer
      const b = scratchInt32(20_000);
      expect(a.buffer).not.toBe(b.buffer);
      a.fill(1);
      expect(b.every((x) => x === 0)).toBe(true);
    });
  });

  it('small arrays and arrays made outside a scope are plain allocations, never pooled', () => {
    const outside = scratchUint8(1 << 20);
    withScratchArrays(() => {
      const small = scratchUint8(100);
      expect(small.buffer.byteLength).toBe(100);
    });
    withScratchArrays(() => {
      expect(scratchUint8(1 << 20).buffer).not.toBe(outside.buffer);
    });
  });

  it('the buffers of a scope that throws are given back, and nested scopes give back only their own', () => {
    let lost: ArrayBuffer | null = null;
    expect(() =>
      withScratchArrays(() => {
        lost = scratchFloat64(30_000).buffer as ArrayBuffer;
        throw new Error('boom');
      }),
    ).toThrow('boom');
    withScratchArrays(() => {
      const outer = scratchFloat64(30_000);
      expect(outer.buffer).toBe(lost);
      let inner: ArrayBuffer | null = null;
      withScratchArrays(() => {
        inner = scratchFloat64(30_000).buffer as ArrayBuffer;
      });
      // The inner buffer is idle again, the outer one still lent.
      expect(scratchFloat64(30_000).buffer).toBe(inner);
      expect(outer.buffer).not.toBe(inner);
    });
  });

  it('results and indexes do not change when later calls reuse the pool', () => {
    const rows = customers(30_000, 3);
    const index = indexCustomerValues(rows, { fields: ['value', 'profit'] });
    const indexCopy = structuredClone(index);
    const whale = whaleCurve(rows);
    const abc = abcAnalysis(rows);
    const pyramid = customerPyramid(index);
    const copies = structuredClone({ whale, abc, pyramid });
    const other = customers(30_000, 4);
    for (let i = 0; i < 3; i++) {
      whaleCurve(other);
      abcAnalysis(other);
      customerPyramid(other);
      indexCustomerValues(other, { fields: ['value', 'profit'] });
    }
    expect({ whale, abc, pyramid }).toEqual(copies);
    expect(index).toEqual(indexCopy);
    // The index works as before: its results equal those from the rows.
    expect(abcAnalysis(index)).toEqual(abc);
    expect(whaleCurve(index).curve).toEqual(whale.curve);
  });
});
