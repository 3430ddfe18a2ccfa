/**
 * Eigen-decomposition `A = Q diag(values) Qᵀ` of a small symmetric matrix by the cyclic Jacobi method
 * (rotations until the off-diagonal mass is below 1e−30 of the total, at most 100 sweeps). Columns of
 * `vectors` are the eigenvectors. O(p³) per sweep.
 * @internal
 */
export function symmetricEigen(A: readonly (readonly number[])[]): { values: number[]; vectors: number[][] } {
  const p = A.length;
  const a = A.map((row) => [...row]);
  const v: number[][] = [];
  for (let i = 0; i < p; i++) {
    const row = new Array<number>(p).fill(0);
    row[i] = 1;
    v.push(row);
  }
  let total = 0;
  for (let i = 0; i < p; i++) for (let j = 0; j < p; j++) total += ((a[i] as number[])[j] as number) ** 2;
  for (let sweep = 0; sweep < 100; sweep++) {
    let off = 0;
    for (let i = 0; i < p; i++) for (let j = i + 1; j < p; j++) off += ((a[i] as number[])[j] as number) ** 2;
    if (off <= 1e-30 * total || off === 0) break;
    for (let i = 0; i < p - 1; i++) {
      for (let j = i + 1; j < p; j++) {
        const ai = a[i] as number[];
        const aj = a[j] as number[];
        const aij = ai[j] as number;
        if (aij === 0) continue;
        const theta = ((aj[j] as number) - (ai[i] as number)) / (2 * aij);
        const t = Math.sign(theta || 1) / (Math.abs(theta) + Math.sqrt(theta * theta + 1));
        const c = 1 / Math.sqrt(t * t + 1);
        const s = t * c;
        for (let k = 0; k < p; k++) {
          const ak = a[k] as number[];
          const aki = ak[i] as number;
          const akj = ak[j] as number;
          ak[i] = c * aki - s * akj;
          ak[j] = s * aki + c * akj;
        }
        for (let k = 0; k < p; k++) {
          const aik = ai[k] as number;
          const ajk = aj[k] as number;
          ai[k] = c * aik - s * ajk;
          aj[k] = s * aik + c * ajk;
        }
        for (let k = 0; k < p; k++) {
          const vk = v[k] as number[];
          const vki = vk[i] as number;
          const vkj = vk[j] as number;
          vk[i] = c * vki - s * vkj;
          vk[j] = s * vki + c * vkj;
        }
      }
    }
  }
  return { values: a.map((row, i) => row[i] as number), vectors: v };
}
