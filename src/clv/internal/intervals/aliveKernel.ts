import type { ContinuousModel } from '../continuousFit';
import type { ModelParams, RfmCustomer } from '../../types';

/** The distinct times and frequencies of a block of histories, indexed for the P(alive) kernel. @internal */
export interface AliveBlock {
  /** First and one-past-last unit of the block. */
  readonly from: number;
  readonly to: number;
  /** Distinct values of `t_x` and `T` in the block. */
  readonly times: Float64Array;
  /** Index into `times` of each unit's `t_x` and `T`. */
  readonly txIndex: Int32Array;
  readonly tIndex: Int32Array;
  /** Distinct frequencies of the block and the index of each unit's. */
  readonly frequencies: Float64Array;
  readonly xIndex: Int32Array;
  /** The block's histories as customers (for the models without a kernel). */
  readonly customers: readonly RfmCustomer[];
}

/** Indexes units `from .. to − 1` of the history columns for {@link aliveTables} and {@link aliveRow}. @internal */
export function aliveBlock(x: Float64Array, tx: Float64Array, T: Float64Array, from: number, to: number): AliveBlock {
  const timeOf = new Map<number, number>();
  const frequencyOf = new Map<number, number>();
  const size = to - from;
  const txIndex = new Int32Array(size);
  const tIndex = new Int32Array(size);
  const xIndex = new Int32Array(size);
  const times: number[] = [];
  const frequencies: number[] = [];
  const customers: RfmCustomer[] = new Array<RfmCustomer>(size);
  const indexOf = (map: Map<number, number>, list: number[], v: number): number => {
    let k = map.get(v);
    if (k === undefined) {
      k = list.length;
      map.set(v, k);
      list.push(v);
    }
    return k;
  };
  for (let u = from; u < to; u++) {
    const i = u - from;
    txIndex[i] = indexOf(timeOf, times, tx[u] as number);
    tIndex[i] = indexOf(timeOf, times, T[u] as number);
    xIndex[i] = indexOf(frequencyOf, frequencies, x[u] as number);
    customers[i] = { frequency: x[u] as number, recency: tx[u] as number, T: T[u] as number };
  }
  return {
    from,
    to,
    times: Float64Array.from(times),
    txIndex,
    tIndex,
    frequencies: Float64Array.from(frequencies),
    xIndex,
    customers,
  };
}

/**
 * The per-draw tables of a block for {@link aliveRow}, laid out draw-fastest (`[index · D + d]`), so that
 * one history's draws read contiguous memory: `ln(α_d + time_k)` per distinct time and
 * `ln a_d − ln(b_d + x + shift)` per distinct frequency (BG/NBD `shift = −1`, MBG/NBD 0); for the other
 * models (Pareto/NBD, GGom/NBD, MBG/CNBD-k) the P(alive) of every history and draw from the model's own
 * `probabilityAlive` (`direct`). @internal
 */
export interface AliveTables {
  readonly logTime: Float64Array;
  readonly frequencyTerm: Float64Array;
  readonly r: Float64Array;
  readonly direct: Float64Array | null;
}

/** Builds the {@link AliveTables} of a block for all draws. @internal */
export function aliveTables(model: ContinuousModel, draws: readonly ModelParams[], block: AliveBlock): AliveTables {
  const D = draws.length;
  const size = block.to - block.from;
  if (model.name !== 'bgNbd' && model.name !== 'mbgNbd') {
    const direct = new Float64Array(size * D);
    for (let d = 0; d < D; d++) {
      const values = model.probabilityAlive(draws[d] as never, block.customers);
      for (let i = 0; i < size; i++) direct[i * D + d] = values[i] as number;
    }
    return { logTime: new Float64Array(0), frequencyTerm: new Float64Array(0), r: new Float64Array(0), direct };
  }
  const shift = model.name === 'bgNbd' ? -1 : 0;
  const { times, frequencies } = block;
  const logTime = new Float64Array(times.length * D);
  const frequencyTerm = new Float64Array(frequencies.length * D);
  const r = new Float64Array(D);
  const alpha = new Float64Array(D);
  const logA = new Float64Array(D);
  const b = new Float64Array(D);
  for (let d = 0; d < D; d++) {
    const p = draws[d] as { r: number; alpha: number; a: number; b: number };
    r[d] = p.r;
    alpha[d] = p.alpha;
    logA[d] = Math.log(p.a);
    b[d] = p.b;
  }
  // Row by row (each row's draws contiguous), so that the tables are written in order.
  for (let k = 0; k < times.length; k++) {
    const time = times[k] as number;
    const row = k * D;
    for (let d = 0; d < D; d++) logTime[row + d] = Math.log((alpha[d] as number) + time);
  }
  for (let k = 0; k < frequencies.length; k++) {
    const x = frequencies[k] as number;
    const row = k * D;
    for (let d = 0; d < D; d++) frequencyTerm[row + d] = (logA[d] as number) - Math.log((b[d] as number) + x + shift);
  }
  return { logTime, frequencyTerm, r, direct: null };
}

/**
 * P(alive) of unit `i` of a block under every draw, into `out[offset .. offset + D − 1]`:
 * `1/(1 + e^{F_d + (r_d + x)(ln(α_d+T) − ln(α_d+t_x))})` (BG/NBD: 1 when `x = 0`), one exponential each. @internal
 */
export function aliveRow(model: ContinuousModel, block: AliveBlock, tables: AliveTables, i: number, D: number, out: Float64Array, offset: number): void {
  if (tables.direct !== null) {
    out.set(tables.direct.subarray(i * D, i * D + D), offset);
    return;
  }
  const xi = block.xIndex[i] as number;
  const x = block.frequencies[xi] as number;
  if (model.name === 'bgNbd' && x === 0) {
    out.fill(1, offset, offset + D);
    return;
  }
  const { logTime, frequencyTerm, r } = tables;
  const f = xi * D;
  const t = (block.tIndex[i] as number) * D;
  const tx = (block.txIndex[i] as number) * D;
  for (let d = 0; d < D; d++) {
    const z = (frequencyTerm[f + d] as number) + ((r[d] as number) + x) * ((logTime[t + d] as number) - (logTime[tx + d] as number));
    out[offset + d] = 1 / (1 + Math.exp(z));
  }
}
