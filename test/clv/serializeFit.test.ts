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
  'Gamma-Gamma at its bound q > 1 (NaN standard errors)': () =>
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

  it('writes NaN, ±Infinity and -0 as strings, which plain JSON would turn into null and 0', () => {
    const fit = fits['Gamma-Gamma at its bound q > 1 (NaN standard errors)']!();
    expect(Number.isNaN(fit.standardErrors.q)).toBe(true);
    expect(JSON.parse(JSON.stringify(fit)).standardErrors.q).toBeNull(); // the problem
    const edited = { ...fit, logLikelihood: Number.NEGATIVE_INFINITY, aic: Number.POSITIVE_INFINITY, covariance: fit.covariance.map((row) => row.map(() => -0)) };
    const document = JSON.parse(serializeFit(edited));
    expect(document).toMatchObject({ format: 'clientele.fit', version: 1 });
    expect(document.fit.standardErrors.q).toBe('NaN');
    expect(document.fit.logLikelihood).toBe('-Infinity');
    expect(document.fit.aic).toBe('Infinity');
    expect(document.fit.covariance[0][0]).toBe('-0');
    sameBits(parseFit(document), edited);
  });

  it('keeps any double exactly (property, 200 runs)', () => {
    const fit = fits.sBG!();
    fc.assert(
      fc.property(fc.double(), fc.double(), fc.double({ min: 0, noNaN: true }), (a, b, se) => {
        const edited = { ...fit, logLikelihood: a, bic: b, standardErrors: { ...fit.standardErrors, alpha: se }, covariance: [[a, b], [b, a]] };
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
    it(`reads ${name} (format version 1) and writes it back unchanged`, () => {
      const fit = parseFit(text);
      expect(serializeFit(fit)).toBe(text);
    });
  }
  it('the version-1 fits keep their meaning: the Gamma-Gamma fit at its bound', () => {
    const fit = parseFit(saved.documents.gammaGammaAtBound, gammaGamma);
    expect(fit.atBound).toEqual(['q']);
    expect(fit.params.q).toBeGreaterThan(1);
    expect(Number.isNaN(fit.standardErrors.q)).toBe(true);
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
    ['a null standard error (plain JSON of NaN)', (f: Record<string, unknown>) => ((f['standardErrors'] as Record<string, unknown>)['beta'] = null), 'json.fit.standardErrors.beta', 'must be a number (NaN, Infinity, -Infinity and -0 written as the strings "NaN", "Infinity", "-Infinity", "-0")', null],
    ['a misspelt special number', (f: Record<string, unknown>) => (f['aic'] = 'nan'), 'json.fit.aic', 'must be a number (NaN, Infinity, -Infinity and -0 written as the strings "NaN", "Infinity", "-Infinity", "-0")', 'nan'],
    ['a missing field', (f: Record<string, unknown>) => delete f['gradientNorm'], 'json.fit.gradientNorm', 'is required', undefined],
    ['an unknown field', (f: Record<string, unknown>) => (f['extra'] = 1), 'json.fit.extra', expect.stringMatching(/^is not a field of this object/), 1],
    ['an unknown model', (f: Record<string, unknown>) => (f['model'] = 'weibull'), 'json.fit.model', 'must be one of "bgNbd", "paretoNbd", "mbgNbd", "bgBb", "shiftedBetaGeometric", "gammaGamma"', 'weibull'],
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
    const bounded = serializeFit(fits['Gamma-Gamma at its bound q > 1 (NaN standard errors)']!());
    const document = JSON.parse(bounded);
    document.fit.params.q = 0.8;
    expect(errorOf(() => parseFit(document)).message).toBe('`parseFit`: `json.fit.params.q` must be a number greater than 1, got 0.8');
  });

  it('refuses text that is not JSON, another format, and an unknown version', () => {
    expect(errorOf(() => parseFit('{"format":')).message).toMatch(/^`parseFit`: `json` must be JSON text written by serializeFit \(/);
    expect(errorOf(() => parseFit({ ...JSON.parse(text), format: 'lifetimes' })).message).toBe(
      '`parseFit`: `json.format` must be "clientele.fit" (a fit saved by serializeFit), got "lifetimes"',
    );
    expect(errorOf(() => parseFit({ ...JSON.parse(text), version: 2 })).message).toBe(
      '`parseFit`: `json.version` is newer than this release of clientele reads (format versions 1 to 1): read it with the release that wrote it or a later one, got 2',
    );
    expect(errorOf(() => parseFit({ ...JSON.parse(text), version: 0 })).argument).toBe('json.version');
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
