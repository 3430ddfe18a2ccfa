import { describe, expect, it } from 'vitest';
import { interactionSchema } from '../../src/schemas/interactionSchema';
import { parseInteractions } from '../../src/schemas/parseInteractions';
import { deepFreeze } from './helpers';

describe('parseInteractions', () => {
  it('reads contacts with cost and benefit and reports bad ones', () => {
    const rows = deepFreeze([
      { customerId: 5, date: '2024-02-01', kind: 'visit', channel: 'store', cost: '45.00', benefit: 10, currency: 'usd', outcome: 'order', description: 'samples' },
      { customerId: 5, date: '2024-02-02', cost: '-1', benefit: 'ten' },
      { date: '2024-02-02' },
    ]);
    const { records, rejected } = parseInteractions(rows);
    expect(records).toEqual([
      { customerId: '5', date: '2024-02-01', kind: 'visit', channel: 'store', cost: '45.00', benefit: '10', currency: 'USD', outcome: 'order', description: 'samples' },
    ]);
    expect(rejected.map((r) => [r.index, r.reasons.map((x) => x.message)])).toEqual([
      [1, ['`cost` must not be negative, got "-1"', '`benefit` must be a number or a decimal string, got "ten"']],
      [2, ['`customerId` is required, got undefined']],
    ]);
    expect(interactionSchema.safeParse(rows[1]).error?.issues.map((i) => i.path.join('.'))).toEqual(['cost', 'benefit']);
  });
});
