/**
 * fitModel's progress callback and AbortSignal (issue 11, section 3). Data: the CDNOW-sample calibration
 * summary (test/fixtures/cdnow-summary, see its provenance) and a published sBG cohort (Fader & Hardie
 * 2007, "How to project customer retention", regular segment). Identities only: progress reports agree with
 * the fit they lead to, observing a fit does not change it, and an aborted fit returns nothing and
 * changes nothing.
 */
import { describe, expect, it } from 'vitest';
import { bgNbd } from '../../src/clv/bgNbd/index';
import { fitModel } from '../../src/clv/fitModel';
import type { FitProgress } from '../../src/clv/fitModel';
import { shiftedBetaGeometric } from '../../src/clv/shiftedBetaGeometric/index';
import type { ModelParams, RfmCustomer } from '../../src/clv/types';
import { isClienteleError } from '../../src/core/errors/isClienteleError';
import { cdnowCalibration } from './bgNbd/cdnowSummary';

const data: readonly RfmCustomer[] = cdnowCalibration.slice(0, 600);
const cohort = [1000, 631, 468, 382, 326, 289, 262, 241];

/** The error `f` throws (fails the test when it does not throw). */
function errorOf(f: () => unknown): unknown {
  try {
    f();
  } catch (e) {
    return e;
  }
  throw new Error('expected an error');
}

/** A deep copy that keeps -0 and non-finite numbers (to compare the caller's input before and after). */
const snapshot = (value: unknown): unknown => structuredClone(value);

describe('fitModel onProgress', () => {
  const reports: FitProgress<ModelParams>[] = [];
  const watched = fitModel(bgNbd, data, { timeUnit: 'week', onProgress: (p) => void reports.push(p) });
  const plain = fitModel(bgNbd, data, { timeUnit: 'week' });

  it('does not change the fit', () => {
    expect(watched).toEqual(plain);
  });

  it('reports every iteration of every start, numbered within the run', () => {
    expect(reports.length).toBeGreaterThan(5);
    const starts = reports[0]!.starts;
    expect(starts).toBe(watched.starts.length);
    for (let s = 0; s < starts; s++) {
      const mine = reports.filter((r) => r.start === s);
      expect(mine.length).toBeGreaterThan(0);
      mine.forEach((r, i) => {
        if (i > 0) expect(r.iteration).toBeGreaterThan(mine[i - 1]!.iteration);
        expect(r.stage).toBe('bfgs');
        expect(r.gradientNorm).not.toBeNull();
      });
    }
  });

  it("ends, for the winning run, at the fit's parameters, log-likelihood and gradient norm", () => {
    // Which start won: the one whose last report has the highest log-likelihood.
    const lastOf = (s: number) => reports.filter((r) => r.start === s).at(-1)!;
    const finals = Array.from({ length: reports[0]!.starts }, (_, s) => lastOf(s));
    const winner = finals.reduce((a, b) => (b.logLikelihood > a.logLikelihood ? b : a));
    expect(winner.iteration).toBe(watched.iterations);
    for (const name of bgNbd.parameterNames) expect(winner.params[name]).toBe(watched.params[name]);
    expect(Math.abs(winner.logLikelihood - watched.logLikelihood)).toBeLessThan(1e-8 * Math.abs(watched.logLikelihood));
    expect(Math.abs(winner.gradientNorm! - watched.gradientNorm)).toBeLessThanOrEqual(1e-12);
  });

  it('reports the log-likelihood in the data time unit, whatever the time scale', () => {
    // The same data in days: the log-likelihood shifts by −Σx ln 7 (docs/clv.md, "Fitting").
    const days = data.map((c) => ({ frequency: c.frequency, recency: c.recency * 7, T: c.T * 7 }));
    const inDays: FitProgress<ModelParams>[] = [];
    const fit = fitModel(bgNbd, days, { onProgress: (p) => void inDays.push(p) });
    const best = inDays.filter((r) => r.iteration === fit.iterations).at(-1)!;
    expect(Math.abs(best.logLikelihood - fit.logLikelihood)).toBeLessThan(1e-8 * Math.abs(fit.logLikelihood));
    const unscaled: FitProgress<ModelParams>[] = [];
    fitModel(bgNbd, days, { timeScale: 1, onProgress: (p) => void unscaled.push(p) });
    // The first report of each: both at comparable points, both in days (not in the scaled unit).
    expect(Math.abs(inDays.at(-1)!.logLikelihood - fit.logLikelihood)).toBeLessThan(50);
    expect(Math.abs(unscaled.at(-1)!.logLikelihood - fit.logLikelihood)).toBeLessThan(50);
  });

  it('reports the Nelder–Mead stage without a gradient norm (sBG has no analytic gradient)', () => {
    const seen: FitProgress<ModelParams>[] = [];
    const fit = fitModel(shiftedBetaGeometric, cohort, { onProgress: (p) => void seen.push(p) });
    expect(seen.some((r) => r.stage === 'nelderMead' && r.gradientNorm === null)).toBe(true);
    expect(seen.every((r) => (r.stage === 'bfgs' ? typeof r.gradientNorm === 'number' : r.gradientNorm === null))).toBe(true);
    expect(fitModel(shiftedBetaGeometric, cohort)).toEqual(fit);
  });

  it('rejects an onProgress that is not a function', () => {
    const e = errorOf(() => fitModel(bgNbd, data, { onProgress: 3 as never }));
    expect(isClienteleError(e) && e.code).toBe('INVALID_ARGUMENT');
    expect((e as Error).message).toBe('`fitModel`: `options.onProgress` must be a function (progress) => void, got 3');
  });
});

