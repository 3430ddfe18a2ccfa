// Reference values: test/fixtures/survival/aml.json, written by scripts/fixtures/kaplan_meier_aml.R with
// R 4.2.2 and survival 3.5-3 (survfit, quantile, summary(rmean = 40), survdiff on the `aml` data of
// Miller 1981). The printed tables below are R's `summary(survfit(Surv(time, status) ~ x, data = aml))`
// output as printed by the same R (conf.type "log", the default, and "log-log"), compared within half a
// unit of the last printed digit. Hand cases are worked out in the comments.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isClienteleError } from '../../src/core/errors/isClienteleError';
import { kaplanMeier, type SurvivalObservation } from '../../src/loyalty/kaplanMeier';
import aml from '../fixtures/survival/aml.json';
import { deepFreeze } from '../schemas/helpers';

const Z = 1.959963984540054;
const amlRows: SurvivalObservation[] = aml.data.map((r) => ({ time: r.time, event: r.status === 1, group: r.x }));
type Reference = (typeof aml.groups)['Nonmaintained'];
const reference = (group: string): Reference => (aml.groups as unknown as Record<string, Reference>)[group] as Reference;

/** Decimal places of a printed number, and the half-unit tolerance it implies. */
const tolerance = (printed: string) => 0.5 * 10 ** -(printed.split('.')[1]?.length ?? 0) + 1e-12;

