/**
 * A fit of MBG/CNBD-k carries its regularity k (issue 14): the scoring functions rebuild mbgCnbdK(fit.k)
 * from the fit alone, and their numbers equal the model object's own functions called directly (the
 * identity the scoring functions promise: nothing is computed that the model does not compute). The fit
 * format (version 3) keeps k; an mbgCnbdK fit saved by version 2 still loads, and gets k from the model.
 */
import { describe, expect, it } from 'vitest';
import { customerLifetimeValue } from '../../../src/clv/customerLifetimeValue';
import { expectationMatrix } from '../../../src/clv/expectationMatrix';
import { fitMbgCnbdK } from '../../../src/clv/fitMbgCnbdK';
import { mbgCnbdK } from '../../../src/clv/mbgCnbdK/index';
import { parseFit } from '../../../src/clv/parseFit';
import { predictionIntervals } from '../../../src/clv/predictionIntervals';
import { probabilityAliveHistory } from '../../../src/clv/probabilityAliveHistory';
import { scoreCustomers } from '../../../src/clv/scoreCustomers';
import { serializeFit } from '../../../src/clv/serializeFit';
import { scoreCustomersInParallel } from '../../../src/parallel/scoreCustomersInParallel';
import { simulateMbgCnbdK } from '../../../src/testing/simulateMbgCnbdK';
import { isClienteleError } from '../../../src/core/errors/isClienteleError';
import { errorOf } from '../../errorOf';

/** The argument path of the ClienteleError a call throws. */
function argumentOf(f: () => unknown): string | undefined {
  try {
    f();
  } catch (e) {
    if (isClienteleError(e)) return e.argument;
    throw e;
  }
  throw new Error('did not throw');
}

const data = simulateMbgCnbdK(2, { r: 0.85, alpha: 1.45, a: 0.79, b: 2.42 }, { customers: 400, seed: 5, T: 52, birthWindow: 26 });
const result = fitMbgCnbdK(data, { kMax: 3, stopEarly: false, timeUnit: 'week' });
const fit = result.fit;
const model = mbgCnbdK(2);
const customers = data.slice(0, 60).map((c, i) => ({ ...c, customerId: `c${String(i).padStart(3, '0')}` }));

describe('a fit of mbgCnbdK records k', () => {
  it('fitMbgCnbdK chooses k = 2 on Erlang-2 data and its fit carries it', () => {
    expect(result.k).toBe(2);
    expect(fit.model).toBe('mbgCnbdK');
    expect(fit.k).toBe(2);
    expect(Object.keys(fit).slice(0, 3)).toEqual(['model', 'k', 'params']);
  });
});

