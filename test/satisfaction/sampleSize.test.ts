// Reference values: Cochran (1977) formulas evaluated by hand (z from scipy.stats.norm.ppf:
// 1.959963984540054 at 95%, 1.6448536269514722 at 90%); identity: the margin of error of the unrounded
// required size is the target margin.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { marginOfError } from '../../src/satisfaction/marginOfError';
import { sampleSizeMean } from '../../src/satisfaction/sampleSizeMean';
import { sampleSizeProportion } from '../../src/satisfaction/sampleSizeProportion';

const Z95 = 1.959963984540054;

describe('sampleSizeProportion / sampleSizeMean / marginOfError', () => {
  it('textbook values', () => {
    const r = sampleSizeProportion({ marginOfError: 0.05 });
    expect(r.infinitePopulationSize).toBeCloseTo((Z95 * Z95 * 0.25) / 0.0025, 9);
    expect(r.n).toBe(385);
    const f = sampleSizeProportion({ marginOfError: 0.05, populationSize: 2000 });
    expect(f.unrounded).toBeCloseTo(f.infinitePopulationSize / (1 + (f.infinitePopulationSize - 1) / 2000), 9);
    expect(f.n).toBe(323);
    expect(sampleSizeProportion({ marginOfError: 0.05, populationSize: 2000, correction: 'approximate' }).n).toBe(323);
    expect(sampleSizeProportion({ marginOfError: 0.05, populationSize: 100 }).n).toBe(80);
    expect(sampleSizeProportion({ marginOfError: 0.05, populationSize: 100, correction: 'approximate' }).n).toBe(80);
    expect(sampleSizeMean({ marginOfError: 0.1, standardDeviation: 1 }).n).toBe(385);
    expect(sampleSizeMean({ marginOfError: 0.5, standardDeviation: 2, confidenceLevel: 0.9 }).n).toBe(Math.ceil((1.6448536269514722 * 4) ** 2 / 1));
  });

  it('the margin of error of the (unrounded) required size is the target margin', () => {
    fc.assert(
      fc.property(
        fc.double({ min: 0.01, max: 0.2, noNaN: true }),
        fc.double({ min: 0.05, max: 0.95, noNaN: true }),
        fc.integer({ min: 500, max: 100000 }),
        (e, p, N) => {
          const s = sampleSizeProportion({ marginOfError: e, proportion: p, populationSize: N });
          const m = marginOfError({ n: s.unrounded, proportion: p, populationSize: N });
          expect(m.marginOfError).toBeCloseTo(e, 10);
          expect(marginOfError({ n: s.n, proportion: p, populationSize: N }).marginOfError).toBeLessThanOrEqual(e + 1e-12);
        },
      ),
      { numRuns: 100 },
    );
  });

  it('margin of error: finite-population factor and means', () => {
    expect(marginOfError({ n: 100 }).marginOfError).toBeCloseTo(Z95 * 0.05, 14);
    expect(marginOfError({ n: 100, populationSize: 100 }).marginOfError).toBe(0);
    expect(marginOfError({ n: 100, standardDeviation: 2 }).marginOfError).toBeCloseTo(Z95 * 0.2, 14);
    expect(() => marginOfError({ n: 10, populationSize: 5 })).toThrow(/at most populationSize/);
    expect(() => sampleSizeProportion({ marginOfError: 0 })).toThrowErrorMatchingInlineSnapshot(`[InvalidArgumentError: \`sampleSizeProportion\`: \`options.marginOfError\` must be a number between 0 and 1 (exclusive), got 0]`);
  });
});
