/**
 * Sweeps the range on which clientele promises finite, correct predictions (frequencies 0..10,000, recency
 * 0..T, T 1e-3..1e4, every parameter 1e-4..1e4, horizons 0..1e4) for every model, and prints:
 * grid points checked, typed refusals (a ClienteleError stating the rule), non-finite values or untyped
 * throws, values out of their bounds (negative expectations, probabilities
 * outside [0, 1]), monotonicity violations in the horizon, and the worst error against the 50-digit reference
 * sample (test/fixtures/clv/btyd_extremes_reference.json, from scripts/fixtures/btyd_extremes_reference.py).
 *
 * Run:  npx tsx scripts/extremes-grid.ts            (the full grid: 5 levels per parameter, minutes)
 *       npx tsx scripts/extremes-grid.ts --quick    (3 levels per parameter, seconds)
 *
 * Monotonicity allows rounding only: an expectation may fall by 1e-12 of itself, and a probability (of no
 * purchase, of survival) may rise by 1e-12 (absolute: `1 − P(alive)·I` carries absolute rounding) before it
 * counts as a violation.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { bgNbd } from '../src/clv/bgNbd/index';
import { mbgNbd } from '../src/clv/mbgNbd/index';
import { paretoNbd } from '../src/clv/paretoNbd/index';
import { bgBb } from '../src/clv/bgBb/index';
import { shiftedBetaGeometric } from '../src/clv/shiftedBetaGeometric/index';
import { gammaGamma } from '../src/clv/gammaGamma/index';
import type { RfmCustomer } from '../src/clv/types';
import { isClienteleError } from '../src/core/errors/isClienteleError';

const quick = process.argv.includes('--quick');
const LEVELS = quick ? [1e-4, 1, 1e4] : [1e-4, 1e-2, 1, 1e2, 1e4];
const FREQUENCIES = quick ? [0, 1, 10_000] : [0, 1, 10, 100, 1000, 10_000];
const TS = quick ? [1e-3, 1e4] : [1e-3, 1, 100, 1e4];
const RECENCY = [0, 0.5, 1]; // fractions of T
const HORIZONS = [0, 1e-3, 1, 52, 1000, 1e4];
const ROUNDING = 1e-12;

interface Tally {
  points: number;
  refused: number;
  nonFinite: number;
  outOfBounds: number;
  monotonicity: number;
  examples: string[];
}
const tallies = new Map<string, Tally>();

function tally(name: string): Tally {
  let t = tallies.get(name);
  if (t === undefined) {
    t = { points: 0, refused: 0, nonFinite: 0, outOfBounds: 0, monotonicity: 0, examples: [] };
    tallies.set(name, t);
  }
  return t;
}

function note(t: Tally, what: string): void {
  if (t.examples.length < 3) t.examples.push(what);
}

/** Checks `f` over the horizons: finite, within `[lo, hi]`, rising (`direction = 1`) or falling (`−1`). */
function sweep(name: string, f: (t: number) => number, horizons: readonly number[], direction: 1 | -1 | 0, lo: number, hi: number, where: () => string): void {
  const t = tally(name);
  let previous = Number.NaN;
  for (const h of horizons) {
    let v: number;
    t.points++;
    try {
      v = f(h);
    } catch (e) {
      // A typed error stating the rule (e.g. Gamma-Gamma's mean spend needs q > 1) is a refusal, not a defect.
      if (isClienteleError(e)) t.refused++;
      else {
        t.nonFinite++;
        note(t, `${where()} t=${h}: threw ${(e as Error).message}`);
      }
      previous = Number.NaN;
      continue;
    }
    if (!Number.isFinite(v)) {
      t.nonFinite++;
      note(t, `${where()} t=${h}: ${v}`);
      previous = Number.NaN;
      continue;
    }
    if (v < lo || v > hi) {
      t.outOfBounds++;
      note(t, `${where()} t=${h}: ${v} outside [${lo}, ${hi}]`);
    }
    if (direction === 1 && v < previous * (1 - ROUNDING)) {
      t.monotonicity++;
      note(t, `${where()} t=${h}: ${v} < ${previous}`);
    }
    if (direction === -1 && v > previous + ROUNDING) {
      t.monotonicity++;
      note(t, `${where()} t=${h}: ${v} > ${previous}`);
    }
    previous = v;
  }
}

function* paramSets(count: number): Generator<number[]> {
  const index = new Array<number>(count).fill(0);
  for (;;) {
    yield index.map((i) => LEVELS[i] as number);
    let k = 0;
    while (k < count && ++index[k]! === LEVELS.length) index[k++] = 0;
    if (k === count) return;
  }
}

function* rfmCustomers(): Generator<RfmCustomer> {
  for (const frequency of FREQUENCIES) {
    for (const T of TS) {
      for (const f of frequency === 0 ? [0] : RECENCY) yield { frequency, recency: f * T, T };
    }
  }
}

const inf = Number.POSITIVE_INFINITY;
const started = Date.now();

