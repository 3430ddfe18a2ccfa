import { expect } from 'vitest';

/** Asserts that two results are the same: same keys in the same order, numbers equal by Object.is. */
export function expectSameBits(actual: unknown, expected: unknown, path = 'result'): void {
  if (typeof expected === 'number') {
    if (!Object.is(actual, expected)) throw new Error(`${path}: ${String(actual)} is not ${String(expected)}`);
    return;
  }
  if (expected === null || typeof expected !== 'object') {
    expect(actual, path).toBe(expected);
    return;
  }
  expect(actual, path).not.toBeNull();
  expect(Object.getPrototypeOf(actual), `${path} (type)`).toBe(Object.getPrototypeOf(expected));
  if (ArrayBuffer.isView(expected)) {
    const a = actual as Float64Array;
    const e = expected as Float64Array;
    expect(a.length, `${path}.length`).toBe(e.length);
    for (let i = 0; i < e.length; i++) if (!Object.is(a[i], e[i])) throw new Error(`${path}[${i}]: ${a[i]} is not ${e[i]}`);
    return;
  }
  expect(Object.keys(actual as object), `${path} (keys)`).toEqual(Object.keys(expected));
  for (const key of Object.keys(expected)) expectSameBits((actual as Record<string, unknown>)[key], (expected as Record<string, unknown>)[key], `${path}.${key}`);
}
