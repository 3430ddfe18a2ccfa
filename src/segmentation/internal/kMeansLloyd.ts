import type { Random } from '../../core/random/types';

/**
 * Work space and outcome of one k-means start on an `n × d` row-major matrix: labels, centres (`k × d`),
 * cluster sizes, squared distance of each point to its centre. @internal
 */
export interface KMeansState {
  readonly n: number;
  readonly d: number;
  readonly k: number;
  readonly labels: Int32Array;
  readonly centres: Float64Array;
  readonly counts: Int32Array;
  readonly dist2: Float64Array;
  /** Compensated per-centre sums (`k × d` each). */
  readonly sums: Float64Array;
  readonly compensation: Float64Array;
  /** Within-cluster sum of squares per cluster (set by {@link finishKMeans}). */
  readonly clusterWcss: Float64Array;
  /** Hamerly bounds: upper on the distance to the own centre, lower on the distance to any other centre. */
  readonly upper: Float64Array;
  readonly lower: Float64Array;
  /** Per centre: squared movement in the last mean step (then its square root). */
  readonly moves: Float64Array;
  /** Per centre: half the distance to the nearest other centre. */
  readonly half: Float64Array;
}

/** Allocates the work space of a k-means start. @internal */
export function createKMeansState(n: number, d: number, k: number): KMeansState {
  return {
    n,
    d,
    k,
    labels: new Int32Array(n),
    centres: new Float64Array(k * d),
    counts: new Int32Array(k),
    dist2: new Float64Array(n),
    sums: new Float64Array(k * d),
    compensation: new Float64Array(k * d),
    clusterWcss: new Float64Array(k),
    upper: new Float64Array(n),
    lower: new Float64Array(n),
    moves: new Float64Array(k),
    half: new Float64Array(k),
  };
}

/** Squared distance of point `i` to centre `c` (offsets already multiplied by `d`). @internal */
function squaredDistance(x: Float64Array, pi: number, centres: Float64Array, ci: number, d: number): number {
  let s = 0;
  for (let j = 0; j < d; j++) {
    const e = (x[pi + j] as number) - (centres[ci + j] as number);
    s += e * e;
  }
  return s;
}

/**
 * k-means++ seeding (Arthur & Vassilvitskii 2007): the first centre uniformly, each next one with
 * probability proportional to D², the squared distance to the nearest centre chosen so far, by inverting
 * the running sum of D² over the points in order. Consumes exactly `k` draws of `random.next()`. Returns
 * `false` when fewer than `k` distinct points exist (all D² are 0). @internal
 */
export function seedKMeansPlusPlus(random: Random, x: Float64Array, s: KMeansState): boolean {
  const { n, d, k, centres, dist2 } = s;
  const first = Math.floor(random.next() * n);
  for (let j = 0; j < d; j++) centres[j] = x[first * d + j] as number;
  let total = 0;
  for (let i = 0; i < n; i++) {
    const v = squaredDistance(x, i * d, centres, 0, d);
    dist2[i] = v;
    total += v;
  }
  for (let c = 1; c < k; c++) {
    if (!(total > 0)) return false;
    const target = random.next() * total;
    let acc = 0;
    let chosen = -1;
    for (let i = 0; i < n; i++) {
      const w = dist2[i] as number;
      if (w > 0) {
        acc += w;
        chosen = i;
        if (acc > target) break;
      }
    }
    const ci = c * d;
    for (let j = 0; j < d; j++) centres[ci + j] = x[chosen * d + j] as number;
    total = 0;
    for (let i = 0; i < n; i++) {
      const v = squaredDistance(x, i * d, centres, ci, d);
      if (v < (dist2[i] as number)) dist2[i] = v;
      total += dist2[i] as number;
    }
  }
  return true;
}

/** Neumaier-compensated `sums[q] += v` (compensation kept in `comp[q]`). @internal */
function addTo(sums: Float64Array, comp: Float64Array, q: number, v: number): void {
  const sum = sums[q] as number;
  const t = sum + v;
  comp[q] = (comp[q] as number) + (Math.abs(sum) >= Math.abs(v) ? sum - t + v : v - t + sum);
  sums[q] = t;
}

/** Moves point `i` from cluster `from` to cluster `to` in the counts and the compensated sums. @internal */
function movePoint(x: Float64Array, s: KMeansState, i: number, from: number, to: number): void {
  const { d, counts, sums, compensation } = s;
  for (let j = 0; j < d; j++) {
    const v = x[i * d + j] as number;
    addTo(sums, compensation, from * d + j, -v);
    addTo(sums, compensation, to * d + j, v);
  }
  counts[from] = (counts[from] as number) - 1;
  counts[to] = (counts[to] as number) + 1;
}

/** Counts and compensated coordinate sums of every cluster, from scratch. @internal */
function recomputeSums(x: Float64Array, s: KMeansState): void {
  const { n, d, labels, counts, sums, compensation } = s;
  counts.fill(0);
  sums.fill(0);
  compensation.fill(0);
  for (let i = 0; i < n; i++) {
    const c = labels[i] as number;
    counts[c] = (counts[c] as number) + 1;
    for (let j = 0; j < d; j++) addTo(sums, compensation, c * d + j, x[i * d + j] as number);
  }
}

