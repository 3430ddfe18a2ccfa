import { EmptyInputError } from '../core/errors/EmptyInputError';
import { InvalidArgumentError } from '../core/errors/InvalidArgumentError';
import { neumaierSum } from '../core/stats/neumaierSum';
import { quantileOfSorted, type QuantileType } from '../core/stats/quantile';
import { resolveMinorDigits } from '../money/resolveMinorDigits';
import { readCustomerId } from '../time/internal/readCustomerId';
import type { RejectedRecord } from '../time/types';
import { compareIds, readInteger, readStringList, requireOptions } from './internal/measureArgs';
import { RECORD_ID_RULE, duplicatedKeys, readMinor, sortRejected } from './internal/measureRecords';

/** One customer's spend with us and what makes customers similar. */
export interface WalletEstimateRow {
  /** The customer (one row each). */
  readonly customerId: string | number;
  /** Our spend in the period, major units, exact, ≥ 0. */
  readonly ours: number | string;
  /** Peer group (size class, industry, segment), with `similarity: 'group'`. */
  readonly group?: string | number | undefined;
  /** Numeric descriptors by name (size, employees, ...), with `similarity: { k, features }`. */
  readonly features?: Readonly<Record<string, number>> | undefined;
}

/** Nearest-neighbour peers: the `k` customers nearest in the named features (the customer included). */
export interface NearestNeighbourSimilarity {
  /** Neighbourhood size, integer ≥ 1, the customer itself included. */
  readonly k: number;
  /** Names of the features to compare (keys of each row's `features`). */
  readonly features: readonly string[];
  /** Whether features are standardised (z-scores over the customers) before distances (default true). */
  readonly standardize?: boolean;
}

/** Options of {@link estimateWallet}. */
export interface EstimateWalletOptions {
  /** Who the similar customers are: the same `group`, or the `k` nearest neighbours. Required. */
  readonly similarity: 'group' | NearestNeighbourSimilarity;
  /** Quantile level of our spend among the peers taken as the wallet, in (0, 1] (default 0.9). */
  readonly quantile?: number;
  /** Hyndman–Fan quantile type 1–9 (default 7). */
  readonly quantileType?: QuantileType;
  /** Minor digits of the amounts (default 2, or the currency's). */
  readonly minorDigits?: number;
  /** ISO 4217 code of the amounts. */
  readonly currency?: string;
}

/** One customer's estimated wallet. */
export interface WalletEstimate {
  /** The customer. */
  readonly customerId: string;
  /** Our spend, integer minor units (exact). */
  readonly oursMinor: number;
  /** Estimated wallet `max(q-quantile of peers' spend, ours)`, major units (an estimate, float64). */
  readonly wallet: number;
  /** `SOW_i = ours / wallet`; `null` when the wallet is 0. */
  readonly share: number | null;
  /** Potential of wallet `wallet − ours`, major units. */
  readonly potential: number;
  /** Peers whose spend formed the quantile (the customer included). */
  readonly peers: number;
  /** Always `true`: the wallet is estimated, not observed. */
  readonly estimated: true;
  /** Why `share` is `null`; `null` otherwise. */
  readonly reason: string | null;
}

/** The result of {@link estimateWallet}. */
export interface EstimateWalletResult {
  /** One row per customer, sorted by `customerId`. */
  readonly customers: WalletEstimate[];
  /** Estimated pooled share `Σ ours / Σ wallet` (spend-weighted) and mean of the shares; both estimates. */
  readonly population: {
    /** `Σ ours / Σ wallet`, or `null` when every wallet is 0. */
    readonly pooled: number | null;
    /** Mean of the defined customer shares, or `null` when there are none. */
    readonly meanOfRatios: number | null;
    /** Always `true`. */
    readonly estimated: true;
  };
  /** The method and conventions used. */
  readonly settings: {
    /** The method, stated. */
    readonly method: 'quantile wallet: a high quantile of our spend among similar customers (Perlich et al. 2007)';
    /** `'group'` or `'nearestNeighbours'`. */
    readonly similarity: 'group' | 'nearestNeighbours';
    /** `k` for neighbours, else `null`. */
    readonly k: number | null;
    /** Features compared, else `null`. */
    readonly features: readonly string[] | null;
    /** Whether features were standardised, else `null`. */
    readonly standardize: boolean | null;
    /** Quantile level. */
    readonly quantile: number;
    /** Quantile type. */
    readonly quantileType: QuantileType;
    /** Minor digits of the amounts. */
    readonly minorDigits: number;
  };
  /** Rows left out, with their reasons. */
  readonly rejected: RejectedRecord[];
}

interface Peer {
  id: string;
  ours: number;
  key: string;
  x: number[];
}

interface Resolved {
  knn: { k: number; features: string[]; standardize: boolean } | null;
  q: number;
  type: QuantileType;
  digits: number;
}

