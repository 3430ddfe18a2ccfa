/**
 * Units travel with the data (issue 11 §1). The silent case: the CDNOW sample (bundled, Fader & Hardie;
 * test/fixtures/cdnow/README.md) summarised in DAYS with the published calibration (to 1997-09-30),
 * BG/NBD and Gamma-Gamma fitted, then a 52-week CLV (margin 0.3, 10 % a year, daysPerYear 365.25)
 * asked with `timeUnit: 'week'`: before this change the call trusted the passed unit, read the daily
 * recency and T as weeks and returned a total of 3,855 instead of 21,749 (the same CLV computed in the
 * data's unit, default daily steps), with no error. The reference 21,749 is the day-unit computation;
 * it agrees with the week-unit fit of the same log within 0.1 % (21,732 in weekly steps).
 */
import { describe, expect, it } from 'vitest';
import { bgBb } from '../../src/clv/bgBb/index';
import { bgNbd } from '../../src/clv/bgNbd/index';
import { customerLifetimeValue } from '../../src/clv/customerLifetimeValue';
import { fitModel } from '../../src/clv/fitModel';
import { gammaGamma } from '../../src/clv/gammaGamma/index';
import { loadCdnowSample } from '../../src/datasets/loadCdnowSample';
import { summarizeTransactions } from '../../src/time/summarizeTransactions';
import { errorOf as failure } from '../errorOf';

const log = loadCdnowSample();
const ends = { calibrationEnd: '1997-09-30', observationEnd: '1998-06-30' } as const;
const daily = summarizeTransactions(log, { ...ends, unit: 'day' });
const weekly = summarizeTransactions(log, { ...ends, unit: 'week' });
const dayFit = fitModel(bgNbd, daily);
const weekFit = fitModel(bgNbd, weekly);
const spendFit = fitModel(gammaGamma, daily);
const common = {
  spend: { params: spendFit.params },
  margin: 0.3,
  discountRate: { rate: 0.1, per: 'year' as const },
  horizon: { value: 52, unit: 'week' as const },
  daysPerYear: 365.25,
};


describe('fitModel records the unit of a summary', () => {
  it('reads unit, unit length, merge rule and dates from the summary', () => {
    expect(dayFit.timeUnit).toBe('day');
    expect(dayFit.data).toEqual({
      source: 'summary',
      unitDays: 1,
      monthLength: null,
      mergeBy: 'day',
      calibrationEnd: '1997-09-30',
      observationEnd: '1998-06-30',
      records: 2357,
      excluded: 0,
    });
    expect(weekFit.timeUnit).toBe('week');
    expect(weekFit.data.unitDays).toBe(7);
    // Same fit as the bare rows (FHL 2005: LL −9582.4 in weeks); alpha scales with the unit (7 × 4.4136).
    expect(weekFit.logLikelihood.toFixed(1)).toBe('-9582.4');
    expect(Math.abs(dayFit.params.alpha / weekFit.params.alpha - 7)).toBeLessThan(1e-4);
  });

  it('fits Gamma-Gamma on the repeat buyers of a summary (published p 6.25, q 3.74, γ 15.44)', () => {
    expect(spendFit.timeUnit).toBeNull();
    expect(spendFit.n).toBe(946);
    expect(spendFit.data.excluded).toBe(2357 - 946);
    expect([spendFit.params.p, spendFit.params.q, spendFit.params.gamma].map((v) => v.toFixed(2))).toEqual(['6.25', '3.74', '15.44']);
  });

  it('bare arrays: unit unknown unless declared; a declared unit must agree with a summary', () => {
    const bare = fitModel(bgNbd, weekly.customers.slice()); // a copy: an array the summary did not make
    expect(bare.timeUnit).toBeNull();
    expect(bare.data.source).toBe('array');
    expect(fitModel(bgNbd, weekly.customers.slice(), { timeUnit: 14 }).data.unitDays).toBe(14);
    expect(fitModel(bgBb, [{ frequency: 1, recency: 1, n: 2 }, { frequency: 0, recency: 0, n: 2 }], { timeUnit: 'year' }).timeUnit).toBe('year');
    expect(failure(() => fitModel(bgNbd, daily, { timeUnit: 'week' }))).toEqual({
      code: 'UNIT_MISMATCH',
      message: '`fitModel`: `options.timeUnit` must agree with the summary\'s unit "day" (omit it: the summary carries its unit), got "week"',
    });
    expect(fitModel(bgNbd, weekly, { timeUnit: 7 }).timeUnit).toBe('week');
    expect(failure(() => fitModel(gammaGamma, daily, { timeUnit: 'day' })).code).toBe('INVALID_ARGUMENT');
    expect(failure(() => fitModel(bgNbd, weekly.customers, { timeUnit: 'fortnight' as never })).message).toMatch(/`options.timeUnit` must be one of day, week, month, quarter, year, period or a number of days/);
    expect(failure(() => fitModel(bgBb, daily as never)).message).toMatch(/`data` must be an array of \{ frequency, recency, n \}/);
  });
});

