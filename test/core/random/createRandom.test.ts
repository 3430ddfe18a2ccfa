// Reference stream: test/fixtures/stats/randomStream.json, written by scripts/fixtures/statsRandomStream.py
// (an independent Python implementation of SplitMix64, doi:10.1145/2660193.2660195, seeding xoshiro128** 1.1,
// doi:10.1145/3460772). The generator is integer-only, so the comparison is exact.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { createRandom } from '../../../src/core/random/createRandom';

interface Stream {
  seed: number;
  uint32: number[];
  doubles: number[];
}
const fixture = JSON.parse(
  readFileSync(new URL('../../fixtures/stats/randomStream.json', import.meta.url), 'utf8'),
) as { streams: Stream[] };

describe('createRandom', () => {
  it('reproduces the reference uint32 stream exactly for every pinned seed', () => {
    expect(fixture.streams.length).toBeGreaterThanOrEqual(6);
    for (const stream of fixture.streams) {
      const random = createRandom(stream.seed);
      const got = stream.uint32.map(() => random.nextUint32());
      expect(got).toEqual(stream.uint32);
    }
  });

  it('reproduces the reference 53-bit doubles exactly', () => {
    for (const stream of fixture.streams) {
      const random = createRandom(stream.seed);
      expect(stream.doubles.map(() => random.next())).toEqual(stream.doubles);
    }
  });

  it('matches the documented example', () => {
    const random = createRandom(42);
    expect(random.nextUint32()).toBe(825760943);
    expect(random.nextUint32()).toBe(2622800619);
    expect(createRandom(42).next()).toBe(0.19226245292029043);
  });

  it('treats seeds by their integer part and non-finite seeds as 0', () => {
    expect(createRandom(42.9).nextUint32()).toBe(createRandom(42).nextUint32());
    expect(createRandom(Number.NaN).nextUint32()).toBe(createRandom(0).nextUint32());
    expect(createRandom(Number.POSITIVE_INFINITY).nextUint32()).toBe(createRandom(0).nextUint32());
  });

  it('gives different streams for different seeds', () => {
    fc.assert(
      fc.property(fc.integer(), fc.integer(), (a, b) => {
        fc.pre(a !== b);
        const ra = createRandom(a);
        const rb = createRandom(b);
        const sa = [ra.nextUint32(), ra.nextUint32(), ra.nextUint32()];
        const sb = [rb.nextUint32(), rb.nextUint32(), rb.nextUint32()];
        expect(sa).not.toEqual(sb);
      }),
    );
  });

  it('next() lies in [0, 1) and nextUint32() is an integer in [0, 2³²)', () => {
    const random = createRandom(7);
    for (let i = 0; i < 10_000; i++) {
      const u = random.next();
      expect(u >= 0 && u < 1).toBe(true);
      const k = random.nextUint32();
      expect(Number.isInteger(k) && k >= 0 && k < 2 ** 32).toBe(true);
    }
  });

  it('is uniform: chi-square over 100 bins of 1e6 doubles below the 99.99 % point (160.06, df 99)', () => {
    const random = createRandom(2024);
    const bins = new Array<number>(100).fill(0);
    const n = 1_000_000;
    for (let i = 0; i < n; i++) bins[Math.floor(random.next() * 100)]! += 1;
    const expected = n / 100;
    const chiSquare = bins.reduce((sum, count) => sum + (count - expected) ** 2 / expected, 0);
    expect(chiSquare).toBeLessThan(160.06);
    // and not suspiciously perfect (below the 0.01 % point, 55.3)
    expect(chiSquare).toBeGreaterThan(55.3);
  });

  it('has uniform low and high bytes of nextUint32 (chi-square, 256 bins, df 255, 99.99 % point 347.65)', () => {
    const random = createRandom(99);
    const low = new Array<number>(256).fill(0);
    const high = new Array<number>(256).fill(0);
    const n = 512_000;
    for (let i = 0; i < n; i++) {
      const k = random.nextUint32();
      low[k & 255]! += 1;
      high[k >>> 24]! += 1;
    }
    const expected = n / 256;
    for (const bins of [low, high]) {
      const chiSquare = bins.reduce((sum, count) => sum + (count - expected) ** 2 / expected, 0);
      expect(chiSquare).toBeLessThan(347.65);
    }
  });

  it('has no lag-1 correlation between successive doubles', () => {
    const random = createRandom(5);
    const n = 200_000;
    let previous = random.next();
    let sum = 0;
    for (let i = 0; i < n; i++) {
      const u = random.next();
      sum += (previous - 0.5) * (u - 0.5);
      previous = u;
    }
    // E = 0, sd of each term 1/12, so the mean has sd 1/(12√n) ≈ 1.9e-4.
    expect(Math.abs(sum / n)).toBeLessThan(5 / (12 * Math.sqrt(n)));
  });
});
