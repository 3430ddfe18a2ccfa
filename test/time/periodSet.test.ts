// The bitmap pool behind the summary states' sets of purchase periods: against a plain Set.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addPeriod, createPeriodPool, periodsOf, reservePeriodPool } from '../../src/time/internal/periodSet';

describe('period pool', () => {
  it('holds the same sets as Set, through growth left and right, compaction and new customers', () => {
    fc.assert(
      fc.property(
        fc.array(fc.tuple(fc.integer({ min: 0, max: 40 }), fc.integer({ min: -800_000, max: 3_000_000 }).map((p) => p % 2_000)), { maxLength: 400 }),
        (adds) => {
          const pool = createPeriodPool(4);
          const sets = new Map<number, Set<number>>();
          for (const [k, p] of adds) {
            reservePeriodPool(pool, k + 1);
            const set = sets.get(k) ?? new Set<number>();
            sets.set(k, set);
            expect(addPeriod(pool, k, p)).toBe(!set.has(p));
            set.add(p);
          }
          for (const [k, set] of sets) expect(periodsOf(pool, k)).toEqual([...set].sort((a, b) => a - b));
        },
      ),
      { numRuns: 100 },
    );
  });

  it('keeps bit 31 and negative periods', () => {
    const pool = createPeriodPool(1);
    for (const p of [31, -1, -32, 63, 0]) addPeriod(pool, 0, p);
    expect(periodsOf(pool, 0)).toEqual([-32, -1, 0, 31, 63]);
  });

  it('compacts a full pool without losing a block', () => {
    const pool = createPeriodPool(3000);
    for (let k = 0; k < 3000; k++) addPeriod(pool, k, k * 7);
    for (let k = 0; k < 3000; k++) addPeriod(pool, k, k * 7 + 400);
    expect(pool.words32.length).toBeGreaterThan(4096);
    for (let k = 0; k < 3000; k += 299) expect(periodsOf(pool, k)).toEqual([k * 7, k * 7 + 400]);
  });

  it('reclaims the blocks left behind when blocks move', () => {
    const pool = createPeriodPool(64);
    // Each customer's block doubles as its periods spread right, leaving its old block behind.
    for (let step = 0; step < 12; step++) for (let k = 0; k < 64; k++) addPeriod(pool, k, k + 32 * 2 ** step);
    for (let k = 0; k < 64; k += 7) expect(periodsOf(pool, k)).toEqual(Array.from({ length: 12 }, (_, step) => k + 32 * 2 ** step));
    // The blocks moved 11 times each, leaving about as many words behind as they hold: compaction keeps
    // the words in use below 1.5 times the live ones (without it, about twice).
    let live = 0;
    for (let k = 0; k < 64; k++) live += pool.words[k] as number;
    expect(pool.used).toBeLessThan(1.5 * live);
  });
});
