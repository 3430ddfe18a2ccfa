import type { CompiledPlsModel } from './compilePlsModel';
import type { PlsKernelOutput } from './plsKernelTypes';
import { regressConstructs } from './regressConstructs';

/**
 * From converged weights (with `SW` and `C` up to date): loadings, path coefficients, R² and total effects.
 * With `consistent`, first the PLSc correction (Dijkstra & Henseler 2015): for each Mode A block with two
 * or more items `c² = ŵᵀ(S − diag S)ŵ / ŵᵀ(ŵŵᵀ − diag ŵŵᵀ)ŵ`, `ρ_A = (ŵᵀŵ)² c²`, loadings `c ŵ`, and the
 * construct correlations in `C` are disattenuated, `r*_jk = r_jk / √(ρ_j ρ_k)` (ρ = 1 for single items and
 * Mode B). Also used after a bootstrap sign change. Sets `out.failure` on a singular regression or a
 * non-positive ρ_A.
 * @internal
 */
export function finishPlsEstimate(model: CompiledPlsModel, out: PlsKernelOutput, consistent: boolean): void {
  const { p, J, blockOf, blockStart, modes, predecessors, order } = model;
  const { S, SW, C, w, rho, loadings, B, T, r2 } = out;
  for (let h = 0; h < p; h++) {
    loadings[h] = (SW[h * J + (blockOf[h] as number)] as number) / Math.sqrt(S[h * p + h] as number);
  }
  rho.fill(1);
  if (consistent) {
    for (let j = 0; j < J; j++) {
      const start = blockStart[j] as number;
      const end = blockStart[j + 1] as number;
      if (modes[j] !== 'A' || end - start < 2) continue;
      let offDiagonal = 0;
      let squares = 0;
      let fourth = 0;
      for (let a = start; a < end; a++) {
        for (let b = start; b < end; b++) if (a !== b) offDiagonal += (w[a] as number) * (S[a * p + b] as number) * (w[b] as number);
        const sq = (w[a] as number) ** 2 * (S[a * p + a] as number);
        squares += sq;
        fourth += sq * sq;
      }
      const c2 = offDiagonal / (squares * squares - fourth);
      const value = squares * squares * c2;
      if (!(c2 > 0) || !(value > 0) || !Number.isFinite(value)) {
        out.failure = 'non-positive rho_A';
        return;
      }
      rho[j] = value;
      const c = Math.sqrt(c2);
      for (let h = start; h < end; h++) loadings[h] = c * (w[h] as number) * Math.sqrt(S[h * p + h] as number);
    }
    for (let j = 0; j < J; j++) {
      for (let k = 0; k < J; k++) {
        if (j !== k) C[j * J + k] = (C[j * J + k] as number) / Math.sqrt((rho[j] as number) * (rho[k] as number));
      }
    }
  }
  B.fill(0);
  r2.fill(0);
  for (let j = 0; j < J; j++) {
    const preds = predecessors[j] as readonly number[];
    if (preds.length === 0) continue;
    if (!regressConstructs(C, J, preds, j, out.coefficients, out.scratch)) {
      out.failure = 'singular path regression';
      return;
    }
    let rs = 0;
    for (let i = 0; i < preds.length; i++) {
      const k = preds[i] as number;
      const b = out.coefficients[i] as number;
      B[k * J + j] = b;
      rs += b * (C[k * J + j] as number);
    }
    r2[j] = rs;
  }
  // T[i→j] = B[i→j] + Σ_k T[i→k] B[k→j], j in topological order.
  T.fill(0);
  for (const j of order) {
    for (let i = 0; i < J; i++) {
      let t = B[i * J + j] as number;
      for (const k of predecessors[j] as readonly number[]) t += (T[i * J + k] as number) * (B[k * J + j] as number);
      T[i * J + j] = t;
    }
  }
}
