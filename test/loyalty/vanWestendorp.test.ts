// Reference values: hand computations (below, in the comments), and the R package pricesensitivitymeter run
// on its own seeded example data at versions 1.3.0 and 1.3.3 (test/fixtures/pricesensitivitymeter, with
// the generating script and provenance in its header).
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isClienteleError } from '../../src/core/errors/isClienteleError';
import { vanWestendorp, type VanWestendorpResponse } from '../../src/loyalty/vanWestendorp';
import { psmReference, type PsmReferenceRun } from '../fixtures/pricesensitivitymeter/vanWestendorpReference';
import { deepFreeze } from '../schemas/helpers';

function codeOf(f: () => unknown): string | undefined {
  try {
    f();
  } catch (e) {
    return isClienteleError(e) ? e.code : 'not a ClienteleError';
  }
  return undefined;
}

// Two respondents, no "too cheap" question, weights 2 and 1. Grid {2, 4, 5, 6, 7, 8}.
// cheap(p) = share with cheap > p: 1/3 at 2 and 4 (b), 0 from 5. expensive(p) = share with expensive ≤ p:
// 0 at 2, 2/3 at 4 and 5, 1 from 6. IPP: d = expensive − cheap = −1/3 at 2, +1/3 at 4 → interpolated
// x = 2 + (1/3)·2/(2/3) = 3; first crossing: the first grid price with expensive ≥ cheap is 4.
const weighted: VanWestendorpResponse[] = [
  { respondentId: 'a', cheap: 2, expensive: 4, tooExpensive: 7, weight: 2 },
  { respondentId: 'b', cheap: 5, expensive: 6, tooExpensive: 8, weight: 1 },
];

