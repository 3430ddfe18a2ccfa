import { fitModel, ggomNbd, predictionIntervals } from 'clientele/clv';
import type { RfmCustomer } from 'clientele/clv';
import { loadCdnowSample } from 'clientele/datasets';
import { summarizeTransactions } from 'clientele/time';
import type { Benchmark } from './types';

function cdnowSummary() {
  return summarizeTransactions(loadCdnowSample(), { calibrationEnd: '1997-09-30', observationEnd: '1998-06-30', unit: 'week' });
}

function cdnowCalibration(): RfmCustomer[] {
  return cdnowSummary().customers;
}

export const benchmarks: Benchmark[] = [
  {
    name: 'fit-ggomnbd-cdnow',
    what: 'fit Gamma-Gompertz/NBD on the CDNOW sample (2,357 customers, weeks), two starts',
    targetMs: 500,
    setup: () => {
      const data = cdnowCalibration();
      return () => {
        const fit = fitModel(ggomNbd, data);
        return `ll=${fit.logLikelihood.toFixed(3)} r=${fit.params.r.toFixed(4)} evals=${fit.evaluations}`;
      };
    },
    floor: {
      what: 'one log-likelihood with its gradient over the compressed rows',
      setup: () => {
        const compressed = ggomNbd.compress(cdnowCalibration(), 'bench');
        const params = { r: 0.553, alpha: 10.578, b: 0.0002, s: 0.603, beta: 0.0026 };
        return () => ggomNbd.logLikelihoodAndGradient(params, compressed, new Float64Array(5)).toFixed(3);
      },
    },
  },
  {
    name: 'intervals-ggomnbd-cdnow-1000-draws',
    what: '1,000 parameter draws of a Gamma-Gompertz/NBD fit of CDNOW: 90 % intervals of P(alive), 39-week purchases and a one-year CLV (4-week steps), b and beta held',
    targetMs: 6000,
    repeats: 1,
    setup: () => {
      const summary = cdnowSummary();
      const fit = fitModel(ggomNbd, summary);
      const value = { margin: 0.3, discountRate: { rate: 0.1, per: 'year' as const }, horizon: { value: 52, unit: 'week' as const }, step: { value: 4, unit: 'week' as const } };
      return () => {
        const r = predictionIntervals(fit, summary, { horizon: { value: 39, unit: 'week' }, spend: { expected: 35 }, value, daysPerYear: 365.25, draws: 1000, seed: 42, notIdentified: 'hold' });
        const t = r.totals.expectedPurchases;
        return `purchases ${t?.estimate.toFixed(0)} [${t?.lower.toFixed(0)}, ${t?.upper.toFixed(0)}], held ${r.settings.held.join(' ')}`;
      };
    },
  },
];
