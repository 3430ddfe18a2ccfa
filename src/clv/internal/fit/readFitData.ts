import { InvalidArgumentError } from '../../../core/errors/InvalidArgumentError';
import { UnitMismatchError } from '../../../core/errors/UnitMismatchError';
import type { FitDataSettings, ModelName, ModelTimeUnit } from '../../types';
import { summaryOriginOf } from '../../../time/internal/summaryOrigin';
import type { SummarySettingsLike } from '../../types';
import { checkModelTimeUnit, clockOf, clockOfSummary, describeClock, isSummarizedData, sameClock } from '../modelClock';

/** The records to fit, their time unit and the conventions recorded in the fit. @internal */
export interface FitData {
  readonly data: unknown;
  readonly timeUnit: ModelTimeUnit | null;
  readonly settings: FitDataSettings;
}

/**
 * Reads `fitModel`'s data: a bare array (its unit from `options.timeUnit`, if any) or a summary (its
 * unit, unit length, month length, merge rule and dates from the summary's `options`; for Gamma-Gamma
 * the repeat buyers only). @internal
 */
export function readFitData(fn: string, name: ModelName, data: unknown, timeUnit: ModelTimeUnit | undefined): FitData {
  if (timeUnit !== undefined) {
    checkModelTimeUnit(fn, 'options.timeUnit', timeUnit);
    if (name === 'gammaGamma') {
      throw new InvalidArgumentError(fn, 'options.timeUnit', 'must not be given for gammaGamma (spend per purchase has no time unit)', timeUnit);
    }
  }
  if (!isSummarizedData(data)) {
    const records = Array.isArray(data) ? data.length : 0;
    const origin = name === 'gammaGamma' ? undefined : summaryOriginOf(data);
    if (origin !== undefined) return readSummaryCustomers(fn, data, origin, timeUnit);
    const clock = timeUnit === undefined ? undefined : clockOf(timeUnit);
    return {
      data,
      timeUnit: timeUnit ?? null,
      settings: {
        source: 'array',
        unitDays: clock?.unitDays ?? null,
        monthLength: null,
        mergeBy: null,
        calibrationEnd: null,
        observationEnd: null,
        records,
        excluded: 0,
      },
    };
  }
  if (name === 'bgBb' || name === 'shiftedBetaGeometric' || name === 'betaDiscreteWeibull') {
    throw new InvalidArgumentError(fn, 'data', `must be ${name === 'bgBb' ? 'an array of { frequency, recency, n }' : "a cohort's active counts"}: a transaction summary fits the continuous-time models and gammaGamma`, 'a summary');
  }
  const settings = data.options;
  const clock = clockOfSummary(fn, 'data.options', settings);
  if (timeUnit !== undefined && !sameClock(clock, clockOf(timeUnit))) {
    throw new UnitMismatchError(fn, 'options.timeUnit', `must agree with the summary's unit ${describeClock(clock)} (omit it: the summary carries its unit)`, timeUnit);
  }
  const all = data.customers;
  const kept = name === 'gammaGamma' ? all.filter((c) => (c as { frequency?: unknown }).frequency !== 0) : all;
  return {
    data: kept,
    timeUnit: name === 'gammaGamma' ? null : clock.unit,
    settings: {
      source: 'summary',
      unitDays: clock.unitDays,
      monthLength: settings.monthLength ?? null,
      mergeBy: settings.mergeBy ?? null,
      calibrationEnd: settings.calibrationEnd ?? null,
      observationEnd: settings.observationEnd ?? null,
      records: all.length,
      excluded: all.length - kept.length,
    },
  };
}

/**
 * A bare `summary.customers` array (recognised as such): fitted as given, with the unit and conventions
 * of the summary it came from recorded in the fit, so that the fit carries its unit. @internal
 */
function readSummaryCustomers(fn: string, data: unknown, settings: SummarySettingsLike, timeUnit: ModelTimeUnit | undefined): FitData {
  const clock = clockOfSummary(fn, 'data', settings);
  if (timeUnit !== undefined && !sameClock(clock, clockOf(timeUnit))) {
    throw new UnitMismatchError(
      fn,
      'options.timeUnit',
      `must agree with the unit ${describeClock(clock)} of the summary these customers come from (omit it: the unit is known)`,
      timeUnit,
    );
  }
  const records = (data as readonly unknown[]).length;
  return {
    data,
    timeUnit: clock.unit,
    settings: {
      source: 'array',
      unitDays: clock.unitDays,
      monthLength: settings.monthLength ?? null,
      mergeBy: settings.mergeBy ?? null,
      calibrationEnd: settings.calibrationEnd ?? null,
      observationEnd: settings.observationEnd ?? null,
      records,
      excluded: 0,
    },
  };
}
