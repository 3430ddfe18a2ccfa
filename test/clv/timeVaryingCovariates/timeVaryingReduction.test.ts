import { describe, expect, it } from 'vitest';
import { buildCoding } from '../../../src/clv/covariates/internal/buildCoding';
import { resolveCovariateLayout } from '../../../src/clv/covariates/internal/resolveCovariateLayout';
import { compressRfm } from '../../../src/clv/internal/compressRfm';
import { paretoNbd } from '../../../src/clv/paretoNbd/index';
import { buildTimeVaryingDesign } from '../../../src/clv/timeVaryingCovariates/internal/buildTimeVaryingDesign';
import { readTimeVaryingCustomers } from '../../../src/clv/timeVaryingCovariates/internal/readTimeVaryingCustomers';
import { readTimeVaryingTable } from '../../../src/clv/timeVaryingCovariates/internal/readTimeVaryingTable';
import { timeVaryingLogLikelihood } from '../../../src/clv/timeVaryingCovariates/internal/timeVaryingLogLikelihood';
import { simulateTimeVaryingCovariateCustomers } from '../../../src/testing/simulateTimeVaryingCovariateCustomers';
import { parseCalendarDay } from '../../../src/time/parseCalendarDay';

/** A customer-level covariate in [−1, 1] from the id (constant over time). */
const level = (id: string): number => (((Number(id.slice(1)) * 2654435761) % 1000) / 500) - 1;

// Covariates constant over time: the likelihood must be the static-covariate Pareto/NBD likelihood
// (alpha_i = alpha e^{−γ_p z}, beta_i = beta e^{−γ_l z}), and with coefficients 0 the plain one.
describe('time-varying likelihood with covariates constant in time', () => {
  const sim = simulateTimeVaryingCovariateCustomers({
    customers: 150,
    periods: { start: '2024-01-01', days: 7 },
    end: '2024-09-29',
    birthPeriods: 10,
    params: { r: 0.9, alpha: 5, s: 0.7, beta: 9 },
    coefficients: { purchase: { z: 0.6 }, lifetime: { z: -0.5 } },
    covariates: (id) => ({ z: level(id) }),
    seed: 11,
  });
  const start = parseCalendarDay('2024-01-01');
  const end = parseCalendarDay('2024-09-29');
  const table = readTimeVaryingTable('t', 'purchase', { data: sim.covariates, columns: ['z'] }, start, 7);
  const tableL = readTimeVaryingTable('t', 'lifetime', { data: sim.covariates, columns: ['z'] }, start, 7);
  const customers = readTimeVaryingCustomers('t', sim.transactions, start, 7, end, end, table, tableL);
  const coding = { purchase: buildCoding('t', table.table, Int32Array.from(customers.purchaseRows)), lifetime: buildCoding('t', tableL.table, Int32Array.from(customers.lifetimeRows)) };
  const layout = resolveCovariateLayout('t', coding.purchase, coding.lifetime, undefined, undefined);
  const { design, kept } = buildTimeVaryingDesign(customers, { table, coding: coding.purchase }, { table: tableL, coding: coding.lifetime }, layout, 1, (i) => i);
  const per = new Float64Array(design.n);

  it('merges each customer into one piece (equal covariates in every period)', () => {
    for (let i = 0; i < design.n; i++) expect((design.pieceStart[i + 1] as number) - (design.pieceStart[i] as number)).toBe(1);
    expect(design.n).toBe(150);
  });

  it('equals the static-covariate Pareto/NBD likelihood to 1e-9 at several points', () => {
    const points = [
      { r: 0.9, alpha: 5, s: 0.7, beta: 9, gp: 0.6, gl: -0.5 },
      { r: 0.3, alpha: 0.7, s: 2.2, beta: 40, gp: -1.1, gl: 0.9 },
      { r: 3, alpha: 30, s: 0.2, beta: 0.5, gp: 0.05, gl: 1.5 },
    ];
    for (const p of points) {
      timeVaryingLogLikelihood(design, [Math.log(p.r), Math.log(p.alpha), Math.log(p.s), Math.log(p.beta), p.gp, p.gl], undefined, undefined, per);
      kept.forEach((i, j) => {
        const z = level(customers.ids[i] as string);
        const own = { r: p.r, alpha: p.alpha * Math.exp(-p.gp * z), s: p.s, beta: p.beta * Math.exp(-p.gl * z) };
        const row = { frequency: customers.x[i] as number, recency: customers.tx[i] as number, T: customers.T[i] as number };
        expect(Math.abs((per[j] as number) - paretoNbd.logLikelihood(own, compressRfm([row], 't')))).toBeLessThan(1e-9);
      });
    }
  });

  it('equals the plain Pareto/NBD likelihood to 1e-9 with every coefficient 0, also when periods differ', () => {
    const p = { r: 0.55, alpha: 10.6, s: 0.61, beta: 11.7 };
    // a genuinely time-varying covariate with a zero coefficient
    const varying = simulateTimeVaryingCovariateCustomers({ ...simOptions(), covariates: (_id, k) => ({ z: Math.sin(k) }) });
    const t = readTimeVaryingTable('t', 'purchase', { data: varying.covariates, columns: ['z'] }, start, 7);
    const c = readTimeVaryingCustomers('t', varying.transactions, start, 7, end, end, t, readTimeVaryingTable('t', 'lifetime', undefined, start, 7));
    const cod = buildCoding('t', t.table, Int32Array.from(c.purchaseRows));
    const none = buildCoding('t', readTimeVaryingTable('t', 'lifetime', undefined, start, 7).table, new Int32Array(0));
    const lay = resolveCovariateLayout('t', cod, none, undefined, undefined);
    const built = buildTimeVaryingDesign(c, { table: t, coding: cod }, { table: readTimeVaryingTable('t', 'lifetime', undefined, start, 7), coding: none }, lay, 1, (i) => i);
    const total = timeVaryingLogLikelihood(built.design, [Math.log(p.r), Math.log(p.alpha), Math.log(p.s), Math.log(p.beta), 0], undefined, undefined);
    const rows = built.kept.map((i) => ({ frequency: c.x[i] as number, recency: c.tx[i] as number, T: c.T[i] as number }));
    expect(Math.abs(total - paretoNbd.logLikelihood(p, compressRfm(rows, 't')))).toBeLessThan(1e-9);
  });

  function simOptions() {
    return {
      customers: 120,
      periods: { start: '2024-01-01', days: 7 },
      end: '2024-09-29',
      birthPeriods: 10,
      params: { r: 0.9, alpha: 5, s: 0.7, beta: 9 },
      coefficients: {},
      seed: 5,
    };
  }
});
