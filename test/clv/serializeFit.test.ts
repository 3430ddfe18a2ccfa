/**
 * serializeFit / parseFit (issue 11, section 3): a versioned JSON form of a fit that round-trips bit for
 * bit, non-finite numbers included, is checked when read back, and keeps reading what earlier releases
 * wrote. Data: the CDNOW-sample summary (test/fixtures/cdnow/summary.json, scripts/fixtures/cdnow_summary.py),
 * seeded simulations, and the version-1 documents of test/fixtures/clv/fitFormatV1.json
 * (scripts/fixtures/fitFormatV1.ts). Identities only.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { bgBb } from '../../src/clv/bgBb/index';
import { bgNbd } from '../../src/clv/bgNbd/index';
import { fitModel } from '../../src/clv/fitModel';
import type { FitResult } from '../../src/clv/fitModel';
import { gammaGamma } from '../../src/clv/gammaGamma/index';
import { mbgNbd } from '../../src/clv/mbgNbd/index';
import { paretoNbd } from '../../src/clv/paretoNbd/index';
import { parseFit } from '../../src/clv/parseFit';
import { scoreCustomers } from '../../src/clv/scoreCustomers';
import { serializeFit } from '../../src/clv/serializeFit';
import { shiftedBetaGeometric } from '../../src/clv/shiftedBetaGeometric/index';
import type { ModelParams } from '../../src/clv/types';
import { isClienteleError } from '../../src/core/errors/isClienteleError';
import { simulateBgBb } from '../../src/testing/simulateBgBb';
import { simulateGammaGamma } from '../../src/testing/simulateGammaGamma';
import saved from '../fixtures/clv/fitFormatV1.json';
import source from '../fixtures/cdnow/summary.json';

const col = (name: string) => source.columns.indexOf(name);
const customers = source.customers.slice(0, 800).map((r) => ({
  customerId: r[col('customerId')] as string,
  frequency: r[col('frequency')] as number,
  recency: r[col('recency')] as number,
  T: r[col('T')] as number,
  monetaryValue: r[col('monetaryValue')] as number,
}));
const summary = {
  customers,
  options: { unit: 'week', unitDays: 7, monthLength: null, mergeBy: 'day', calibrationEnd: '1997-09-30', observationEnd: '1998-06-30' },
} as const;
const rfm = customers.map(({ frequency, recency, T }) => ({ frequency, recency, T }));

/** Deep equality in which numbers compare by Object.is: NaN equals NaN, -0 differs from 0 (bit-exact for doubles). */
function sameBits(a: unknown, b: unknown, path = 'fit'): void {
  if (typeof a === 'number' || typeof b === 'number') {
    if (!Object.is(a, b)) throw new Error(`${path}: ${String(a)} !== ${String(b)}`);
    return;
  }
  if (a === null || b === null || typeof a !== 'object' || typeof b !== 'object') {
    expect(a, path).toBe(b);
    return;
  }
  expect(Array.isArray(a), path).toBe(Array.isArray(b));
  expect(Object.keys(a), path).toEqual(Object.keys(b));
  for (const key of Object.keys(a)) sameBits((a as Record<string, unknown>)[key], (b as Record<string, unknown>)[key], `${path}.${key}`);
}

function errorOf(f: () => unknown): Error & { code?: string; argument?: string; rule?: string; value?: unknown } {
  try {
    f();
  } catch (e) {
    return e as Error;
  }
  throw new Error('expected an error');
}

const fits: Record<string, () => FitResult<ModelParams>> = {
  'BG/NBD from a summary (time unit and data settings)': () => fitModel(bgNbd, summary),
  'Pareto/NBD with a declared unit': () => fitModel(paretoNbd, rfm, { timeUnit: 'week' }),
  'MBG/NBD without a unit, penalised': () => fitModel(mbgNbd, rfm, { penalty: 0.001 }),
  'BG/BB': () =>
    fitModel(bgBb, simulateBgBb({ alpha: 1.2, beta: 0.75, gamma: 0.66, delta: 2.78 }, { customers: 500, opportunities: 6, seed: 4 }), { timeUnit: 'year' }),
  sBG: () => fitModel(shiftedBetaGeometric, [1000, 631, 468, 382, 326, 289, 262, 241]),
  'Gamma-Gamma from a summary (repeat buyers, excluded counted)': () => fitModel(gammaGamma, summary),
  'Gamma-Gamma at its bound q > 1 (null standard errors)': () =>
    fitModel(gammaGamma, simulateGammaGamma({ p: 2, q: 0.8, gamma: 5 }, Array.from({ length: 1000 }, (_, i) => 1 + (i % 6)), { seed: 1 }), {
      constraints: { q: { greaterThan: 1 } },
    }),
  'BG/NBD stopped after 2 iterations (not converged)': () => fitModel(bgNbd, rfm, { maxIterations: 2, timeScale: 1 }),
};

