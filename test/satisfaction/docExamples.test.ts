// The printed values of the @example blocks in src/satisfaction/*.ts (part A), so the documentation
// cannot drift from the code.
import { describe, expect, it } from 'vitest';
import { allocateStrata } from '../../src/satisfaction/allocateStrata';
import { ces } from '../../src/satisfaction/ces';
import { cronbachAlpha } from '../../src/satisfaction/cronbachAlpha';
import { csat } from '../../src/satisfaction/csat';
import { designEffect } from '../../src/satisfaction/designEffect';
import { disconfirmation } from '../../src/satisfaction/disconfirmation';
import { importancePerformance } from '../../src/satisfaction/importancePerformance';
import { kano } from '../../src/satisfaction/kano';
import { kanoCategory } from '../../src/satisfaction/kanoCategory';
import { keyDrivers } from '../../src/satisfaction/keyDrivers';
import { marginOfError } from '../../src/satisfaction/marginOfError';
import { nps } from '../../src/satisfaction/nps';
import { npsDifference } from '../../src/satisfaction/npsDifference';
import { rakeWeights } from '../../src/satisfaction/rakeWeights';
import { sampleSizeMean } from '../../src/satisfaction/sampleSizeMean';
import { responseRates } from '../../src/satisfaction/responseRates';
import { sampleSizeProportion } from '../../src/satisfaction/sampleSizeProportion';
import { servqual } from '../../src/satisfaction/servqual';

