/**
 * fitCovariateModel: coding (treatment contrasts, reference levels, standardisation on both scales),
 * the L2 penalty, equality constraints, rejected customers and unmatched rows, errors, and the plain
 * model as the special case without covariates (against fitModel). Data: seeded simulations
 * (simulateCovariateCustomers, simulateParetoNbd). Identities and invariances only.
 */
import { describe, expect, it } from 'vitest';
import { bgNbd } from '../../../src/clv/bgNbd/index';
import { fitCovariateModel } from '../../../src/clv/covariates/fitCovariateModel';
import { fitModel } from '../../../src/clv/fitModel';
import { paretoNbd } from '../../../src/clv/paretoNbd/index';
import { isClienteleError } from '../../../src/core/errors/isClienteleError';
import { createRandom } from '../../../src/core/random/createRandom';
import { sampleNormal } from '../../../src/core/random/sampleNormal';
import { simulateCovariateCustomers } from '../../../src/testing/simulateCovariateCustomers';

const N = 2000;
const random = createRandom(42);
const CHANNELS = ['web', 'store', 'phone'];
const rows = Array.from({ length: N }, (_, i) => {
  const channel = CHANNELS[Math.floor(random.next() * 3)] as string;
  const age = 40 + 12 * sampleNormal(random, 0, 1);
  return { customerId: `c${i}`, age, channel, 'channel=store': channel === 'store' ? 1 : 0, 'channel=web': channel === 'web' ? 1 : 0, ageStd: (age - 40) / 12 };
});
const truth = { r: 0.8, alpha: 8, s: 0.7, beta: 12 };
const data = simulateCovariateCustomers('paretoNbd', truth, { purchase: { ageStd: 0.4, 'channel=web': 0.5 }, lifetime: { ageStd: 0.3 } }, rows, { seed: 9, T: 52, birthWindow: 50 });

function thrown(f: () => unknown): { code: string; message: string } {
  try {
    f();
  } catch (e) {
    if (isClienteleError(e)) return { code: e.code, message: e.message };
    throw e;
  }
  throw new Error('did not throw');
}

