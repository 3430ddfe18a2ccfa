import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { abcAnalysis } from '../../../src/segmentation/abcAnalysis';
import { customerPyramid } from '../../../src/segmentation/customerPyramid';
import { indexCustomerValues } from '../../../src/segmentation/indexCustomerValues';
import { valueConcentration } from '../../../src/segmentation/valueConcentration';
import { whaleCurve } from '../../../src/segmentation/whaleCurve';
import { frozen } from './helpers';

/** Rows with a value and a profit (two decimals, many ties), some ids repeated, some rows bad. */
const mixedRows = fc.array(
  fc.oneof(
    { weight: 12, arbitrary: fc.record({ customerId: fc.oneof(fc.constantFrom('a', 'b', ' c ', 'c', 'id-10', 'id-9'), fc.nat(40), fc.string({ minLength: 1, maxLength: 5 })), value: fc.integer({ min: -300, max: 3000 }).map((x) => x / 100), profit: fc.integer({ min: -900, max: 900 }).map((x) => x / 10) }) },
    { weight: 1, arbitrary: fc.constantFrom(null, 7, { customerId: '', value: 1, profit: 1 }, { customerId: 1.5, value: 1, profit: 1 }) },
  ),
  { maxLength: 80 },
);

/** Valid rows with distinct ids (as strings), negative values included. */
const distinctRows = fc.uniqueArray(
  fc.record({ customerId: fc.oneof(fc.nat(60), fc.string({ minLength: 1, maxLength: 4 }).filter((x) => x.trim() === x)), value: fc.integer({ min: -300, max: 3000 }).map((x) => x / 100), profit: fc.integer({ min: -900, max: 900 }).map((x) => x / 100) }),
  { maxLength: 80, selector: (r) => String(r.customerId) },
);

/**
 * Every result of the value functions on `input` (errors as their message); with `ownRules` also those
 * whose own rule rejects rows (negative values, inexact amounts).
 */
function everything(input: Parameters<typeof abcAnalysis>[0] & Parameters<typeof whaleCurve>[0], ownRules: boolean) {
  const call = (f: () => unknown) => {
    try {
      return f();
    } catch (e) {
      return (e as Error).message;
    }
  };
  // A non-object row's reason names the fields asked for: all the indexed ones on an index.
  const results = [
    call(() => abcAnalysis(input)),
    call(() => abcAnalysis(input, { basis: 'count', crossing: 'upper' })),
    call(() => customerPyramid(input)),
    call(() => customerPyramid(input, { tiers: 'zeithaml', basis: 'value' })),
    call(() => whaleCurve(input, { maxPoints: 7 })),
    call(() => whaleCurve(input, { amounts: 'exact', minorDigits: 2 })),
  ];
  if (ownRules) {
    results.push(call(() => abcAnalysis(input, { negative: 'reject' })));
    results.push(call(() => valueConcentration(input, { maxPoints: 5 })));
    results.push(call(() => whaleCurve(input, { amounts: 'exact', minorDigits: 1 })));
  }
  return JSON.parse(JSON.stringify(results).replace(/must be an object with customerId and [a-z, ]+/g, 'must be an object with customerId and …'));
}

