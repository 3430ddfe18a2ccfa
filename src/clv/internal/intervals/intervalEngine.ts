import type { GammaGammaParams } from '../../gammaGamma/types';
import type { ContinuousFit } from '../continuousFit';
import { groupCustomers } from '../groupCustomers';
import type { ModelParams, RfmCustomer } from '../../types';
import { aliveBlock, aliveRow, aliveTables } from './aliveKernel';
import type { AliveBlock, AliveTables } from './aliveKernel';
import type { GgomNbdParams } from '../../ggomNbd/types';
import { ggomPairExpectationsInto } from './ggomPairExpectations';
import { neumaierAddAt } from './neumaierAddAt';
import { pairExpectationsInto, pairTable } from './pairExpectations';
import { guidedQuantilePair, quantileGuide } from './guidedQuantilePair';
import type { QuantileGuide } from './guidedQuantilePair';
import { quantilePair } from './quantilePair';

/** Spend per purchase as the engine sees it. @internal */
export type EngineSpend =
  | { readonly kind: 'none' }
  | { readonly kind: 'constant'; readonly expected: number }
  | { readonly kind: 'gammaGamma'; readonly estimate: GammaGammaParams; readonly draws: readonly GammaGammaParams[] | null };

/** Discounted expected purchases of some customers under some parameters (`customerLifetimeValue`). @internal */
export type DiscountedPurchases = (params: ModelParams, customers: readonly RfmCustomer[]) => number[];

/** The discounted value asked for: margin, the exact function, and its horizons and weights when it is such a sum. @internal */
export interface EngineValue {
  readonly margin: number;
  readonly discounted: DiscountedPurchases;
  readonly steps: { readonly horizons: readonly number[]; readonly weights: readonly number[] } | null;
}

/** What the engine needs. @internal */
export interface EngineInput {
  readonly context: ContinuousFit;
  /** Purchase-model parameters of each draw. */
  readonly draws: readonly ModelParams[];
  /** Valid customers, in output order (`monetaryValue` read with a Gamma-Gamma spend). */
  readonly customers: readonly (RfmCustomer & { readonly monetaryValue?: number })[];
  /** Horizon of the expected purchases, model units. */
  readonly horizon: number;
  readonly spend: EngineSpend;
  /** The discounted value, or `null` when not asked. */
  readonly value: EngineValue | null;
  /** Central coverage of the intervals, in (0, 1). */
  readonly level: number;
  /**
   * Per-customer intervals not needed (their draws are then neither kept nor sorted; the totals are
   * always computed): `lower` and `upper` are left equal to the estimate. Default: every one needed.
   */
  readonly skip?: { readonly alive?: boolean; readonly expected?: boolean };
}

/** Point estimate and interval of one quantity for every customer. @internal */
export interface EngineQuantity {
  readonly estimate: Float64Array;
  readonly lower: Float64Array;
  readonly upper: Float64Array;
}

/** Point estimate and interval of a total. @internal */
export interface EngineTotal {
  readonly estimate: number;
  readonly lower: number;
  readonly upper: number;
}

/** Intervals of every customer and of the totals. @internal */
export interface EngineOutput {
  readonly alive: EngineQuantity;
  readonly expected: EngineQuantity;
  readonly spend: EngineQuantity | null;
  readonly value: EngineQuantity | null;
  readonly totals: { readonly alive: EngineTotal; readonly expected: EngineTotal | null; readonly value: EngineTotal | null };
}

/**
 * Sizes a block of histories (its time tables, its pair expectations beyond PAIR_BUDGET, its plain sums of
 * the totals) as when a block's draws of every quantity were kept in this many doubles; kept so that the
 * totals are summed in the same order as then.
 */
const BLOCK_BUDGET = 4_000_000;
/** Doubles of per-draw pair expectations kept for all histories at once (64 MB); beyond, per block. */
const PAIR_BUDGET = 8_000_000;

/** Doubles of P(alive) tables shared by all blocks (8 MB); beyond, each block tabulates its own times. */
const SHARED_TABLE_BUDGET = 1_000_000;

