import fc from 'fast-check';

/** Square matrices of size 1–8 with entries in [−1, 1] plus `n` on the diagonal (strictly diagonally dominant, so well conditioned). */
export const wellConditionedMatrix = fc.integer({ min: 1, max: 8 }).chain((n) =>
  fc
    .array(fc.array(fc.double({ min: -1, max: 1, noNaN: true }), { minLength: n, maxLength: n }), {
      minLength: n,
      maxLength: n,
    })
    .map((rows) => rows.map((row, i) => row.map((v, j) => (i === j ? v + n + 1 : v)))),
);

export function identityError(product: readonly (readonly number[])[]): number {
  let error = 0;
  product.forEach((row, i) => row.forEach((v, j) => (error = Math.max(error, Math.abs(v - (i === j ? 1 : 0))))));
  return error;
}

export function deepFreeze(matrix: number[][]): readonly (readonly number[])[] {
  return Object.freeze(matrix.map((row) => Object.freeze(row.slice())));
}