describe('indexCustomerValues', () => {
  it('doc example: ids sorted, rankings with ties by id, bad rows rejected', () => {
    const rows = [
      { customerId: 'b', value: 20, profit: -5 },
      { customerId: 'a', value: 70, profit: 30 },
      { customerId: 'c', value: 20, profit: 10 },
      { customerId: 'd', value: 'n/a', profit: 1 },
    ];
    const index = indexCustomerValues(rows, { fields: ['value', 'profit'] });
    expect(index.customerIds).toEqual(['a', 'b', 'c']);
    expect(Array.from(index.byValue.value!)).toEqual([0, 1, 2]);
    expect(Array.from(index.byValue.profit!)).toEqual([0, 2, 1]);
    expect(Array.from(index.sortedValues.value!)).toEqual([70, 20, 20]);
    expect(Array.from(index.sortedValues.profit!)).toEqual([30, 10, -5]);
    expect(Array.from(index.rowIndex)).toEqual([1, 0, 2]);
    expect(index.rejected).toEqual([{ index: 3, field: 'value', reason: 'must be a finite number', value: 'n/a' }]);
    expect(index.rowCount).toBe(4);
    expect(abcAnalysis(index).customers.map((c) => c.class)).toEqual(['A', 'B', 'C']);
    expect(whaleCurve(index).totalProfit).toBe(35);
    expect(indexCustomerValues(index)).toBe(index);
  });

  it('every value function gives the same result on the index as on the rows (bad rows, repeated ids)', () => {
    fc.assert(
      fc.property(mixedRows, (raw) => {
        const rows = frozen(raw.map((r) => (r !== null && typeof r === 'object' ? { ...r } : r)) as object[]) as never;
        const index = indexCustomerValues(rows, { fields: ['value', 'profit'] });
        expect(everything(index as never, false)).toEqual(everything(rows, false));
      }),
      { numRuns: 60 },
    );
  });

  it('with distinct ids, also the options whose own rule rejects rows (negative values, inexact amounts)', () => {
    fc.assert(
      fc.property(distinctRows, (rows) => {
        const index = indexCustomerValues(rows, { fields: ['value', 'profit'] });
        expect(everything(index as never, true)).toEqual(everything(rows as never, true));
      }),
      { numRuns: 60 },
    );
  });

  it('radix paths: 3000 shuffled prefixed ids with tied values give the same results as the rows', () => {
    let seed = 5;
    const u = () => ((seed = (Math.imul(seed, 1664525) + 1013904223) >>> 0) / 4294967296);
    const ids = Array.from({ length: 3000 }, (_, i) => `cust-${(i * 7919) % 3000}`);
    const rows = ids.map((customerId) => ({ customerId, value: Math.round(u() * 50) / 2, profit: Math.round((u() - 0.3) * 400) / 4 }));
    const index = indexCustomerValues(rows, { fields: ['profit', 'value'] });
    expect(index.customerIds).toEqual([...ids].sort());
    expect(everything(index as never, true)).toEqual(everything(rows as never, true));
  });

  it('repeated ids among 2000 shuffled ids (radix path, ids told apart by their keys) are all rejected', () => {
    const ids = Array.from({ length: 2000 }, (_, i) => `K${String((i * 7919) % 2000).padStart(5, '0')}`);
    ids[1500] = ids[3] as string; // one id twice
    ids[1600] = ids[4] as string;
    ids[1700] = ids[4] as string; // one id three times
    const rows = ids.map((customerId, i) => ({ customerId, value: i % 7 }));
    const index = indexCustomerValues(rows);
    expect(index.customerIds.length).toBe(1995); // the 5 rows of the two repeated ids are rejected
    expect(index.rejected.map((r) => r.index)).toEqual([3, 4, 1500, 1600, 1700]);
    expect(new Set(index.customerIds).size).toBe(index.customerIds.length);
    expect(abcAnalysis(rows).rejected).toEqual(index.rejected);
  });

  it("a function's own rule rejects indexed customers by their input row and keeps the others' ranks", () => {
    const rows = [
      { customerId: 'x', value: 5 },
      { customerId: 'y', value: -2 },
      { customerId: 'z', value: 9 },
    ];
    const c = valueConcentration(indexCustomerValues(rows));
    expect(c.customerCount).toBe(2);
    expect(c.rejected).toEqual([{ index: 1, field: 'value', reason: 'must be a finite number at least 0 (concentration measures need non-negative values)', value: -2 }]);
    const a = abcAnalysis(indexCustomerValues(rows), { negative: 'reject' });
    expect(a.customers.map((k) => [k.customerId, k.rank])).toEqual([['x', 2], ['z', 1]]);
    expect(a.rejected.map((r) => r.index)).toEqual([1]);
  });

  it('does not mutate the rows and rejects malformed arguments', () => {
    const rows = frozen([{ customerId: 'a', value: 1 }]);
    expect(() => indexCustomerValues(rows)).not.toThrow();
    expect(() => indexCustomerValues('rows' as never)).toThrow(/`indexCustomerValues`: `rows` must be an array of rows/);
    expect(() => indexCustomerValues(rows, { fields: [] })).toThrow(/`options\.fields` must be a non-empty array/);
    expect(() => indexCustomerValues(rows, { fields: ['value', 'value'] })).toThrow(/`options\.fields\[1\]` must be a non-blank field name/);
    expect(() => indexCustomerValues(rows, { fields: ['customerId'] })).toThrow(/options\.fields\[0\]/);
    expect(() => indexCustomerValues(rows, null as never)).toThrow(/`options` must be an object/);
    expect(() => whaleCurve(indexCustomerValues(rows))).toThrow(/`whaleCurve`: `profits` must be an index with the field 'profit'/);
    expect(() => customerPyramid(indexCustomerValues([{ customerId: 'a', value: Number.NaN }]))).toThrow(/EMPTY|at least one valid row/);
  });
});
