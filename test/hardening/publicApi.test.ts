// Issue 12, "The suite": every public function of every subpath, enumerated from the exports (an export
// without an entry in publicApi.cases.ts fails here), called once as documented and then with bad values
// in each argument, each field of an object argument and the first element of an array argument. The
// promises checked: a bad input gives a typed ClienteleError naming the function (never a TypeError or
// RangeError), no NaN or Infinity comes out of an area function, inputs are never mutated, and a frozen
// input works as well as a fresh one. Core kernels may return NaN for impossible input, as documented,
// but never throw an untyped error.
import { appendFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { CASES, OPEN_DEFECTS } from './publicApi.cases';
import type { ApiCase } from './publicApi.cases';
import type { Callable } from './publicApiProbe';
import { callOf, deepFreeze, nonFinite, probesOf, publicCallables, snapshot, violationOf } from './publicApiProbe';

/** Set `API_TRACE=file` to log each probe before it runs (to find a call that does not return). */
const TRACE = process.env['API_TRACE'];
const callables = publicCallables();

/** Calls a function, or constructs an instance of an error class (classes cannot be called). */
function construct(fn: Callable, args: unknown[]): unknown {
  return /^class\b/.test(Function.prototype.toString.call(fn)) ? Reflect.construct(fn, args) : fn(...args);
}

/** The arguments a call must leave as they were: all but the ones it writes by design. */
function inputsOf(args: readonly unknown[], c: ApiCase): unknown {
  return snapshot(args.map((a, i) => (c.outputs?.includes(i) ? 'output' : a)));
}

describe('the public API table', () => {
  it('has an entry for every export and no entry for a name that is not exported', () => {
    const missing = [...callables.keys()].filter((name) => !(name in CASES)).sort();
    const stale = Object.keys(CASES).filter((name) => !callables.has(name)).sort();
    expect({ missing, stale }, `missing: ${missing.join(' ')}; stale: ${stale.join(' ')}`).toEqual({ missing: [], stale: [] });
  });
});

const probed = Object.entries(CASES).filter(([name, c]) => callables.has(name) && c.kind !== 'async');

describe.each(probed)('%s', (name, c) => {
  const fn = callOf(name, callables.get(name)!);

  it('answers its documented call, leaves the input untouched and works on frozen input', () => {
    const args = c.args();
    const before = inputsOf(args, c);
    const result = construct(fn, args);
    expect(inputsOf(args, c)).toEqual(before);
    if (c.kind !== 'kernel' && c.kind !== 'error') expect(nonFinite(result)).toEqual([]);
    const frozen = deepFreeze(c.args());
    expect(snapshot(construct(fn, frozen))).toEqual(snapshot(result));
  });

  if (c.kind === 'error') return;
  it('answers bad arguments with a typed error or a finite result', () => {
    const violations: string[] = [];
    for (const probe of probesOf(c.args, c.fixed ?? [], c.kind)) {
      if (TRACE) appendFileSync(TRACE, `${name} ${probe.what}\n`);
      const before = JSON.stringify(inputsOf(probe.args, c));
      const violation = violationOf(name, c.kind, () => fn(...probe.args), c.passesOn);
      if (violation !== null) violations.push(`${probe.what}: ${violation}`);
      else if (JSON.stringify(inputsOf(probe.args, c)) !== before) violations.push(`${probe.what}: input mutated`);
    }
    if (name in OPEN_DEFECTS) expect(violations.length, `${name} keeps every promise now: take it off OPEN_DEFECTS`).toBeGreaterThan(0);
    else expect(violations, violations.join('\n')).toEqual([]);
  });
});