/**
 * Nearest and second-nearest centre of point `i` by squared distance (ties: the lowest centre index);
 * sets its label and Hamerly bounds and returns the label. @internal
 */
function scanPoint(x: Float64Array, s: KMeansState, i: number): number {
  const { d, k, centres, upper, lower } = s;
  if (d === 3) return scanPoint3(x, s, i);
  const pi = i * d;
  let best = 0;
  let bestDistance = Number.POSITIVE_INFINITY;
  let second = Number.POSITIVE_INFINITY;
  for (let c = 0, ci = 0; c < k; c++, ci += d) {
    let v = 0;
    for (let j = 0; j < d; j++) {
      const e = (x[pi + j] as number) - (centres[ci + j] as number);
      v += e * e;
    }
    if (v < bestDistance) {
      second = bestDistance;
      bestDistance = v;
      best = c;
    } else if (v < second) second = v;
  }
  upper[i] = Math.sqrt(bestDistance);
  lower[i] = Math.sqrt(second);
  return best;
}

/** {@link scanPoint} unrolled for three features (the RFM case); the same sums in the same order. @internal */
function scanPoint3(x: Float64Array, s: KMeansState, i: number): number {
  const { k, centres, upper, lower } = s;
  const pi = i * 3;
  const x0 = x[pi] as number;
  const x1 = x[pi + 1] as number;
  const x2 = x[pi + 2] as number;
  let best = 0;
  let bestDistance = Number.POSITIVE_INFINITY;
  let second = Number.POSITIVE_INFINITY;
  for (let c = 0, ci = 0; c < k; c++, ci += 3) {
    const e0 = x0 - (centres[ci] as number);
    const e1 = x1 - (centres[ci + 1] as number);
    const e2 = x2 - (centres[ci + 2] as number);
    const v = e0 * e0 + e1 * e1 + e2 * e2;
    if (v < bestDistance) {
      second = bestDistance;
      bestDistance = v;
      best = c;
    } else if (v < second) second = v;
  }
  upper[i] = Math.sqrt(bestDistance);
  lower[i] = Math.sqrt(second);
  return best;
}

/**
 * Assigns every point to its nearest centre by a full scan (ties: the lowest centre index) and recomputes
 * the cluster sums; returns how many labels changed. @internal
 */
export function assignAll(x: Float64Array, s: KMeansState): number {
  const { n, labels } = s;
  let changed = 0;
  for (let i = 0; i < n; i++) {
    const best = scanPoint(x, s, i);
    if (labels[i] !== best) {
      labels[i] = best;
      changed++;
    }
  }
  recomputeSums(x, s);
  return changed;
}

/** Half the distance from each centre to its nearest other centre (Infinity when k = 1). @internal */
function halfGaps(s: KMeansState): void {
  const { d, k, centres, half } = s;
  half.fill(Number.POSITIVE_INFINITY);
  for (let a = 0; a < k; a++) {
    for (let b = a + 1; b < k; b++) {
      const h = Math.sqrt(squaredDistance(centres, a * d, centres, b * d, d)) / 2;
      if (h < (half[a] as number)) half[a] = h;
      if (h < (half[b] as number)) half[b] = h;
    }
  }
}

/** Distances moved by the centres (from the squared `moves`, in place); returns `[largest, runnerUp, largestAt]`. @internal */
function centreMoves(s: KMeansState): [number, number, number] {
  const { k, moves } = s;
  let largest = 0;
  let runnerUp = 0;
  let largestAt = -1;
  for (let c = 0; c < k; c++) {
    const p = Math.sqrt(moves[c] as number);
    moves[c] = p;
    if (p > largest) {
      runnerUp = largest;
      largest = p;
      largestAt = c;
    } else if (p > runnerUp) runnerUp = p;
  }
  return [largest, runnerUp, largestAt];
}

/**
 * The assignment step after a mean step, with Hamerly's (2010) bounds. The bounds are first loosened by
 * how far the centres moved (upper + own centre's move, lower − the largest move of another centre); a
 * point is then rescanned unless its upper bound on the distance to its centre lies, by more than
 * `margin`, below both its lower bound on the distance to every other centre and half the gap from its
 * centre to the nearest other centre. The margin covers the rounding of the bounds, so the labels equal
 * those of a full scan. Label changes update the cluster sums. Returns how many labels changed.
 * @internal
 */
