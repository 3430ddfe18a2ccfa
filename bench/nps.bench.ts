import { nps } from 'clientele/satisfaction';
import { lcg } from './data';
import type { Benchmark } from './types';

const N = 10_000_000;

function answers(): Uint8Array {
  const u = lcg(7);
  const scores = new Uint8Array(N);
  for (let i = 0; i < N; i++) scores[i] = Math.floor(u() * 11);
  return scores;
}

export const benchmarks: Benchmark[] = [
  {
    name: 'nps-10m',
    what: 'NPS with standard error and intervals of 10M answers',
    targetMs: 200,
    repeats: 5,
    setup: () => {
      const scores = answers();
      return () => nps(scores).score.toFixed(3);
    },
    floor: {
      what: 'one pass counting the three classes',
      setup: () => {
        const scores = answers();
        return () => {
          let promoters = 0;
          let detractors = 0;
          for (let i = 0; i < N; i++) {
            const s = scores[i] as number;
            if (s >= 9) promoters++;
            else if (s <= 6) detractors++;
          }
          return (100 * (promoters - detractors)) / N;
        };
      },
    },
  },
];