describe('the scoring functions take an mbgCnbdK fit and equal the model object called directly (k = 2)', () => {
  it('scoreCustomers: P(alive) and expected purchases per customer, settings echo k', () => {
    const score = scoreCustomers(fit, customers, { horizon: { value: 26, unit: 'week' } });
    expect(score.settings.model).toBe('mbgCnbdK');
    expect(score.settings.k).toBe(2);
    expect(score.rows).toHaveLength(customers.length);
    for (const row of score.rows) {
      const c = customers.find((d) => d.customerId === row.customerId)!;
      expect(row.probabilityAlive).toBe(model.probabilityAlive(fit.params, c));
      expect(row.expectedPurchases).toBe(model.conditionalExpectedPurchases(fit.params, c, 26));
    }
  });

  it('scoreCustomers with a value equals customerLifetimeValue with mbgCnbdK(2) as the purchase model', () => {
    const value = { margin: 0.3, discountRate: { rate: 0.1, per: 'year' }, horizon: { value: 1, unit: 'year' } } as const;
    const score = scoreCustomers(fit, customers, { horizon: { value: 26, unit: 'week' }, spend: { expected: 20 }, value, daysPerYear: 365.25 });
    const clv = customerLifetimeValue(customers, { purchaseModel: model, purchaseParams: fit.params, timeUnit: 'week', spend: { expected: 20 }, margin: 0.3, discountRate: value.discountRate, horizon: value.horizon, daysPerYear: 365.25 });
    score.rows.forEach((row) => {
      const i = customers.findIndex((d) => d.customerId === row.customerId);
      expect(Math.abs((row.value as number) - (clv.values[i] as number))).toBeLessThan(1e-12 * Math.max(1, clv.values[i] as number));
    });
  });

  it('expectationMatrix: every cell is the model function at (x, t_x, T)', () => {
    const m = expectationMatrix(fit, { maxFrequency: 6, maxRecency: 40, horizon: { value: 13, unit: 'week' } });
    expect(m.settings.k).toBe(2);
    let checked = 0;
    m.frequencies.forEach((x, i) => {
      m.recencies.forEach((tx, j) => {
        if (x === 0 && tx > 0) return;
        const cell = { frequency: x, recency: x === 0 ? 0 : tx, T: m.settings.T };
        expect(m.expectedPurchases[i]![j]).toBe(model.conditionalExpectedPurchases(fit.params, cell, 13));
        expect(m.probabilityAlive[i]![j]).toBe(model.probabilityAlive(fit.params, cell));
        checked++;
      });
    });
    expect(checked).toBeGreaterThan(200);
  });

  it('probabilityAliveHistory: every point is the model P(alive) of the history summarised to that day', () => {
    const weekFit = { model: 'mbgCnbdK', k: 2, params: fit.params, timeUnit: 'week' } as const;
    const h = probabilityAliveHistory(weekFit, [{ date: '1997-01-01' }, { date: '1997-01-15' }, { date: '1997-02-05' }], { end: '1997-04-30', step: { value: 1, unit: 'week' } });
    expect(h.settings.k).toBe(2);
    for (const p of h.points) {
      const days = (Date.parse(p.date) - Date.parse('1997-01-01')) / 86_400_000;
      const past = [0, 14, 35].filter((d) => d <= days);
      const c = { frequency: past.length - 1, recency: (past[past.length - 1] as number) / 7, T: days / 7 };
      expect(p.probabilityAlive).toBe(model.probabilityAlive(fit.params, c));
    }
    expect(h.points.length).toBeGreaterThan(15);
  });

  it('scoreCustomersInParallel gives the scoreCustomers result (scored on the calling thread)', async () => {
    const options = { horizon: { value: 26, unit: 'week' }, workers: 2 } as const;
    const { workers: _w, ...single } = options;
    expect(await scoreCustomersInParallel(fit, customers, options)).toEqual(scoreCustomers(fit, customers, single));
  });

  it('an mbgCnbdK fit without k is refused naming fit.k', () => {
    const { k: _k, ...withoutK } = fit;
    const e = errorOf(() => scoreCustomers(withoutK, customers, { horizon: { value: 1, unit: 'week' } }));
    expect(e.code).toBe('INVALID_ARGUMENT');
    expect(argumentOf(() => scoreCustomers(withoutK, customers, { horizon: { value: 1, unit: 'week' } }))).toBe('fit.k');
    expect(errorOf(() => expectationMatrix({ ...fit, k: 1.5 }, { maxFrequency: 2, maxRecency: 2, horizon: { value: 1, unit: 'week' } })).message).toBe(
      '`expectationMatrix`: `fit.k` must be an integer from 1 to 100 (the regularity of the MBG/CNBD-k fit), got 1.5',
    );
  });

  it('predictionIntervals takes an mbgCnbdK fit: estimates equal scoreCustomers, the bootstrap refits with each customer\'s litt', () => {
    const horizon = { value: 26, unit: 'week' } as const;
    const drawn = predictionIntervals(fit, customers, { horizon, draws: 50, seed: 4 });
    const score = scoreCustomers(fit, customers, { horizon });
    expect(drawn.settings.model).toBe('mbgCnbdK');
    drawn.rows.forEach((row, i) => {
      expect(row.expectedPurchases?.estimate).toBe(score.rows[i]?.expectedPurchases);
      expect(row.expectedPurchases!.lower).toBeLessThan(row.expectedPurchases!.upper);
    });
    // k = 2 refits need litt (fitModel refuses a customer without it), so a bootstrap that dropped it would throw.
    const sample = data.map((c, i) => ({ ...c, customerId: `b${i}` }));
    const boot = predictionIntervals(fit, sample, { horizon, method: 'bootstrap', draws: 4, seed: 9 });
    expect(boot.settings.method).toBe('bootstrap');
    expect(boot.totals.expectedPurchases!.lower).toBeLessThan(boot.totals.expectedPurchases!.upper);
    expect(predictionIntervals(fit, sample, { horizon, method: 'bootstrap', draws: 4, seed: 9 })).toEqual(boot);
  });
});

describe('serializeFit and parseFit keep k (format version 3)', () => {
  it('round-trips: the parsed fit has k and scores as the original', () => {
    const text = serializeFit(fit);
    const document = JSON.parse(text);
    expect(document.version).toBe(3);
    expect(document.fit.k).toBe(2);
    const back = parseFit(text);
    expect(back).toEqual(fit);
    expect(back.k).toBe(2);
    const options = { horizon: { value: 26, unit: 'week' } } as const;
    expect(scoreCustomers(back, customers, options)).toEqual(scoreCustomers(fit, customers, options));
    expect(parseFit(text, mbgCnbdK(2))).toEqual(fit);
  });

  it('an mbgCnbdK fit saved by format version 2 (no k) still loads, and takes k from the model passed', () => {
    const { k: _k, ...v2fit } = JSON.parse(serializeFit(fit)).fit;
    const v2 = { format: 'clientele.fit', version: 2, fit: v2fit };
    const plain = parseFit(v2);
    expect(plain.k).toBeUndefined();
    expect(argumentOf(() => scoreCustomers(plain, customers, { horizon: { value: 1, unit: 'week' } }))).toBe('fit.k');
    const typed = parseFit(v2, mbgCnbdK(2));
    expect(typed).toEqual(fit);
    expect(Object.keys(typed).slice(0, 2)).toEqual(['model', 'k']);
    // Re-saved, it is a version-3 document with k.
    expect(JSON.parse(serializeFit(typed)).fit.k).toBe(2);
    // Version 2 has no field k.
    expect(argumentOf(() => parseFit({ ...v2, fit: { ...v2fit, k: 2 } }))).toBe('json.fit.k');
  });

  it('refuses a k that disagrees with the model passed, a bad k, and k on another model', () => {
    const document = JSON.parse(serializeFit(fit));
    expect(errorOf(() => parseFit(document, mbgCnbdK(3))).message).toBe(
      '`parseFit`: `json.fit.k` must be 3 (the regularity of the model passed to parseFit, mbgCnbdK(3)), got 2',
    );
    expect(argumentOf(() => parseFit({ ...document, fit: { ...document.fit, k: 0 } }))).toBe('json.fit.k');
    expect(argumentOf(() => parseFit({ ...document, fit: { ...document.fit, k: 2.5 } }))).toBe('json.fit.k');
    const bgNbdLike = { ...document.fit, model: 'bgNbd' };
    expect(argumentOf(() => parseFit({ ...document, fit: bgNbdLike }))).toBe('json.fit.k');
  });
});
