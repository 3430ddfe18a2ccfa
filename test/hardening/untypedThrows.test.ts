// Issue 12, item 6 (R13): public functions answer malformed input with a typed ClienteleError naming the
// function, the argument, the rule and the value, never a TypeError or RangeError. Core kernels never throw:
// there malformed input gives NaN, as documented.
import { describe, expect, it } from 'vitest';
import { bgBb } from '../../src/clv/bgBb/index';
import { shiftedBetaGeometric } from '../../src/clv/shiftedBetaGeometric/index';
import { holdoutAccuracy } from '../../src/clv/evaluation/holdoutAccuracy';
import { repeatCountComparison } from '../../src/clv/evaluation/repeatCountComparison';
import { variance } from '../../src/core/stats/variance';
import { quantile } from '../../src/core/stats/quantile';
import { weightedVariance } from '../../src/core/stats/weightedVariance';
import { nps } from '../../src/satisfaction/nps';
import { csat } from '../../src/satisfaction/csat';
import { ces } from '../../src/satisfaction/ces';
import { npsDifference } from '../../src/satisfaction/npsDifference';
import { acsiModel } from '../../src/satisfaction/pls/acsiModel';
import { ecsiModel } from '../../src/satisfaction/pls/ecsiModel';
import { bootstrapPlsPathModel } from '../../src/satisfaction/pls/bootstrapPlsPathModel';
import { plsPathModel } from '../../src/satisfaction/pls/plsPathModel';
import { htmt } from '../../src/satisfaction/pls/htmt';
import { compositeReliability } from '../../src/satisfaction/pls/compositeReliability';
import { averageVarianceExtracted } from '../../src/satisfaction/pls/averageVarianceExtracted';
import { satisfactionIndex } from '../../src/satisfaction/pls/satisfactionIndex';
import { importancePerformanceMap } from '../../src/satisfaction/pls/importancePerformanceMap';
import { readMobiRows } from '../satisfaction/pls/mobiFixture';
import { errorOf } from './errorOf';

describe('null options', () => {
  it('are refused by the public functions, naming options', () => {
    const cases: [() => unknown, string][] = [
      [() => holdoutAccuracy([1, 2], [1, 2], null as never), 'holdoutAccuracy'],
      [() => repeatCountComparison([{ frequency: 0, T: 30 }], () => 0.5, null as never), 'repeatCountComparison'],
      [() => acsiModel(null as never), 'acsiModel'],
      [() => ecsiModel(null as never), 'ecsiModel'],
      [() => nps([10, 9], null as never), 'nps'],
      [() => csat([5, 4], null as never), 'csat'],
      [() => ces([5, 4], null as never), 'ces'],
      [() => npsDifference([10], [9], null as never), 'npsDifference'],
    ];
    for (const [f, fn] of cases) {
      const e = errorOf(f);
      expect([e.code, e.fn, e.argument, e.value]).toEqual(['INVALID_ARGUMENT', fn, 'options', null]);
    }
  });

  it('give NaN from the core kernels, which never throw', () => {
    expect(variance([1, 2, 3], null as never)).toBeNaN();
    expect(quantile([1, 2, 3], 0.5, null as never)).toBeNaN();
    expect(weightedVariance([1, 2, 3], [1, 1, 1], null as never)).toBeNaN();
    expect(variance(null as never)).toBeNaN();
    expect(quantile(undefined as never, 0.5)).toBeNaN();
    expect(variance([1, 2, 3])).toBe(1);
  });
});

describe('BigInt answers', () => {
  it('are invalid answers, not a TypeError', () => {
    const e = errorOf(() => nps([10, 9, 1n as never]));
    expect(e.message).toBe('`nps`: `scores[2]` must be an integer 0-10, got 1n');
    expect(nps([10, 9, 1n as never], { invalid: 'reject' }).rejected).toEqual([{ index: 2, value: 1n, reason: 'must be an integer 0-10' }]);
    expect(errorOf(() => nps([10, 9], { weights: [1, 1n as never] })).argument).toBe('options.weights[1]');
    expect(errorOf(() => npsDifference([10, 9], [9, 1n as never], { paired: true })).argument).toBe('second[1]');
  });
});

describe('counts that would overflow an array', () => {
  it('are refused with the supported range', () => {
    expect(errorOf(() => bgBb.probabilityOfPurchases({ alpha: 1.2, beta: 0.75, gamma: 0.66, delta: 2.78 }, 2, 1e308)).argument).toBe('n');
    expect(errorOf(() => repeatCountComparison([{ frequency: 0, T: 30 }], () => 0.5, { maxCount: 1e308 })).argument).toBe('options.maxCount');
    const rows = readMobiRows();
    const e = errorOf(() => bootstrapPlsPathModel(rows, ecsiModel(), { seed: 1, resamples: 1e308 }));
    expect(e.message).toBe('`bootstrapPlsPathModel`: `options.resamples` must be an integer 2-100000, got 1e+308');
  });
});

