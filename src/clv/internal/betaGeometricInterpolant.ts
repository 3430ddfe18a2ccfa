import { betaGeometricExpectation } from './betaGeometricExpectation';

/** Width of one interpolation piece in `y = ln(1 + T/α)`. */
const PIECE = 0.5;
/** Chebyshev nodes (first kind) per piece: the polynomial has degree 9. */
const NODES = 10;
/** Pieces cover `y < PIECE · MAX_PIECES = 40`; larger `y` (T/α > e^40) is computed directly. */
const MAX_PIECES = 80;
/** Accepted relative error of a piece at its check points. */
const TOLERANCE = 1e-13;
/** Off-node points of `[−1, 1]` where a new piece is compared with the direct value. */
const CHECKS = [-0.99, -0.37, 0.29, 0.97];
/** From this many customers on, callers interpolate: building the pieces then costs less than it saves. */
export const INTERPOLATE_FROM = 10_000;

const ANGLES = Float64Array.from({ length: NODES }, (_, k) => (Math.PI * (k + 0.5)) / NODES);
/** `cos(j θ_k)`, row `j`: Chebyshev coefficients from node values. */
const COSINES = Float64Array.from({ length: NODES * NODES }, (_, i) => Math.cos(Math.floor(i / NODES) * (ANGLES[i % NODES] as number)));
/** Power-basis coefficients of `T_j`, row `j` (`T_{j+1} = 2s T_j − T_{j−1}`). */
const POWERS = new Float64Array(NODES * NODES);
POWERS[0] = 1;
POWERS[NODES + 1] = 1;
for (let j = 1; j + 1 < NODES; j++) {
  for (let i = 0; i < NODES; i++) {
    const up = i > 0 ? 2 * (POWERS[j * NODES + i - 1] as number) : 0;
    POWERS[(j + 1) * NODES + i] = up - (POWERS[(j - 1) * NODES + i] as number);
  }
}

const UNBUILT = 0;
const READY = 1;

/** Pieces of one frequency: power-basis coefficients and a state per piece, grown on demand. */
interface Frequency {
  coefficients: Float64Array;
  state: Uint8Array;
}

/** `Σ m_i s^i`, `i < 10`, by Estrin's scheme (short dependency chains). */
function estrin(m: Float64Array, o: number, s: number): number {
  const s2 = s * s;
  const s4 = s2 * s2;
  const p01 = (m[o] as number) + (m[o + 1] as number) * s;
  const p23 = (m[o + 2] as number) + (m[o + 3] as number) * s;
  const p45 = (m[o + 4] as number) + (m[o + 5] as number) * s;
  const p67 = (m[o + 6] as number) + (m[o + 7] as number) * s;
  const p89 = (m[o + 8] as number) + (m[o + 9] as number) * s;
  return p01 + s2 * p23 + s4 * (p45 + s2 * p67 + s4 * p89);
}

/**
 * `Σ_h w_h E[Y(t_h) | alive, x, T]` of the BG/NBD (`shift = 0`) or MBG/NBD (`shift = 1`) model for many
 * customers: a piecewise Chebyshev interpolant in `T` per frequency, built lazily and checked, so that
 * scoring a million customers costs a logarithm and a degree-9 polynomial per customer, whatever the
 * number of horizons.
 *
 * @remarks
 * Given `x`, `E[Y(t) | alive] = ∫_0^1 [1 − (1+p t/(α+T))^−(r+x)]/p · Beta(p; a, b+x+shift) dp`
 * (docs/clv.md, "Numerics") is, as a function of `y = ln(1 + T/α)`, analytic in the strip `|Im y| < π`: its only
 * singularities are where `1 + p t/(α+T) ≤ 0`, i.e. `α+T` on the negative real axis. So is any positively
 * weighted sum over horizons (a discounted CLV, a quadrature). The sum is interpolated at 10 Chebyshev
 * nodes on pieces of width ½ in `y`; the Bernstein ellipse of a piece has parameter ~25, so degree 9 reaches
 * ~1e-14 for moderate `r + x`. The polynomial is kept in the power basis of the piece's local variable
 * `s ∈ [−1, 1]` (well conditioned at this degree with such fast-decaying Chebyshev coefficients) and
 * evaluated by Estrin's scheme. Node values come from {@link betaGeometricExpectation}. A
 * piece is used only after it agrees with the direct value to `1e-13` (relative) at four off-node points;
 * otherwise (large `r + x`, where the integrand grows fast off the real axis) and for `T/α > e^40` the
 * value is computed directly. Building a piece costs 14 direct evaluations per horizon, so callers use
 * this from {@link INTERPOLATE_FROM} customers on.
 *
 * @param horizons - Horizons `t_h ≥ 0`.
 * @param weights - Weights `w_h ≥ 0`, one per horizon.
 * @returns `(x, T) ↦ Σ_h w_h E[Y(t_h) | alive, x, T]`.
 * @internal
 */
