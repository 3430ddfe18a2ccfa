import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { buildCoding } from '../../../src/clv/covariates/internal/buildCoding';
import { resolveCovariateLayout } from '../../../src/clv/covariates/internal/resolveCovariateLayout';
import { buildTimeVaryingDesign } from '../../../src/clv/timeVaryingCovariates/internal/buildTimeVaryingDesign';
import { readTimeVaryingCustomers } from '../../../src/clv/timeVaryingCovariates/internal/readTimeVaryingCustomers';
import { readTimeVaryingTable } from '../../../src/clv/timeVaryingCovariates/internal/readTimeVaryingTable';
import { timeVaryingLogLikelihood } from '../../../src/clv/timeVaryingCovariates/internal/timeVaryingLogLikelihood';
import type { TimeVaryingCovariateRow, TimeVaryingTransaction } from '../../../src/clv/timeVaryingCovariates/types';
import { parseCalendarDay } from '../../../src/time/parseCalendarDay';

// Provenance: scripts/fixtures/tv_covariates_reference.py (mpmath, 40 digits) — see the file's "provenance".
interface Grid {
  periodStart: string;
  periodDays: number;
  covariates: TimeVaryingCovariateRow[];
  cases: { theta: number[]; logLikelihood: Record<string, number>; total: number; history: Record<string, [number, number, number]> }[];
}
const fixture = JSON.parse(readFileSync(new URL('../../fixtures/clv/tvCovariatesReference.json', import.meta.url), 'utf8')) as {
  calibrationEnd: string;
  transactions: TimeVaryingTransaction[];
  thetaOrder: string[];
  grids: Grid[];
};

/** The reference data read and coded as a fit reads them (time scale 1: times in periods). */
function referenceDesign(grid: Grid) {
  const fn = 'test';
  const start = parseCalendarDay(grid.periodStart);
  const end = parseCalendarDay(fixture.calibrationEnd);
  const P = grid.periodDays;
  const purchase = readTimeVaryingTable(fn, 'purchase', { data: grid.covariates, columns: ['temp', 'promo'] }, start, P);
  const lifetime = readTimeVaryingTable(fn, 'lifetime', { data: grid.covariates, columns: ['temp', 'winter'] }, start, P);
  const customers = readTimeVaryingCustomers(fn, fixture.transactions, start, P, end, end, purchase, lifetime);
  const usedP = Int32Array.from(customers.purchaseRows);
  const usedL = Int32Array.from(customers.lifetimeRows);
  const coding = { purchase: buildCoding(fn, purchase.table, usedP), lifetime: buildCoding(fn, lifetime.table, usedL) };
  const layout = resolveCovariateLayout(fn, coding.purchase, coding.lifetime, undefined, undefined);
  const built = buildTimeVaryingDesign(customers, { table: purchase, coding: coding.purchase }, { table: lifetime, coding: coding.lifetime }, layout, 1, (i) => i);
  return { customers, coding, layout, built };
}

describe.each(fixture.grids)('time-varying Pareto/NBD likelihood, periods of $periodDays days from $periodStart', (grid) => {
  const { customers, coding, layout, built } = referenceDesign(grid);

  it('codes and reads the log as the reference script does', () => {
    expect(layout.names).toEqual(fixture.thetaOrder.slice(4));
    expect(coding.purchase.columns[1]).toMatchObject({ kind: 'categorical', reference: 'email', levels: ['email', 'none', 'sms'] });
    const ids = built.kept.map((i) => customers.ids[i]);
    expect(ids).toEqual(Object.keys(grid.cases[0]!.history));
    built.kept.forEach((i, j) => {
      const [x, tx, T] = grid.cases[0]!.history[customers.ids[i] as string]!;
      expect(built.design.x[j]).toBe(x);
      expect(built.design.tx[j]).toBeCloseTo(tx, 14);
      expect(built.design.T[j]).toBeCloseTo(T, 14);
    });
    // c8 (born after the calibration end) and c9 (a week without a row) are reported, not dropped
    expect(customers.rejected.map((r) => [r.customerId, r.field])).toEqual([
      ['c8', 'date'],
      ['c9', 'purchase.period'],
    ]);
    expect(customers.afterCalibration).toBe(2);
  });

  it('agrees with the mpmath reference to 1e-9 at every point and customer', () => {
    const per = new Float64Array(built.design.n);
    for (const c of grid.cases) {
      const total = timeVaryingLogLikelihood(built.design, [...c.theta.slice(0, 4).map(Math.log), ...c.theta.slice(4)], undefined, undefined, per);
      built.kept.forEach((i, j) => {
        expect(Math.abs((per[j] as number) - (c.logLikelihood[customers.ids[i] as string] as number))).toBeLessThan(1e-9);
      });
      expect(Math.abs(total - c.total)).toBeLessThan(1e-9);
    }
  });

  it('has the gradient of its own finite differences', () => {
    const theta = [...grid.cases[1]!.theta.slice(0, 4).map(Math.log), ...grid.cases[1]!.theta.slice(4)];
    const g = new Float64Array(theta.length);
    timeVaryingLogLikelihood(built.design, theta, g, undefined);
    for (let j = 0; j < theta.length; j++) {
      const h = 1e-6;
      const up = [...theta];
      up[j] = (up[j] as number) + h;
      const down = [...theta];
      down[j] = (down[j] as number) - h;
      const fd = (timeVaryingLogLikelihood(built.design, up, undefined, undefined) - timeVaryingLogLikelihood(built.design, down, undefined, undefined)) / (2 * h);
      expect(Math.abs((g[j] as number) - fd)).toBeLessThan(1e-6 * Math.max(1, Math.abs(fd)));
    }
  });
});
