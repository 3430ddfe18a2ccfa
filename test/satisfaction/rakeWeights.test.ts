// Reference values: identities (raking reproduces the margins; one margin = post-stratification by hand;
// design effect equals designEffect of the weights) and typed errors (Deming & Stephan 1940).
import { describe, expect, it } from 'vitest';
import { designEffect } from '../../src/satisfaction/designEffect';
import { rakeWeights } from '../../src/satisfaction/rakeWeights';

describe('rakeWeights', () => {
  it('reproduces the margins and reports convergence and the design effect', () => {
    const region = ['n', 'n', 's', 's', 's', 'e', 'e', 'n', 's', 'e'];
    const size = ['big', 'small', 'small', 'big', 'small', 'small', 'big', 'small', 'small', 'small'];
    const margins = { region: { n: 5, s: 3, e: 2 }, size: { big: 4, small: 6 } };
    const r = rakeWeights({ region, size }, margins);
    expect(r.converged).toBe(true);
    expect(r.maxMarginError).toBeLessThan(1e-9);
    expect(r.marginsMet).toBe(true);
    for (const [variable, column] of [['region', region], ['size', size]] as const) {
      const target = margins[variable] as Record<string, number>;
      for (const c of Object.keys(target)) {
        const got = r.weights.reduce((s, w, i) => s + (column[i] === c ? w : 0), 0);
        expect(got).toBeCloseTo(target[c] as number, 9);
      }
    }
    expect(r.sumWeights).toBeCloseTo(10, 9);
    expect(r.designEffect).toBeCloseTo(designEffect(r.weights).designEffect, 14);
    expect(r.effectiveSampleSize).toBeCloseTo(10 / r.designEffect, 12);
  });

  it('does not depend on respondent order', () => {
    const region = ['n', 'n', 's', 's', 's', 'e', 'e', 'n', 's', 'e'];
    const size = ['big', 'small', 'small', 'big', 'small', 'small', 'big', 'small', 'small', 'small'];
    const margins = { region: { n: 5, s: 3, e: 2 }, size: { big: 4, small: 6 } };
    const r = rakeWeights({ region, size }, margins);
    const order = [9, 3, 0, 7, 1, 8, 2, 6, 4, 5];
    const s = rakeWeights({ region: order.map((i) => region[i] as string), size: order.map((i) => size[i] as string) }, margins);
    order.forEach((i, k) => expect(s.weights[k]).toBeCloseTo(r.weights[i] as number, 10));
  });

  it('a single margin is met in one sweep (post-stratification)', () => {
    const r = rakeWeights({ g: ['a', 'a', 'b'] }, { g: { a: 1, b: 2 } });
    expect(r.weights).toEqual([0.5, 0.5, 2]);
    expect(r.iterations).toBeLessThanOrEqual(2);
  });

  it('bounds trim the weights and say when the margins cannot be met', () => {
    const r = rakeWeights({ g: ['a', 'a', 'a', 'b'] }, { g: { a: 1, b: 3 } }, { bounds: { lower: 0.5, upper: 2 } });
    expect(Math.max(...r.weights)).toBeLessThanOrEqual(2);
    expect(Math.min(...r.weights)).toBeGreaterThanOrEqual(0.5);
    expect(r.maxMarginError).toBeGreaterThan(0.1);
    expect(r.marginsMet).toBe(false);
  });

  it('a zero target that empties a category of another margin is reported, never NaN', () => {
    const r = rakeWeights({ a: ['x', 'y', 'y'], b: ['q', 'p', 'p'] }, { a: { x: 0, y: 2 }, b: { p: 1, q: 1 } });
    expect(r.weights.every((w) => Number.isFinite(w))).toBe(true);
    expect(r.marginsMet).toBe(false);
    expect(r.margins.b?.q?.achieved).toBe(0);
  });

  it('maxWeight caps every weight', () => {
    const r = rakeWeights({ g: ['a', 'a', 'a', 'b'] }, { g: { a: 1, b: 3 } }, { maxWeight: 2 });
    expect(r.weights).toEqual([1 / 3, 1 / 3, 1 / 3, 2].map((x) => expect.closeTo(x, 12)));
    expect(r.margins.g?.b?.achieved).toBeCloseTo(2, 12);
  });

  it('typed errors: unequal totals, empty category, unknown category, strict non-convergence', () => {
    expect(() => rakeWeights({ a: ['x'], b: ['y'] }, { a: { x: 1 }, b: { y: 2 } })).toThrow(/same total/);
    expect(() => rakeWeights({ a: ['x'] }, { a: { x: 1, z: 1 } })).toThrowErrorMatchingInlineSnapshot(`[UndefinedResultError: \`rakeWeights\`: undefined result: category "z" of "a" has a target of 1 but no respondent]`);
    expect(() => rakeWeights({ a: ['q'] }, { a: { x: 1 } })).toThrow(/`data\.a\[0\]` must be a category/);
    expect(() =>
      rakeWeights({ r: ['n', 'n', 'n', 's'], s: ['b', 's', 's', 's'] }, { r: { n: 2, s: 2 }, s: { b: 2, s: 2 } }, { maxIterations: 20, strict: true }),
    ).toThrow(/did not converge/);
  });
});
