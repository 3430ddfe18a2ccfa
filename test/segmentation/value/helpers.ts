// Shared generators for the value-segmentation tests.
import fc from 'fast-check';

/** Deep-freezes rows so a test fails if a function mutates its input. */
export function frozen<T extends object>(rows: T[]): readonly T[] {
  for (const r of rows) Object.freeze(r);
  return Object.freeze(rows);
}

/** Rows of distinct ids with small integer values (many ties), possibly negative. */
export const valueRows = (min = -50, max = 200) =>
  fc.uniqueArray(fc.record({ customerId: fc.oneof(fc.string({ minLength: 1, maxLength: 4 }).filter((s) => s.trim() === s && s !== ''), fc.nat(1000)), value: fc.integer({ min, max }) }), {
    minLength: 1,
    maxLength: 60,
    selector: (r) => String(r.customerId),
  });

/** A shuffle of `xs` by fast-check's random source. */
export const shuffled = <T>(xs: readonly T[]) => fc.shuffledSubarray([...xs], { minLength: xs.length, maxLength: xs.length });
