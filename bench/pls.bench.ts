import { loadMobi } from 'clientele/datasets';
import { bootstrapPlsPathModel, ecsiModel, plsPathModel } from 'clientele/satisfaction';
import type { Benchmark } from './types';

export const benchmarks: Benchmark[] = [
  {
    name: 'pls-ecsi-mobi',
    what: 'one PLS estimation of ECSI on mobi (centroid, unscaled)',
    targetMs: 5,
    repeats: 50,
    setup: () => {
      const data = loadMobi();
      const model = ecsiModel();
      return () => plsPathModel(data, model, { scheme: 'centroid', scaled: false }).paths[0]?.coefficient;
    },
  },
  {
    name: 'pls-bootstrap-5000',
    what: '5,000 bootstrap resamples of ECSI on mobi',
    targetMs: 5000,
    repeats: 1,
    setup: () => {
      const data = loadMobi();
      const model = ecsiModel();
      return () => bootstrapPlsPathModel(data, model, { seed: 1, resamples: 5000 }).successful;
    },
  },
];
