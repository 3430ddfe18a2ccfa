// MBG/CNBD-k: choosing the regularity k on the CDNOW sample (one fit per k), and the timing summary
// (`litt`) of the CDNOW master log. Run with `npm run bench -- mbgcnbd`.
import { fitMbgCnbdK, fitModel, mbgNbd } from 'clientele/clv';
import { loadCdnowSample } from 'clientele/datasets';
import { summarizeTimingRegularity, summarizeTransactions, withTimingRegularity } from 'clientele/time';
import { cdnowMasterRows } from './cdnowMaster';
import type { Benchmark } from './types';

const options = { calibrationEnd: '1997-09-30', observationEnd: '1998-06-30', unit: 'week' } as const;

function cdnowTimed() {
  const log = loadCdnowSample();
  return withTimingRegularity(summarizeTransactions(log, options), summarizeTimingRegularity(log, options));
}

export const benchmarks: Benchmark[] = [
  {
    name: 'fit-mbgcnbd-cdnow-kselect',
    what: 'fitMbgCnbdK on the CDNOW sample (2,357 customers): k = 1, 2, 3 fitted, k = 1 chosen (early stop)',
    // Three fits whose likelihood costs O(rows · k): about (1 + 2 + 3) MBG/NBD fits, and the BG/NBD fit of
    // the same data has a 50 ms target (fit-bgnbd-cdnow), so 6 × 50 ms.
    targetMs: 300,
    setup: () => {
      const data = cdnowTimed();
      return () => {
        const result = fitMbgCnbdK(data);
        return `k=${result.k} tried=${result.candidates.length} converged=${result.fit.converged}`;
      };
    },
    floor: {
      what: 'one MBG/NBD fit of the same customers',
      setup: () => {
        const data = cdnowTimed();
        return () => fitModel(mbgNbd, data).converged;
      },
    },
  },
  {
    name: 'summarize-timing-mbgcnbd-cdnow-master',
    what: 'summarizeTimingRegularity of the CDNOW master log (69,659 rows, 23,570 customers)',
    // The summary's own checks (the CDNOW master summary takes 10-20 ms) plus one sort of the purchase
    // days per customer: within 4 × the summary.
    targetMs: 80,
    setup: () => {
      const rows = cdnowMasterRows();
      return () => {
        const timing = summarizeTimingRegularity(rows, options);
        return `${timing.customers.length} k=${timing.regularity.k?.toFixed(3)}`;
      };
    },
    floor: {
      what: 'summarizeTransactions of the same log',
      setup: () => {
        const rows = cdnowMasterRows();
        return () => summarizeTransactions(rows, options).customers.length;
      },
    },
  },
];