/** Checks the options. @internal */
function resolve(fn: string, options: EstimateWalletOptions): Resolved {
  requireOptions(fn, options);
  const digits = resolveMinorDigits(fn, options);
  const q = options.quantile ?? 0.9;
  if (typeof q !== 'number' || !(q > 0 && q <= 1)) throw new InvalidArgumentError(fn, 'options.quantile', 'must be a number in (0, 1]', q);
  const type = readInteger(fn, 'options.quantileType', options.quantileType, 1, 7);
  if (type > 9) throw new InvalidArgumentError(fn, 'options.quantileType', 'must be an integer 1-9', type);
  const s = options.similarity;
  if (s === 'group') return { knn: null, q, type: type as QuantileType, digits };
  if (typeof s !== 'object' || s === null) {
    throw new InvalidArgumentError(fn, 'options.similarity', "must be 'group' or { k, features }", s);
  }
  const k = readInteger(fn, 'options.similarity.k', s.k, 1);
  const features = readStringList(fn, 'options.similarity.features', s.features);
  const standardize = s.standardize ?? true;
  if (typeof standardize !== 'boolean') throw new InvalidArgumentError(fn, 'options.similarity.standardize', 'must be a boolean', standardize);
  return { knn: { k, features, standardize }, q, type: type as QuantileType, digits };
}

/** Reads one row, or returns its rejection. @internal */
function readPeer(row: unknown, i: number, r: Resolved): Peer | RejectedRecord {
  if (typeof row !== 'object' || row === null) return { index: i, field: 'row', reason: 'must be an object', value: row };
  const w = row as Record<string, unknown>;
  const id = readCustomerId(w['customerId']);
  if (id === null) return { index: i, field: 'customerId', reason: RECORD_ID_RULE, value: w['customerId'] };
  const ours = readMinor(w['ours'], r.digits);
  if (ours < 0) return { index: i, field: 'ours', reason: `must be a non-negative amount with at most ${r.digits} decimals`, value: w['ours'] };
  if (r.knn === null) {
    const g = w['group'];
    const key = typeof g === 'number' && Number.isFinite(g) ? String(g) : typeof g === 'string' && g.trim() !== '' ? g.trim() : null;
    if (key === null) return { index: i, field: 'group', reason: 'must be a non-blank string or a finite number', value: g };
    return { id, ours, key, x: [] };
  }
  const f = w['features'];
  const x: number[] = [];
  for (const name of r.knn.features) {
    const v = typeof f === 'object' && f !== null ? (f as Record<string, unknown>)[name] : undefined;
    if (typeof v !== 'number' || !Number.isFinite(v)) return { index: i, field: `features.${name}`, reason: 'must be a finite number', value: v };
    x.push(v);
  }
  return { id, ours, key: '', x };
}

/**
 * Estimated share of wallet when category spend is unknown: the "realistic" wallet as a high quantile of
 * our spend among similar customers, every value flagged as an estimate.
 *
 * @remarks
 * Perlich et al. (2007) define a customer's realistic wallet as a high conditional quantile of what
 * similar customers spend with us: the best customers of a kind show what a customer of that kind can
 * spend. Here `wallet_i = max(Q_q(ours_j : j ∈ peers(i)), ours_i)` with `Q_q` the Hyndman–Fan quantile
 * (type 7, `q = 0.9` by default; the authors use the 80th–90th percentile), peers being the customers of
 * the same `group` or the `k` nearest in the named features (Euclidean distance on z-scores by default;
 * the customer itself included, ties broken by customer id). Then `SOW_i = ours_i / wallet_i` and the
 * potential of wallet `wallet_i − ours_i` (Glady & Croux 2009). A group of one gives a share of 1, so
 * read `peers` before trusting a value.
 *
 * A row with a bad field, and every row of a customer given twice, is reported in `rejected`. Groups:
 * O(n log n); neighbours: O(n² · d + n² log n), for up to a few thousand customers.
 *
 * @param rows - {@link WalletEstimateRow}s, one per customer.
 * @param options - `similarity` (required), `quantile`, `quantileType`, `minorDigits` / `currency`.
 * @returns Per-customer estimates sorted by id (each `estimated: true`), population shares, the method.
 * @throws `INVALID_ARGUMENT` when `rows` is not an array, or for a missing or invalid option.
 * @throws `EMPTY_INPUT` when `rows` is empty.
 * @example
 * ```ts
 * const r = estimateWallet(
 *   [10, 20, 30, 40, 50].map((ours, i) => ({ customerId: `c${i}`, ours, group: 'smb' })),
 *   { similarity: 'group' },
 * );
 * r.customers[0]?.wallet; // 46 (the 0.9 quantile of 10..50)
 * r.customers[0]?.share; // 0.21739130434782608
 * ```
 * @see Perlich, C., Rosset, S., Lawrence, R. D. & Zadrozny, B. (2007). High-quantile modeling for
 * customer wallet estimation and other applications. Proceedings of the 13th ACM SIGKDD International
 * Conference on Knowledge Discovery and Data Mining, 977–985. doi:10.1145/1281192.1281297
 * @see Glady, N. & Croux, C. (2009). Predicting customer wallet without survey data. Journal of Service
 * Research, 11(3), 219–231. doi:10.1177/1094670508328924
 */