describe('vanWestendorp: hand-computed cases', () => {
  it('weighted curves on the answered-price grid and both intersection conventions', () => {
    const r = vanWestendorp(weighted);
    expect(r.curves.price).toEqual([2, 4, 5, 6, 7, 8]);
    expect(r.curves.tooCheap).toBeNull();
    // 1 − F, as the package computes it (1 − 2/3 is not the double nearest 1/3)
    expect(r.curves.cheap).toEqual([1 - 2 / 3, 1 - 2 / 3, 0, 0, 0, 0]);
    expect(r.curves.expensive).toEqual([0, 2 / 3, 2 / 3, 1, 1, 1]);
    expect(r.curves.tooExpensive).toEqual([0, 0, 0, 0, 2 / 3, 1]);
    expect(r.curves.notExpensive).toEqual([1, 1 - 2 / 3, 1 - 2 / 3, 0, 0, 0]);
    expect(r.pricePoints.ipp.price).toBeCloseTo(3, 14);
    expect(r.pricePoints.ipp.curves).toEqual(['expensive', 'cheap']);
    expect(r.sumWeights).toBe(3);
    expect(r.weighted).toBe(true);
    const f = vanWestendorp(weighted, { intersection: 'firstCrossing' });
    expect(f.pricePoints.ipp.price).toBe(4);
    expect(f.pricePoints.ipp.candidates).toEqual([4]);
    // PME = tooExpensive × notExpensive: d = −1, −1/3, −1/3, 0 (at 6) → the crossing is at 6.
    expect(r.pricePoints.pme.price).toBe(6);
    expect(r.pricePoints.pme.curves).toEqual(['tooExpensive', 'notExpensive']);
  });

  it('first-crossing ties: grid rows with the same pair of values resolve to min, max, mean or median', () => {
    // a: 2 < 5 < 6, b: 1 < 2 < 3. Grid {1, 2, 3, 5, 6}; cheap = 1/2, 0, 0, 0, 0; expensive = 0, 1/2, 1/2, 1, 1.
    // The first crossing is at 2, and 3 has the same pair (1/2, 0): candidates [2, 3]. Interpolated: d goes
    // from −1/2 at 1 to +1/2 at 2, so x = 1.5.
    const rows: VanWestendorpResponse[] = [
      { respondentId: 'a', cheap: 2, expensive: 5, tooExpensive: 6 },
      { respondentId: 'b', cheap: 1, expensive: 2, tooExpensive: 3 },
    ];
    const ipp = (ties: 'min' | 'max' | 'mean' | 'median') => vanWestendorp(rows, { intersection: 'firstCrossing', ties }).pricePoints.ipp;
    expect(ipp('min')).toEqual({ price: 2, reason: null, curves: ['expensive', 'cheap'], candidates: [2, 3] });
    expect(ipp('max').price).toBe(3);
    expect(ipp('mean').price).toBe(2.5);
    expect(ipp('median').price).toBe(2.5);
    expect(vanWestendorp(rows).pricePoints.ipp.price).toBe(1.5);
  });

  it('without a too-cheap question, PMC and OPP are null with a reason, and only three prices are checked', () => {
    const r = vanWestendorp(weighted);
    expect(r.pricePoints.pmc).toEqual({
      price: null,
      reason: 'the too-cheap question was not answered by any respondent',
      curves: ['notCheap', 'tooCheap'],
      candidates: [],
    });
    expect(r.pricePoints.opp.price).toBeNull();
    expect(r.acceptableRange).toEqual({ lower: null, upper: 6, definition: 'original' });
    expect(r.ordering.pmcAtMostPme).toBeNull();
    expect(r.conventions.validation).toBe('cheap < expensive < tooExpensive (strict)');
    expect(JSON.parse(JSON.stringify(r))).toEqual(r);
  });

  it('integer weights equal repeated respondents', () => {
    const repeated: VanWestendorpResponse[] = [
      { respondentId: 'a1', cheap: 2, expensive: 4, tooExpensive: 7 },
      { respondentId: 'a2', cheap: 2, expensive: 4, tooExpensive: 7 },
      { respondentId: 'b', cheap: 5, expensive: 6, tooExpensive: 8 },
    ];
    const a = vanWestendorp(weighted);
    const b = vanWestendorp(repeated);
    expect(b.curves).toEqual(a.curves);
    expect(b.pricePoints).toEqual(a.pricePoints);
  });

  it('the narrower range intersects tooCheap × expensive and tooExpensive × cheap', () => {
    const rows: VanWestendorpResponse[] = [
      { respondentId: 1, tooCheap: 1, cheap: 3, expensive: 5, tooExpensive: 7 },
      { respondentId: 2, tooCheap: 2, cheap: 4, expensive: 6, tooExpensive: 8 },
    ];
    const r = vanWestendorp(rows, { range: 'narrower' });
    expect(r.pricePoints.pmc.curves).toEqual(['expensive', 'tooCheap']);
    expect(r.pricePoints.pme.curves).toEqual(['tooExpensive', 'cheap']);
    // tooCheap (share > p): 1/2 at 1, 0 from 2; expensive: 0 up to 4, 1/2 at 5 → d = −1/2, 0: crossing at 2.
    expect(r.pricePoints.pmc.price).toBe(2);
    // cheap: 1 at 1-2, 1/2 at 3, 0 from 4; tooExpensive: 0 up to 6 → d = −1, −1, −1/2, 0 at 4: crossing at 4.
    expect(r.pricePoints.pme.price).toBe(4);
    expect(r.acceptableRange.definition).toBe('narrower');
  });

  it('Newton-Miller-Smith: piecewise linear in price, reach and revenue maximised at the first best price', () => {
    // One respondent: (1, 0), (2, 0.7), (4, 0.3), (5, 0). Grid {1, 2, 4, 5}: reach 0, .7, .3, 0; revenue
    // 0, 1.4, 1.2, 0. On the step-1 grid the price 3 has reach 0.5 and revenue 1.5, the best.
    const one = [{ respondentId: 'x', tooCheap: 1, cheap: 2, expensive: 4, tooExpensive: 5, likelihoodAtCheap: 5, likelihoodAtExpensive: 3 }];
    const r = vanWestendorp(one).newtonMillerSmith!;
    expect(r.price).toEqual([1, 2, 4, 5]);
    expect(r.reach.map((v) => +v.toFixed(12))).toEqual([0, 0.7, 0.3, 0]);
    expect(r.optimalReach).toEqual({ price: 2, reach: r.reach[1] });
    expect(r.optimalRevenue.price).toBe(2);
    expect(r.optimalRevenue.revenue).toBeCloseTo(1.4, 12);
    const fine = vanWestendorp(one, { interpolationStep: 1 }).newtonMillerSmith!;
    expect(fine.price).toEqual([1, 2, 3, 4, 5]);
    expect(fine.reach[2]).toBeCloseTo(0.5, 12);
    expect(fine.optimalRevenue.price).toBe(3);
    expect(fine.optimalRevenue.revenue).toBeCloseTo(1.5, 12);
    const cal = vanWestendorp(one, { calibration: [0, 0.2, 0.4, 0.6, 0.8], probabilityAtTooExpensive: 0.1 }).newtonMillerSmith!;
    expect(cal.reach.map((v) => +v.toFixed(12))).toEqual([0, 0.8, 0.4, 0.1]);
    expect(vanWestendorp(weighted).newtonMillerSmith).toBeNull();
  });

  it('Newton-Miller-Smith without too-cheap: the cheap probability holds below the cheap price', () => {
    const r = vanWestendorp([{ respondentId: 1, cheap: 2, expensive: 4, tooExpensive: 6, likelihoodAtCheap: 4, likelihoodAtExpensive: 2 }], {
      interpolationStep: 1,
    }).newtonMillerSmith!;
    expect(r.price).toEqual([2, 3, 4, 5, 6]);
    expect(r.reach.map((v) => +v.toFixed(12))).toEqual([0.5, 0.3, 0.1, 0.05, 0]);
  });
});