/** Distinct histories (with `m` when spend is drawn): the unit at which values differ. */
interface Units {
  readonly count: number;
  readonly unitOf: Int32Array;
  readonly x: Float64Array;
  readonly tx: Float64Array;
  readonly T: Float64Array;
  readonly m: Float64Array;
  readonly weight: Float64Array;
  readonly reps: RfmCustomer[];
}

/**
 * Per-customer and total intervals of P(alive), expected purchases, spend and value over parameter
 * draws (the engine of `predictionIntervals` and of `scoreCustomers`' `intervals`).
 *
 * @remarks
 * For every continuous model, `E[Y(t) | x, t_x, T] = P(alive | x, t_x, T) · g(x, T, t)`, where
 * `g = E[Y(t) | alive at T, x, T]` does not depend on `t_x` (Fader, Hardie & Lee 2005, eq. 10;
 * Schmittlein, Morrison & Colombo 1987; for GGom/NBD Bemmaor & Glady 2012; for MBG/CNBD-k the BTYDplus
 * expectation, MBG/NBD's `g` at `k·α`): the expected and discounted purchases of a draw are computed once
 * per distinct `(x, T)` and P(alive) once per distinct history (by a table-driven kernel for BG/NBD and
 * MBG/NBD, else the model's own function). Each history's draws go into
 * reused buffers of `draws` doubles and their type-7 quantiles are selected at once by
 * `guidedQuantilePair` (one guide per quantity, carried from history to history: the histories are
 * sorted by `(x, T, t_x)`, so neighbours rank the draws almost alike), so memory does not grow with
 * customers × draws. Tables are laid out draw-fastest, so a history reads contiguous memory. Totals:
 * plain sums within a block of histories, Neumaier sums across blocks.
 * @internal
 */
