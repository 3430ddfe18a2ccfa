import fc from 'fast-check';
import { afterEach, describe, expect, it } from 'vitest';
import { isClienteleError } from '../../src/core/errors/isClienteleError';
import { parseTransactions } from '../../src/schemas/parseTransactions';
import { transactionSchema } from '../../src/schemas/transactionSchema';
import { deepFreeze } from './helpers';

const originalTz = process.env['TZ'];
afterEach(() => {
  if (originalTz === undefined) delete process.env['TZ'];
  else process.env['TZ'] = originalTz;
});

describe('parseTransactions', () => {
  it('reports every rejected row with index, row and readable reasons', () => {
    const rows = deepFreeze([
      { customerId: 1, date: '2024-01-31', amount: '12.30' },
      { customerId: '', date: '2023-02-29', amount: '1,234.50' },
      null,
      { customerId: 2, date: '20240201', amount: -4 },
      { customerId: 3, date: '2024-02-02', amount: '0.10', returned: 'y' },
    ]);
    const { records, rejected } = parseTransactions(rows);
    expect(records).toEqual([
      { customerId: '1', date: '2024-01-31', amount: '12.30' },
      { customerId: '3', date: '2024-02-02', amount: '0.10', returned: true },
    ]);
    expect(rejected.map((r) => r.index)).toEqual([1, 2, 3]);
    expect(rejected[0]?.row).toBe(rows[1]);
    expect(rejected.flatMap((r) => r.reasons.map((reason) => reason.message))).toMatchInlineSnapshot(`
      [
        "\`customerId\` is required, got """,
        "\`date\` must be a valid calendar date, got "2023-02-29"",
        "\`amount\` must be a plain decimal with "." as decimal point and no thousands separators, got "1,234.50"",
        "row must be an object, got null",
        "\`amount\` must not be negative unless \`returned\` is true, got -4",
      ]
    `);
    expect(rejected[2]?.reasons).toEqual([
      { path: 'amount', rule: 'must not be negative unless `returned` is true', value: -4, message: expect.any(String) },
    ]);
  });

  it('never mutates its input and does not alias input objects in records', () => {
    const attributes = { tier: 'gold' };
    const rows = deepFreeze([{ customerId: 1, date: new Date('2024-03-01'), amount: 2, attributes, extra: 1 }]);
    const before = JSON.stringify(rows);
    const { records } = parseTransactions(rows, { dateObjects: 'local', source: 'website' });
    expect(JSON.stringify(rows)).toBe(before);
    expect(records[0]?.attributes).toEqual({ tier: 'gold', extra: 1 });
    expect(records[0]?.attributes).not.toBe(attributes);
    expect(records[0]?.source).toBe('website');
  });

  it('options.source fills only records without a source', () => {
    const { records } = parseTransactions(
      [
        { customerId: 1, date: '2024-01-01', amount: 1 },
        { customerId: 1, date: '2024-01-01', amount: 1, source: 'fair' },
      ],
      { source: 'data-vendor' },
    );
    expect(records.map((r) => r.source)).toEqual(['data-vendor', 'fair']);
  });

  it('reads a local-midnight Date by its UTC date by default and by its local date with dateObjects: "local"', () => {
    process.env['TZ'] = 'Asia/Shanghai'; // UTC+8: local midnight is 16:00 UTC the day before
    const localMidnight = new Date(2024, 0, 31);
    expect(localMidnight.toISOString()).toBe('2024-01-30T16:00:00.000Z');
    const utcMidnight = new Date(Date.UTC(2024, 0, 31));
    const rows = [
      { customerId: 1, date: localMidnight, amount: 1 },
      { customerId: 1, date: utcMidnight, amount: 1 },
    ];
    expect(parseTransactions(rows).records.map((r) => r.date)).toEqual(['2024-01-30', '2024-01-31']);
    // utcMidnight is 08:00 local on 2024-01-31
    expect(parseTransactions(rows, { dateObjects: 'local' }).records.map((r) => r.date)).toEqual(['2024-01-31', '2024-01-31']);
    process.env['TZ'] = 'America/New_York'; // UTC-5: UTC midnight is 19:00 local the day before
    const nyLocal = new Date(2024, 0, 31);
    const both = [
      { customerId: 1, date: nyLocal, amount: 1 },
      { customerId: 1, date: utcMidnight, amount: 1 },
    ];
    expect(parseTransactions(both).records.map((r) => r.date)).toEqual(['2024-01-31', '2024-01-31']);
    expect(parseTransactions(both, { dateObjects: 'local' }).records.map((r) => r.date)).toEqual(['2024-01-31', '2024-01-30']);
    // strings never depend on the zone
    expect(parseTransactions([{ customerId: 1, date: '2024-01-31T23:30:00Z', amount: 1 }], { dateObjects: 'local' }).records[0]?.date).toBe(
      '2024-01-31',
    );
  });

  it('throws INVALID_ARGUMENT for bad arguments', () => {
    const bad: [unknown, unknown][] = [
      ['not rows', undefined],
      [[], { dateObjects: 'UTC' }],
      [[], { source: 'somewhere' }],
      [[], 5],
    ];
    for (const [rows, options] of bad) {
      try {
        parseTransactions(rows as never, options as never);
        expect.unreachable();
      } catch (e) {
        expect(isClienteleError(e) && e.code).toBe('INVALID_ARGUMENT');
      }
    }
    expect(() => parseTransactions('x' as never)).toThrowError('`parseTransactions`: `rows` must be an array, got "x"');
  });

  const cell = fc.oneof(
    fc.constantFrom('', ' ', null, undefined, '2024-02-29', '2023-02-29', '20240131', '1,2', '-3.2', '12.30', 'yes', 'no', 'web', 'EUR', 'x'),
    fc.integer({ min: -5, max: 20_240_131 }),
    fc.double(),
    fc.boolean(),
    fc.string({ maxLength: 4 }),
    fc.date({ noInvalidDate: false }),
  );
  const row = fc.oneof(
    { weight: 8, arbitrary: fc.record(
      { customerId: cell, date: cell, amount: cell, quantity: cell, returned: cell, currency: cell, other: cell },
      { requiredKeys: [] },
    ) },
    { weight: 1, arbitrary: fc.oneof(fc.constant(null), fc.integer(), fc.string(), fc.array(fc.integer())) },
  );

  it('property: every row is accounted for once, indices sorted, and the parser equals the zod schema', () => {
    fc.assert(
      fc.property(fc.array(row, { maxLength: 30 }), (rows) => {
        const { records, rejected } = parseTransactions(deepFreeze(rows));
        expect(records.length + rejected.length).toBe(rows.length);
        const indices = rejected.map((r) => r.index);
        for (let i = 1; i < indices.length; i++) expect(indices[i] as number).toBeGreaterThan(indices[i - 1] as number);
        for (const r of rejected) expect(r.reasons.length).toBeGreaterThan(0);
        let next = 0;
        rows.forEach((input, index) => {
          const z = transactionSchema.safeParse(input);
          const rej = rejected.find((r) => r.index === index);
          expect(z.success).toBe(rej === undefined);
          if (z.success) expect(records[next++]).toEqual(z.data);
          else expect(rej?.reasons.map((reason) => reason.rule)).toEqual(z.error.issues.map((i) => i.message));
        });
      }),
      { numRuns: 300, seed: 20241123 },
    );
  });
});