export function betaGeometricInterpolant(
  r: number,
  alpha: number,
  a: number,
  b: number,
  shift: 0 | 1,
  horizons: ArrayLike<number>,
  weights: ArrayLike<number>,
): (x: number, T: number) => number {
  const m = horizons.length;
  const byFrequency = new Map<number, Frequency>();
  const small: (Frequency | undefined)[] = []; // integer frequencies below 4096, for a fast lookup
  const values = new Float64Array(NODES);
  const chebyshev = new Float64Array(NODES);

  const direct = (x: number, T: number): number => {
    let sum = 0;
    for (let h = 0; h < m; h++) {
      const t = horizons[h] as number;
      const w = weights[h] as number;
      if (t !== 0 && w !== 0) sum += w * betaGeometricExpectation(r, alpha, a, b, x, T, t, shift);
    }
    return sum;
  };

  const build = (x: number, f: Frequency, piece: number): void => {
    const center = (piece + 0.5) * PIECE;
    for (let k = 0; k < NODES; k++) values[k] = direct(x, alpha * Math.expm1(center + 0.5 * PIECE * Math.cos(ANGLES[k] as number)));
    for (let j = 0; j < NODES; j++) {
      let sum = 0;
      for (let k = 0; k < NODES; k++) sum += (values[k] as number) * (COSINES[j * NODES + k] as number);
      chebyshev[j] = ((j === 0 ? 1 : 2) * sum) / NODES;
    }
    const offset = piece * NODES;
    const c = f.coefficients;
    for (let i = 0; i < NODES; i++) {
      let sum = 0;
      for (let j = i; j < NODES; j++) sum += (chebyshev[j] as number) * (POWERS[j * NODES + i] as number);
      c[offset + i] = sum;
    }
    let ok = true;
    for (const s of CHECKS) {
      const value = direct(x, alpha * Math.expm1(center + 0.5 * PIECE * s));
      if (!(Math.abs(estrin(c, offset, s) - value) <= TOLERANCE * Math.abs(value))) ok = false;
    }
    f.state[piece] = ok ? READY : 2;
  };

  const frequency = (x: number, piece: number): Frequency => {
    const integer = x < 4096 && Number.isInteger(x);
    let f = integer ? small[x] : byFrequency.get(x);
    if (f === undefined) {
      f = { coefficients: new Float64Array(0), state: new Uint8Array(0) };
      if (integer) small[x] = f;
      else byFrequency.set(x, f);
    }
    if (piece >= f.state.length) {
      const size = Math.min(MAX_PIECES, Math.max(piece + 1, 2 * f.state.length, 8));
      const coefficients = new Float64Array(size * NODES);
      coefficients.set(f.coefficients);
      const state = new Uint8Array(size);
      state.set(f.state);
      f.coefficients = coefficients;
      f.state = state;
    }
    return f;
  };

  return (x: number, T: number): number => {
    const y = Math.log1p(T / alpha);
    const piece = Math.floor(y / PIECE);
    if (!(piece < MAX_PIECES)) return direct(x, T);
    let f = x < 4096 && Number.isInteger(x) ? small[x] : byFrequency.get(x);
    if (f === undefined || piece >= f.state.length) f = frequency(x, piece);
    if (f.state[piece] === UNBUILT) build(x, f, piece);
    if (f.state[piece] !== READY) return direct(x, T);
    return estrin(f.coefficients, piece * NODES, (y - (piece + 0.5) * PIECE) / (0.5 * PIECE));
  };
}