export function intervalEngine(input: EngineInput): EngineOutput {
  const { context, draws, customers, horizon, spend, value, level } = input;
  const model = context.model;
  const D = draws.length;
  const spendDrawn = spend.kind === 'gammaGamma' && spend.draws !== null;
  const units = unitsOf(customers, spendDrawn);
  const U = units.count;

  // Point estimates, by the model functions themselves (so they equal scoreCustomers' columns).
  const est = context.params as never;
  const alive0 = model.probabilityAlive(est, units.reps);
  const expected0 = model.conditionalExpectedPurchases(est, units.reps, horizon);
  const discounted0 = value === null ? null : value.discounted(context.params, units.reps);
  const spend0 = spendOf(spend, customers);

  // Per draw and distinct (x, T): g for the horizon and for the discounted value, for all pairs at once
  // when they fit in PAIR_BUDGET doubles, else per block of histories (units are sorted by (x, T), so a
  // block's pairs are a contiguous range).
  const pairs = pairsOf(units);
  const P = pairs.reps.length;
  const steps = value === null ? null : value.steps;
  const { horizons, weights, at } = horizonsOf(horizon, steps);
  // Without per-customer expected purchases and value, no expectation is needed at all (P(alive) only).
  const needPairs = input.skip?.expected !== true || value !== null;
  const fillPairs = pairFiller(model, draws, horizons, at, weights, value, needPairs);
  const global = P * D * (value === null ? 1 : 2) <= PAIR_BUDGET;
  const globalE = global ? new Float64Array(needPairs ? D * P : 0) : null; // [pair · D + draw]
  const globalD = global && value !== null ? new Float64Array(D * P) : null;
  if (globalE !== null) fillPairs(pairs.reps, globalE, globalD);

  // Fixed spend: the value of a unit is its discounted purchases times Σ margin × spend of its customers.
  const margin = value === null ? 0 : value.margin;
  const spendSum = fixedSpendSums(units, spendDrawn ? null : spend0, margin);
  const gg = spendDrawn ? spendColumns((spend as { draws: readonly GammaGammaParams[] }).draws) : null;

  const lowP = (1 - level) / 2;
  const out = {
    alive: bounds(U),
    expected: bounds(U),
    spend: spendDrawn ? bounds(U) : null,
    value: value === null ? null : bounds(U),
  };
  const totals = { alive: new Float64Array(2 * D), expected: new Float64Array(2 * D), value: new Float64Array(2 * D) };
  const keepA = input.skip?.alive !== true;
  const keepE = input.skip?.expected !== true;
  // Histories per block: the block's time tables and pair expectations are built at once, its totals summed
  // plainly (then Neumaier across blocks). Sized as when a block's draws were all kept (up to
  // BLOCK_BUDGET doubles), which keeps the totals' order of summation.
  const quantities = (keepA ? 1 : 0) + (keepE ? 1 : 0) + (spendDrawn ? 1 : 0) + (value === null ? 0 : 1) + 2 + (global ? 0 : value === null ? 1 : 2);
  const B = Math.max(1, Math.min(U, Math.floor(BLOCK_BUDGET / (D * quantities))));
  // One history's draws at a time, their quantiles selected at once (guided by the previous history's).
  const bufA = new Float64Array(D);
  const bufE = keepE ? new Float64Array(D) : null;
  const bufS = spendDrawn ? new Float64Array(D) : null;
  const bufV = value === null ? null : new Float64Array(D);
  const guides = { alive: quantileGuide(D, lowP), expected: quantileGuide(D, lowP), spend: quantileGuide(D, lowP), value: quantileGuide(D, lowP) };
  const blockTotals = { alive: new Float64Array(D), expected: new Float64Array(D), value: new Float64Array(D) };
  const buffers: BlockBuffers = { D, needPairs, bufA, bufE, bufS, bufV, gE: globalE ?? new Float64Array(0), gD: globalD, gg, margin, totals: blockTotals };
  const pair = new Float64Array(2);
  const shared = sharedAliveTables(model, draws, units);
  for (let from = 0; from < U; from += B) {
    const to = Math.min(U, from + B);
    const block = shared?.block ?? aliveBlock(units.x, units.tx, units.T, from, to);
    const tables = shared?.tables ?? aliveTables(model, draws, block);
    const first = shared === null ? from : 0;
    const pLow = pairs.pairOf[from] as number;
    if (globalE === null) {
      const reps = pairs.reps.slice(pLow, (pairs.pairOf[to - 1] as number) + 1);
      buffers.gE = new Float64Array(needPairs ? reps.length * D : 0);
      buffers.gD = value === null ? null : new Float64Array(reps.length * D);
      fillPairs(reps, buffers.gE, buffers.gD);
    }
    const pairBase = globalE === null ? pLow : 0;
    blockTotals.alive.fill(0);
    blockTotals.expected.fill(0);
    blockTotals.value.fill(0);
    for (let u = from; u < to; u++) {
      aliveRow(model, block, tables, u - first, D, bufA, 0);
      const k = ((pairs.pairOf[u] as number) - pairBase) * D;
      unitDraws(buffers, k, units.weight[u] as number, units.x[u] as number, units.m[u] as number, spendSum[u] as number);
      if (keepA) select(bufA, D, lowP, pair, out.alive, u, guides.alive);
      if (bufE !== null) select(bufE, D, lowP, pair, out.expected, u, guides.expected);
      if (bufS !== null && out.spend !== null) select(bufS, D, lowP, pair, out.spend, u, guides.spend);
      if (bufV !== null && out.value !== null) select(bufV, D, lowP, pair, out.value, u, guides.value);
    }
    for (let d = 0; d < D; d++) {
      neumaierAddAt(totals.alive, d, blockTotals.alive[d] as number);
      neumaierAddAt(totals.expected, d, blockTotals.expected[d] as number);
      neumaierAddAt(totals.value, d, blockTotals.value[d] as number);
    }
  }
  return expand(input, units, { alive0, expected0, discounted0, spend0 }, out, totals, lowP, spendDrawn);
}

/**
 * The P(alive) tables of all units at once, when the model has a kernel (BG/NBD, MBG/NBD) and its tables
 * (a row of draws per distinct time and per distinct frequency) fit in {@link SHARED_TABLE_BUDGET} doubles:
 * data on a day or week grid have a few hundred distinct times in all, which every block would otherwise
 * tabulate again. `null`: each block makes its own.
 */