// BG/NBD and MBG/NBD.
for (const [name, model] of [['bgNbd', bgNbd], ['mbgNbd', mbgNbd]] as const) {
  for (const [r, alpha, a, b] of paramSets(4) as Generator<[number, number, number, number]>) {
    const p = { r, alpha, a, b };
    const where = () => `${JSON.stringify(p)}`;
    sweep(`${name}.expectedPurchases`, (t) => model.expectedPurchases(p, t), HORIZONS, 1, 0, inf, where);
    const customers = [...rfmCustomers()];
    for (const c of customers) {
      const at = () => `${where()} ${JSON.stringify(c)}`;
      sweep(`${name}.conditionalExpectedPurchases`, (t) => model.conditionalExpectedPurchases(p, c, t), HORIZONS, 1, 0, inf, at);
      sweep(`${name}.probabilityNoPurchase`, (t) => model.probabilityNoPurchase(p, c, t), HORIZONS, -1, 0, 1, at);
      sweep(`${name}.probabilityAlive`, () => model.probabilityAlive(p, c), [0], 0, 0, 1, at);
    }
    // The curve shares the series across horizons; compare its values with the one-horizon function too.
    const curve = model.conditionalExpectedPurchasesCurve(p, customers, HORIZONS);
    for (let i = 0; i < customers.length; i++) {
      sweep(`${name}.conditionalExpectedPurchasesCurve`, (t) => curve[HORIZONS.indexOf(t)]![i]!, HORIZONS, 1, 0, inf, () => `${where()} ${JSON.stringify(customers[i])}`);
    }
    const weighted = model.weightedExpectedPurchases(p, customers, HORIZONS, HORIZONS.map(() => 1));
    for (let i = 0; i < customers.length; i++) {
      sweep(`${name}.weightedExpectedPurchases`, () => weighted[i]!, [0], 0, 0, inf, () => `${where()} ${JSON.stringify(customers[i])}`);
    }
  }
}

// Pareto/NBD.
for (const [r, alpha, s, beta] of paramSets(4) as Generator<[number, number, number, number]>) {
  const p = { r, alpha, s, beta };
  const where = () => `${JSON.stringify(p)}`;
  sweep('paretoNbd.expectedPurchases', (t) => paretoNbd.expectedPurchases(p, t), HORIZONS, 1, 0, inf, where);
  for (const c of rfmCustomers()) {
    const at = () => `${where()} ${JSON.stringify(c)}`;
    sweep('paretoNbd.conditionalExpectedPurchases', (t) => paretoNbd.conditionalExpectedPurchases(p, c, t), HORIZONS, 1, 0, inf, at);
    sweep('paretoNbd.probabilityNoPurchase', (t) => paretoNbd.probabilityNoPurchase(p, c, t), HORIZONS, -1, 0, 1, at);
    sweep('paretoNbd.probabilityAlive', () => paretoNbd.probabilityAlive(p, c), [0], 0, 0, 1, at);
    sweep('paretoNbd.discountedExpectedResidualTransactions', (d) => paretoNbd.discountedExpectedResidualTransactions(p, c, d), [1, 0.1, 1e-3, 1e-4], 1, 0, inf, at);
  }
}

// BG/BB: opportunities n, frequency and recency up to n, horizons in opportunities.
for (const [alpha, beta, gamma, delta] of paramSets(4) as Generator<[number, number, number, number]>) {
  const p = { alpha, beta, gamma, delta };
  const where = () => `${JSON.stringify(p)}`;
  sweep('bgBb.expectedPurchases', (n) => bgBb.expectedPurchases(p, n), HORIZONS.filter(Number.isInteger), 1, 0, inf, where);
  for (const n of [1, 10, 100, 10_000]) {
    for (const frequency of [0, 1, n]) {
      for (const recency of frequency === 0 ? [0] : [Math.max(frequency, 1), n].filter((v, i, all) => all.indexOf(v) === i && v >= frequency)) {
        const c = { frequency, recency, n };
        const at = () => `${where()} ${JSON.stringify(c)}`;
        sweep('bgBb.conditionalExpectedPurchases', (h) => bgBb.conditionalExpectedPurchases(p, c, h), [0, 1, 52, 1000, 10_000], 1, 0, inf, at);
        sweep('bgBb.probabilityAlive', () => bgBb.probabilityAlive(p, c), [0], 0, 0, 1, at);
        sweep('bgBb.discountedExpectedResidualPurchases', (d) => bgBb.discountedExpectedResidualPurchases(p, c, d), [1, 0.1, 1e-2, 1e-4], 1, 0, inf, at);
      }
      sweep('bgBb.probabilityOfPurchases', (x) => bgBb.probabilityOfPurchases(p, x, n), [0, Math.floor(n / 2), n], 0, 0, 1, () => `${where()} n=${n}`);
    }
  }
}