describe('kaplanMeier: hand-computed cases', () => {
  // 3 event, 5 censored, 5 event, 8 event, 12 censored. The censored-at-5 row is at risk at 5:
  // t=3: n=5, d=1, S=0.8, σ²=1/(5·4)=0.05; t=5: n=4, d=1, S=0.6, σ²+=1/(4·3); t=8: n=2, d=1, S=0.3, σ²+=1/(2·1).
  const rows: SurvivalObservation[] = [
    { time: 3, event: true },
    { time: 5, event: false },
    { time: 5, event: true },
    { time: 8, event: true },
    { time: 12, event: false },
  ];

  it('product-limit table with ties, Greenwood errors and the log-log interval', () => {
    const km = kaplanMeier(rows);
    const steps = km.overall.steps;
    expect(steps.map((s) => [s.time, s.atRisk, s.events, s.censored])).toEqual([[3, 5, 1, 0], [5, 4, 1, 1], [8, 2, 1, 0]]);
    expect(steps.map((s) => s.survival)).toEqual([0.8, 0.8 * 0.75, 0.8 * 0.75 * 0.5]);
    const sigma2 = [0.05, 0.05 + 1 / 12, 0.05 + 1 / 12 + 0.5];
    steps.forEach((s, i) => {
      const sigma = Math.sqrt(sigma2[i] as number);
      expect(s.standardError).toBeCloseTo(s.survival * sigma, 14);
      const logS = Math.log(s.survival);
      expect(s.lower).toBeCloseTo(Math.exp(-Math.exp(Math.log(-logS) + (Z * sigma) / -logS)), 12);
      expect(s.upper).toBeCloseTo(Math.exp(-Math.exp(Math.log(-logS) - (Z * sigma) / -logS)), 12);
    });
    expect(steps[0]?.standardError).toBeCloseTo(0.17888543819998318, 15);
    expect(km.overall).toMatchObject({ n: 5, events: 3, censored: 2 });
    expect(km.overall.median.time).toBe(8);
    expect(km.groups).toEqual([]);
    expect(km.logRank).toBeNull();
    expect(km.settings).toMatchObject({ confidenceLevel: 0.95, interval: 'log-log', times: 'events', standardError: 'Greenwood' });
  });

  it('log and plain intervals, other levels', () => {
    const log = kaplanMeier(rows, { interval: 'log', confidenceLevel: 0.9 }).overall.steps[1]!;
    const z90 = 1.6448536269514722;
    const sigma = Math.sqrt(0.05 + 1 / 12);
    expect(log.lower).toBeCloseTo(0.6 * Math.exp(-z90 * sigma), 12);
    expect(log.upper).toBeCloseTo(Math.min(1, 0.6 * Math.exp(z90 * sigma)), 12);
    const plain = kaplanMeier(rows, { interval: 'plain' }).overall.steps[2]!;
    const se = 0.3 * Math.sqrt(0.05 + 1 / 12 + 0.5);
    expect(plain.lower).toBeCloseTo(Math.max(0, 0.3 - Z * se), 12);
    expect(plain.upper).toBeCloseTo(0.3 + Z * se, 12);
  });

  it("times: 'all' adds the censoring-only times with the survival carried forward", () => {
    const all = kaplanMeier(rows, { times: 'all' }).overall.steps;
    expect(all.map((s) => [s.time, s.atRisk, s.events, s.censored, s.survival])).toEqual([
      [3, 5, 1, 0, 0.8], [5, 4, 1, 1, 0.6000000000000001], [8, 2, 1, 0, 0.30000000000000004], [12, 1, 0, 1, 0.30000000000000004],
    ]);
    expect(all[3]?.lower).toBe(all[2]?.lower);
  });

  it('restricted mean: area under the steps and its standard error', () => {
    // ∫₀^10 S = 3·1 + 2·0.8 + 3·0.6 + 2·0.3 = 7. A(3) = 4, A(5) = 2.4, A(8) = 0.6.
    const rm = kaplanMeier(rows, { restrictedMeanHorizon: 10 }).overall.restrictedMean!;
    expect(rm.value).toBeCloseTo(7, 14);
    expect(rm.standardError).toBeCloseTo(Math.sqrt(16 / 20 + (2.4 * 2.4) / 12 + (0.6 * 0.6) / 2), 13);
    // Beyond the last time the curve is held at its last value: ∫₀^20 = 7 + 10·0.3.
    expect(kaplanMeier(rows, { restrictedMeanHorizon: 20 }).overall.restrictedMean!.value).toBeCloseTo(10, 13);
  });

  it('all censored: survival 1, no steps, median null with a reason', () => {
    const km = kaplanMeier([{ time: 4, event: false }, { time: 9, event: false }], { restrictedMeanHorizon: 6 });
    expect(km.overall.steps).toEqual([]);
    expect(km.overall.median).toMatchObject({ time: null, lower: null, upper: null });
    expect(km.overall.median.reason).toMatch(/never falls to 0\.5 or below \(lowest 1\)/);
    expect(km.overall.restrictedMean).toEqual({ horizon: 6, value: 6, standardError: 0 });
    const all = kaplanMeier([{ time: 4, event: false }], { times: 'all' }).overall.steps;
    expect(all).toEqual([{ time: 4, atRisk: 1, events: 0, censored: 1, survival: 1, standardError: 0, lower: 1, upper: 1 }]);
  });

  it('one customer with an event: survival 0, its error and limits null, the median is its time', () => {
    const km = kaplanMeier([{ id: 'c1', time: 7, event: true }]);
    expect(km.overall.steps).toEqual([{ time: 7, atRisk: 1, events: 1, censored: 0, survival: 0, standardError: null, lower: null, upper: null }]);
    expect(km.overall.median).toMatchObject({ time: 7, lower: null, upper: null });
  });

  it('time 0 and ties of events only', () => {
    const km = kaplanMeier([{ time: 0, event: true }, { time: 0, event: true }, { time: 2, event: false }, { time: 2, event: true }]);
    expect(km.overall.steps.map((s) => [s.time, s.atRisk, s.events, s.survival])).toEqual([[0, 4, 2, 0.5], [2, 2, 1, 0.25]]);
    expect(km.overall.median.time).toBe(0);
  });

  it('groups: one curve each, sorted, and the overall curve of all rows', () => {
    const km = kaplanMeier([
      { time: 2, event: true, group: 'b' }, { time: 1, event: true, group: 'a' }, { time: 3, event: false, group: 'a' },
    ]);
    expect(km.groups.map((g) => [g.group, g.curve.n])).toEqual([['a', 2], ['b', 1]]);
    expect(km.overall.n).toBe(3);
    expect(km.groups[0]?.curve.steps.map((s) => s.survival)).toEqual([0.5]);
  });
});