function sharedAliveTables(model: ContinuousFit['model'], draws: readonly ModelParams[], units: Units): { block: AliveBlock; tables: AliveTables } | null {
  if (model.name !== 'bgNbd' && model.name !== 'mbgNbd') return null;
  const times = new Set<number>();
  const frequencies = new Set<number>();
  for (let u = 0; u < units.count; u++) {
    times.add(units.tx[u] as number).add(units.T[u] as number);
    frequencies.add(units.x[u] as number);
    if ((times.size + frequencies.size) * draws.length > SHARED_TABLE_BUDGET) return null;
  }
  const block = aliveBlock(units.x, units.tx, units.T, 0, units.count);
  return { block, tables: aliveTables(model, draws, block) };
}

/**
 * Fills the per-draw pair expectations of some `(x, T)` histories, `[pair · D + draw]`: by
 * `pairExpectationsInto` (GGom/NBD: `ggomPairExpectationsInto`), and for a value that is not a weighted sum (an infinite horizon by DERT) by
 * the exact function per draw, divided by the pair's P(alive).
 */
function pairFiller(
  model: ContinuousFit['model'],
  draws: readonly ModelParams[],
  horizons: Float64Array,
  at: number,
  weights: Float64Array | null,
  value: EngineValue | null,
  needPairs: boolean,
): (reps: readonly RfmCustomer[], gE: Float64Array, gD: Float64Array | null) => void {
  const D = draws.length;
  return (reps, gE, gD) => {
    if (!needPairs) return;
    const table = pairTable(Float64Array.from(reps, (c) => c.frequency), Float64Array.from(reps, (c) => c.T));
    for (let d = 0; d < D; d++) {
      const params = draws[d] as ModelParams;
      const slots = { horizons, at, weights, gE, gD: weights === null ? null : gD, offset: d, stride: D };
      if (model.name === 'ggomNbd') ggomPairExpectationsInto(params as GgomNbdParams, table, slots);
      // MBG/CNBD-k: E[Y(t) | alive, x, T] is the MBG/NBD one with α replaced by kα (Platzer & Reutterer 2016).
      else if (model.name === 'mbgCnbdK') pairExpectationsInto('mbgNbd', { ...params, alpha: (model.k as number) * (params.alpha as number) }, table, slots);
      else pairExpectationsInto(model.name, params, table, slots);
      if (value !== null && weights === null && gD !== null) {
        const a = model.probabilityAlive(params as never, reps);
        const v = value.discounted(params, reps);
        for (let k = 0; k < reps.length; k++) gD[k * D + d] = (a[k] as number) > 0 ? (v[k] as number) / (a[k] as number) : 0;
      }
    }
  };
}

/** Σ margin × spend of each unit's customers for a fixed spend (zeros when spend is drawn or absent). */
function fixedSpendSums(units: Units, spend0: Float64Array | null, margin: number): Float64Array {
  const sums = new Float64Array(units.count);
  if (spend0 === null) return sums;
  for (let i = 0; i < units.unitOf.length; i++) {
    const u = units.unitOf[i] as number;
    sums[u] = (sums[u] as number) + margin * (spend0[i] as number);
  }
  return sums;
}

/** The value's horizons and weights, and the index of the expected purchases' horizon among them (added when it is not one). */
function horizonsOf(horizon: number, steps: EngineValue['steps']): { horizons: Float64Array; weights: Float64Array | null; at: number } {
  const stepHorizons = steps === null ? [] : [...steps.horizons];
  const stepWeights = steps === null ? [] : [...steps.weights];
  let at = stepHorizons.indexOf(horizon);
  if (at < 0) {
    at = stepHorizons.length;
    stepHorizons.push(horizon);
    stepWeights.push(0);
  }
  return { horizons: Float64Array.from(stepHorizons), weights: steps === null ? null : Float64Array.from(stepWeights), at };
}