describe('doc examples (satisfaction part A)', () => {
  it('nps', () => {
    const r = nps([10, 9, 9, 8, 7, 6, 3, 10, 9, 5]);
    expect(r.score).toBe(20);
    expect(r.counts).toEqual({ promoters: 5, passives: 2, detractors: 3 });
    expect(r.standardError.toFixed(2)).toBe('27.57');
    expect(r.wald.lower.toFixed(2)).toBe('-34.03');
    expect(nps([10, 0, 7], { groups: ['north', 'south', 'north'] }).groups.map((g) => g.result.score)).toEqual([50, -100]);
    expect(nps([10, 11, 0], { invalid: 'reject' }).rejected).toEqual([{ index: 1, value: 11, reason: 'must be an integer 0-10' }]);
  });
  it('npsDifference', () => {
    const d = npsDifference([10, 10, 9, 8, 3], [10, 6, 5, 8, 3]);
    expect(d.difference).toBe(80);
    expect(d.standardError.toFixed(2)).toBe('50.60');
    expect(d.pValue.toFixed(3)).toBe('0.114');
    expect(npsDifference([10, 9, 9], [9, 9, 6], { paired: true }).difference.toFixed(2)).toBe('66.67');
  });
  it('csat and ces', () => {
    const r = csat([5, 4, 4, 3, 2, 5, 1, 4]);
    expect(r.topBoxShare).toBe(0.625);
    expect(r.mean).toBe(3.5);
    expect(r.wilson.lower.toFixed(3)).toBe('0.306');
    expect(csat([7, 6, 3], { scale: { min: 1, max: 7 }, topBoxFrom: 6 }).topBoxShare.toFixed(3)).toBe('0.667');
    const c = ces([7, 6, 5, 4, 2, 7]);
    expect(c.mean.toFixed(3)).toBe('5.167');
    expect(c.easyShare.toFixed(3)).toBe('0.667');
    expect(c.difficultShare.toFixed(3)).toBe('0.167');
    expect(ces([1, 2, 5], { version: '1.0' }).conventions.direction).toBe('lower-is-easier');
  });
  it('cronbachAlpha', () => {
    const r = cronbachAlpha([
      [1, 2, 3, 4, 5],
      [2, 2, 3, 5, 5],
      [1, 3, 3, 4, 4],
    ]);
    expect(r.alpha.toFixed(4)).toBe('0.9538');
    expect(r.alphaIfItemDeleted.map((a) => a?.toFixed(3))).toEqual(['0.882', '0.933', '0.968']);
    expect(r.interval.lower.toFixed(3)).toBe('0.766');
  });
  it('survey design', () => {
    expect(designEffect([1, 1, 1, 1]).designEffect).toBe(1);
    const d = designEffect([1, 2, 3, 4]);
    expect(d.designEffect).toBe(1.2);
    expect(d.effectiveSampleSize.toFixed(3)).toBe('3.333');
    expect(sampleSizeProportion({ marginOfError: 0.05 }).n).toBe(385);
    expect(sampleSizeProportion({ marginOfError: 0.05, populationSize: 2000 }).n).toBe(323);
    expect(sampleSizeProportion({ marginOfError: 0.03, proportion: 0.2, confidenceLevel: 0.9 }).n).toBe(481);
    expect(sampleSizeMean({ marginOfError: 0.1, standardDeviation: 1 }).n).toBe(385);
    expect(sampleSizeMean({ marginOfError: 0.1, standardDeviation: 1, populationSize: 500 }).n).toBe(218);
    expect(marginOfError({ n: 385 }).marginOfError.toFixed(4)).toBe('0.0499');
    expect(marginOfError({ n: 323, populationSize: 2000 }).marginOfError.toFixed(4)).toBe('0.0499');
    expect(marginOfError({ n: 100, standardDeviation: 2 }).marginOfError.toFixed(3)).toBe('0.392');
    const strata = [
      { name: 'small', size: 6000, standardDeviation: 1 },
      { name: 'medium', size: 3000, standardDeviation: 2 },
      { name: 'large', size: 1000, standardDeviation: 4 },
    ];
    expect(allocateStrata(strata, 400).strata.map((s) => s.n)).toEqual([240, 120, 40]);
    expect(allocateStrata(strata, 400, { method: 'neyman' }).strata.map((s) => s.n)).toEqual([150, 150, 100]);
    const r = rakeWeights(
      { region: ['n', 'n', 'n', 's'], size: ['big', 'small', 'small', 'small'] },
      { region: { n: 2.5, s: 1.5 }, size: { big: 1.5, small: 2.5 } },
    );
    expect(r.converged).toBe(true);
    expect(r.weights.map((w) => w.toFixed(3))).toEqual(['1.500', '0.500', '0.500', '1.500']);
    expect(r.designEffect.toFixed(3)).toBe('1.250');
    const rr = responseRates([
      { mode: 'mail', stratum: 'small', responded: true },
      { mode: 'mail', stratum: 'large', responded: false },
      { mode: 'telephone', stratum: 'large', responded: true },
      { mode: 'focus-group', responded: true },
    ]);
    expect(rr.overall.rate).toBe(0.75);
    expect(rr.projectable?.rate.toFixed(3)).toBe('0.667');
  });
  it('kano, servqual, IPA, drivers, disconfirmation', () => {
    expect(kanoCategory('like', 'dislike')).toBe('O');
    expect(kanoCategory('neutral', 'dislike')).toBe('M');
    expect(kanoCategory(1, 3)).toBe('A');
    const [wifi] = kano([
      {
        name: 'wifi',
        functional: ['like', 'like', 'neutral', 'like', 'must-be'],
        dysfunctional: ['dislike', 'neutral', 'dislike', 'dislike', 'dislike'],
      },
    ]);
    expect(wifi?.category).toBe('M');
    expect(wifi?.tiedWith).toEqual(['O']);
    expect(wifi?.counts.O).toBe(2);
    expect(wifi?.better).toBe(0.6);
    expect(wifi?.worse).toBe(-0.8);
    const s = servqual(
      { expectations: [[7, 6], [6, 6], [7, 7]], perceptions: [[5, 6], [6, 4], [6, 5]] },
      { dimensions: { reliability: [0], empathy: [1] } },
    );
    expect(s.dimensions.map((d) => d.gap.mean)).toEqual([-1, -1.3333333333333333]);
    expect(s.unweighted.mean.toFixed(3)).toBe('-1.167');
    const ipa = importancePerformance([
      { name: 'price', importance: 6.5, performance: 4.1 },
      { name: 'speed', importance: 6.1, performance: 5.9 },
      { name: 'decor', importance: 3.2, performance: 6.0 },
      { name: 'parking', importance: 3.9, performance: 3.5 },
    ]);
    expect(ipa.crosshair).toEqual({ method: 'mean', importance: 4.925, performance: 4.875 });
    expect(ipa.attributes.map((a) => a.quadrant)).toEqual(['concentrate-here', 'keep-up-the-good-work', 'possible-overkill', 'low-priority']);
    const k = keyDrivers([3, 5, 4, 6, 8, 7], { staff: [1, 3, 2, 4, 5, 5], price: [2, 2, 3, 3, 5, 4] });
    expect(k.rSquared.toFixed(4)).toBe('0.9823');
    expect(k.drivers.map((d) => d.shapley?.toFixed(4))).toEqual(['0.5960', '0.3864']);
    expect(k.drivers.map((d) => d.relativeWeight.toFixed(4))).toEqual(['0.5960', '0.3864']);
    const dc = disconfirmation({ expectations: [5, 6, 4, 7], perceptions: [6, 6, 5, 5] });
    expect(dc.gaps).toEqual([1, 0, 1, -2]);
    expect(dc.categories).toEqual(['exceeded', 'met', 'exceeded', 'fell-short']);
    expect(dc.meanGap.mean).toBe(0);
  });
});
