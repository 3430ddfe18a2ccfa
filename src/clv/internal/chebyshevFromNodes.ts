/** `cos(π j (i + ½)/M)` at `[j·M + i]`, per number of nodes `M`, made on first use. */
const TABLES = new Map<number, Float64Array>();

function cosineTable(M: number): Float64Array {
  let table = TABLES.get(M);
  if (table === undefined) {
    table = new Float64Array(M * M);
    for (let j = 0; j < M; j++) for (let i = 0; i < M; i++) table[j * M + i] = Math.cos((Math.PI * j * (i + 0.5)) / M);
    TABLES.set(M, table);
  }
  return table;
}

/**
 * Chebyshev coefficients of the polynomial of degree `M − 1` through `nodes[from + i]`, the values at the
 * first-kind Chebyshev points `s_i = cos(π (i + ½)/M)`, `i = 0 … M − 1`, written to
 * `out[to .. to + M − 1]` with the first coefficient halved, as `clenshawSum` reads them (the discrete
 * cosine transform; Trefethen, "Approximation Theory and Approximation Practice", 2013, ch. 3). @internal
 */
export function chebyshevFromNodes(nodes: ArrayLike<number>, from: number, M: number, out: Float64Array, to: number): void {
  const table = cosineTable(M);
  for (let j = 0; j < M; j++) {
    let sum = 0;
    for (let i = 0; i < M; i++) sum += (nodes[from + i] as number) * (table[j * M + i] as number);
    out[to + j] = ((j === 0 ? 1 : 2) * sum) / M;
  }
}