describe('kaplanMeier: the aml data against R survival', () => {
  for (const interval of ['log', 'log-log', 'plain'] as const) {
    it(`every event time of both arms, ${interval} interval (full precision, 1e-12)`, () => {
      const km = kaplanMeier(amlRows, { interval, restrictedMeanHorizon: 40 });
      expect(km.groups.map((g) => g.group)).toEqual(['Maintained', 'Nonmaintained']);
      for (const g of km.groups) {
        const ref = reference(g.group);
        expect(g.curve.steps.map((s) => s.time)).toEqual(ref.time);
        expect(g.curve.steps.map((s) => s.atRisk)).toEqual(ref.nRisk);
        expect(g.curve.steps.map((s) => s.events)).toEqual(ref.nEvent);
        g.curve.steps.forEach((s, i) => {
          expect(s.survival).toBeCloseTo(ref.survival[i] as number, 12);
          const se = ref.stdErr[i] as number | null;
          if (se === null) expect(s.standardError).toBeNull(); // S = 0: R prints NaN
          else expect(s.standardError).toBeCloseTo(se, 12);
          const lower = ref.interval[interval].lower[i] as number | null;
          const upper = ref.interval[interval].upper[i] as number | null;
          if (upper === null) expect([s.lower, s.upper]).toEqual([null, null]); // R: NA (plain lower 0)
          else {
            expect(s.lower).toBeCloseTo(lower as number, 12);
            expect(s.upper).toBeCloseTo(upper, 12);
          }
        });
        expect(g.curve.median.time).toBe(ref.median[interval].median);
        expect(g.curve.median.lower).toBe(ref.median[interval].lower);
        expect(g.curve.median.upper).toBe(ref.median[interval].upper);
        expect(g.curve.restrictedMean?.value).toBeCloseTo(ref.rmean40.rmean, 12);
        expect(g.curve.restrictedMean?.standardError).toBeCloseTo(ref.rmean40.seRmean, 12);
      }
      const overall = aml.overall;
      expect(km.overall.steps.map((s) => s.survival).every((s, i) => Math.abs(s - (overall.survival[i] as number)) < 1e-12)).toBe(true);
      expect(km.overall.steps.map((s) => s.upper).every((u, i) => Math.abs((u as number) - (overall.interval[interval].upper[i] as number)) < 1e-12)).toBe(true);
      // One known difference: on the pooled data the "log" upper band is not monotone (0.4584 at 45, 0.4623
      // at 48, as R prints too). clientele takes the first time it is ≤ 0.5 (45); R's quantile.survfit sorts
      // the band values before interpolating and reports 48.
      const upper = interval === 'log' ? 45 : overall.median[interval].upper;
      if (interval === 'log') expect(overall.median.log.upper).toBe(48);
      expect(km.overall.median).toMatchObject({ time: overall.median[interval].median, lower: overall.median[interval].lower, upper });
    });
  }

  it('matches the printed summary tables (log and log-log intervals) to their printed digits', () => {
    // summary(survfit(Surv(time, status) ~ x, data = aml)) and the same with conf.type = "log-log".
    const printed = {
      log: {
        Maintained: {
          survival: ['0.909', '0.818', '0.716', '0.614', '0.491', '0.368', '0.184'],
          stdErr: ['0.0867', '0.1163', '0.1397', '0.1526', '0.1642', '0.1627', '0.1535'],
          lower: ['0.7541', '0.6192', '0.4884', '0.3769', '0.2549', '0.1549', '0.0359'],
          upper: ['1.000', '1.000', '1.000', '0.999', '0.946', '0.875', '0.944'],
        },
        Nonmaintained: {
          survival: ['0.8333', '0.6667', '0.5833', '0.4861', '0.3889', '0.2917', '0.1944', '0.0972', '0.0000'],
          stdErr: ['0.1076', '0.1361', '0.1423', '0.1481', '0.1470', '0.1387', '0.1219', '0.0919', 'NaN'],
          lower: ['0.6470', '0.4468', '0.3616', '0.2675', '0.1854', '0.1148', '0.0569', '0.0153', 'NA'],
          upper: ['1.000', '0.995', '0.941', '0.883', '0.816', '0.741', '0.664', '0.620', 'NA'],
        },
      },
      'log-log': {
        Maintained: {
          lower: ['0.5081', '0.4474', '0.3502', '0.2658', '0.1673', '0.0928', '0.0117'],
          upper: ['0.987', '0.951', '0.899', '0.835', '0.753', '0.657', '0.525'],
        },
        Nonmaintained: {
          lower: ['0.48171', '0.33702', '0.27014', '0.19188', '0.12627', '0.07240', '0.03120', '0.00575', 'NA'],
          upper: ['0.956', '0.860', '0.801', '0.730', '0.650', '0.561', '0.461', '0.349', 'NA'],
        },
      },
    } as const;
    let compared = 0;
    for (const interval of ['log', 'log-log'] as const) {
      const km = kaplanMeier(amlRows, { interval });
      for (const g of km.groups) {
        const table = (printed[interval] as Record<string, Partial<Record<'survival' | 'stdErr' | 'lower' | 'upper', readonly string[]>>>)[g.group]!;
        for (const [column, values] of Object.entries(table)) {
          values!.forEach((text, i) => {
            const step = g.curve.steps[i]!;
            const ours = column === 'stdErr' ? step.standardError : (step[column as 'survival' | 'lower' | 'upper'] as number | null);
            if (text === 'NA' || text === 'NaN') expect(ours).toBeNull();
            else expect(Math.abs((ours as number) - Number(text))).toBeLessThanOrEqual(tolerance(text));
            compared++;
          });
        }
      }
    }
    expect(compared).toBe(4 * 16 + 2 * 16);
  });

  it('log-rank test: survdiff on aml and on three groups', () => {
    const lr = kaplanMeier(amlRows).logRank!;
    expect(lr.statistic).toBeCloseTo(aml.logRank.chisq, 12);
    expect(lr.degreesOfFreedom).toBe(1);
    expect(lr.pValue).toBeCloseTo(aml.logRank.pValue, 12);
    expect(lr.groups.map((g) => g.observed)).toEqual(aml.logRank.observed);
    lr.groups.forEach((g, i) => expect(g.expected).toBeCloseTo(aml.logRank.expected[i] as number, 12));
    const three = aml.threeGroups;
    const lr3 = kaplanMeier(three.data.map((r) => ({ time: r.time, event: r.status === 1, group: r.g }))).logRank!;
    expect(lr3.degreesOfFreedom).toBe(2);
    expect(lr3.statistic).toBeCloseTo(three.chisq, 12);
    expect(lr3.pValue).toBeCloseTo(three.pValue, 12);
    lr3.groups.forEach((g, i) => expect(g.expected).toBeCloseTo(three.expected[i] as number, 12));
  });

  it('log-rank: identical groups give 0; no events give a null statistic with a reason', () => {
    const same = kaplanMeier([1, 2, 3].flatMap((t) => ['x', 'y'].map((group) => ({ time: t, event: true, group })))).logRank!;
    expect(same.statistic).toBeCloseTo(0, 14);
    expect(same.pValue).toBeCloseTo(1, 12);
    const none = kaplanMeier([{ time: 1, event: false, group: 'x' }, { time: 2, event: false, group: 'y' }]).logRank!;
    expect(none).toMatchObject({ statistic: null, pValue: null, degreesOfFreedom: 1 });
    expect(none.reason).toMatch(/singular/);
  });
});

