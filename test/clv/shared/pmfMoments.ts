// Sum and mean of a purchase-count pmf, summed term by term until the tail is negligible: the shared part
// of the "pmf sums to 1 and its mean equals E[X(t)]" identity tests of the continuous-time models.

/**
 * `Σ_n P(X(t) = n)` and `Σ_n n P(X(t) = n)` for n < `maxN`, stopping once n > `minN` and a term is
 * below 1e-17.
 */
export function pmfMoments(
  pmf: (n: number) => number,
  maxN: number,
  minN: number,
): { readonly sum: number; readonly mean: number } {
  let sum = 0;
  let mean = 0;
  for (let n = 0; n < maxN; n++) {
    const q = pmf(n);
    sum += q;
    mean += n * q;
    if (n > minN && q < 1e-17) break;
  }
  return { sum, mean };
}