describe('customerLifetimeValue with units that travel', () => {
  it('refuses the silent case of issue 11 (bare parameters, summary.customers, a wrong unit): 3,855 instead of 21,749 before', () => {
    // What users wrote: the fit's params, the summary's customer array, a separately passed (wrong) unit.
    // The array is the one the daily summary made, so its unit is known and the wrong one is refused.
    expect(failure(() => customerLifetimeValue(daily.customers, { ...common, purchaseModel: bgNbd, purchaseParams: dayFit.params, timeUnit: 'week' }))).toEqual({
      code: 'UNIT_MISMATCH',
      message:
        '`customerLifetimeValue`: `options.timeUnit` is in "week" but the summary\'s unit is "day": they must agree (convert the data, refit, or drop the disagreeing unit), got "week"',
    });
    // The limit: rows copied into a new array carry no unit, and the declared one is trusted.
    const copied = customerLifetimeValue(daily.customers.slice(), { ...common, purchaseModel: bgNbd, purchaseParams: dayFit.params, timeUnit: 'week' });
    expect(copied.total.toFixed(0)).toBe('3855');
  });

  it('a fit of summary.customers knows the summary\'s unit, and a disagreeing declared unit is refused', () => {
    const fromArray = fitModel(bgNbd, daily.customers);
    expect(fromArray.timeUnit).toBe('day');
    expect(fromArray.data).toMatchObject({ source: 'array', unitDays: 1, calibrationEnd: '1997-09-30', records: 2357 });
    expect(fromArray.params).toEqual(dayFit.params);
    expect(failure(() => fitModel(bgNbd, daily.customers, { timeUnit: 'week' })).code).toBe('UNIT_MISMATCH');
    expect(customerLifetimeValue(daily.customers, { ...common, purchaseFit: fromArray }).total.toFixed(0)).toBe('21749');
  });

  it('refuses the wrong unit when the fit carries its own, naming both', () => {
    expect(failure(() => customerLifetimeValue(daily.customers, { ...common, purchaseFit: dayFit, timeUnit: 'week' }))).toEqual({
      code: 'UNIT_MISMATCH',
      message:
        '`customerLifetimeValue`: `options.timeUnit` is in "week" but the fit\'s time unit is "day": they must agree (convert the data, refit, or drop the disagreeing unit), got "week"',
    });
    expect(failure(() => customerLifetimeValue(weekly, { ...common, purchaseFit: dayFit })).message).toMatch(
      /`customers.options.unit` is in "week" but the fit's time unit is "day"/,
    );
    // The summary alone also carries it.
    expect(failure(() => customerLifetimeValue(daily, { ...common, purchaseModel: bgNbd, purchaseParams: dayFit.params, timeUnit: 'week' })).message).toMatch(
      /`options.timeUnit` is in "week" but the summary's unit is "day"/,
    );
  });

  it('gives 21,749 with the fit alone, as the day-unit computation, and the same as the weekly fit', () => {
    const right = customerLifetimeValue(daily, { ...common, purchaseFit: dayFit });
    expect(right.total.toFixed(0)).toBe('21749');
    expect(right.timeUnit).toBe('day');
    expect(right.steps).toBe(364);
    const bare = customerLifetimeValue(daily.customers, { ...common, purchaseModel: bgNbd, purchaseParams: dayFit.params, timeUnit: 'day' });
    expect(right.values).toEqual(bare.values);
    // Same 4-week grid in both units: equal up to the two fits' optimiser tolerance.
    const step = { value: 4, unit: 'week' } as const;
    const inDays = customerLifetimeValue(daily.customers, { ...common, step, purchaseFit: dayFit });
    const inWeeks = customerLifetimeValue(weekly.customers, { ...common, step, purchaseFit: weekFit });
    expect(Math.abs(inDays.total / inWeeks.total - 1)).toBeLessThan(1e-5);
  });

  it('asks for the unit, by option name, when nothing carries it', () => {
    const rows = weekly.customers.slice(); // rows the summary did not hand out as its array
    const bareFit = fitModel(bgNbd, rows);
    expect(failure(() => customerLifetimeValue(rows, { ...common, purchaseFit: bareFit }))).toEqual({
      code: 'INVALID_ARGUMENT',
      message:
        '`customerLifetimeValue`: `options.timeUnit` is required: nothing carries the unit in which recency and T were measured (bare parameters or a fit of a bare array, and bare customers); pass `options.timeUnit`, or fit the summary itself (`fitModel(model, summary)`) and pass `purchaseFit`, got undefined',
    });
    const declared = customerLifetimeValue(rows, { ...common, purchaseFit: bareFit, timeUnit: 'week' });
    const fromSummary = customerLifetimeValue(weekly, { ...common, purchaseFit: bareFit });
    expect(declared.values).toEqual(fromSummary.values);
  });

  it('checks fit, model and parameters given together', () => {
    expect(failure(() => customerLifetimeValue(weekly, { ...common, purchaseFit: weekFit, purchaseParams: weekFit.params })).message).toMatch(/`options.purchaseParams` must not be given with `purchaseFit`/);
    expect(failure(() => customerLifetimeValue(weekly, { ...common, purchaseFit: spendFit as never })).message).toMatch(/`options.purchaseFit.model` must be a purchase model/);
    expect(failure(() => customerLifetimeValue(weekly, { ...common, purchaseFit: { ...weekFit, model: 'mbgNbd' } as never, purchaseModel: bgNbd })).message).toMatch(
      /`options.purchaseModel` must be the fitted model "mbgNbd", got "bgNbd"/,
    );
    expect(failure(() => customerLifetimeValue(weekly, { ...common } as never)).message).toMatch(/`options.purchaseModel` must be a purchase model/);
  });

  it('a 12-month CLV on weekly data is one call: 52 weekly steps and a final step of 1.25 days', () => {
    const year = customerLifetimeValue(weekly, { ...common, purchaseFit: weekFit, horizon: { value: 12, unit: 'month' } });
    expect(year.horizon).toBeCloseTo(365.25 / 7, 12);
    expect(year.steps).toBe(53);
    expect((year.lastStep as number) * 7).toBeCloseTo(1.25, 10);
    // Between the 52-week and the 53-week values, and equal to the definition with the short last step.
    const w52 = customerLifetimeValue(weekly, { ...common, purchaseFit: weekFit, horizon: { value: 52, unit: 'week' } }).total;
    const w53 = customerLifetimeValue(weekly, { ...common, purchaseFit: weekFit, horizon: { value: 53, unit: 'week' } }).total;
    expect(year.total).toBeGreaterThan(w52);
    expect(year.total).toBeLessThan(w53);
    const c = weekly.customers[0] as (typeof weekly.customers)[number];
    const delta = Math.log(1.1) / (365.25 / 7);
    const H = 365.25 / 7;
    const times = [...Array.from({ length: 52 }, (_, k) => k + 1), H];
    let dep = 0;
    let previous = 0;
    for (const t of times) {
      const e = bgNbd.conditionalExpectedPurchases(weekFit.params, c, t);
      dep += (e - previous) * Math.exp(-delta * t);
      previous = e;
    }
    const spend = gammaGamma.conditionalExpectedSpend(spendFit.params, c);
    expect(Math.abs((year.values[0] as number) - 0.3 * spend * dep)).toBeLessThan(1e-9);
  });

  it('a month of fixed length (30.4375 days) converts weeks exactly without daysPerYear', () => {
    const monthly = summarizeTransactions(log, { ...ends, unit: 'month', monthLength: 30.4375 });
    const monthFit = fitModel(bgNbd, monthly);
    expect(monthFit.timeUnit).toBe('month');
    expect(monthFit.data.unitDays).toBe(30.4375);
    const r = customerLifetimeValue(monthly, { ...common, purchaseFit: monthFit, daysPerYear: undefined as never, discountRate: { rate: 0.1, per: 'year' }, horizon: { value: 52, unit: 'week' } });
    expect(r.horizon).toBeCloseTo((52 * 7) / 30.4375, 12);
    expect(r.steps).toBe(12);
  });

  it('BG/BB refuses a horizon that is not whole opportunities, naming the count and the option', () => {
    const p = { alpha: 1.2, beta: 0.75, gamma: 0.66, delta: 2.78 };
    const base = {
      purchaseModel: bgBb,
      purchaseParams: p,
      timeUnit: 'year' as const,
      spend: { expected: 10 },
      margin: 1,
      discountRate: { rate: 0.1, per: 'year' as const },
    };
    const customers = [{ frequency: 2, recency: 3, n: 4 }];
    expect(failure(() => customerLifetimeValue(customers, { ...base, horizon: { value: 30, unit: 'month' } })).message).toBe(
      '`customerLifetimeValue`: `options.horizon` must be a whole number of opportunities (BG/BB customers buy only at opportunities of one "year"): it is 2.5 opportunities; set `options.horizon` to whole opportunities, got {"value":30,"unit":"month"}',
    );
    expect(failure(() => customerLifetimeValue(customers, { ...base, horizon: { value: 5, unit: 'year' }, step: { value: 2, unit: 'year' } })).message).toBe(
      '`customerLifetimeValue`: `options.horizon` must be a whole number of steps of 2 opportunities (`options.step` 2 year): it is 2.5 steps; set `options.step` to a divisor of the horizon, got {"value":5,"unit":"year"}',
    );
  });
});
