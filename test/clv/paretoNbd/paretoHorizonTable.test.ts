/**
 * The horizon factor `h(T) = (β+T)[1 − ((β+T)/(β+T+t))^(s−1)]/(s−1)` of the Pareto/NBD conditional
 * expectation, interpolated in `y = ln(c+T)` (`paretoHorizonTable`) for arrays of 1,024 customers or
 * more. Reference: the direct formula (`paretoHorizonFactor`), over tiny to huge parameters and horizons.
 */
import { describe, expect, it } from 'vitest';
import { paretoHorizonAt } from '../../../src/clv/internal/paretoHorizonAt';
import { paretoHorizonFactor } from '../../../src/clv/internal/paretoHorizonFactor';
import { paretoHorizonTable } from '../../../src/clv/internal/paretoHorizonTable';
import { createRandom } from '../../../src/core/random/createRandom';

/** (α, β, s, t, lowest T, highest T), from ordinary to extreme. */
const cases: readonly (readonly [number, number, number, number, number, number])[] = [
  [10.58, 11.67, 0.61, 52, 0.01, 39],
  [10, 12, 0.6, 365, 0, 365],
  [3, 0.5, 1.7, 52, 0, 100],
  [1e-3, 1e3, 1, 1e4, 0, 1e4],
  [1e4, 1e-4, 5, 0.01, 0, 3650],
  [1, 1, 1 + 1e-9, 5, 0, 10],
  [0.2, 50, 1e-4, 1, 2, 3],
];

describe('paretoHorizonTable', () => {
  for (const [alpha, beta, s, t, low, high] of cases) {
    it(`gives h(T) of the direct formula to 1e-13 relative (α=${alpha}, β=${beta}, s=${s}, t=${t})`, () => {
      const table = paretoHorizonTable(alpha, beta, s - 1, t, low, high);
      expect(table).toBeDefined();
      const c = Math.min(alpha, beta);
      const random = createRandom(17);
      let worst = 0;
      for (let k = 0; k < 2000; k++) {
        const T = k === 0 ? low : k === 1 ? high : low + (high - low) * random.next();
        const exact = paretoHorizonFactor(beta, s - 1, t, T);
        const approx = paretoHorizonAt(table!, Math.log(c + T));
        worst = Math.max(worst, Math.abs(approx - exact) / exact);
      }
      expect(worst).toBeLessThan(1e-13);
    });
  }
});
