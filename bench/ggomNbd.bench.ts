import { fitModel, ggomNbd } from 'clientele/clv';
import type { RfmCustomer } from 'clientele/clv';
import { loadCdnowSample } from 'clientele/datasets';
import { summarizeTransactions } from 'clientele/time';
import type { Benchmark } from './types';

function cdnowCalibration(): RfmCustomer[] {
  return summarizeTransactions(loadCdnowSample(), { calibrationEnd: '1997-09-30', observationEnd: '1998-06-30', unit: 'week' })
    .customers;
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
];