describe('serializeFit / parseFit round trip', () => {
  for (const [name, make] of Object.entries(fits)) {
    it(`${name}: reads back bit for bit, and writes the same text again`, () => {
      const fit = make();
      const text = serializeFit(fit);
      const back = parseFit(text);
      sameBits(back, fit);
      expect(serializeFit(back)).toBe(text);
      // The value JSON.parse makes of the text reads the same.
      sameBits(parseFit(JSON.parse(text)), fit);
    });
  }

  it('writes null where a parameter is not identified, and ±Infinity and -0 as strings, which plain JSON would turn into null and 0', () => {
    const fit = fits['Gamma-Gamma at its bound q > 1 (null standard errors)']!();
    expect(fit.standardErrors.q).toBeNull();
    expect(fit.notIdentified.q).toMatch(/^at its lower bound/);
    const edited = { ...fit, logLikelihood: Number.NEGATIVE_INFINITY, aic: Number.POSITIVE_INFINITY, covariance: fit.covariance.map((row) => row.map((c) => (c === null ? null : -0))) };
    const document = JSON.parse(serializeFit(edited));
    expect(document).toMatchObject({ format: 'clientele.fit', version: 3 });
    expect(document.fit.standardErrors.q).toBeNull();
    expect(document.fit.confidenceIntervals.q).toBeNull();
    expect(document.fit.notIdentified).toEqual({ q: fit.notIdentified.q });
    expect(document.fit.logLikelihood).toBe('-Infinity');
    expect(document.fit.aic).toBe('Infinity');
    expect(document.fit.covariance[0][0]).toBe('-0');
    sameBits(parseFit(document), edited);
  });

  it('keeps any double exactly (property, 200 runs)', () => {
    const fit = fits.sBG!();
    fc.assert(
      // NaN stays a possible log-likelihood; the uncertainty fields hold null instead of NaN since version 2.
      fc.property(fc.double(), fc.double(), fc.double({ min: 0, noNaN: true }), fc.double({ noNaN: true }), (a, b, se, c) => {
        const edited = { ...fit, logLikelihood: a, bic: b, standardErrors: { ...fit.standardErrors, alpha: se }, covariance: [[c, se], [se, c]] };
        sameBits(parseFit(serializeFit(edited)), edited);
      }),
      { numRuns: 200, seed: 11 },
    );
  });

  it('a parsed fit predicts as the original: scoreCustomers gives the same table', () => {
    const fit = fits['BG/NBD from a summary (time unit and data settings)']!();
    const back = parseFit(serializeFit(fit), bgNbd);
    expect(back.timeUnit).toBe('week');
    expect(back.data.calibrationEnd).toBe('1997-09-30');
    const options = { horizon: { value: 12, unit: 'month' }, daysPerYear: 365.25 } as const;
    expect(scoreCustomers(back, summary, options)).toEqual(scoreCustomers(fit, summary, options));
  });
});