describe('vanWestendorp: invalid respondents', () => {
  const rows = [
    { respondentId: 'z', tooCheap: 1, cheap: 2, expensive: 3, tooExpensive: 4 },
    { respondentId: 'b', tooCheap: 2, cheap: 2, expensive: 3, tooExpensive: 4 },
    { respondentId: 'a', tooCheap: 1, cheap: 2, expensive: 5, tooExpensive: 4 },
    { respondentId: 'c', cheap: 2, expensive: 3, tooExpensive: 4 },
    { respondentId: 'd', tooCheap: 1, cheap: Number.NaN, expensive: 3, tooExpensive: 4 },
    { respondentId: 'e', tooCheap: 1, cheap: 2, expensive: 3, tooExpensive: 4, weight: -1 },
    null,
    { respondentId: 'y', tooCheap: 1, cheap: 2, expensive: 3, tooExpensive: 4 },
    { respondentId: 'y', tooCheap: 1, cheap: 2, expensive: 3, tooExpensive: 5 },
    { respondentId: true, tooCheap: 1, cheap: 2, expensive: 3, tooExpensive: 5 },
  ] as unknown as VanWestendorpResponse[];

  it('are reported with the violated inequality, sorted by respondent id, never dropped silently', () => {
    const r = vanWestendorp(rows);
    expect(r.n).toBe(1);
    expect(r.rows).toBe(10);
    expect(r.invalid.map((p) => [p.respondentId, p.index, p.field, p.inequality])).toEqual([
      [null, 6, 'row', null],
      [null, 9, 'respondentId', null],
      ['a', 2, 'tooExpensive', 'expensive < tooExpensive'],
      ['b', 1, 'cheap', 'tooCheap < cheap'],
      ['c', 3, 'tooCheap', null],
      ['d', 4, 'cheap', null],
      ['e', 5, 'weight', null],
      ['y', 7, 'respondentId', null],
      ['y', 8, 'respondentId', null],
    ]);
    expect(r.invalid[2]).toEqual({
      index: 2,
      respondentId: 'a',
      field: 'tooExpensive',
      reason: 'violates expensive < tooExpensive',
      value: { expensive: 5, tooExpensive: 4 },
      inequality: 'expensive < tooExpensive',
    });
    expect(r.invalid[4]!.reason).toBe('is missing while other respondents answered it');
    expect(r.invalid[7]!.reason).toBe('must be unique: 2 rows share it');
  });

  it("throw on the first invalid row with invalid: 'throw'", () => {
    expect(() => vanWestendorp(rows, { invalid: 'throw' })).toThrow(
      '`vanWestendorp`: `responses[1].cheap` violates tooCheap < cheap, got {"tooCheap":2,"cheap":2}',
    );
  });

  it('a likelihood answer off the scale invalidates its respondent once any respondent answered', () => {
    const r = vanWestendorp([
      { respondentId: 1, tooCheap: 1, cheap: 2, expensive: 3, tooExpensive: 4, likelihoodAtCheap: 5, likelihoodAtExpensive: 1 },
      { respondentId: 2, tooCheap: 1, cheap: 2, expensive: 3, tooExpensive: 4, likelihoodAtCheap: 6, likelihoodAtExpensive: 1 },
      { respondentId: 3, tooCheap: 1, cheap: 2, expensive: 3, tooExpensive: 4 },
    ]);
    expect(r.invalid.map((p) => [p.respondentId, p.field])).toEqual([
      ['2', 'likelihoodAtCheap'],
      ['3', 'likelihoodAtCheap'],
    ]);
    expect(r.newtonMillerSmith?.optimalReach.price).toBe(2);
  });
});

