// Reference values: the Kano evaluation table of Berger et al. (1993) (as in handbook §7), coefficient
// and strength formulas of Berger et al. (1993) and Lee & Newcomb (1997), Fong's (1996) criterion, all
// hand-computed on small answer sets.
import { describe, expect, it } from 'vitest';
import { kano } from '../../src/satisfaction/kano';
import { kanoCategory, type KanoAnswer } from '../../src/satisfaction/kanoCategory';

const ANSWERS = ['like', 'must-be', 'neutral', 'live-with', 'dislike'] as const;
const TABLE = ['QAAAO', 'RIIIM', 'RIIIM', 'RIIIM', 'RRRRQ'];

describe('kanoCategory', () => {
  it('reproduces every cell of the evaluation table, by word and by number', () => {
    ANSWERS.forEach((f, i) =>
      ANSWERS.forEach((d, j) => {
        const expected = (TABLE[i] as string)[j];
        expect(kanoCategory(f, d)).toBe(expected);
        expect(kanoCategory((i + 1) as KanoAnswer, (j + 1) as KanoAnswer)).toBe(expected);
      }),
    );
  });
  it('throws on an unknown answer', () => {
    expect(() => kanoCategory('love' as KanoAnswer, 'like')).toThrowErrorMatchingInlineSnapshot(`[InvalidArgumentError: \`kanoCategory\`: \`functional\` must be 'like', 'must-be', 'neutral', 'live-with', 'dislike' or 1-5, got "love"]`);
  });
});

describe('kano', () => {
  it('counts, category, better/worse, strengths and Fong', () => {
    // 6 O (like/dislike), 2 A (like/neutral), 1 M (neutral/dislike), 1 Q (like/like).
    const functional: KanoAnswer[] = ['like', 'like', 'like', 'like', 'like', 'like', 'like', 'like', 'neutral', 'like'];
    const dysfunctional: KanoAnswer[] = ['dislike', 'dislike', 'dislike', 'dislike', 'dislike', 'dislike', 'neutral', 'neutral', 'dislike', 'like'];
    const [r] = kano([{ name: 'speed', functional, dysfunctional }]);
    expect(r?.counts).toEqual({ A: 2, O: 6, M: 1, I: 0, R: 0, Q: 1 });
    expect(r?.category).toBe('O');
    expect(r?.tiedWith).toEqual([]);
    expect(r?.better).toBeCloseTo(8 / 9, 14);
    expect(r?.worse).toBeCloseTo(-7 / 9, 14);
    expect(r?.totalStrength).toBeCloseTo(0.9, 14);
    expect(r?.categoryStrength).toBeCloseTo(0.4, 14);
    // |6 − 2| = 4 ≥ 1.65 √(8 · 12 / 20) = 3.615: significant.
    expect(r?.fongSignificant).toBe(true);
    expect(r?.questionableShare).toBeCloseTo(0.1, 14);
    expect(r?.questionableFlag).toBe(true);
  });

  it('breaks ties M > O > A > I and reports them', () => {
    const [r] = kano([
      { name: 'x', functional: ['like', 'like', 'neutral', 'neutral'], dysfunctional: ['neutral', 'dislike', 'dislike', 'neutral'] },
    ]);
    // A, O, M, I once each.
    expect(r?.category).toBe('M');
    expect(r?.tiedWith).toEqual(['O', 'A', 'I']);
    expect(r?.fongSignificant).toBe(false);
  });

  it('rejects invalid answers with the respondent index, or throws naming feature and respondent', () => {
    const features = [{ name: 'x', functional: ['like', 'meh', 'like'] as KanoAnswer[], dysfunctional: ['dislike', 'like', 'dislike'] as KanoAnswer[] }];
    const [r] = kano(features, { invalid: 'reject' });
    expect(r?.n).toBe(2);
    expect(r?.rejected[0]?.index).toBe(1);
    expect(() => kano(features)).toThrow(/`features\[0\]\.functional\[1\]`/);
  });

  it('better and worse are null without A, O, M or I answers', () => {
    const [r] = kano([{ name: 'odd', functional: ['dislike'], dysfunctional: ['like'] }]);
    expect(r?.category).toBe('R');
    expect(r?.better).toBeNull();
    expect(r?.worse).toBeNull();
  });
});
