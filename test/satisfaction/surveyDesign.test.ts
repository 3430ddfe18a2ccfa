// Reference values: Cochran (1977) formulas evaluated by hand (z from scipy.stats.norm.ppf:
// 1.959963984540054 at 95%, 1.6448536269514722 at 90%); identities (margin of error inverts the sample
// size; Neyman allocation sums to n; raking reproduces the margins; Kish deff = 1 + cv²).
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { allocateStrata } from '../../src/satisfaction/allocateStrata';
import { designEffect } from '../../src/satisfaction/designEffect';
import { marginOfError } from '../../src/satisfaction/marginOfError';
import { rakeWeights } from '../../src/satisfaction/rakeWeights';
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

describe('allocateStrata', () => {
  const strata = [
    { name: 'small', size: 6000, standardDeviation: 1, cost: 1 },
    { name: 'medium', size: 3000, standardDeviation: 2, cost: 4 },
    { name: 'large', size: 1000, standardDeviation: 4, cost: 16 },
  ];
  it('proportional, Neyman and cost-optimal by hand', () => {
    expect(allocateStrata(strata, 400).strata.map((s) => s.n)).toEqual([240, 120, 40]);
    expect(allocateStrata(strata, 400, { method: 'neyman' }).strata.map((s) => s.n)).toEqual([150, 150, 100]);
    // N S / √c = 6000, 3000, 1000 → proportional again.
    expect(allocateStrata(strata, 400, { method: 'optimal' }).strata.map((s) => s.n)).toEqual([240, 120, 40]);
    const v = allocateStrata(strata, 400, { method: 'neyman' }).variance as number;
    const expected = 0.36 * (1 / 150) * (1 - 150 / 6000) + 0.09 * (4 / 150) * (1 - 150 / 3000) + 0.01 * (16 / 100) * (1 - 100 / 1000);
    expect(v).toBeCloseTo(expected, 14);
    // Neyman minimises the variance among allocations of the same n.
    expect(v).toBeLessThanOrEqual(allocateStrata(strata, 400).variance as number);
  });

  it('caps at N_h, honours a minimum, and always sums to n', () => {
    const r = allocateStrata([{ size: 10, standardDeviation: 100 }, { size: 1000, standardDeviation: 1 }, { size: 50, standardDeviation: 0 }], 100, {
      method: 'neyman',
      minimum: 5,
    });
    expect(r.strata.map((s) => s.n)).toEqual([10, 85, 5]);
    fc.assert(
      fc.property(
        fc.array(fc.record({ size: fc.integer({ min: 1, max: 500 }), standardDeviation: fc.double({ min: 0.1, max: 10, noNaN: true }) }), { minLength: 1, maxLength: 8 }),
        fc.double({ min: 0, max: 1, noNaN: true }),
        fc.constantFrom('proportional' as const, 'neyman' as const),
        (s, fraction, method) => {
          const total = s.reduce((a, b) => a + b.size, 0);
          const n = Math.round(fraction * total);
          const r2 = allocateStrata(s, n, { method });
          expect(r2.strata.reduce((a, b) => a + b.n, 0)).toBe(n);
          r2.strata.forEach((x, h) => {
            expect(x.n).toBeLessThanOrEqual(s[h]?.size as number);
            expect(Math.abs(x.n - x.exact)).toBeLessThan(1 + 1e-9);
          });
        },
      ),
      { numRuns: 150 },
    );
  });

  it('errors', () => {
    expect(() => allocateStrata([{ size: 10 }], 5, { method: 'neyman' })).toThrow(/standardDeviation/);
    expect(() => allocateStrata([{ size: 10 }], 11)).toThrowErrorMatchingInlineSnapshot(`[InvalidArgumentError: \`allocateStrata\`: \`n\` must be an integer 0-10, got 11]`);
  });
});

describe('rakeWeights', () => {
  it('reproduces the margins and reports convergence and the design effect', () => {
    const region = ['n', 'n', 's', 's', 's', 'e', 'e', 'n', 's', 'e'];
    const size = ['big', 'small', 'small', 'big', 'small', 'small', 'big', 'small', 'small', 'small'];
    const margins = { region: { n: 5, s: 3, e: 2 }, size: { big: 4, small: 6 } };
    const r = rakeWeights({ region, size }, margins);
    expect(r.converged).toBe(true);
    expect(r.maxMarginError).toBeLessThan(1e-9);
    for (const [variable, column] of [['region', region], ['size', size]] as const) {
      const target = margins[variable] as Record<string, number>;
      for (const c of Object.keys(target)) {
        const got = r.weights.reduce((s, w, i) => s + (column[i] === c ? w : 0), 0);
        expect(got).toBeCloseTo(target[c] as number, 9);
      }
    }
    expect(r.sumWeights).toBeCloseTo(10, 9);
    expect(r.designEffect).toBeCloseTo(designEffect(r.weights).designEffect, 14);
    expect(r.effectiveSampleSize).toBeCloseTo(10 / r.designEffect, 12);
  });

  it('a single margin is met in one sweep (post-stratification)', () => {
    const r = rakeWeights({ g: ['a', 'a', 'b'] }, { g: { a: 1, b: 2 } });
    expect(r.weights).toEqual([0.5, 0.5, 2]);
    expect(r.iterations).toBeLessThanOrEqual(2);
  });

  it('bounds trim the weights and say when the margins cannot be met', () => {
    const r = rakeWeights({ g: ['a', 'a', 'a', 'b'] }, { g: { a: 1, b: 3 } }, { bounds: { lower: 0.5, upper: 2 } });
    expect(Math.max(...r.weights)).toBeLessThanOrEqual(2);
    expect(Math.min(...r.weights)).toBeGreaterThanOrEqual(0.5);
    expect(r.maxMarginError).toBeGreaterThan(0.1);
  });

  it('typed errors: unequal totals, empty category, unknown category, strict non-convergence', () => {
    expect(() => rakeWeights({ a: ['x'], b: ['y'] }, { a: { x: 1 }, b: { y: 2 } })).toThrow(/same total/);
    expect(() => rakeWeights({ a: ['x'] }, { a: { x: 1, z: 1 } })).toThrowErrorMatchingInlineSnapshot(`[UndefinedResultError: \`rakeWeights\`: undefined result: category "z" of "a" has a target of 1 but no respondent]`);
    expect(() => rakeWeights({ a: ['q'] }, { a: { x: 1 } })).toThrow(/`data\.a\[0\]` must be a category/);
    expect(() =>
      rakeWeights({ r: ['n', 'n', 'n', 's'], s: ['b', 's', 's', 's'] }, { r: { n: 2, s: 2 }, s: { b: 2, s: 2 } }, { maxIterations: 20, strict: true }),
    ).toThrow(/did not converge/);
  });
});

describe('designEffect', () => {
  it('Kish: deff = 1 + cv², n_eff = n / deff', () => {
    const d = designEffect([1, 2, 3, 4]);
    expect(d.designEffect).toBeCloseTo(1.2, 14);
    expect(d.effectiveSampleSize).toBeCloseTo(100 / 30, 14);
    expect(d.coefficientOfVariation ** 2).toBeCloseTo(0.2, 14);
    expect(designEffect([5, 5, 5]).designEffect).toBe(1);
    expect(() => designEffect([0, 0])).toThrow(/every weight is 0/);
    expect(() => designEffect([1, -1])).toThrow(/`weights\[1\]`/);
  });
});
