import { fitCovariateModel, paretoNbd } from 'clientele/clv';
import { simulateCovariateCustomers } from 'clientele/testing';
import type { Benchmark } from './types';

const CUSTOMERS = 100_000;

/** 100,000 customers with three static covariates (age, a boolean, a two-level category), continuous times. */
function data() {
  let seed = 12345;
  const next = () => {
    seed = (seed * 1103515245 + 12345) % 2147483648;
    return seed / 2147483648;
  };
  const rows = Array.from({ length: CUSTOMERS }, (_, i) => {
    // age roughly normal: sum of uniforms
    const age = 40 + 12 * (next() + next() + next() + next() - 2) * Math.sqrt(3);
    return { customerId: `c${i}`, age, female: next() < 0.5, channel: next() < 0.4 ? 'web' : 'store' };
  });
  const coded = rows.map((r) => ({ customerId: r.customerId, z: (r.age - 40) / 12, f: r.female ? 1 : 0, w: r.channel === 'web' ? 1 : 0 }));
  const customers = simulateCovariateCustomers(
    'paretoNbd',
    { r: 0.8, alpha: 8, s: 0.7, beta: 12 },
    { purchase: { z: 0.4, f: -0.3, w: 0.2 }, lifetime: { z: 0.5, w: -0.3 } },
    coded,
    { seed: 3, T: 52, birthWindow: 51 },
  );
  const spec = { data: rows, columns: ['age', 'female', 'channel'], standardize: ['age'] };
  return { customers, spec };
}

export const benchmarks: Benchmark[] = [
  {
    name: 'fit-paretonbd-covariates-100k',
    what: 'fit Pareto/NBD with 3 static covariates in each process (10 parameters), 100,000 customers, continuous times',
    targetMs: 2_000,
    repeats: 2,
    setup: () => {
      const { customers, spec } = data();
      return () => {
        const fit = fitCovariateModel(paretoNbd, customers, { purchase: spec, lifetime: spec, timeUnit: 'week' });
        const age = fit.coefficients.purchase.age?.estimate ?? Number.NaN;
        return `${fit.converged} it=${fit.iterations} age=${age.toFixed(3)} rows=${fit.rows}`;
      };
    },
  },
];