// Shifted beta-geometric: survival falls with the period, retention and churn are probabilities.
for (const [alpha, beta] of paramSets(2) as Generator<[number, number]>) {
  const p = { alpha, beta };
  const where = () => `${JSON.stringify(p)}`;
  const periods = [0, 1, 2, 52, 1000, 10_000];
  sweep('shiftedBetaGeometric.survival', (t) => shiftedBetaGeometric.survival(p, t), periods, -1, 0, 1, where);
  sweep('shiftedBetaGeometric.retentionRate', (t) => shiftedBetaGeometric.retentionRate(p, t), periods.filter((t) => t >= 1), 0, 0, 1, where);
  sweep('shiftedBetaGeometric.churnProbability', (t) => shiftedBetaGeometric.churnProbability(p, t), periods.filter((t) => t >= 1), 0, 0, 1, where);
  sweep('shiftedBetaGeometric.discountedExpectedLifetime', (d) => shiftedBetaGeometric.discountedExpectedLifetime(p, d), [1, 0.1, 1e-2, 1e-4], 1, 0, inf, where);
  for (const renewals of [0, 1, 52, 10_000]) {
    sweep('shiftedBetaGeometric.discountedExpectedResidualLifetime', (d) => shiftedBetaGeometric.discountedExpectedResidualLifetime(p, renewals, d), [1, 0.1, 1e-2, 1e-4], 1, 0, inf, () => `${where()} renewals=${renewals}`);
  }
}

// Gamma-Gamma: the conditional mean spend lies between the prior mean and the customer's mean (q > 1).
for (const [pp, q, gamma] of paramSets(3) as Generator<[number, number, number]>) {
  const p = { p: pp, q, gamma };
  for (const frequency of FREQUENCIES) {
    for (const monetaryValue of [1e-2, 1, 1e4]) {
      const c = { frequency, monetaryValue };
      sweep('gammaGamma.conditionalExpectedSpend', () => gammaGamma.conditionalExpectedSpend(p, c), [0], 0, 0, inf, () => `${JSON.stringify(p)} ${JSON.stringify(c)}`);
    }
  }
}

// Against the 50-digit reference sample.
type Row = [string, string, number, number, number, number, number, number, number, number, number];
const fixture = JSON.parse(
  readFileSync(fileURLToPath(new URL('../test/fixtures/clv/btyd_extremes_reference.json', import.meta.url)), 'utf8'),
) as { cases: Row[] };
let worst = 0;
let worstCase = '';
for (const row of fixture.cases) {
  const [model, quantity, p1, p2, p3, p4, frequency, recency, T, t, expected] = row;
  const c = { frequency, recency, T };
  let actual: number;
  if (model === 'paretoNbd') {
    const p = { r: p1, alpha: p2, s: p3, beta: p4 };
    actual =
      quantity === 'conditionalExpectedPurchases'
        ? paretoNbd.conditionalExpectedPurchases(p, c, t)
        : quantity === 'discountedExpectedResidualTransactions'
          ? paretoNbd.discountedExpectedResidualTransactions(p, c, t)
          : paretoNbd.probabilityNoPurchase(p, c, t);
  } else {
    const m = model === 'bgNbd' ? bgNbd : mbgNbd;
    const p = { r: p1, alpha: p2, a: p3, b: p4 };
    actual = quantity === 'expectedPurchases' ? m.expectedPurchases(p, t) : m.conditionalExpectedPurchases(p, c, t);
  }
  const error = quantity === 'probabilityNoPurchase' ? Math.abs(actual - expected) : expected === 0 ? (actual === 0 ? 0 : inf) : Math.abs(actual - expected) / Math.abs(expected);
  if (!(error <= worst)) {
    worst = error;
    worstCase = `${row.slice(0, 10).join(', ')}: ${actual} vs ${expected}`;
  }
}

let points = 0;
let refused = 0;
let nonFinite = 0;
let outOfBounds = 0;
let monotonicity = 0;
const lines: string[] = [];
for (const [name, t] of [...tallies].sort(([x], [y]) => (x < y ? -1 : 1))) {
  points += t.points;
  refused += t.refused;
  nonFinite += t.nonFinite;
  outOfBounds += t.outOfBounds;
  monotonicity += t.monotonicity;
  lines.push(`${name.padEnd(58)} ${String(t.points).padStart(9)} ${String(t.refused).padStart(8)} ${String(t.nonFinite).padStart(10)} ${String(t.outOfBounds).padStart(13)} ${String(t.monotonicity).padStart(12)}`);
  for (const e of t.examples) lines.push(`    e.g. ${e}`);
}
console.log(`${'prediction'.padEnd(58)} ${'points'.padStart(9)} ${'refused'.padStart(8)} ${'non-finite'.padStart(10)} ${'out of bounds'.padStart(13)} ${'monotonicity'.padStart(12)}`);
for (const line of lines) console.log(line);
console.log(`${'total'.padEnd(58)} ${String(points).padStart(9)} ${String(refused).padStart(8)} ${String(nonFinite).padStart(10)} ${String(outOfBounds).padStart(13)} ${String(monotonicity).padStart(12)}`);
console.log(`reference sample: ${fixture.cases.length} points, worst error ${worst.toExponential(2)} (relative; absolute for probabilities)`);
console.log(`  at ${worstCase}`);
console.log(`${quick ? 'quick' : 'full'} grid, ${((Date.now() - started) / 1000).toFixed(1)} s`);