/** What {@link unitDraws} writes into and reads from (one history's draws; the block's pair expectations and totals). */
interface BlockBuffers {
  readonly D: number;
  readonly needPairs: boolean;
  readonly bufA: Float64Array;
  readonly bufE: Float64Array | null;
  readonly bufS: Float64Array | null;
  readonly bufV: Float64Array | null;
  gE: Float64Array;
  gD: Float64Array | null;
  readonly gg: { p: Float64Array; q: Float64Array; gamma: Float64Array } | null;
  readonly margin: number;
  readonly totals: { alive: Float64Array; expected: Float64Array; value: Float64Array };
}

/**
 * One history's draws (P(alive) already in `bufA`): expected purchases `a · gE` (pair expectations from
 * `k`), spend (drawn Gamma-Gamma `p(γ + x m)/(p x + q − 1)`), value `margin · spend · a · gD` (or `a · gD`
 * when the spend is fixed: the customers' spends scale it afterwards), and the block's totals (`w`
 * customers, `unitSpend` = Σ margin × spend of a fixed spend).
 */
function unitDraws(b: BlockBuffers, k: number, w: number, x: number, m: number, unitSpend: number): void {
  const { D, bufA, bufE, bufS, bufV, gE, gD, gg, margin, totals } = b;
  const tA = totals.alive;
  const tE = totals.expected;
  const tV = totals.value;
  // One simple loop per quantity (no per-draw branches). Without pair expectations the expected purchases
  // are 0 and their totals stay 0.
  if (!b.needPairs) for (let d = 0; d < D; d++) tA[d] = (tA[d] as number) + w * (bufA[d] as number);
  else if (bufE === null) {
    for (let d = 0; d < D; d++) {
      const a = bufA[d] as number;
      tA[d] = (tA[d] as number) + w * a;
      tE[d] = (tE[d] as number) + w * (a * (gE[k + d] as number));
    }
  } else {
    for (let d = 0; d < D; d++) {
      const a = bufA[d] as number;
      const e = a * (gE[k + d] as number);
      bufE[d] = e;
      tA[d] = (tA[d] as number) + w * a;
      tE[d] = (tE[d] as number) + w * e;
    }
  }
  if (gg !== null && bufS !== null) for (let d = 0; d < D; d++) bufS[d] = spendAt(gg, d, x, m);
  if (bufV === null || gD === null) return;
  if (gg !== null && bufS !== null) {
    for (let d = 0; d < D; d++) {
      const v = margin * (bufS[d] as number) * ((bufA[d] as number) * (gD[k + d] as number));
      bufV[d] = v;
      tV[d] = (tV[d] as number) + w * v;
    }
  } else {
    for (let d = 0; d < D; d++) {
      const dep = (bufA[d] as number) * (gD[k + d] as number);
      bufV[d] = dep;
      tV[d] = (tV[d] as number) + unitSpend * dep;
    }
  }
}

/** Gamma-Gamma expected spend of draw `d` for `x` repeat purchases of mean `m` (Fader, Hardie & Lee 2005b, eq. 5). */
function spendAt(gg: { p: Float64Array; q: Float64Array; gamma: Float64Array }, d: number, x: number, m: number): number {
  const p = gg.p[d] as number;
  const q = gg.q[d] as number;
  const gamma = gg.gamma[d] as number;
  return x === 0 ? (p * gamma) / (q - 1) : (p * (gamma + x * m)) / (p * x + q - 1);
}

/** Lower and upper columns of the units. */
function bounds(U: number): { lower: Float64Array; upper: Float64Array } {
  return { lower: new Float64Array(U), upper: new Float64Array(U) };
}

/** Quantiles of one unit's draws into the unit's lower/upper. */
function select(buffer: Float64Array, D: number, lowP: number, pair: Float64Array, target: { lower: Float64Array; upper: Float64Array }, u: number, guide: QuantileGuide): void {
  guidedQuantilePair(buffer, 0, D, lowP, pair, guide);
  target.lower[u] = pair[0] as number;
  target.upper[u] = pair[1] as number;
}

