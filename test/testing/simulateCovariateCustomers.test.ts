/**
 * simulateCovariateCustomers: with every coefficient 0 it draws exactly what simulateParetoNbd and
 * simulateBgNbd draw (same random stream); a coefficient moves the customers as documented.
 */
import { describe, expect, it } from 'vitest';
import { isClienteleError } from '../../src/core/errors/isClienteleError';
import { simulateBgNbd } from '../../src/testing/simulateBgNbd';
import { simulateCovariateCustomers } from '../../src/testing/simulateCovariateCustomers';
import { simulateParetoNbd } from '../../src/testing/simulateParetoNbd';

const rows = Array.from({ length: 500 }, (_, i) => ({ customerId: i, z: i % 2 }));

describe('simulateCovariateCustomers', () => {
  it('with zero coefficients equals the plain simulators', () => {
    const pn = { r: 0.55, alpha: 10.6, s: 0.6, beta: 11.7 };
    const a = simulateCovariateCustomers('paretoNbd', pn, { purchase: { z: 0 } }, rows, { seed: 1, T: 39, birthWindow: 20 });
    const b = simulateParetoNbd(pn, { customers: 500, seed: 1, T: 39, birthWindow: 20 });
    expect(a.map(({ frequency, recency, T }) => ({ frequency, recency, T }))).toEqual(b);
    const bg = { r: 0.243, alpha: 4.414, a: 0.793, b: 2.426 };
    const c = simulateCovariateCustomers('bgNbd', bg, {}, rows, { seed: 2, T: 39 });
    expect(c.map(({ frequency, recency, T }) => ({ frequency, recency, T }))).toEqual(simulateBgNbd(bg, { customers: 500, seed: 2, T: 39 }));
    expect(c[7]?.customerId).toBe(7);
  });

  it('a positive purchase coefficient raises the purchases of z = 1', () => {
    const data = simulateCovariateCustomers('paretoNbd', { r: 2, alpha: 10, s: 0.5, beta: 20 }, { purchase: { z: 1 } }, rows, { seed: 3, T: 39 });
    const mean = (z: number) => {
      const sel = data.filter((_, i) => i % 2 === z);
      return sel.reduce((a, c) => a + c.frequency, 0) / sel.length;
    };
    expect(mean(1) / mean(0)).toBeGreaterThan(2); // e^1 ≈ 2.7 before dropout noise
  });

  it('names a missing covariate', () => {
    try {
      simulateCovariateCustomers('paretoNbd', { r: 1, alpha: 1, s: 1, beta: 1 }, { lifetime: { age: 1 } }, rows, { seed: 1, T: 10 });
      throw new Error('did not throw');
    } catch (e) {
      expect(isClienteleError(e) && e.message).toBe('`simulateCovariateCustomers`: `covariates[0].age` must be a finite number (the coded covariate of coefficients.lifetime.age), got undefined');
    }
  });
});
