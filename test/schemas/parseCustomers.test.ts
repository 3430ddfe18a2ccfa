import { describe, expect, it } from 'vitest';
import { customerSchema } from '../../src/schemas/customerSchema';
import { parseCustomers } from '../../src/schemas/parseCustomers';
import { deepFreeze } from './helpers';

/** Rules rejecting one row (parser), checked equal to the zod schema's. */
function rules(row: Record<string, unknown>): string[] {
  const { rejected } = parseCustomers([row]);
  const z = customerSchema.safeParse(row);
  const found = rejected[0]?.reasons.map((r) => `${r.path}: ${r.rule}`) ?? [];
  expect(z.error?.issues.map((i) => `${i.path.join('.')}: ${i.message}`) ?? []).toEqual(found);
  return found;
}

describe('parseCustomers', () => {
  it('reads a full individual and a full enterprise master-file row', () => {
    const rows = deepFreeze([
      {
        customerId: 101, name: ' Wang Fang ', kind: 'Person', customerType: 'consumer', address: 'a', deliveryAddress: 'b',
        invoiceAddress: 'c', postcode: '01234', taxId: 'T1', creditLimit: '500.00', creditRating: 'A', invoicesIssued: '12',
        invoicesPaidLate: 3, salesRepCode: 7, commissionCode: 'K2', currency: 'cny', acquisitionDate: '20230105',
        acquisitionChannel: 'fair', acquisitionCost: 25, family: 'married', career: 'engineer', motivation: 'quality',
        personalityType: 'ANALYTICAL', lifestyle: 'outdoor', beliefs: 'green', source: 'fair', crmFlag: 'x',
      },
      { customerId: 'E-1', kind: 'company', businessStatus: 'expanding', keyContact: 'Li Wei' },
    ]);
    const { records, rejected } = parseCustomers(rows);
    expect(rejected).toEqual([]);
    expect(records[0]).toEqual({
      customerId: '101', name: 'Wang Fang', kind: 'individual', customerType: 'consumer', address: 'a', deliveryAddress: 'b',
      invoiceAddress: 'c', postcode: '01234', taxId: 'T1', creditLimit: '500.00', creditRating: 'A', invoicesIssued: 12,
      invoicesPaidLate: 3, salesRepCode: '7', commissionCode: 'K2', currency: 'CNY', acquisitionDate: '2023-01-05',
      acquisitionChannel: 'fair', acquisitionCost: '25', family: 'married', career: 'engineer', motivation: 'quality',
      personalityType: 'analytical', lifestyle: 'outdoor', beliefs: 'green', source: 'fair', attributes: { crmFlag: 'x' },
    });
    expect(records[1]).toEqual({ customerId: 'E-1', kind: 'enterprise', businessStatus: 'expanding', keyContact: 'Li Wei' });
    expect(records[0]).toEqual(customerSchema.parse(rows[0]));
  });

  it('refuses bad fields and cross-field contradictions', () => {
    expect(rules({ customerId: 1, kind: 'robot' })).toEqual(['kind: must be one of "individual", "enterprise"']);
    expect(rules({ customerId: 1, personalityType: 'shy' })).toEqual([
      'personalityType: must be one of "expressive", "driver", "analytical", "amiable"',
    ]);
    expect(rules({ customerId: 1, creditLimit: '-1' })).toEqual(['creditLimit: must not be negative']);
    expect(rules({ customerId: 1, acquisitionCost: '1,000' })[0]).toMatch(/^acquisitionCost: must be a plain decimal/);
    expect(rules({ customerId: 1, acquisitionDate: '2023-02-30' })).toEqual(['acquisitionDate: must be a valid calendar date']);
    expect(rules({ customerId: 1, invoicesIssued: 2.5 })).toEqual(['invoicesIssued: must be an integer ≥ 0']);
    expect(rules({ customerId: 1, invoicesIssued: 2, invoicesPaidLate: 3 })).toEqual([
      'invoicesPaidLate: must be at most `invoicesIssued` (2)',
    ]);
    expect(rules({ customerId: 1, kind: 'enterprise', personalityType: 'driver', family: 'x' })).toEqual([
      'family: is for individual customers only (kind is "enterprise")',
      'personalityType: is for individual customers only (kind is "enterprise")',
    ]);
    expect(rules({ customerId: 1, kind: 'individual', keyContact: 'x' })).toEqual([
      'keyContact: is for enterprise customers only (kind is "individual")',
    ]);
    expect(rules({ customerId: 1, family: 'x', keyContact: 'y' })).toEqual([]);
    expect(rules({ name: 'x' })).toEqual(['customerId: is required']);
  });
});