/** The customers' distinct histories (and spend when it varies by draw). */
function unitsOf(customers: readonly (RfmCustomer & { readonly monetaryValue?: number })[], withSpend: boolean): Units {
  const n = customers.length;
  const keys = customers.map((c) => ({ frequency: c.frequency, recency: c.recency, T: c.T, n: withSpend ? c.monetaryValue : undefined }));
  const groups = groupCustomers(keys);
  const count = groups === undefined ? n : groups.representatives.length;
  const unitOf = groups === undefined ? Int32Array.from({ length: n }, (_, i) => i) : groups.groupOf;
  const x = new Float64Array(count);
  const tx = new Float64Array(count);
  const T = new Float64Array(count);
  const m = new Float64Array(count);
  const weight = new Float64Array(count);
  const reps: RfmCustomer[] = new Array<RfmCustomer>(count);
  const seen = new Uint8Array(count);
  for (let i = 0; i < n; i++) {
    const u = unitOf[i] as number;
    weight[u] = (weight[u] as number) + 1;
    if (seen[u] === 1) continue;
    seen[u] = 1;
    const c = customers[i] as RfmCustomer & { readonly monetaryValue?: number };
    x[u] = c.frequency;
    tx[u] = c.recency;
    T[u] = c.T;
    m[u] = withSpend ? (c.monetaryValue as number) : 0;
    reps[u] = { frequency: c.frequency, recency: c.recency, T: c.T };
  }
  // Renumber the units by (x, T, t_x, m), so that a block of units holds a contiguous range of (x, T).
  const order = Int32Array.from({ length: count }, (_, u) => u).sort(
    (i, j) => (x[i] as number) - (x[j] as number) || (T[i] as number) - (T[j] as number) || (tx[i] as number) - (tx[j] as number) || (m[i] as number) - (m[j] as number),
  );
  const rank = new Int32Array(count);
  for (let u = 0; u < count; u++) rank[order[u] as number] = u;
  const sorted = (column: Float64Array): Float64Array => Float64Array.from(order, (u) => column[u] as number);
  const renumbered = Int32Array.from(unitOf, (u) => rank[u] as number);
  return { count, unitOf: renumbered, x: sorted(x), tx: sorted(tx), T: sorted(T), m: sorted(m), weight: sorted(weight), reps: Array.from(order, (u) => reps[u] as RfmCustomer) };
}

/** Distinct `(x, T)` of the units, each as the history `(x, t_x = T, T)` (`t_x = 0` when `x = 0`). */
function pairsOf(units: Units): { reps: RfmCustomer[]; pairOf: Int32Array } {
  const index = new Map<string, number>();
  const reps: RfmCustomer[] = [];
  const pairOf = new Int32Array(units.count);
  for (let u = 0; u < units.count; u++) {
    const x = units.x[u] as number;
    const T = units.T[u] as number;
    const key = `${x}|${T}`;
    let k = index.get(key);
    if (k === undefined) {
      k = reps.length;
      index.set(key, k);
      reps.push({ frequency: x, recency: x > 0 ? T : 0, T });
    }
    pairOf[u] = k;
  }
  return { reps, pairOf };
}

/** Expected spend of each customer at the point estimate (`null` without spend). */
function spendOf(spend: EngineSpend, customers: readonly (RfmCustomer & { readonly monetaryValue?: number })[]): Float64Array | null {
  if (spend.kind === 'none') return null;
  if (spend.kind === 'constant') return new Float64Array(customers.length).fill(spend.expected);
  const { p, q, gamma } = spend.estimate;
  return Float64Array.from(customers, (c) =>
    c.frequency === 0 ? (p * gamma) / (q - 1) : (p * (gamma + c.frequency * (c.monetaryValue as number))) / (p * c.frequency + q - 1),
  );
}

/** Gamma-Gamma draws as columns. */
function spendColumns(draws: readonly GammaGammaParams[]): { p: Float64Array; q: Float64Array; gamma: Float64Array } {
  return {
    p: Float64Array.from(draws, (g) => g.p),
    q: Float64Array.from(draws, (g) => g.q),
    gamma: Float64Array.from(draws, (g) => g.gamma),
  };
}

