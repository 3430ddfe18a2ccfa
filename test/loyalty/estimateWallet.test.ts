import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { estimateWallet, type WalletEstimateRow } from '../../src/loyalty/estimateWallet';

const grouped: WalletEstimateRow[] = [
  ...[10, 20, 30, 40, 50].map((ours, i) => ({ customerId: `s${i}`, ours, group: 'smb' })),
  { customerId: 'solo', ours: '7.50', group: 'enterprise' },
  { customerId: 'zero', ours: 0, group: 'dormant' },
];

describe('estimateWallet', () => {
  it('takes the 0.9 quantile (type 7) of the group spend as the wallet, flagged as an estimate', () => {
    const r = estimateWallet(grouped, { similarity: 'group' });
    const s0 = r.customers.find((c) => c.customerId === 's0');
    // type 7: h = (5 − 1)·0.9 + 1 = 4.6 -> 40 + 0.6·(50 − 40) = 46
    expect(s0).toMatchObject({ oursMinor: 1000, wallet: 46, peers: 5, estimated: true, reason: null });
    expect(s0?.share).toBeCloseTo(10 / 46, 15);
    expect(s0?.potential).toBeCloseTo(36, 12);
    // above the quantile: the wallet is the customer's own spend
    expect(r.customers.find((c) => c.customerId === 's4')).toMatchObject({ wallet: 50, share: 1 });
    // a group of one: share 1 (read `peers`)
    expect(r.customers.find((c) => c.customerId === 'solo')).toMatchObject({ wallet: 7.5, share: 1, peers: 1 });
    expect(r.customers.find((c) => c.customerId === 'zero')).toMatchObject({ wallet: 0, share: null, reason: 'no spend among the peers' });
    expect(r.customers.every((c) => c.estimated)).toBe(true);
    expect(r.settings).toMatchObject({ similarity: 'group', quantile: 0.9, quantileType: 7, k: null });
    expect(r.settings.method).toMatch(/Perlich et al. 2007/);
  });

  it('uses the quantile level and type asked for', () => {
    const r = estimateWallet(grouped, { similarity: 'group', quantile: 0.5, quantileType: 1 });
    expect(r.customers.find((c) => c.customerId === 's0')?.wallet).toBe(30);
  });

  it('finds the k nearest neighbours (self included, ties by id) on raw features', () => {
    const rows: WalletEstimateRow[] = [
      { customerId: 'a', ours: 100, features: { size: 1 } },
      { customerId: 'b', ours: 50, features: { size: 2 } },
      { customerId: 'c', ours: 200, features: { size: 3 } },
      { customerId: 'd', ours: 1000, features: { size: 10 } },
    ];
    const r = estimateWallet(rows, { similarity: { k: 2, features: ['size'], standardize: false }, quantile: 1 });
    // a: itself and b -> max 100; b: itself, then a and c tie at distance 1 -> a (id order) -> 100;
    // c: itself and b -> 200; d: itself and c -> 1000.
    expect(r.customers.map((c) => [c.customerId, c.wallet, c.peers])).toEqual([
      ['a', 100, 2],
      ['b', 100, 2],
      ['c', 200, 2],
      ['d', 1000, 2],
    ]);
    expect(r.settings).toMatchObject({ similarity: 'nearestNeighbours', k: 2, features: ['size'], standardize: false });
  });

  it('computes the population shares as estimates', () => {
    const r = estimateWallet(grouped, { similarity: 'group' });
    const ours = 10 + 20 + 30 + 40 + 50 + 7.5;
    const wallet = 46 * 4 + 50 + 7.5; // s0-s3 at 46, s4 at 50, solo 7.5, zero 0
    expect(r.population.pooled).toBeCloseTo(ours / wallet, 14);
    expect(r.population.estimated).toBe(true);
  });

  it('rejects bad rows and every row of a customer given twice', () => {
    const r = estimateWallet(
      [...grouped, { customerId: 'dup', ours: 1, group: 'smb' }, { customerId: 'dup', ours: 2, group: 'smb' }, { customerId: 'x', ours: 1 }],
      { similarity: 'group' },
    );
    expect(r.rejected.map((x) => [x.index, x.field])).toEqual([
      [7, 'customerId'],
      [8, 'customerId'],
      [9, 'group'],
    ]);
    expect(r.customers).toEqual(estimateWallet(grouped, { similarity: 'group' }).customers);
  });

  it('does not depend on row order and does not mutate its input', () => {
    fc.assert(
      fc.property(fc.shuffledSubarray(grouped, { minLength: grouped.length, maxLength: grouped.length }), (shuffled) => {
        const frozen = Object.freeze(shuffled.map((x) => Object.freeze({ ...x })));
        expect(estimateWallet(frozen, { similarity: 'group' })).toEqual(estimateWallet(grouped, { similarity: 'group' }));
      }),
      { numRuns: 50 },
    );
  });

  it('checks its options', () => {
    expect(() => estimateWallet(grouped, undefined as never)).toThrow(/`estimateWallet`: `options` must be an object/);
    expect(() => estimateWallet(grouped, { similarity: 'segment' as never })).toThrow(/options.similarity/);
    expect(() => estimateWallet(grouped, { similarity: 'group', quantile: 0 })).toThrow(/`options.quantile` must be a number in \(0, 1\]/);
    expect(() => estimateWallet(grouped, { similarity: { k: 0, features: ['a'] } })).toThrow(/options.similarity.k/);
    expect(() => estimateWallet(grouped, { similarity: { k: 2, features: [] } })).toThrow(/options.similarity.features/);
    expect(() => estimateWallet([], { similarity: 'group' })).toThrow(/`rows` must not be empty/);
  });
});