describe('vanWestendorp: argument errors', () => {
  const ok = [{ respondentId: 1, tooCheap: 1, cheap: 2, expensive: 3, tooExpensive: 4 }];
  it('reject malformed arguments and options', () => {
    expect(() => vanWestendorp(null as never)).toThrow('`vanWestendorp`: `responses` must be an array of rows, got null');
    expect(() => vanWestendorp(ok, null as never)).toThrow('`options` must be an object or undefined, got null');
    expect(() => vanWestendorp(ok, { intersection: 'first' as never })).toThrow(
      "`options.intersection` must be one of 'firstCrossing', 'interpolate', got \"first\"",
    );
    expect(() => vanWestendorp(ok, { clampEcdf: 'yes' as never })).toThrow('`options.clampEcdf` must be a boolean');
    expect(() => vanWestendorp(ok, { interpolationStep: 0 })).toThrow('`options.interpolationStep` must be a finite number > 0 or null');
    expect(() => vanWestendorp(ok, { interpolationStep: 1e-9 })).toThrow(/gives more than 5000000 grid prices/);
    expect(() => vanWestendorp(ok, { calibration: [0.5, 2] })).toThrow(/`options.calibration` must be an array/);
    expect(() => vanWestendorp(ok, { probabilityAtTooCheap: '0' as never })).toThrow(/must be a finite number >= 0 <= 1/);
    expect(codeOf(() => vanWestendorp(ok, { ties: 'mode' as never }))).toBe('INVALID_ARGUMENT');
  });
  it('empty input, no valid respondent, zero total weight', () => {
    expect(codeOf(() => vanWestendorp([]))).toBe('EMPTY_INPUT');
    expect(() => vanWestendorp([{ respondentId: 1, cheap: 3, expensive: 2, tooExpensive: 4 }])).toThrow(
      '`vanWestendorp`: `responses` must contain at least one valid respondent',
    );
    expect(codeOf(() => vanWestendorp([{ ...ok[0]!, weight: 0 }]))).toBe('UNDEFINED_RESULT');
  });
});

function responsesOf(rows: readonly (readonly (number | null)[])[]): VanWestendorpResponse[] {
  return rows.map((r, i) => ({
    respondentId: i,
    tooCheap: r[0] ?? null,
    cheap: r[1]!,
    expensive: r[2]!,
    tooExpensive: r[3]!,
    ...(r[4] === null || r[4] === undefined ? {} : { likelihoodAtCheap: r[4], likelihoodAtExpensive: r[5]! }),
  }));
}

function expectClose(got: number | null | undefined, want: number | null | undefined, label: string): void {
  if (want === null || want === undefined) {
    expect(got ?? null, label).toBeNull();
    return;
  }
  expect(got, label).not.toBeNull();
  expect(Math.abs((got as number) - want), label).toBeLessThan(1e-9);
}

