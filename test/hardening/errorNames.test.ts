// Issue 12, item 7 (R15): an error names the public function that was called and the argument as the
// caller wrote it, not a helper it delegated to.
import { describe, expect, it } from 'vitest';
import { bgBb } from '../../src/clv/bgBb/index';
import { bgNbd } from '../../src/clv/bgNbd/index';
import { customerLifetimeValue } from '../../src/clv/customerLifetimeValue';
import { npsDifference } from '../../src/satisfaction/npsDifference';
import { bootstrapPlsPathModel } from '../../src/satisfaction/pls/bootstrapPlsPathModel';
import { ecsiModel } from '../../src/satisfaction/pls/ecsiModel';
import { readMobiRows } from '../satisfaction/pls/mobiFixture';
import { errorOf } from './errorOf';

describe('npsDifference says which sample', () => {
  it('an invalid answer in the second sample is `second[i]` of npsDifference', () => {
    expect(errorOf(() => npsDifference([10, 9], [9, 11])).message).toBe('`npsDifference`: `second[1]` must be an integer 0-10, got 11');
    expect(errorOf(() => npsDifference([12, 9], [9, 10])).argument).toBe('first[0]');
  });

  it('weights and empty samples too', () => {
    const e = errorOf(() => npsDifference([10, 9], [9, 10], { secondWeights: [1, -1] }));
    expect([e.fn, e.argument]).toEqual(['npsDifference', 'options.secondWeights[1]']);
    const f = errorOf(() => npsDifference([10, 9], [11, 12], { invalid: 'reject' }));
    expect([f.code, f.fn, f.argument]).toEqual(['EMPTY_INPUT', 'npsDifference', 'second']);
    const g = errorOf(() => npsDifference([10, 9], [9, 10], { firstWeights: [0, 0] }));
    expect([g.code, g.fn]).toEqual(['UNDEFINED_RESULT', 'npsDifference']);
    expect(g.message).toContain('`first`');
  });
});

describe('bootstrapPlsPathModel reports as itself', () => {
  const rows = readMobiRows();
  it('for a model error', () => {
    const e = errorOf(() => bootstrapPlsPathModel(rows, { blocks: [], paths: [] }, { seed: 1, resamples: 10 }));
    expect(e.fn).toBe('bootstrapPlsPathModel');
  });

  it('for too few respondents, found inside the fit', () => {
    const e = errorOf(() => bootstrapPlsPathModel(rows.slice(0, 3), ecsiModel(), { seed: 1, resamples: 10 }));
    expect([e.fn, e.argument]).toEqual(['bootstrapPlsPathModel', 'data']);
    expect(e.message.startsWith('`bootstrapPlsPathModel`: `data` must have at least')).toBe(true);
  });
});

describe('model members', () => {
  it('validateParams called alone does not print `undefined`', () => {
    const e = errorOf(() => bgBb.validateParams({ alpha: -1, beta: 1, gamma: 1, delta: 1 }, undefined as never));
    expect(e.message).toBe('`bgBb.validateParams`: `params.alpha` must be a finite number greater than 0, got -1');
  });
});

describe('customerLifetimeValue names its own option', () => {
  it('a bad purchase parameter is `options.purchaseParams.r`, not bgNbd.weightedExpectedPurchases', () => {
    const e = errorOf(() =>
      customerLifetimeValue([{ frequency: 2, recency: 30, T: 39, monetaryValue: 20 }], {
        purchaseModel: bgNbd,
        purchaseParams: { r: -1, alpha: 4.4, a: 0.8, b: 2.4 },
        timeUnit: 'week',
        spend: { expected: 20 },
        margin: 0.3,
        discountRate: { rate: 0.002, per: 'week' },
        horizon: { value: 52, unit: 'week' },
      } as never),
    );
    expect(e.message).toBe('`customerLifetimeValue`: `options.purchaseParams.r` must be a finite number greater than 0, got -1');
  });
});
