/**
 * fitModel's lower bounds on a rate parameter, which the time rescaling divides along with the data.
 * Data: the CDNOW-sample calibration summary (test/fixtures/cdnow-summary, see its provenance), whose
 * BG/NBD maximum has alpha ≈ 4.41 weeks (Fader, Hardie & Lee 2005). Identities only.
 */
import { describe, expect, it } from 'vitest';
import { bgNbd } from '../../src/clv/bgNbd/index';
import { fitModel } from '../../src/clv/fitModel';
import { cdnowCalibration } from './bgNbd/cdnowSummary';

describe('fitModel constraints on a rate', () => {
  const free = fitModel(bgNbd, cdnowCalibration);
  const weeks = fitModel(bgNbd, cdnowCalibration, { constraints: { alpha: { greaterThan: 6 } } });
  const days = cdnowCalibration.map((c) => ({ frequency: c.frequency, recency: c.recency * 7, T: c.T * 7 }));
  const inDays = fitModel(bgNbd, days, { constraints: { alpha: { greaterThan: 42 } } });
  const unscaled = fitModel(bgNbd, days, { constraints: { alpha: { greaterThan: 42 } }, timeScale: 1 });

  it('holds the bound in the data time unit, whatever the time scale', () => {
    expect(free.params.alpha).toBeLessThan(6);
    expect(weeks.params.alpha).toBeGreaterThan(6);
    expect(weeks.atBound).toEqual(['alpha']);
    expect(weeks.logLikelihood).toBeLessThan(free.logLikelihood);
    expect(inDays.params.alpha).toBeGreaterThan(42);
    expect(inDays.atBound).toEqual(['alpha']);
    expect(Math.abs(inDays.params.alpha / 7 - weeks.params.alpha)).toBeLessThan(1e-3);
    expect(Math.abs(unscaled.params.alpha - inDays.params.alpha)).toBeLessThan(1e-3);
    for (const name of ['r', 'a', 'b'] as const) {
      expect(Math.abs(inDays.params[name] / weeks.params[name] - 1)).toBeLessThan(1e-4);
      expect(Math.abs(unscaled.params[name] / weeks.params[name] - 1)).toBeLessThan(1e-4);
    }
  });

  it('an inactive bound changes nothing but the record of it', () => {
    const loose = fitModel(bgNbd, cdnowCalibration, { constraints: { alpha: { greaterThan: 1 } } });
    expect(loose.atBound).toEqual([]);
    for (const name of bgNbd.parameterNames) expect(Math.abs(loose.params[name] / free.params[name] - 1)).toBeLessThan(1e-5);
    expect(Math.abs(loose.logLikelihood - free.logLikelihood)).toBeLessThan(1e-6);
    const [lo] = loose.confidenceIntervals.alpha;
    expect(lo).toBeGreaterThan(1);
  });
});