describe('vanWestendorp against pricesensitivitymeter', () => {
  for (const [name, ds] of Object.entries(psmReference)) {
    const responses = responsesOf(ds.rows);
    const check = (run: PsmReferenceRun, version: string, nms: boolean): void => {
      const opts =
        version === '1.3.0'
          ? { intersection: 'firstCrossing' as const, ties: run.method, range: run.range, interpolationStep: run.interpolate ? 0.01 : null }
          : {
              intersection: 'interpolate' as const,
              clampEcdf: true,
              crossings: run.method as 'min' | 'max' | 'mean',
              range: run.range,
              interpolationStep: run.interpolate ? 0.01 : null,
            };
      const r = vanWestendorp(responses, opts);
      const label = `${name} ${version} ${run.method} ${run.range} ${run.interpolate}`;
      expectClose(r.pricePoints.pmc.price, run.pmc, `${label} pmc`);
      expectClose(r.pricePoints.pme.price, run.pme, `${label} pme`);
      expectClose(r.pricePoints.ipp.price, run.ipp, `${label} ipp`);
      expectClose(r.pricePoints.opp.price, run.opp, `${label} opp`);
      expect(r.invalid.length, label).toBe(run.invalid);
      expect(r.rows, label).toBe(run.total);
      if (nms && run.optimalReach !== undefined) {
        expectClose(r.newtonMillerSmith?.optimalReach.price, run.optimalReach, `${label} reach`);
        expectClose(r.newtonMillerSmith?.optimalRevenue.price, run.optimalRevenue, `${label} revenue`);
      }
    };
    it(`${name}: first crossing reproduces 1.3.0 (every tie rule, range and grid)`, () => {
      // 1.3.0 interpolated Newton-Miller-Smith in grid index: the same as in price only on the even 0.01 grid.
      for (const run of ds.runs['1.3.0']) check(run, '1.3.0', run.interpolate);
    });
    it(`${name}: interpolation with clamped ECDFs reproduces 1.3.3 (1.3.1 conventions)`, () => {
      for (const run of ds.runs['1.3.3']) check(run, '1.3.3', true);
    });
  }

  it('the two versions differ where the conventions matter (help example PME 14.67 vs 14.53)', () => {
    const responses = responsesOf(psmReference['helpExample']!.rows);
    expect(vanWestendorp(responses, { intersection: 'firstCrossing' }).pricePoints.pme.price).toBe(14.67);
    expect(vanWestendorp(responses, { clampEcdf: true }).pricePoints.pme.price).toBeCloseTo(14.53, 12);
  });

  it('the interpolation vignette data: intransitive respondents are reported, as the package drops them', () => {
    const r = vanWestendorp(responsesOf(psmReference['interpolationVignette']!.rows));
    expect(r.invalid.length).toBe(psmReference['interpolationVignette']!.runs['1.3.0'][0]!.invalid);
    expect(r.invalid.every((p) => p.inequality !== null)).toBe(true);
    expect(r.n + r.invalid.length).toBe(50);
  });
});

describe('vanWestendorp: properties', () => {
  const row = fc
    .record({
      a: fc.integer({ min: 1, max: 20 }),
      b: fc.integer({ min: 1, max: 10 }),
      c: fc.integer({ min: 1, max: 10 }),
      d: fc.integer({ min: 1, max: 10 }),
      w: fc.integer({ min: 1, max: 4 }),
      lc: fc.integer({ min: 1, max: 5 }),
      le: fc.integer({ min: 1, max: 5 }),
      bad: fc.boolean(),
    })
    .map(({ a, b, c, d, w, lc, le, bad }) => ({
      tooCheap: a,
      cheap: a + b,
      expensive: bad ? a : a + b + c,
      tooExpensive: a + b + c + d,
      weight: w / 2,
      likelihoodAtCheap: lc,
      likelihoodAtExpensive: le,
    }));
  const survey = fc
    .array(row, { minLength: 1, maxLength: 25 })
    .map((rs) => rs.map((r, i) => ({ respondentId: `r${i}`, ...r })))
    .filter((rs) => rs.some((r) => r.expensive > r.cheap));
  const settings = fc.record({
    intersection: fc.constantFrom('firstCrossing' as const, 'interpolate' as const),
    clampEcdf: fc.boolean(),
    range: fc.constantFrom('original' as const, 'narrower' as const),
  });

  it('do not depend on row order (apart from the reported row indices)', () => {
    fc.assert(
      fc.property(survey, settings, fc.integer(), (rows, opts, seed) => {
        const shuffled = rows.map((r, i) => ({ r, k: Math.sin(seed + i * 7.1) })).sort((x, y) => x.k - y.k).map((x) => x.r);
        const a = vanWestendorp(rows, opts);
        const b = vanWestendorp(shuffled, opts);
        const strip = (r: typeof a) => ({ ...r, invalid: r.invalid.map((p) => ({ ...p, index: 0 })) });
        expect(strip(b)).toEqual(strip(a));
      }),
      { numRuns: 50 },
    );
  });

  it('do not mutate the input, report the point order without forcing it, and stay JSON-clean', () => {
    fc.assert(
      fc.property(survey, settings, (rows, opts) => {
        const frozen = deepFreeze(structuredClone(rows));
        const r = vanWestendorp(frozen, opts);
        expect(frozen).toEqual(rows);
        const { pmc, pme } = r.pricePoints;
        expect(r.acceptableRange.lower).toBe(pmc.price);
        expect(r.acceptableRange.upper).toBe(pme.price);
        expect(r.ordering.pmcAtMostPme).toBe(pmc.price === null || pme.price === null ? null : pmc.price <= pme.price);
        expect(JSON.parse(JSON.stringify(r))).toEqual(r);
        for (const v of r.newtonMillerSmith!.reach) expect(v >= 0 && v <= 1).toBe(true);
      }),
      { numRuns: 50 },
    );
  });
});
