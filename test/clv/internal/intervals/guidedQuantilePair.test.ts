/**
 * guidedQuantilePair must give exactly quantilePair's values (the same order statistics and
 * interpolation), whatever its guesses: segments that rank their draws alike (its fast path), unlike
 * (sample guesses), ties and constant segments (full selection), other levels and short segments.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { guidedQuantilePair, quantileGuide } from '../../../../src/clv/internal/intervals/guidedQuantilePair';
import { quantilePair } from '../../../../src/clv/internal/intervals/quantilePair';
import { createRandom } from '../../../../src/core/random/createRandom';

/** quantilePair of a copy (it rearranges its input). */
function reference(a: Float64Array, offset: number, count: number, p: number): [number, number] {
  const copy = a.slice(offset, offset + count);
  const out = new Float64Array(2);
  quantilePair(copy, 0, count, p, out);
  return [out[0] as number, out[1] as number];
}

/** Segments of `count` draws: a shared per-draw effect plus `noise` times a segment's own (0: same ranking). */
function segments(count: number, n: number, noise: number, seed: number): Float64Array {
  const random = createRandom(seed);
  const shared = Float64Array.from({ length: count }, () => random.next());
  const a = new Float64Array(count * n);
  for (let s = 0; s < n; s++) {
    const scale = 1 + s / n;
    for (let d = 0; d < count; d++) a[s * count + d] = scale * ((shared[d] as number) + noise * random.next());
  }
  return a;
}

function check(a: Float64Array, count: number, p: number): ReturnType<typeof quantileGuide> {
  const guide = quantileGuide(count, p);
  const out = new Float64Array(2);
  for (let offset = 0; offset < a.length; offset += count) {
    const before = a.slice(offset, offset + count);
    guidedQuantilePair(a, offset, count, p, out, guide);
    const [low, high] = reference(a, offset, count, p);
    expect(out[0]).toBe(low);
    expect(out[1]).toBe(high);
    if (count >= 128) expect(a.slice(offset, offset + count)).toEqual(before); // not rearranged
  }
  return guide;
}

describe('guidedQuantilePair', () => {
  it('equals quantilePair on segments ranked alike, without full selections after the first', () => {
    const guide = check(segments(1000, 200, 0.02, 1), 1000, 0.05);
    expect(guide.misses).toBe(0);
  });

  it('equals quantilePair on segments ranked unlike (each independent)', () => {
    check(segments(1000, 60, 1e6, 2), 1000, 0.05);
  });

  it('equals quantilePair with ties, constant segments and a segment of infinities', () => {
    const count = 500;
    const a = new Float64Array(count * 6);
    const random = createRandom(3);
    for (let d = 0; d < count; d++) {
      a[d] = 1; // constant
      a[count + d] = Math.floor(random.next() * 4); // four values
      a[2 * count + d] = random.next();
      a[3 * count + d] = d % 2 === 0 ? 0.5 : random.next(); // half tied
      a[4 * count + d] = Number.POSITIVE_INFINITY;
      a[5 * count + d] = random.next() - 0.5;
    }
    check(a, count, 0.05);
  });

  it('equals quantilePair at other levels and for short segments', () => {
    for (const p of [0.005, 0.025, 0.25, 0.5]) check(segments(1000, 20, 0.05, 4), 1000, p);
    check(segments(127, 30, 0.05, 5), 127, 0.05);
    check(segments(128, 30, 0.05, 6), 128, 0.05);
  });

  it('equals quantilePair on any sequence of segments (property)', () => {
    fc.assert(
      fc.property(fc.integer({ min: 2, max: 400 }), fc.integer({ min: 1, max: 6 }), fc.double({ min: 0, max: 0.5, noNaN: true }), fc.double({ min: 0, max: 10, noNaN: true }), fc.integer(), (count, n, p, noise, seed) => {
        check(segments(count, n, noise, seed), count, p);
      }),
      { numRuns: 40 },
    );
  });
});