describe('sparse arrays', () => {
  it('are refused where forEach used to skip their holes', () => {
    const R = [
      [1, 0.5, 0.4, 0.3],
      [0.5, 1, 0.3, 0.2],
      [0.4, 0.3, 1, 0.6],
      [0.3, 0.2, 0.6, 1],
    ];
    // eslint-disable-next-line no-sparse-arrays
    expect(errorOf(() => htmt([R[0], , R[2], R[3]] as never, [[0, 1], [2, 3]])).argument).toBe('correlations[1]');
    // eslint-disable-next-line no-sparse-arrays
    expect(errorOf(() => htmt(R, [[0, 1], , [2, 3]] as never)).argument).toBe('blocks[1]');
    // eslint-disable-next-line no-sparse-arrays
    expect(errorOf(() => htmt(R, [[0, , 1], [2, 3]] as never)).argument).toBe('blocks[0][1]');
    // eslint-disable-next-line no-sparse-arrays
    expect(errorOf(() => compositeReliability([0.9, , 0.8] as never)).argument).toBe('loadings[1]');
    // eslint-disable-next-line no-sparse-arrays
    expect(errorOf(() => averageVarianceExtracted([0.9, , 0.8] as never)).argument).toBe('loadings[1]');
  });
});

describe('malformed model objects and partial fits', () => {
  const fit = plsPathModel(readMobiRows(), ecsiModel());
  const scale = { min: 1, max: 10 };

  it('satisfactionIndex names the missing part of the fit', () => {
    for (const part of ['conventions', 'unstandardizedWeights', 'itemStatistics'] as const) {
      const { [part]: _dropped, ...partial } = fit;
      const e = errorOf(() => satisfactionIndex(partial as never, { scale }));
      expect([e.code, e.fn, e.argument]).toEqual(['INVALID_ARGUMENT', 'satisfactionIndex', `fit.${part}`]);
    }
    const noMean = { ...fit, itemStatistics: {} };
    expect(errorOf(() => satisfactionIndex(noMean, { scale })).argument).toMatch(/^fit\.itemStatistics\./);
  });

  it('importancePerformanceMap names the missing part of the fit', () => {
    for (const part of ['unstandardizedWeights', 'itemStatistics'] as const) {
      const { [part]: _dropped, ...partial } = fit;
      const e = errorOf(() => importancePerformanceMap(partial as never, { target: 'Loyalty', scale }));
      expect([e.fn, e.argument]).toEqual(['importancePerformanceMap', `fit.${part}`]);
    }
  });

  it('a model member called without its function name names itself', () => {
    expect(errorOf(() => bgBb.validateParams(undefined as never, undefined as never)).message).toBe(
      '`bgBb.validateParams`: `params` must be an object { alpha, beta, gamma, delta }, got undefined',
    );
    expect(errorOf(() => shiftedBetaGeometric.validateParams(undefined as never, undefined as never)).fn).toBe(
      'shiftedBetaGeometric.validateParams',
    );
  });
});

describe('core statistics kernels never throw', () => {
  it('give NaN for a missing array, a BigInt or a hole, where they threw a TypeError', async () => {
    const { mean } = await import('../../src/core/stats/mean');
    const { median } = await import('../../src/core/stats/median');
    const { neumaierSum } = await import('../../src/core/stats/neumaierSum');
    const { weightedMean } = await import('../../src/core/stats/weightedMean');
    const { correlation } = await import('../../src/core/stats/correlation');
    const { logSumExp } = await import('../../src/core/special/logSumExp');
    for (const bad of [null, undefined, 'abc', [1n, 2n, 3n]] as never[]) {
      expect(mean(bad)).toBeNaN();
      expect(median(bad)).toBeNaN();
      expect(neumaierSum(bad)).toBeNaN();
      expect(weightedMean(bad, [1, 1, 1])).toBeNaN();
      expect(correlation(bad, [1, 2, 3])).toBeNaN();
      expect(logSumExp(bad)).toBeNaN();
      expect(variance(bad)).toBeNaN();
      expect(quantile(bad, 0.5)).toBeNaN();
    }
    // eslint-disable-next-line no-sparse-arrays
    expect(median([1, , 3] as never)).toBeNaN();
    expect(mean([1, 2, 3])).toBe(2);
  });
});

describe('model members given hand-made data', () => {
  it('logLikelihood and startingPoints name the malformed part', () => {
    const params = { alpha: 1.2, beta: 0.75, gamma: 0.66, delta: 2.78 };
    expect(errorOf(() => bgBb.logLikelihood(params, null as never)).argument).toBe('data');
    expect(errorOf(() => bgBb.logLikelihood(params, { columns: {}, weights: [1], rows: 1, total: 1 } as never)).argument).toBe(
      'data.columns.frequency',
    );
    expect(errorOf(() => bgBb.logLikelihood(null as never, bgBb.compress([{ frequency: 1, recency: 1, n: 2 }], 'f'))).argument).toBe('params');
    expect(errorOf(() => shiftedBetaGeometric.startingPoints('abc' as never)).argument).toBe('data');
    expect(Number.isFinite(bgBb.logLikelihood(params, bgBb.compress([{ frequency: 1, recency: 1, n: 2 }], 'f')))).toBe(true);
  });
});