/** Unit intervals expanded to customers, and the totals' quantiles. */
function expand(
  input: EngineInput,
  units: Units,
  point: { alive0: number[]; expected0: number[]; discounted0: number[] | null; spend0: Float64Array | null },
  out: { alive: { lower: Float64Array; upper: Float64Array }; expected: { lower: Float64Array; upper: Float64Array }; spend: { lower: Float64Array; upper: Float64Array } | null; value: { lower: Float64Array; upper: Float64Array } | null },
  totals: { alive: Float64Array; expected: Float64Array; value: Float64Array },
  lowP: number,
  spendDrawn: boolean,
): EngineOutput {
  const n = input.customers.length;
  const D = input.draws.length;
  const column = () => ({ estimate: new Float64Array(n), lower: new Float64Array(n), upper: new Float64Array(n) });
  const alive = column();
  const expected = column();
  const spend = point.spend0 === null ? null : column();
  const value = input.value === null ? null : column();
  const margin = input.value === null ? 0 : input.value.margin;
  let valueEstimate = 0;
  let aliveEstimate = 0;
  let expectedEstimate = 0;
  const sums = { alive: [0, 0], expected: [0, 0], value: [0, 0] };
  for (let i = 0; i < n; i++) {
    const u = units.unitOf[i] as number;
    alive.estimate[i] = point.alive0[u] as number;
    alive.lower[i] = input.skip?.alive === true ? (alive.estimate[i] as number) : (out.alive.lower[u] as number);
    alive.upper[i] = input.skip?.alive === true ? (alive.estimate[i] as number) : (out.alive.upper[u] as number);
    expected.estimate[i] = point.expected0[u] as number;
    expected.lower[i] = input.skip?.expected === true ? (expected.estimate[i] as number) : (out.expected.lower[u] as number);
    expected.upper[i] = input.skip?.expected === true ? (expected.estimate[i] as number) : (out.expected.upper[u] as number);
    const s0 = point.spend0 === null ? 0 : (point.spend0[i] as number);
    if (spend !== null) {
      spend.estimate[i] = s0;
      spend.lower[i] = spendDrawn && out.spend !== null ? (out.spend.lower[u] as number) : s0;
      spend.upper[i] = spendDrawn && out.spend !== null ? (out.spend.upper[u] as number) : s0;
    }
    if (value !== null && point.discounted0 !== null && out.value !== null) {
      value.estimate[i] = margin * s0 * Math.max(0, point.discounted0[u] as number);
      const scale = spendDrawn ? 1 : margin * s0;
      value.lower[i] = scale * (out.value.lower[u] as number);
      value.upper[i] = scale * (out.value.upper[u] as number);
    }
    neumaier(sums.alive, alive.estimate[i] as number);
    neumaier(sums.expected, expected.estimate[i] as number);
    if (value !== null) neumaier(sums.value, value.estimate[i] as number);
  }
  aliveEstimate = (sums.alive[0] as number) + (sums.alive[1] as number);
  expectedEstimate = (sums.expected[0] as number) + (sums.expected[1] as number);
  valueEstimate = (sums.value[0] as number) + (sums.value[1] as number);
  const total = (acc: Float64Array, estimate: number): EngineTotal => {
    const v = new Float64Array(D);
    for (let d = 0; d < D; d++) v[d] = (acc[2 * d] as number) + (acc[2 * d + 1] as number);
    const q = new Float64Array(2);
    quantilePair(v, 0, D, lowP, q);
    return { estimate, lower: q[0] as number, upper: q[1] as number };
  };
  return {
    alive,
    expected,
    spend,
    value,
    totals: {
      alive: total(totals.alive, aliveEstimate),
      expected: input.skip?.expected !== true || input.value !== null ? total(totals.expected, expectedEstimate) : null,
      value: input.value === null ? null : total(totals.value, valueEstimate),
    },
  };
}

/** Neumaier addition into `[sum, compensation]`. */
function neumaier(acc: number[], v: number): void {
  const s = acc[0] as number;
  const t = s + v;
  acc[1] = (acc[1] as number) + (Math.abs(s) >= Math.abs(v) ? s - t + v : v - t + s);
  acc[0] = t;
}
