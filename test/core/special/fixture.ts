import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

/**
 * One row: the inputs then the reference value(s); `null` where the true value lies outside the double
 * range (JSON has no ±∞). Rows are shorter than five columns; the type only spares the tests `undefined`.
 */
export type FixtureRow = readonly [number, number | null, number | null, number | null, number | null];

/** A reference table written by `scripts/fixtures/special.py` (mpmath at 50 digits). */
export interface SpecialFixture {
  readonly provenance: string;
  readonly columns: readonly string[];
  readonly cases: readonly FixtureRow[];
}

/** Reads `test/fixtures/special/<name>.json`. */
export function loadSpecialFixture(name: string): SpecialFixture {
  const url = new URL(`../../fixtures/special/${name}.json`, import.meta.url);
  return JSON.parse(readFileSync(fileURLToPath(url), 'utf8')) as SpecialFixture;
}

/** Relative error, or absolute error where the reference is below `floor` in magnitude. */
export function scaledError(actual: number, expected: number, floor = 1): number {
  if (actual === expected) return 0;
  return Math.abs(actual - expected) / Math.max(Math.abs(expected), floor);
}