describe('kaplanMeier: bad rows and arguments', () => {
  it('reports bad rows with index, field, reason and value and leaves the others unchanged', () => {
    const good = [{ time: 1, event: true, group: 'a' }, { time: 2, event: false, group: 'a' }, { time: 4, event: true, group: 'b' }];
    const bad = [
      null,
      { time: -1, event: true, group: 'a' },
      { time: Number.NaN, event: true, group: 'a' },
      { time: 3, event: 1, group: 'a' },
      { time: 3, event: true, group: 5 },
      { time: 3, event: true },
      { id: 'dup', time: 3, event: true, group: 'a' },
      { id: 'dup', time: 5, event: true, group: 'b' },
      { id: { x: 1 }, time: 5, event: true, group: 'b' },
    ];
    const km = kaplanMeier([...good, ...bad] as never);
    expect(km.rejected.map((r) => [r.index, r.field])).toEqual([
      [3, 'row'], [4, 'time'], [5, 'time'], [6, 'event'], [7, 'group'], [8, 'group'], [9, 'id'], [10, 'id'], [11, 'id'],
    ]);
    expect(km.rejected[1]).toEqual({ index: 4, field: 'time', reason: 'must be a finite number at least 0', value: -1 });
    expect(km.rejected[5]?.reason).toBe('is missing while other rows have a group');
    expect(km.rejected[6]?.reason).toBe('appears on more than one row');
    const clean = kaplanMeier(good);
    expect({ ...km, rejected: [] }).toEqual({ ...clean, rejected: [] });
  });

  it('throws on bad arguments and on nothing usable', () => {
    const code = (f: () => unknown) => {
      try {
        f();
      } catch (e) {
        return isClienteleError(e) ? `${e.code}: ${e.message}` : 'not a clientele error';
      }
      return 'no error';
    };
    const rows = [{ time: 1, event: true }];
    expect(code(() => kaplanMeier('x' as never))).toBe('INVALID_ARGUMENT: `kaplanMeier`: `observations` must be an array of rows, got "x"');
    expect(code(() => kaplanMeier(rows, null as never))).toBe('INVALID_ARGUMENT: `kaplanMeier`: `options` must be an object, got null');
    expect(code(() => kaplanMeier(rows, { confidenceLevel: 1 }))).toBe('INVALID_ARGUMENT: `kaplanMeier`: `options.confidenceLevel` must be a number in (0, 1), got 1');
    expect(code(() => kaplanMeier(rows, { confidenceLevel: '0.9' as never }))).toMatch(/^INVALID_ARGUMENT: .*confidenceLevel/);
    expect(code(() => kaplanMeier(rows, { interval: 'arcsine' as never }))).toMatch(/`options.interval` must be 'log-log', 'log' or 'plain', got "arcsine"/);
    expect(code(() => kaplanMeier(rows, { times: 'some' as never }))).toMatch(/`options.times`/);
    expect(code(() => kaplanMeier(rows, { restrictedMeanHorizon: 0 }))).toMatch(/`options.restrictedMeanHorizon` must be a finite number above 0, got 0/);
    expect(code(() => kaplanMeier([]))).toBe('EMPTY_INPUT: `kaplanMeier`: `observations` must not be empty');
    expect(code(() => kaplanMeier([{ time: -1, event: true }]))).toMatch(/^EMPTY_INPUT: .*no usable row/);
  });
});

