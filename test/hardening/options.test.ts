// Issue 12, item 8 (R16): an options argument of the wrong type is refused (INVALID_ARGUMENT naming the
// function), not silently ignored. One shared check, assertOptions, at the public entry points.
import { describe, expect, it } from 'vitest';
import { assertOptions } from '../../src/core/validate/assertOptions';
import { holdoutAccuracy } from '../../src/clv/evaluation/holdoutAccuracy';
import { repeatCountComparison } from '../../src/clv/evaluation/repeatCountComparison';
import { nps } from '../../src/satisfaction/nps';
import { csat } from '../../src/satisfaction/csat';
import { ces } from '../../src/satisfaction/ces';
import { servqual } from '../../src/satisfaction/servqual';
import { kano } from '../../src/satisfaction/kano';
import { cronbachAlpha } from '../../src/satisfaction/cronbachAlpha';
import { plsPathModel } from '../../src/satisfaction/pls/plsPathModel';
import { ecsiModel } from '../../src/satisfaction/pls/ecsiModel';
import { variance } from '../../src/core/stats/variance';
import { readMobiRows } from '../satisfaction/pls/mobiFixture';
import { errorOf } from './errorOf';

describe('assertOptions', () => {
  it('accepts an object or, when optional, undefined', () => {
    expect(() => assertOptions('f', {})).not.toThrow();
    expect(() => assertOptions('f', undefined)).not.toThrow();
    expect(() => assertOptions('f', Object.create(null))).not.toThrow();
  });

  it('refuses strings, numbers, null, arrays, functions, and undefined when required', () => {
    for (const bad of ['abc', 42, null, [], () => 1, true, 1n]) {
      const e = errorOf(() => assertOptions('f', bad));
      expect([e.code, e.fn, e.argument, e.rule]).toEqual(['INVALID_ARGUMENT', 'f', 'options', 'must be an options object or omitted']);
    }
    expect(errorOf(() => assertOptions('f', undefined, 'options', true)).message).toBe('`f`: `options` must be an options object, got undefined');
  });
});

describe('public functions', () => {
  it('nps(s, "abc") is refused, not scored', () => {
    expect(errorOf(() => nps([10, 9, 0], 'abc' as never)).message).toBe('`nps`: `options` must be an options object or omitted, got "abc"');
  });

  it('so are the other entry points', () => {
    const cases: [() => unknown, string][] = [
      [() => holdoutAccuracy([1], [1], 'abc' as never), 'holdoutAccuracy'],
      [() => repeatCountComparison([{ frequency: 0, T: 30 }], () => 0.5, 7 as never), 'repeatCountComparison'],
      [() => csat([5], 'abc' as never), 'csat'],
      [() => ces([5], 42 as never), 'ces'],
      [() => servqual({ expectations: [[1]], perceptions: [[1]] } as never, 'abc' as never), 'servqual'],
      [() => kano([], [] as never), 'kano'],
      [() => cronbachAlpha([[1, 2], [2, 3]], 'abc' as never), 'cronbachAlpha'],
      [() => plsPathModel(readMobiRows(), ecsiModel(), 42 as never), 'plsPathModel'],
    ];
    for (const [f, fn] of cases) {
      const e = errorOf(f);
      expect([e.code, e.fn, e.argument]).toEqual(['INVALID_ARGUMENT', fn, 'options']);
    }
  });

  it('core kernels never throw: wrong-typed options give NaN', () => {
    expect(variance([1, 2, 3], 'abc' as never)).toBeNaN();
  });
});
