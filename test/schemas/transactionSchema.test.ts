import { describe, expect, it } from 'vitest';
import { parseTransactions } from '../../src/schemas/parseTransactions';
import { transactionSchema } from '../../src/schemas/transactionSchema';

const base = { customerId: 'c1', date: '2024-01-31', amount: '10.00' };

/** The record of one row, or the rules that reject it (from the parser; the zod schema is checked equal). */
function read(row: Record<string, unknown>): { record?: Record<string, unknown>; rules?: string[] } {
  const { records, rejected } = parseTransactions([row]);
  const z = transactionSchema.safeParse(row);
  if (records.length === 1) {
    expect(z.success).toBe(true);
    expect(z.data).toEqual(records[0]);
    return { record: records[0] as Record<string, unknown> };
  }
  expect(z.success).toBe(false);
  const rules = rejected[0]?.reasons.map((r) => `${r.path}: ${r.rule}`) ?? [];
  expect(z.error?.issues.map((i) => `${i.path.join('.')}: ${i.message}`)).toEqual(rules);
  return { rules };
}

describe('transactionSchema fields', () => {
  it('customerId: string, integer and bigint become strings; blanks and other values are refused', () => {
    expect(read({ ...base, customerId: ' A-7 ' }).record?.['customerId']).toBe('A-7');
    expect(read({ ...base, customerId: 42 }).record?.['customerId']).toBe('42');
    expect(read({ ...base, customerId: 12345678901234567890n }).record?.['customerId']).toBe('12345678901234567890');
    expect(read({ ...base, customerId: '' }).rules).toEqual(['customerId: is required']);
    expect(read({ ...base, customerId: null }).rules).toEqual(['customerId: is required']);
    expect(read({ date: '2024-01-31', amount: 1 }).rules).toEqual(['customerId: is required']);
    expect(read({ ...base, customerId: 1.5 }).rules).toEqual(['customerId: must be a string or a safe integer']);
    expect(read({ ...base, customerId: {} }).rules).toEqual(['customerId: must be a non-empty string or an integer']);
  });

  it('date: ISO, compact, with time (calendar date as written), integer yyyymmdd', () => {
    expect(read({ ...base, date: '2024-01-31' }).record?.['date']).toBe('2024-01-31');
    expect(read({ ...base, date: '20240131' }).record?.['date']).toBe('2024-01-31');
    expect(read({ ...base, date: 20240131 }).record?.['date']).toBe('2024-01-31');
    expect(read({ ...base, date: '2024-01-31T23:30:00Z' }).record?.['date']).toBe('2024-01-31');
    expect(read({ ...base, date: '2024-01-31T23:30:00-05:00' }).record?.['date']).toBe('2024-01-31');
    expect(read({ ...base, date: '2024-01-31 08:15' }).record?.['date']).toBe('2024-01-31');
    expect(read({ ...base, date: ' 2024-02-29 ' }).record?.['date']).toBe('2024-02-29');
    expect(read({ ...base, date: '2000-02-29' }).record?.['date']).toBe('2000-02-29');
  });

  it('date: impossible, malformed and ambiguous dates are refused with a reason', () => {
    expect(read({ ...base, date: '2023-02-29' }).rules).toEqual(['date: must be a valid calendar date']);
    expect(read({ ...base, date: '1900-02-29' }).rules).toEqual(['date: must be a valid calendar date']);
    expect(read({ ...base, date: '2024-13-01' }).rules).toEqual(['date: must be a valid calendar date']);
    expect(read({ ...base, date: '20230229' }).rules).toEqual(['date: must be a valid calendar date']);
    expect(read({ ...base, date: 20230229 }).rules).toEqual(['date: must be a valid calendar date']);
    expect(read({ ...base, date: '2024-01-31T25:00' }).rules).toEqual([
      'date: must be a date with a valid time (hh:mm[:ss][Z|±hh:mm])',
    ]);
    expect(read({ ...base, date: '31/01/2024' }).rules).toEqual(['date: must be a date as "yyyy-mm-dd", "yyyymmdd" or a Date']);
    expect(read({ ...base, date: 1706659200000 }).rules?.[0]).toMatch(/numbers other than yyyymmdd are ambiguous/);
    expect(read({ ...base, date: new Date(Number.NaN) }).rules).toEqual(['date: must be a valid Date']);
    expect(read({ ...base, date: '' }).rules).toEqual(['date: is required']);
  });

  it('date: a Date is read at its UTC calendar date', () => {
    expect(read({ ...base, date: new Date('2024-01-31') }).record?.['date']).toBe('2024-01-31');
    expect(read({ ...base, date: new Date(Date.UTC(2024, 0, 31, 23, 59)) }).record?.['date']).toBe('2024-01-31');
  });

  it('amount: numbers and plain decimal strings, normalised, exact', () => {
    const cases: [unknown, string][] = [
      ['1234.50', '1234.50'],
      ['-3.2', '-3.2'],
      ['+007.10', '7.10'],
      ['.5', '0.5'],
      ['5.', '5'],
      ['-0.00', '0.00'],
      [' 12.30 ', '12.30'],
      [0.1, '0.1'],
      [-0, '0'],
      [1e-7, '0.0000001'],
      [1.5e21, '1500000000000000000000'],
      ['123456789012345678901234.56', '123456789012345678901234.56'],
      [10n, '10'],
    ];
    for (const [given, expected] of cases) {
      expect(read({ ...base, amount: given, returned: true }).record?.['amount']).toBe(expected);
    }
  });

  it('amount: separators, exponents, currency signs and non-finite numbers are refused', () => {
    expect(read({ ...base, amount: '1,234.50' }).rules).toEqual([
      'amount: must be a plain decimal with "." as decimal point and no thousands separators',
    ]);
    expect(read({ ...base, amount: '12,5' }).rules?.[0]).toMatch(/no thousands separators/);
    expect(read({ ...base, amount: '1e3' }).rules).toEqual(['amount: must be a plain decimal without an exponent']);
    expect(read({ ...base, amount: '$12' }).rules?.[0]).toMatch(/without currency signs/);
    expect(read({ ...base, amount: '1 000' }).rules?.[0]).toMatch(/without currency signs or blanks/);
    expect(read({ ...base, amount: Number.NaN }).rules).toEqual(['amount: must be a finite number']);
    expect(read({ ...base, amount: Infinity }).rules).toEqual(['amount: must be a finite number']);
    expect(read({ ...base, amount: 'abc' }).rules).toEqual(['amount: must be a number or a decimal string']);
    expect(read({ ...base, amount: true }).rules).toEqual(['amount: must be a number or a decimal string']);
    expect(read({ ...base, amount: '.' }).rules).toEqual(['amount: must be a number or a decimal string']);
  });

  it('negative amount and quantity need returned = true; a return may have either sign', () => {
    expect(read({ ...base, amount: '-5' }).rules).toEqual(['amount: must not be negative unless `returned` is true']);
    expect(read({ ...base, quantity: -1 }).rules).toEqual(['quantity: must not be negative unless `returned` is true']);
    expect(read({ ...base, amount: '-5', returned: 'no' }).rules).toEqual([
      'amount: must not be negative unless `returned` is true',
    ]);
    expect(read({ ...base, amount: '-5', quantity: '-1', returned: 'yes' }).record).toMatchObject({
      amount: '-5',
      quantity: -1,
      returned: true,
    });
    expect(read({ ...base, amount: '5', returned: 1 }).record?.['returned']).toBe(true);
    expect(read({ ...base, amount: 0 }).record?.['amount']).toBe('0');
  });

  it('optional fields: accepted values, blanks left out, bad values refused', () => {
    const r = read({
      ...base,
      orderId: 991,
      product: ' SKU-1 ',
      quantity: '2.5',
      channel: 'web',
      discount: '1.00',
      cost: 4,
      margin: '-0.5',
      returned: 'FALSE',
      currency: 'eur',
      source: 'Point of sale',
      sourceDetail: 'till 4',
    }).record;
    expect(r).toEqual({
      customerId: 'c1',
      date: '2024-01-31',
      amount: '10.00',
      orderId: '991',
      product: 'SKU-1',
      quantity: 2.5,
      channel: 'web',
      discount: '1.00',
      cost: '4',
      margin: '-0.5',
      returned: false,
      currency: 'EUR',
      source: 'point-of-sale',
      sourceDetail: 'till 4',
    });
    expect(read({ ...base, orderId: '', product: null, quantity: '  ', returned: undefined }).record).toEqual(base);
    expect(read({ ...base, discount: '-1' }).rules).toEqual(['discount: must not be negative']);
    expect(read({ ...base, cost: '-0.01' }).rules).toEqual(['cost: must not be negative']);
    expect(read({ ...base, quantity: 'two' }).rules).toEqual(['quantity: must be a number']);
    expect(read({ ...base, quantity: Number.NaN }).rules).toEqual(['quantity: must be a finite number']);
    expect(read({ ...base, returned: 'maybe' }).rules).toEqual(['returned: must be a boolean (true/false, yes/no, y/n, 1/0)']);
    expect(read({ ...base, currency: 'EURO' }).rules).toEqual(['currency: must be a three-letter ISO 4217 currency code']);
    expect(read({ ...base, source: 'rumour' }).rules?.[0]).toMatch(/^source: must be one of "market-research"/);
    expect(read({ ...base, source: 'call_center' }).record?.['source']).toBe('call-centre');
    expect(read({ ...base, product: { a: 1 } }).rules).toEqual(['product: must be a string']);
    expect(read({ ...base, attributes: [1] }).rules).toEqual(['attributes: must be a plain object']);
  });

  it('unknown columns are kept under attributes, merged with a given attributes object', () => {
    expect(read({ ...base, store: 'Lyon', note: '' }).record?.['attributes']).toEqual({ store: 'Lyon', note: '' });
    expect(read({ ...base, attributes: { a: 1, store: 'x' }, store: 'Lyon' }).record?.['attributes']).toEqual({
      a: 1,
      store: 'Lyon',
    });
    const row = JSON.parse('{"customerId":"c","date":"2024-01-01","amount":1,"__proto__":{"polluted":true}}') as Record<string, unknown>;
    // zod's loose object drops an own `__proto__` key; the parser keeps it as an own attribute, safely.
    const rec = parseTransactions([row]).records[0] as Record<string, unknown>;
    expect(Object.getPrototypeOf(rec['attributes'])).toBe(Object.prototype);
    expect(Object.getOwnPropertyDescriptor(rec['attributes'], '__proto__')?.value).toEqual({ polluted: true });
    expect(({} as Record<string, unknown>)['polluted']).toBeUndefined();
  });

  it('a row that is not an object is refused as a whole', () => {
    for (const row of [null, 'x', 3, [base]]) {
      const { rejected } = parseTransactions([row]);
      expect(rejected[0]?.reasons).toEqual([{ path: '', rule: 'must be an object', value: row, message: expect.any(String) }]);
      expect(transactionSchema.safeParse(row).success).toBe(false);
    }
  });
});
