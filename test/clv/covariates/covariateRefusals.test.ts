/**
 * Issue 12 for the covariate functions and fitMbgCnbdK: bad input is refused with a typed error that
 * names this function, the field, the rule and the value (never a TypeError, a RangeError or NaN out);
 * a customer the score cannot take is reported in `rejected`, not dropped.
 */
import { describe, expect, it } from 'vitest';
import { covariateCustomerParams } from '../../../src/clv/covariates/covariateCustomerParams';
import { fitCovariateModel } from '../../../src/clv/covariates/fitCovariateModel';
import { scoreCovariateCustomers } from '../../../src/clv/covariates/scoreCovariateCustomers';
import { fitMbgCnbdK } from '../../../src/clv/fitMbgCnbdK';
import { paretoNbd } from '../../../src/clv/paretoNbd/index';
import { simulateCovariateCustomers } from '../../../src/testing/simulateCovariateCustomers';
import { simulateMbgCnbdK } from '../../../src/testing/simulateMbgCnbdK';
import { errorOf } from '../../errorOf';

const rows = Array.from({ length: 300 }, (_, i) => ({ customerId: `c${i}`, channel: i % 3 === 0 ? 'web' : 'store', web: i % 3 === 0 ? 1 : 0 }));
const data = simulateCovariateCustomers('paretoNbd', { r: 0.8, alpha: 8, s: 0.7, beta: 12 }, { purchase: { web: 0.5 } }, rows, { seed: 2, T: 52, birthWindow: 40 });
const options = { purchase: { data: rows, columns: ['channel'] }, timeUnit: 'week' } as const;
const fit = fitCovariateModel(paretoNbd, data, options);

describe('fitCovariateModel refuses histories too large for its likelihood', () => {
  it('a frequency above 2^53 − 1 and an age above 1e12, naming the field, rule and value', () => {
    const huge = [{ ...data[0]!, frequency: 1e308, recency: 1 }, ...data.slice(1)];
    expect(errorOf(() => fitCovariateModel(paretoNbd, huge, options)).message).toBe(
      '`fitCovariateModel`: `data[0].frequency` must be at most 2^53 − 1 (9007199254740991; a larger count is not exact in float64: check the data), got 1e+308',
    );
    const old = [...data.slice(0, 5), { ...data[5]!, T: 1e308 }, ...data.slice(6)];
    expect(errorOf(() => fitCovariateModel(paretoNbd, old, options)).message).toBe(
      '`fitCovariateModel`: `data[5].T` must be at most 1000000000000 time units (check the time unit of the data), got 1e+308',
    );
  });
});

describe('covariateCustomerParams and scoreCovariateCustomers check the fit they are given', () => {
  it('malformed params and coding are refused naming the path', () => {
    const covariates = { purchase: rows };
    expect(errorOf(() => covariateCustomerParams({ ...fit, params: { ...fit.params, alpha: Number.NaN } }, ['c1'], covariates)).message).toBe(
      '`covariateCustomerParams`: `fit.params.alpha` must be a finite number greater than 0, got NaN',
    );
    expect(errorOf(() => covariateCustomerParams({ ...fit, params: null as never }, ['c1'], covariates)).message).toMatch(/^`covariateCustomerParams`: `fit.params` must be an object \{ r, alpha, s, beta \}/);
    expect(errorOf(() => covariateCustomerParams({ ...fit, coding: 5 as never }, ['c1'], covariates)).message).toMatch(/^`covariateCustomerParams`: `fit.coding` must be an object/);
    const badColumn = { ...fit.coding, purchase: { ...fit.coding.purchase, columns: [{ column: 'channel', kind: 'ordinal', names: [] }] } };
    expect(errorOf(() => covariateCustomerParams({ ...fit, coding: badColumn as never }, ['c1'], covariates)).message).toBe(
      "`covariateCustomerParams`: `fit.coding.purchase.columns[0].kind` must be 'numeric' or 'categorical', got \"ordinal\"",
    );
    expect(errorOf(() => scoreCovariateCustomers({ ...fit, params: 1 as never }, data.slice(0, 3), covariates, { horizon: { value: 1, unit: 'week' } })).message).toMatch(/^`scoreCovariateCustomers`: `fit.params` must be/);
  });

  it("the scoring's errors name scoreCovariateCustomers and the caller's index; a huge frequency is rejected, not NaN", () => {
    const covariates = { purchase: rows };
    expect(errorOf(() => scoreCovariateCustomers(fit, data.slice(0, 3), covariates, {} as never)).message).toBe(
      '`scoreCovariateCustomers`: `options.horizon` must be an object { value, unit }, got undefined',
    );
    expect(errorOf(() => scoreCovariateCustomers({ ...fit, timeUnit: -1 as never }, data.slice(0, 3), covariates, { horizon: { value: 1, unit: 'week' } })).message).toMatch(/^`scoreCovariateCustomers`: `fit.timeUnit` must be/);
    const customers = [data[0]!, { ...data[1]!, frequency: 1e308, recency: 1 }, data[2]!];
    const scored = scoreCovariateCustomers(fit, customers, covariates, { horizon: { value: 1, unit: 'week' } });
    expect(scored.rows.map((r) => r.customerId)).toEqual(['c0', 'c2']);
    expect(scored.rejected).toEqual([{ index: 1, field: 'frequency', reason: 'must be an integer at most 2^53 − 1 (9007199254740991), above which a count is not exact', value: 1e308 }]);
    expect(Number.isFinite(scored.totals.expectedPurchases)).toBe(true);
  });
});

describe('simulateCovariateCustomers refuses missing rows, bad ids and bad coefficients', () => {
  const params = { r: 0.8, alpha: 8, s: 0.7, beta: 12 };
  const o = { seed: 1, T: 39 };
  it('names the field, rule and value', () => {
    expect(errorOf(() => simulateCovariateCustomers('paretoNbd', params, {}, [null as never], o)).message).toBe(
      '`simulateCovariateCustomers`: `covariates[0]` must be a row { customerId, … } (one per customer), got null',
    );
    expect(errorOf(() => simulateCovariateCustomers('paretoNbd', params, {}, [{ customerId: Number.NaN }], o)).message).toBe(
      '`simulateCovariateCustomers`: `covariates[0].customerId` must be a non-blank string or a safe integer (covariates are matched by id), got NaN',
    );
    expect(errorOf(() => simulateCovariateCustomers('paretoNbd', params, { purchase: null as never }, [{ customerId: 1 }], o)).message).toBe(
      '`simulateCovariateCustomers`: `coefficients.purchase` must be an object { [covariate]: coefficient }, or omitted, got null',
    );
  });
});

describe('fitMbgCnbdK says the errors of its fits as its own', () => {
  it('a bad data argument names fitMbgCnbdK, not fitModel', () => {
    expect(errorOf(() => fitMbgCnbdK('abc' as never, { kMax: 1 })).message).toBe('`fitMbgCnbdK`: `data` must be an array of customers, got "abc"');
    const data = simulateMbgCnbdK(2, { r: 0.85, alpha: 1.45, a: 0.79, b: 2.42 }, { customers: 30, seed: 1, T: 52, birthWindow: 26 });
    expect(errorOf(() => fitMbgCnbdK(data, { kMax: 1, penalty: -1 })).message).toMatch(/^`fitMbgCnbdK`: `options.penalty`/);
  });
});