describe('fitCovariateModel', () => {
  const fit = fitCovariateModel(paretoNbd, data, {
    purchase: { data: rows, columns: ['age', 'channel'], standardize: ['age'] },
    lifetime: { data: rows, columns: ['age'], standardize: true },
    timeUnit: 'week',
  });

  it('dummy-codes a string column against its first sorted level (treatment contrasts)', () => {
    expect(fit.coding.purchase.columns[1]).toEqual({ column: 'channel', kind: 'categorical', names: ['channel=store', 'channel=web'], levels: ['phone', 'store', 'web'], reference: 'phone', numeric: false });
    expect(fit.coding.purchase.names).toEqual(['age', 'channel=store', 'channel=web']);
    expect(Object.keys(fit.coefficients.purchase)).toEqual(['age', 'channel=store', 'channel=web']);
    expect(fit.parameterNames).toEqual(['r', 'alpha', 's', 'beta', 'purchase.age', 'purchase.channel=store', 'purchase.channel=web', 'lifetime.age']);
  });

  it('a different reference level reparametrises the same fit', () => {
    const web = fitCovariateModel(paretoNbd, data, {
      purchase: { data: rows, columns: ['age', 'channel'], standardize: ['age'], reference: { channel: 'web' } },
      lifetime: { data: rows, columns: ['age'], standardize: true },
      timeUnit: 'week',
    });
    expect(web.coding.purchase.names).toEqual(['age', 'channel=phone', 'channel=store']);
    expect(web.logLikelihood).toBeCloseTo(fit.logLikelihood, 5);
    const p = fit.coefficients.purchase;
    const q = web.coefficients.purchase;
    // γ_phone(ref web) = −γ_web(ref phone); γ_store(ref web) = γ_store − γ_web (ref phone)
    expect(q['channel=phone']?.estimate).toBeCloseTo(-(p['channel=web']?.estimate as number), 4);
    expect(q['channel=store']?.estimate).toBeCloseTo((p['channel=store']?.estimate as number) - (p['channel=web']?.estimate as number), 4);
    // the reference customer moves: alpha(ref web) = alpha(ref phone)·e^{−γ_web}
    expect(web.params.alpha).toBeCloseTo(fit.params.alpha * Math.exp(-(p['channel=web']?.estimate as number)), 3);
  });

  it('standardises numeric columns and reports both scales', () => {
    const coding = fit.coding.purchase.columns[0];
    expect(coding?.kind).toBe('numeric');
    const st = coding?.kind === 'numeric' ? coding.standardized : null;
    expect(st?.mean).toBeCloseTo(rows.reduce((a, r) => a + r.age, 0) / N, 10);
    const age = fit.coefficients.purchase.age;
    expect(age?.raw?.estimate).toBeCloseTo((age?.estimate as number) / (st?.sd as number), 12);
    expect(age?.raw?.standardError).toBeCloseTo((age?.standardError as number) / (st?.sd as number), 12);
    // The raw-scale fit is the same model: same likelihood, raw coefficients and raw-scale base parameters.
    const raw = fitCovariateModel(paretoNbd, data, { purchase: { data: rows, columns: ['age', 'channel'] }, lifetime: { data: rows, columns: ['age'] }, timeUnit: 'week' });
    expect(raw.rawScale).toBeNull();
    expect(raw.logLikelihood).toBeCloseTo(fit.logLikelihood, 5);
    expect(raw.coefficients.purchase.age?.estimate).toBeCloseTo(age?.raw?.estimate as number, 5);
    expect(raw.coefficients.lifetime.age?.estimate).toBeCloseTo(fit.coefficients.lifetime.age?.raw?.estimate as number, 5);
    expect(raw.params.alpha / (fit.rawScale?.params.alpha as number)).toBeCloseTo(1, 4);
    expect(raw.params.beta / (fit.rawScale?.params.beta as number)).toBeCloseTo(1, 4);
    expect((raw.standardErrors.alpha as number) / (fit.rawScale?.standardErrors.alpha as number)).toBeCloseTo(1, 2);
  });

  it('without covariates it is the plain model: fitModel\'s estimate and log-likelihood', () => {
    const plainData = data.map(({ frequency, recency, T }) => ({ frequency, recency, T }));
    for (const model of [paretoNbd, bgNbd] as const) {
      const plain = fitModel(model as typeof paretoNbd, plainData);
      const none = fitCovariateModel(model as typeof paretoNbd, data);
      expect(Math.abs(none.logLikelihood - plain.logLikelihood)).toBeLessThan(1e-6 * Math.abs(plain.logLikelihood));
      for (const [name, value] of Object.entries(plain.params)) {
        expect(Math.abs((none.params as Record<string, number>)[name] as number) / value - 1).toBeLessThan(1e-4);
        expect(Math.abs(((none.standardErrors as Record<string, number>)[name] as number) / ((plain.standardErrors as Record<string, number>)[name] as number) - 1)).toBeLessThan(1e-3);
      }
      expect(none.aic).toBeCloseTo(plain.aic, 4);
    }
  });

  it('the L2 penalty shrinks coefficients toward 0, and a huge one gives the plain fit', () => {
    const spec = { purchase: { data: rows, columns: ['ageStd'] }, lifetime: { data: rows, columns: ['ageStd'] }, timeUnit: 'week' } as const;
    const free = fitCovariateModel(paretoNbd, data, spec);
    const mild = fitCovariateModel(paretoNbd, data, { ...spec, l2: 0.01 });
    const perProcess = fitCovariateModel(paretoNbd, data, { ...spec, l2: { purchase: 0.01 } });
    const huge = fitCovariateModel(paretoNbd, data, { ...spec, l2: 1e6 });
    const g = (f: typeof free, p: 'purchase' | 'lifetime') => f.coefficients[p].ageStd?.estimate as number;
    expect(Math.abs(g(mild, 'purchase'))).toBeLessThan(Math.abs(g(free, 'purchase')));
    expect(Math.abs(g(mild, 'lifetime'))).toBeLessThan(Math.abs(g(free, 'lifetime')));
    expect(perProcess.coefficients.lifetime.ageStd?.l2).toBe(0);
    expect(perProcess.coefficients.purchase.ageStd?.l2).toBe(0.01);
    expect(Math.abs(g(huge, 'purchase'))).toBeLessThan(1e-4);
    expect(Math.abs(g(huge, 'lifetime'))).toBeLessThan(1e-4);
    const plain = fitModel(paretoNbd, data.map(({ frequency, recency, T }) => ({ frequency, recency, T })));
    expect(huge.params.r / plain.params.r).toBeCloseTo(1, 3);
    expect(huge.params.beta / plain.params.beta).toBeCloseTo(1, 2);
    expect(free.logLikelihood).toBeGreaterThan(mild.logLikelihood);
  });

  it('an equality constraint estimates one shared coefficient', () => {
    const shared = fitCovariateModel(paretoNbd, data, { purchase: { data: rows, columns: ['ageStd', 'channel'] }, lifetime: { data: rows, columns: ['ageStd'] }, constrain: ['ageStd'], timeUnit: 'week' });
    const a = shared.coefficients.purchase.ageStd;
    const b = shared.coefficients.lifetime.ageStd;
    expect(a?.estimate).toBe(b?.estimate);
    expect(a?.standardError).toBe(b?.standardError);
    expect(a?.constrained).toBe(true);
    expect(shared.coefficients.purchase['channel=web']?.constrained).toBe(false);
    expect(shared.parameterNames).toEqual(['r', 'alpha', 's', 'beta', 'shared.ageStd', 'purchase.channel=store', 'purchase.channel=web']);
    expect(shared.constrained).toEqual(['ageStd']);
    expect(shared.aic).toBeCloseTo(2 * 7 - 2 * shared.logLikelihood, 8);
    // between the two true values 0.4 and 0.3
    expect(a?.estimate as number).toBeGreaterThan(0.2);
    expect(a?.estimate as number).toBeLessThan(0.5);
  });

  it('reports customers without covariates and rows without a customer', () => {
    const some = rows.slice(0, 300).map((r) => ({ ...r }));
    const missing = some.filter((_, i) => i !== 5);
    const withNull = missing.map((r, i) => (i === 7 ? { ...r, age: null } : r));
    withNull.push({ customerId: 'nobody', age: 30, channel: 'web', 'channel=store': 0, 'channel=web': 1, ageStd: 0 });
    const f = fitCovariateModel(paretoNbd, data.slice(0, 300), { purchase: { data: withNull, columns: ['channel'] }, lifetime: { data: withNull, columns: ['age'] }, timeUnit: 'week' });
    expect(f.rejected).toEqual([
      { index: 5, field: 'purchase.customerId', reason: 'has no row in options.purchase.data', value: 'c5' },
      { index: 8, field: 'lifetime.age', reason: 'must be a finite number, a non-blank string or a boolean (options.lifetime.data[7])', value: null },
    ]);
    expect(f.unmatched.purchase).toEqual([{ index: 299, customerId: 'nobody' }]);
    expect(f.n).toBe(298);
    expect(f.data.excluded).toBe(2);
  });

  it('throws typed errors naming the field, rule and value', () => {
    const dup = [...rows.slice(0, 10), rows[3] as (typeof rows)[number]];
    expect(thrown(() => fitCovariateModel(paretoNbd, data.slice(0, 10), { purchase: { data: dup, columns: ['age'] } }))).toEqual({
      code: 'INVALID_ARGUMENT',
      message: '`fitCovariateModel`: `options.purchase.data[10].customerId` must be unique (static covariates have one row per customer; also at data[3]), got "c3"',
    });
    const mixed = rows.slice(0, 10).map((r, i) => (i === 4 ? { ...r, age: 'old' } : r));
    expect(thrown(() => fitCovariateModel(paretoNbd, data.slice(0, 10), { purchase: { data: mixed, columns: ['age'] } })).message).toBe(
      '`fitCovariateModel`: `options.purchase.data[4].age` must be of one type in every row (earlier rows hold numbers), got "old"',
    );
    expect(thrown(() => fitCovariateModel(paretoNbd, data, { purchase: { data: rows, columns: ['channel'], reference: { channel: 'fax' } } })).message).toBe(
      '`fitCovariateModel`: `options.purchase.reference.channel` must be one of the levels among the customers fitted (phone, store, web), got "fax"',
    );
    expect(thrown(() => fitCovariateModel(paretoNbd, data, { purchase: { data: rows, columns: ['age'] }, constrain: ['age'] })).code).toBe('INVALID_ARGUMENT');
    expect(thrown(() => fitCovariateModel(paretoNbd, data, { purchase: { data: rows, columns: ['age'] }, l2: -1 })).message).toBe('`fitCovariateModel`: `options.l2` must be a finite number at least 0, got -1');
    expect(thrown(() => fitCovariateModel({ name: 'mbgNbd' } as never, data)).code).toBe('INVALID_ARGUMENT');
    expect(thrown(() => fitCovariateModel(paretoNbd, data.slice(0, 5), { purchase: { data: [], columns: ['age'] } })).code).toBe('ALL_ROWS_REJECTED');
  });

  it('does not depend on the order of the customers or of the covariate rows', () => {
    const some = data.slice(0, 400);
    const spec = { purchase: { data: rows.slice(0, 400), columns: ['ageStd', 'channel'] }, lifetime: { data: rows.slice(0, 400), columns: ['ageStd'] }, timeUnit: 'week' } as const;
    const a = fitCovariateModel(paretoNbd, some, spec);
    const reversed = fitCovariateModel(paretoNbd, [...some].reverse(), {
      ...spec,
      purchase: { ...spec.purchase, data: [...spec.purchase.data].reverse() },
      lifetime: { ...spec.lifetime, data: [...spec.lifetime.data].sort((x, y) => x.age - y.age) },
    });
    expect(reversed.logLikelihood).toBeCloseTo(a.logLikelihood, 6);
    for (const [name, c] of Object.entries(a.coefficients.purchase)) expect(reversed.coefficients.purchase[name]?.estimate).toBeCloseTo(c.estimate, 4);
    expect(reversed.params.r).toBeCloseTo(a.params.r, 4);
  });

  it('returns a JSON-serialisable result without NaN', () => {
    const json = JSON.parse(JSON.stringify(fit));
    expect(json).toEqual(fit);
    expect(JSON.stringify(fit)).not.toMatch(/NaN|Infinity/);
  });
});