describe('parseFit reads what earlier releases wrote (forward compatibility)', () => {
  const models = ['bgNbd', 'paretoNbd', 'mbgNbd', 'bgBb', 'shiftedBetaGeometric', 'gammaGamma'];
  it('the version-1 fixture holds a fit of every model', () => {
    const names = Object.values(saved.documents).map((text) => (JSON.parse(text) as { fit: { model: string } }).fit.model);
    expect([...new Set(names)].sort()).toEqual([...models].sort());
  });
  for (const [name, text] of Object.entries(saved.documents)) {
    it(`reads ${name} (format version 1) and writes it as version 3 with every other field unchanged`, () => {
      const fit = parseFit(text);
      const again = JSON.parse(serializeFit(fit));
      const old = JSON.parse(text);
      expect(again.version).toBe(3);
      expect(again.fit.boundary).toEqual([]);
      const nanToNull = (v: unknown): unknown => (v === 'NaN' ? null : Array.isArray(v) ? v.map(nanToNull) : v);
      const interval = (v: unknown): unknown => (Array.isArray(v) && v.includes('NaN') ? null : v);
      const mapped = {
        ...old.fit,
        standardErrors: Object.fromEntries(Object.entries(old.fit.standardErrors).map(([k, v]) => [k, nanToNull(v)])),
        covariance: nanToNull(old.fit.covariance),
        logCovariance: nanToNull(old.fit.logCovariance),
        confidenceIntervals: Object.fromEntries(Object.entries(old.fit.confidenceIntervals).map(([k, v]) => [k, interval(v)])),
      };
      const { boundary: _b, notIdentified: _n, ...rest } = again.fit;
      expect(rest).toEqual(mapped);
      sameBits(parseFit(serializeFit(fit)), fit);
    });
  }
  it('the version-1 fits keep their meaning: the Gamma-Gamma fit at its bound, its "NaN" read as null with a reason', () => {
    const old = JSON.parse(saved.documents.gammaGammaAtBound);
    expect(old.fit.standardErrors.q).toBe('NaN');
    const fit = parseFit(saved.documents.gammaGammaAtBound, gammaGamma);
    expect(fit.atBound).toEqual(['q']);
    expect(fit.params.q).toBeGreaterThan(1);
    expect(fit.standardErrors.q).toBeNull();
    expect(fit.confidenceIntervals.q).toBeNull();
    expect(fit.covariance.flat().filter((c) => c === null)).toHaveLength(5); // q's row and column
    expect(fit.notIdentified).toEqual({ q: expect.stringMatching(/^at its lower bound/) });
    expect(fit.boundary).toEqual([]);
  });
  it('a version-1 document with NaN uncertainty (a Hessian that was not positive definite) reads as null with a reason', () => {
    const old = JSON.parse(saved.documents.bgNbdSummary);
    old.fit.converged = false;
    old.fit.standardErrors = { r: 'NaN', alpha: 'NaN', a: 'NaN', b: 'NaN' };
    old.fit.confidenceIntervals = { r: ['NaN', 'NaN'], alpha: ['NaN', 'NaN'], a: ['NaN', 'NaN'], b: ['NaN', 'NaN'] };
    old.fit.covariance = old.fit.covariance.map((row: unknown[]) => row.map(() => 'NaN'));
    old.fit.logCovariance = old.fit.covariance;
    const fit = parseFit(old, bgNbd);
    expect(Object.values(fit.standardErrors)).toEqual([null, null, null, null]);
    expect(Object.values(fit.confidenceIntervals)).toEqual([null, null, null, null]);
    expect(fit.logCovariance.flat().every((c) => c === null)).toBe(true);
    expect(Object.keys(fit.notIdentified)).toEqual(['r', 'alpha', 'a', 'b']);
    expect(fit.notIdentified.r).toMatch(/format version 1 as NaN/);
  });
});

