import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { AttentionSurveyResponse } from '../../src/loyalty/brandAttention';
import { competitorAttitude } from '../../src/loyalty/competitorAttitude';

const options = {
  brands: { ours: 'rankUs', competitors: ['rankX', 'rankY'], answers: 'rank' as const },
  switching: [
    { item: 'switchLikely', min: 1, max: 5, higherMeans: 'switch' as const },
    { item: 'wouldStay', min: 0, max: 10, higherMeans: 'stay' as const },
  ],
};
const responses: AttentionSurveyResponse[] = [
  { respondentId: 'a', answers: { rankUs: 2, rankX: 1, rankY: 3, switchLikely: 2, wouldStay: 10 } },
  { respondentId: 'b', answers: { rankUs: 1, switchLikely: true } }, // sole brand; says yes to switching
  { respondentId: 'c', answers: { rankUs: 1, rankX: 1, wouldStay: 5 } }, // tie with X
  { respondentId: 'd', answers: { rankX: 1, switchLikely: 9 } }, // our brand missing; 9 off the scale
];

describe('competitorAttitude', () => {
  it('scales relative attitude and switching intent to [0, 1], higher = more favourable to us', () => {
    const r = competitorAttitude(responses, options);
    expect(r.respondents).toEqual([
      // rank 2 of 3 -> 0.5; switching: (1 − 1/4 + 1) / 2 = 0.875; attitude (0.5 + 0.875) / 2
      { customerId: 'a', usedBrands: 3, ourRank: 2, relativeAttitude: 0.5, switching: 0.875, attitude: 0.6875, multiSourcing: true, missing: [] },
      { customerId: 'b', usedBrands: 1, ourRank: 1, relativeAttitude: 1, switching: 0, attitude: 0.5, multiSourcing: false, missing: ['wouldStay'] },
      // tied first of 2: mid-rank 1.5 -> 0.5
      { customerId: 'c', usedBrands: 2, ourRank: 1.5, relativeAttitude: 0.5, switching: 0.5, attitude: 0.5, multiSourcing: true, missing: ['switchLikely'] },
      { customerId: 'd', usedBrands: null, ourRank: null, relativeAttitude: null, switching: null, attitude: null, multiSourcing: null, missing: ['rankUs', 'switchLikely', 'wouldStay'] },
    ]);
    expect(r.rejected).toEqual([{ index: 3, field: 'answers.switchLikely', reason: 'must be a number 1-5 or a boolean', value: 9 }]);
    expect(r.population).toEqual({ respondents: 4, meanAttitude: (0.6875 + 0.5 + 0.5) / 3, meanRelativeAttitude: 2 / 3, meanSwitching: 1.375 / 3, multiSourcingShare: 2 / 3 });
    expect(r.settings.orientation).toBe('higher = more favourable to us, on [0, 1]');
  });

  it('ranks ratings (higher = better) and applies component weights', () => {
    const r = competitorAttitude([{ respondentId: 1, answers: { us: 9, x: 7, y: 8, leave: 1 } }], {
      brands: { ours: 'us', competitors: ['x', 'y'], answers: 'score' },
      switching: [{ item: 'leave', min: 1, max: 5, higherMeans: 'switch' }],
      weights: { relative: 3, switching: 1 },
    });
    expect(r.respondents[0]).toMatchObject({ ourRank: 1, relativeAttitude: 1, switching: 1, attitude: 1 });
    const s = competitorAttitude([{ respondentId: 1, answers: { us: 7, x: 9, leave: 5 } }], {
      brands: { ours: 'us', competitors: ['x'], answers: 'score' },
      switching: [{ item: 'leave', min: 1, max: 5, higherMeans: 'switch' }],
      weights: { relative: 3, switching: 1 },
    });
    expect(s.respondents[0]).toMatchObject({ relativeAttitude: 0, switching: 0, attitude: 0 });
  });

  it('rejects duplicated respondents and bad rows, leaving the others unchanged', () => {
    const bad = [...responses, { respondentId: 'a', answers: { rankUs: 1 } }, { respondentId: 'e', answers: null }] as AttentionSurveyResponse[];
    const r = competitorAttitude(bad, options);
    expect(r.rejected.map((x) => [x.index, x.field])).toEqual([
      [0, 'respondentId'],
      [3, 'answers.switchLikely'],
      [4, 'respondentId'],
      [5, 'answers'],
    ]);
    const clean = competitorAttitude(responses, options);
    expect(r.respondents).toEqual(clean.respondents.filter((x) => x.customerId !== 'a'));
  });

  it('does not depend on row order and does not mutate its input', () => {
    fc.assert(
      fc.property(fc.shuffledSubarray(responses, { minLength: 4, maxLength: 4 }), (shuffled) => {
        const frozen = Object.freeze(shuffled.map((x) => Object.freeze({ ...x, answers: Object.freeze({ ...x.answers }) })));
        const got = competitorAttitude(frozen, options);
        const want = competitorAttitude(responses, options);
        expect({ ...got, rejected: [] }).toEqual({ ...want, rejected: [] });
        // the bad answer is reported at its row, wherever that row is
        expect(got.rejected).toEqual([{ ...want.rejected[0], index: frozen.findIndex((x) => x.respondentId === 'd') }]);
      }),
      { numRuns: 50 },
    );
  });

  it('checks its options', () => {
    expect(() => competitorAttitude(responses, {})).toThrow(/`competitorAttitude`: `options` must give brands or switching items/);
    expect(() => competitorAttitude(responses, { brands: { ours: 'us', competitors: [], answers: 'rank' } })).toThrow(/options.brands.competitors/);
    expect(() => competitorAttitude(responses, { switching: [{ item: 'q', min: 5, max: 1, higherMeans: 'switch' }] })).toThrow(/options.switching\[0\].max/);
    expect(() => competitorAttitude(responses, { ...options, weights: { relative: 0, switching: 0 } })).toThrow(/must not both be 0/);
    expect(() => competitorAttitude([], options)).toThrow(/`responses` must not be empty/);
  });
});