export function estimateWallet(rows: readonly WalletEstimateRow[], options: EstimateWalletOptions): EstimateWalletResult {
  const fn = 'estimateWallet';
  const r = resolve(fn, options);
  if (!Array.isArray(rows)) throw new InvalidArgumentError(fn, 'rows', 'must be an array', rows);
  if (rows.length === 0) throw new EmptyInputError(fn, 'rows');
  const rejected: RejectedRecord[] = [];
  const read = rows.map((row, i) => readPeer(row, i, r));
  const dup = duplicatedKeys(read.map((p) => ('id' in p ? p.id : null)));
  const peers: Peer[] = [];
  read.forEach((p, i) => {
    if (!('id' in p)) rejected.push(p);
    else if (dup.has(p.id)) rejected.push({ index: i, field: 'customerId', reason: 'is given more than once', value: p.id });
    else peers.push(p);
  });
  peers.sort((a, b) => compareIds(a.id, b.id));
  const wallets = r.knn === null ? groupWallets(peers, r) : neighbourWallets(peers, r, r.knn);
  const scale = 10 ** r.digits;
  const customers = peers.map((p, i): WalletEstimate => {
    const [q, n] = wallets[i] as [number, number];
    const wallet = Math.max(q, p.ours) / scale;
    return {
      customerId: p.id,
      oursMinor: p.ours,
      wallet,
      share: wallet === 0 ? null : p.ours / scale / wallet,
      potential: wallet - p.ours / scale,
      peers: n,
      estimated: true,
      reason: wallet === 0 ? 'no spend among the peers' : null,
    };
  });
  return { customers, population: population(customers, scale), settings: settingsOf(r), rejected: sortRejected(rejected) };
}

/** `[quantile of the group's spend (minor units), group size]` for each peer. @internal */
function groupWallets(peers: readonly Peer[], r: Resolved): [number, number][] {
  const groups = new Map<string, number[]>();
  for (const p of peers) {
    let g = groups.get(p.key);
    if (g === undefined) groups.set(p.key, (g = []));
    g.push(p.ours);
  }
  const q = new Map<string, [number, number]>();
  for (const [key, spend] of groups) {
    spend.sort((a, b) => a - b);
    q.set(key, [quantileOfSorted(spend, r.q, r.type), spend.length]);
  }
  return peers.map((p) => q.get(p.key) as [number, number]);
}

/** `[quantile of the k nearest customers' spend, k]` for each peer. @internal */
function neighbourWallets(peers: readonly Peer[], r: Resolved, knn: { k: number; features: string[]; standardize: boolean }): [number, number][] {
  const n = peers.length;
  const d = knn.features.length;
  const z = peers.map((p) => p.x.slice());
  if (knn.standardize) {
    for (let f = 0; f < d; f++) {
      const col = z.map((x) => x[f] as number);
      const m = neumaierSum(col) / n;
      const sd = Math.sqrt(neumaierSum(col.map((v) => (v - m) ** 2)) / Math.max(1, n - 1));
      for (const x of z) x[f] = sd > 0 ? ((x[f] as number) - m) / sd : 0;
    }
  }
  const k = Math.min(knn.k, n);
  const order = Array.from({ length: n }, (_, j) => j);
  const dist = new Float64Array(n);
  return peers.map((_, i) => {
    const xi = z[i] as number[];
    for (let j = 0; j < n; j++) {
      let s = 0;
      const xj = z[j] as number[];
      for (let f = 0; f < d; f++) s += ((xi[f] as number) - (xj[f] as number)) ** 2;
      dist[j] = s;
    }
    // peers are sorted by id, so index order breaks distance ties by customer id.
    order.sort((a, b) => (dist[a] as number) - (dist[b] as number) || a - b);
    const spend = order.slice(0, k).map((j) => (peers[j] as Peer).ours).sort((a, b) => a - b);
    return [quantileOfSorted(spend, r.q, r.type), k];
  });
}

/** Pooled and mean-of-ratios estimated shares. @internal */
function population(customers: readonly WalletEstimate[], scale: number): EstimateWalletResult['population'] {
  const shares = customers.filter((c) => c.share !== null).map((c) => c.share as number);
  const wallet = neumaierSum(customers.map((c) => c.wallet));
  const ours = customers.reduce((s, c) => s + c.oursMinor, 0) / scale;
  return {
    pooled: wallet > 0 ? ours / wallet : null,
    meanOfRatios: shares.length === 0 ? null : neumaierSum(shares) / shares.length,
    estimated: true,
  };
}

/** The settings echoed in the result. @internal */
function settingsOf(r: Resolved): EstimateWalletResult['settings'] {
  return {
    method: 'quantile wallet: a high quantile of our spend among similar customers (Perlich et al. 2007)',
    similarity: r.knn === null ? 'group' : 'nearestNeighbours',
    k: r.knn?.k ?? null,
    features: r.knn?.features ?? null,
    standardize: r.knn?.standardize ?? null,
    quantile: r.q,
    quantileType: r.type,
    minorDigits: r.digits,
  };
}