export function assignPoints(x: Float64Array, s: KMeansState, margin: number): number {
  const { n, d, centres, labels, upper, lower, half, moves } = s;
  halfGaps(s);
  const [largest, runnerUp, largestAt] = centreMoves(s);
  let changed = 0;
  for (let i = 0; i < n; i++) {
    const a = labels[i] as number;
    const u0 = (upper[i] as number) + (moves[a] as number);
    const l = (lower[i] as number) - (a === largestAt ? runnerUp : largest);
    upper[i] = u0;
    lower[i] = l;
    const h = half[a] as number;
    const bound = h > l ? h : l;
    if (u0 + margin < bound) continue;
    const u = Math.sqrt(squaredDistance(x, i * d, centres, a * d, d));
    upper[i] = u;
    if (u + margin < bound) continue;
    const best = scanPoint(x, s, i);
    if (best !== a) {
      labels[i] = best;
      movePoint(x, s, i, a, best);
      changed++;
    }
  }
  return changed;
}

/**
 * Gives every empty cluster the point farthest from its centre (largest squared distance to the centres
 * of the last assignment, lowest index on ties) among the points of clusters with more than one member;
 * the moved point's bounds are reset so that it is rescanned. @internal
 */
function fillEmptyClusters(x: Float64Array, s: KMeansState): void {
  const { n, d, k, labels, counts, centres, upper, lower } = s;
  for (let c = 0; c < k; c++) {
    if (counts[c] !== 0) continue;
    let far = -1;
    let farDistance = -1;
    for (let i = 0; i < n; i++) {
      const a = labels[i] as number;
      if ((counts[a] as number) < 2) continue;
      const v = squaredDistance(x, i * d, centres, a * d, d);
      if (v > farDistance) {
        farDistance = v;
        far = i;
      }
    }
    movePoint(x, s, far, labels[far] as number, c);
    labels[far] = c;
    upper[far] = Number.POSITIVE_INFINITY;
    lower[far] = 0;
  }
}

/**
 * The mean step: fills empty clusters, then moves each centre to the mean of its points (from the
 * compensated sums); records each centre's squared movement in `moves` and returns their sum. @internal
 */
export function updateCentres(x: Float64Array, s: KMeansState): number {
  const { d, k, counts, centres, sums, compensation, moves } = s;
  if (counts.includes(0)) fillEmptyClusters(x, s);
  let shift = 0;
  for (let c = 0; c < k; c++) {
    const size = counts[c] as number;
    let move = 0;
    for (let q = c * d; q < c * d + d; q++) {
      const mean = ((sums[q] as number) + (compensation[q] as number)) / size;
      const e = mean - (centres[q] as number);
      move += e * e;
      centres[q] = mean;
    }
    moves[c] = move;
    shift += move;
  }
  return shift;
}

/**
 * The rounding margin of the bounds: a small multiple of the largest distance between two points (at most
 * twice the largest norm), scaled by the number of bound updates over `maxIterations` iterations. @internal
 */
export function boundMargin(x: Float64Array, d: number, maxIterations: number): number {
  let largest = 0;
  for (let pi = 0; pi < x.length; pi += d) {
    let v = 0;
    for (let j = 0; j < d; j++) v += (x[pi + j] as number) * (x[pi + j] as number);
    if (v > largest) largest = v;
  }
  return 2 * Math.sqrt(largest) * 1e-14 * (maxIterations + 10);
}

/**
 * Lloyd's iterations from seeded centres: alternate mean and assignment steps until no label changes or the
 * centres move by at most `shiftTolerance` (summed squared movement), or `maxIterations` mean steps. The
 * labels at exit come from an assignment step against the last centres. A negative `margin` turns the
 * Hamerly bounds off (every assignment step is a full scan). @internal
 */
export function runLloyd(x: Float64Array, s: KMeansState, maxIterations: number, shiftTolerance: number, margin: number) {
  s.labels.fill(-1);
  assignAll(x, s);
  let iterations = 0;
  let converged = false;
  while (iterations < maxIterations) {
    iterations++;
    const shift = updateCentres(x, s);
    const changed = margin < 0 ? assignAll(x, s) : assignPoints(x, s, margin);
    if (changed === 0 || shift <= shiftTolerance) {
      converged = true;
      break;
    }
  }
  return { iterations, converged };
}

/**
 * Final step of a start: every cluster made non-empty, the sums recomputed from scratch, the centres set
 * to the means of the final clusters, `dist2` the squared distance of each point to its cluster's mean,
 * `clusterWcss` the compensated sums of `dist2` per cluster; returns the total WCSS. @internal
 */
export function finishKMeans(x: Float64Array, s: KMeansState): number {
  const { n, d, k, labels, centres, counts, dist2, clusterWcss } = s;
  recomputeSums(x, s);
  if (counts.includes(0)) {
    fillEmptyClusters(x, s);
    recomputeSums(x, s);
  }
  updateCentres(x, s);
  const comp = new Float64Array(k);
  clusterWcss.fill(0);
  for (let i = 0; i < n; i++) {
    const c = labels[i] as number;
    const v = squaredDistance(x, i * d, centres, c * d, d);
    dist2[i] = v;
    addTo(clusterWcss, comp, c, v);
  }
  let total = 0;
  for (let c = 0; c < k; c++) {
    clusterWcss[c] = (clusterWcss[c] as number) + (comp[c] as number);
    total += clusterWcss[c] as number;
  }
  return total;
}
