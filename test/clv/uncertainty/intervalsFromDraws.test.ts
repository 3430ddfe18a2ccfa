/**
 * intervalsFromDraws. Reference: the same definition by brute force (the prediction at every draw of
 * `drawParameters` with the same seed, then type-7 quantiles by `core/stats/quantile`), exactly. Coverage:
 * sBG survival to year 10 from 40 simulated cohorts of 1,000 observed 5 years, within a binomial band.
 * Shapes (number, list, named), reproducibility, and refusals naming the draw and the output.
 */
import { describe, expect, it } from 'vitest';
import { drawParameters } from '../../../src/clv/drawParameters';
import { fitModel } from '../../../src/clv/fitModel';
import { intervalsFromDraws } from '../../../src/clv/intervalsFromDraws';
import { shiftedBetaGeometric } from '../../../src/clv/shiftedBetaGeometric/index';
import { quantile } from '../../../src/core/stats/quantile';
import { simulateShiftedBetaGeometric } from '../../../src/testing/simulateShiftedBetaGeometric';
import { errorOf } from '../../errorOf';

const truth = { alpha: 0.7, beta: 1.2 };
const fit = fitModel(shiftedBetaGeometric, [1000, 631, 468, 382, 326]);
const years = [5, 6, 7, 8, 9, 10];
/** Equal up to the rounding of the type-7 interpolation (selection and sorting may round its last bit apart). */
const close = (a: number, b: number) => expect(Math.abs(a - b)).toBeLessThanOrEqual(1e-14 * Math.abs(b));

describe('intervalsFromDraws', () => {
  it('equals the brute-force quantiles of the prediction over the same draws, in the prediction shape', () => {
    const r = intervalsFromDraws(fit, (p) => shiftedBetaGeometric.survival(p, years), { draws: 500, seed: 3 });
    const draws = drawParameters(fit, { draws: 500, seed: 3 });
    const curves = draws.columns.alpha.map((alpha, d) => shiftedBetaGeometric.survival({ alpha, beta: draws.columns.beta[d]! }, years));
    expect(r.intervals).toHaveLength(years.length);
    years.forEach((_, k) => {
      const values = curves.map((c) => c[k]!);
      close(r.intervals[k]!.lower, quantile(values, 0.05));
      close(r.intervals[k]!.upper, quantile(values, 0.95));
      expect(r.intervals[k]!.estimate).toBe(shiftedBetaGeometric.survival(fit.params, years[k]!));
    });
    expect(r.settings).toEqual({ model: 'shiftedBetaGeometric', level: 0.9, method: 'parameters', draws: 500, seed: 3, held: [] });
    expect(Object.keys(r.parameters)).toEqual(['alpha', 'beta']);

    const one = intervalsFromDraws(fit, (p) => shiftedBetaGeometric.discountedExpectedLifetime(p, 0.1), { draws: 500, seed: 3, level: 0.8 });
    const lifetimes = draws.columns.alpha.map((alpha, d) => shiftedBetaGeometric.discountedExpectedLifetime({ alpha, beta: draws.columns.beta[d]! }, 0.1));
    close(one.intervals.lower, quantile(lifetimes, 0.1));
    close(one.intervals.upper, quantile(lifetimes, 0.9));
    const named = intervalsFromDraws(fit, (p) => ({ lifetime: shiftedBetaGeometric.discountedExpectedLifetime(p, 0.1), year10: shiftedBetaGeometric.survival(p, 10) }), { draws: 500, seed: 3, level: 0.8 });
    expect(named.intervals.lifetime).toEqual(one.intervals);
    expect(Object.keys(named.intervals)).toEqual(['lifetime', 'year10']);
    expect(intervalsFromDraws(fit, (p) => p.alpha, { draws: 500, seed: 3 }).intervals).toEqual(r.parameters.alpha);
  });

  it('covers the true year-10 survival about 90 % of the time over 40 simulated cohorts', () => {
    const R = 40;
    const year10 = shiftedBetaGeometric.survival(truth, 10);
    let covered = 0;
    for (let s = 0; s < R; s++) {
      const cohort = simulateShiftedBetaGeometric(truth, { cohortSize: 1000, periods: 5, seed: 500 + s });
      const f = fitModel(shiftedBetaGeometric, cohort);
      const q = intervalsFromDraws(f, (p) => shiftedBetaGeometric.survival(p, 10), { draws: 400, seed: s }).intervals;
      if (q.lower <= year10 && year10 <= q.upper) covered++;
    }
    // 0.9 − 3 √(0.09 / 40) = 0.76: at least 31 of 40.
    expect(covered).toBeGreaterThanOrEqual(31);
  });

  it('refuses a prediction that changes shape or is not finite, naming the draw', () => {
    let calls = 0;
    const changing = errorOf(() => intervalsFromDraws(fit, () => (calls++ === 3 ? [1, 2] : [1, 2, 3]), { draws: 10 }));
    expect(changing.code).toBe('INVALID_ARGUMENT');
    expect(changing.message).toContain('a list of 3 at the estimate');
    expect(changing.message).toContain('a list of 2 at draw 2');
    const infinite = errorOf(() => intervalsFromDraws(fit, (p) => (p.alpha > fit.params.alpha ? Number.POSITIVE_INFINITY : 1), { draws: 50 }));
    expect(infinite.code).toBe('UNDEFINED_RESULT');
    expect(infinite.message).toMatch(/at draw \d+/);
    expect(errorOf(() => intervalsFromDraws(fit, () => ['x'] as never)).message).toContain('must return numbers (position 0 at the estimate)');
    expect(errorOf(() => intervalsFromDraws(fit, () => 'x' as never)).message).toContain('must return a number, an array of numbers or an object of numbers');
    expect(errorOf(() => intervalsFromDraws(fit, () => [] as number[])).message).toContain('at least one number');
    expect(errorOf(() => intervalsFromDraws(fit, 3 as never)).message).toContain('`predict`');
    expect(errorOf(() => intervalsFromDraws(fit, (p) => p.alpha, { level: 1 })).message).toContain('options.level');
    expect(errorOf(() => intervalsFromDraws(fit, () => new Array<number>(30_000).fill(1), { draws: 1000 })).message).toContain('options.draws');
  });
});