describe('parseFit checks what it reads', () => {
  const fit = fits.sBG!();
  const text = serializeFit(fit);
  const edit = (change: (fit: Record<string, unknown>) => void): unknown => {
    const document = JSON.parse(text) as { fit: Record<string, unknown> };
    change(document.fit);
    return document;
  };

  it.each([
    ['a negative parameter', (f: Record<string, unknown>) => ((f['params'] as Record<string, unknown>)['alpha'] = -1), 'json.fit.params.alpha', 'must be a number greater than 0', -1],
    ['a null standard error without a reason in notIdentified', (f: Record<string, unknown>) => ((f['standardErrors'] as Record<string, unknown>)['beta'] = null), 'json.fit.standardErrors.beta', 'must be null exactly when the parameter is listed in notIdentified', null],
    ['a NaN standard error (version 2 writes null)', (f: Record<string, unknown>) => ((f['standardErrors'] as Record<string, unknown>)['beta'] = 'NaN'), 'json.fit.standardErrors.beta', 'must be a number at least 0, or null', 'NaN'],
    ['a NaN covariance (version 2 writes null)', (f: Record<string, unknown>) => (((f['covariance'] as unknown[][])[0] as unknown[])[1] = 'NaN'), 'json.fit.covariance[0][1]', 'must be a number or null', 'NaN'],
    ['a boundary naming no parameter', (f: Record<string, unknown>) => (f['boundary'] = ['gamma']), 'json.fit.boundary[0]', 'must be one of "alpha", "beta"', 'gamma'],
    ['a misspelt special number', (f: Record<string, unknown>) => (f['aic'] = 'nan'), 'json.fit.aic', 'must be a number (NaN, Infinity, -Infinity and -0 written as the strings "NaN", "Infinity", "-Infinity", "-0")', 'nan'],
    ['a missing field', (f: Record<string, unknown>) => delete f['gradientNorm'], 'json.fit.gradientNorm', 'is required', undefined],
    ['an unknown field', (f: Record<string, unknown>) => (f['extra'] = 1), 'json.fit.extra', expect.stringMatching(/^is not a field of this object/), 1],
    ['an unknown model', (f: Record<string, unknown>) => (f['model'] = 'weibull'), 'json.fit.model', expect.stringMatching(/^must be one of "bgNbd", "paretoNbd", "mbgNbd", "bgBb", "shiftedBetaGeometric", "gammaGamma"(, "\w+")*$/), 'weibull'], // models added later append their names
    ['parameter names of another model', (f: Record<string, unknown>) => (f['parameterNames'] = ['beta', 'alpha']), 'json.fit.parameterNames[0]', 'must be one of "alpha"', 'beta'],
    ['a covariance of the wrong size', (f: Record<string, unknown>) => ((f['covariance'] as unknown[]).length = 1), 'json.fit.covariance', 'must have 2 entries', 1],
    ['a fractional iteration count', (f: Record<string, unknown>) => (f['iterations'] = 2.5), 'json.fit.iterations', 'must be an integer at least 0', 2.5],
    ['a bad time unit', (f: Record<string, unknown>) => (f['timeUnit'] = 'fortnight'), 'json.fit.timeUnit', 'must be one of day, week, month, quarter, year, period or a number of days greater than 0', 'fortnight'],
    ['a bad calibration end', (f: Record<string, unknown>) => ((f['data'] as Record<string, unknown>)['calibrationEnd'] = '30/09/1997'), 'json.fit.data.calibrationEnd', "must be a date 'yyyy-mm-dd' or null", '30/09/1997'],
    ['an empty list of runs', (f: Record<string, unknown>) => (f['starts'] = []), 'json.fit.starts', 'must hold at least one run', []],
  ])('refuses %s, naming the path, the rule and the value', (_, change, argument, rule, value) => {
    const e = errorOf(() => parseFit(edit(change)));
    expect(isClienteleError(e)).toBe(true);
    expect(e).toMatchObject({ code: 'INVALID_ARGUMENT', fn: 'parseFit', argument, rule });
    expect(e.value).toEqual(value);
  });

  it('refuses a parameter at or below its bound', () => {
    const bounded = serializeFit(fits['Gamma-Gamma at its bound q > 1 (null standard errors)']!());
    const document = JSON.parse(bounded);
    document.fit.params.q = 0.8;
    expect(errorOf(() => parseFit(document)).message).toBe('`parseFit`: `json.fit.params.q` must be a number greater than 1, got 0.8');
  });

  it('refuses text that is not JSON, another format, and an unknown version', () => {
    expect(errorOf(() => parseFit('{"format":')).message).toMatch(/^`parseFit`: `json` must be JSON text written by serializeFit \(/);
    expect(errorOf(() => parseFit({ ...JSON.parse(text), format: 'lifetimes' })).message).toBe(
      '`parseFit`: `json.format` must be "clientele.fit" (a fit saved by serializeFit), got "lifetimes"',
    );
    expect(errorOf(() => parseFit({ ...JSON.parse(text), version: 4 })).message).toBe(
      '`parseFit`: `json.version` is newer than this release of clientele reads (format versions 1 to 3): read it with the release that wrote it or a later one, got 4',
    );
    expect(errorOf(() => parseFit({ ...JSON.parse(text), version: 0 })).argument).toBe('json.version');
    // A version-2 document labelled version 1 has fields version 1 does not know.
    expect(errorOf(() => parseFit({ ...JSON.parse(text), version: 1 })).argument).toBe('json.fit.boundary');
    expect(errorOf(() => parseFit([])).argument).toBe('json');
  });

  it('with a model, refuses a fit of another model', () => {
    expect(errorOf(() => parseFit(text, bgNbd)).message).toBe('`parseFit`: `json.fit.model` must be "bgNbd" (the model passed to parseFit), got "shiftedBetaGeometric"');
    expect(parseFit(text, shiftedBetaGeometric).params.alpha).toBe(fit.params.alpha);
  });

  it('serializeFit refuses what is not a fit, with the same rules', () => {
    expect(errorOf(() => serializeFit({ ...fit, params: { alpha: 1 } } as never)).message).toBe('`serializeFit`: `fit.params.beta` is required, got undefined');
    expect(errorOf(() => serializeFit({ ...fit, n: 'many' } as never)).message).toBe('`serializeFit`: `fit.n` must be a number, got "many"');
    expect(errorOf(() => serializeFit(null as never)).argument).toBe('fit');
  });
});