describe('kaplanMeier: properties', () => {
  const observation = fc.record({
    time: fc.integer({ min: 0, max: 20 }),
    event: fc.boolean(),
    group: fc.constantFrom('a', 'b', 'c'),
  });
  const sample = fc.array(observation, { minLength: 1, maxLength: 40 });

  it('does not depend on row order and does not mutate its input', () => {
    fc.assert(
      fc.property(sample, fc.integer(), (rows, seed) => {
        const frozen = deepFreeze(rows.map((r) => ({ ...r })));
        const shuffled = [...frozen].sort((x, y) => ((x.time * 7 + seed) % 5) - ((y.time * 7 + seed) % 5) || (x.event === y.event ? 0 : x.event ? 1 : -1));
        const options = { restrictedMeanHorizon: 15 } as const;
        expect(kaplanMeier(shuffled, options)).toEqual(kaplanMeier(frozen, options));
      }),
      { numRuns: 50 },
    );
  });

  it('survival is non-increasing in [0, 1], inside its interval, and the interval inside [0, 1]', () => {
    fc.assert(
      fc.property(sample, fc.constantFrom('log-log', 'log', 'plain') as fc.Arbitrary<'log-log' | 'log' | 'plain'>, (rows, interval) => {
        const km = kaplanMeier(rows, { interval, times: 'all' });
        for (const curve of [km.overall, ...km.groups.map((g) => g.curve)]) {
          let previous = 1;
          let atRisk = curve.n;
          for (const s of curve.steps) {
            expect(s.survival).toBeLessThanOrEqual(previous);
            expect(s.survival).toBeGreaterThanOrEqual(0);
            expect(s.atRisk).toBe(atRisk);
            atRisk -= s.events + s.censored;
            previous = s.survival;
            if (s.lower !== null && s.upper !== null) {
              expect(s.lower).toBeGreaterThanOrEqual(0);
              expect(s.upper).toBeLessThanOrEqual(1);
              expect(s.lower).toBeLessThanOrEqual(s.survival + 1e-15);
              expect(s.upper).toBeGreaterThanOrEqual(s.survival - 1e-15);
            }
          }
          expect(atRisk).toBe(0);
          if (curve.median.time !== null && curve.median.lower !== null) expect(curve.median.lower).toBeLessThanOrEqual(curve.median.time);
        }
        expect(km.groups.reduce((n, g) => n + g.curve.n, 0)).toBe(km.overall.n);
        if (km.logRank?.pValue != null) expect(km.logRank.pValue).toBeGreaterThanOrEqual(0);
      }),
      { numRuns: 50 },
    );
  });
});