describe('fitModel signal', () => {
  it('stops at the iteration where the progress callback aborts, throws ABORTED and reports no more', () => {
    const frozen = Object.freeze(data.map((c) => Object.freeze({ ...c })));
    const before = snapshot(frozen);
    const controller = new AbortController();
    let calls = 0;
    const e = errorOf(() =>
      fitModel(bgNbd, frozen, {
        signal: controller.signal,
        onProgress: () => {
          calls++;
          if (calls === 3) controller.abort('user pressed stop');
        },
      }),
    );
    expect(isClienteleError(e)).toBe(true);
    expect(e).toMatchObject({ code: 'ABORTED', name: 'AbortedError', fn: 'fitModel', argument: 'options.signal', value: 'user pressed stop' });
    expect((e as Error).message).toBe('`fitModel`: aborted by `options.signal`: user pressed stop');
    expect(calls).toBe(3);
    expect(frozen).toEqual(before);
  });

  it('leaves a summary and the options as they were when aborted', () => {
    const summary = Object.freeze({
      customers: Object.freeze(data.map((c, i) => Object.freeze({ customerId: `c${i}`, ...c }))),
      options: Object.freeze({ unit: 'week', unitDays: 7, monthLength: null, mergeBy: 'day', calibrationEnd: '1997-09-30', observationEnd: '1998-06-30' } as const),
    });
    const controller = new AbortController();
    const start = Object.freeze({ r: 0.3, alpha: 5, a: 0.5, b: 3 });
    const options = Object.freeze({ start, signal: controller.signal, onProgress: (p: FitProgress<ModelParams>) => void (p.iteration === 2 && controller.abort()) });
    const before = snapshot({ summary, start });
    expect(errorOf(() => fitModel(bgNbd, summary, options))).toMatchObject({ code: 'ABORTED' });
    expect({ summary, start }).toEqual(before);
  });

  it('aborts in the Nelder–Mead stage too', () => {
    const controller = new AbortController();
    let calls = 0;
    const e = errorOf(() =>
      fitModel(shiftedBetaGeometric, cohort, {
        signal: controller.signal,
        onProgress: (p) => {
          calls++;
          if (p.stage === 'nelderMead' && p.iteration === 2) controller.abort();
        },
      }),
    );
    expect(isClienteleError(e) && e.code).toBe('ABORTED');
    expect(calls).toBe(2);
  });

  it('aborts between starts: a signal aborted after the first run stops before the second', () => {
    const controller = new AbortController();
    const seenStarts = new Set<number>();
    const e = errorOf(() =>
      fitModel(bgNbd, data, {
        signal: controller.signal,
        start: { r: 0.3, alpha: 5, a: 0.5, b: 3 },
        onProgress: (p) => {
          seenStarts.add(p.start);
          if (p.start === 0 && p.iteration === 3) controller.abort();
        },
      }),
    );
    expect(isClienteleError(e) && e.code).toBe('ABORTED');
    expect([...seenStarts]).toEqual([0]);
  });

  it('refuses to start with an already-aborted signal: no data are read, no progress reported', () => {
    const controller = new AbortController();
    controller.abort();
    let compressed = 0;
    let calls = 0;
    const spy = { ...bgNbd, compress: (d: readonly RfmCustomer[], fn: string) => (compressed++, bgNbd.compress(d, fn)) };
    const e = errorOf(() => fitModel(spy, data, { signal: controller.signal, onProgress: () => void calls++ }));
    expect(e).toMatchObject({ code: 'ABORTED', fn: 'fitModel' });
    expect((e as Error).message).toBe('`fitModel`: aborted by `options.signal`: This operation was aborted');
    expect(compressed).toBe(0);
    expect(calls).toBe(0);
  });

  it('an invalid argument is reported before an aborted signal', () => {
    const controller = new AbortController();
    controller.abort();
    const e = errorOf(() => fitModel(bgNbd, data, { signal: controller.signal, penalty: -1 }));
    expect(isClienteleError(e) && e.code).toBe('INVALID_ARGUMENT');
  });

  it('a signal that is never aborted changes nothing', () => {
    expect(fitModel(bgNbd, data, { signal: new AbortController().signal })).toEqual(fitModel(bgNbd, data));
  });

  it('rejects a signal that is not an AbortSignal', () => {
    const e = errorOf(() => fitModel(bgNbd, data, { signal: {} as never }));
    expect(isClienteleError(e) && e.code).toBe('INVALID_ARGUMENT');
    expect((e as Error).message).toBe('`fitModel`: `options.signal` must be an AbortSignal (e.g. new AbortController().signal), got {}');
  });
});
