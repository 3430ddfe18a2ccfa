/**
 * complaintMetrics: a hand-computed period (orders by order id, rates, shares, medians, means), the
 * purchase-day order unit, bad rows, row-order independence and error messages.
 */
import { describe, expect, it } from 'vitest';
import { complaintMetrics } from '../../src/loyalty/complaintMetrics';
import type { IncidentInputRow } from '../../src/loyalty/defectTolerance';

const transactions = [
  { customerId: 'a', date: '2024-01-02', amount: 10, orderId: 'O1' },
  { customerId: 'a', date: '2024-01-02', amount: 5, orderId: 'O1' },
  { customerId: 'a', date: '2024-01-10', amount: 8, orderId: 'O2' },
  { customerId: 'a', date: '2024-02-02', amount: 8, orderId: 'O9' },
  { customerId: 'b', date: '2024-01-05', amount: 12, orderId: 'O3' },
  { customerId: 'b', date: '2024-01-08', amount: 12, orderId: 'R1', returned: true },
  { customerId: 'c', date: '2024-01-07', amount: 3 },
  { customerId: 'e', date: '2023-12-30', amount: 3 },
];
const incidents: IncidentInputRow[] = [
  { customerId: 'a', date: '2024-01-03', kind: 'quality', severity: 'high', resolvedDate: '2024-01-05', resolutionSatisfaction: 4 },
  { customerId: 'a', date: '2024-01-11', kind: 'delivery', severity: 'low', resolvedDate: '2024-02-10', resolutionSatisfaction: 5 },
  { customerId: 'b', date: '2024-01-06', kind: 'Quality', severity: 'medium', resolvedDate: '2024-01-06', resolutionSatisfaction: 2 },
];
const options = { period: { from: '2024-01-01', to: '2024-01-31' } };

describe('complaintMetrics', () => {
  const r = complaintMetrics(transactions, incidents, options);

  it('computes the figures of a hand-checked period', () => {
    // Orders in January: a O1 (two rows), a O2, b O3, c one purchase day (no id); b's return, a's
    // February order and e's December order are not counted: 4 orders, customers a, b, c.
    expect(r.orders).toBe(4);
    expect(r.customers).toBe(3);
    // The delivery incident is resolved after Jan 31: unresolved in the period.
    expect(r.overall).toEqual({
      incidents: 3, per1000Orders: 750, customersComplaining: 2, customerShare: 2 / 3, resolved: 2,
      resolutionRate: 2 / 3, medianDaysToResolve: 1, satisfaction: { answers: 2, mean: 3 },
    });
    expect(r.byKind).toEqual([
      { kind: 'quality', incidents: 2, per1000Orders: 500, customersComplaining: 2, customerShare: 2 / 3, resolved: 2, resolutionRate: 1, medianDaysToResolve: 1, satisfaction: { answers: 2, mean: 3 } },
      { kind: 'delivery', incidents: 1, per1000Orders: 250, customersComplaining: 1, customerShare: 1 / 3, resolved: 0, resolutionRate: 0, medianDaysToResolve: null, satisfaction: { answers: 0, mean: null } },
    ]);
    expect(r.bySeverity.map((g) => [g.severity, g.incidents, g.medianDaysToResolve])).toEqual([
      ['low', 1, null],
      ['medium', 1, 0],
      ['high', 1, 2],
    ]);
    expect(r.settings).toEqual({ period: { from: '2024-01-01', to: '2024-01-31' }, orderUnit: 'orderId', customerBase: 'customers with an order or an incident in the period' });
  });

  it('counts purchase days when the log has no order ids, and complainers without an order', () => {
    const plain = transactions.map(({ orderId: _o, ...t }) => t);
    const out = complaintMetrics(plain, [...incidents, { customerId: 'e', date: '2024-01-20' }], options);
    expect(out.orders).toBe(4); // a Jan 2, a Jan 10, b Jan 5, c Jan 7
    expect(out.settings.orderUnit).toBe('purchase day');
    expect(out.customers).toBe(4); // e complained in January without ordering
    expect(out.overall.customerShare).toBe(3 / 4);
    expect(out.byKind.at(-1)).toMatchObject({ kind: 'unspecified', incidents: 1 });
  });

  it('reports bad rows and is unchanged by them and by row order', () => {
    const bad = [...incidents, { customerId: 'zz', date: '2024-01-05' }, { customerId: 'a', date: '2024-03-01' }, { customerId: 'a', date: '2024-01-05', resolutionSatisfaction: 'good' }];
    const out = complaintMetrics(transactions, bad as IncidentInputRow[], options);
    expect(out.rejected).toEqual([
      { index: 3, field: 'customerId', reason: 'is not a customer of the transactions', value: 'zz' },
      { index: 4, field: 'date', reason: 'is outside the period', value: '2024-03-01' },
      { index: 5, field: 'resolutionSatisfaction', reason: 'must be a finite number', value: 'good' },
    ]);
    expect({ ...out, rejected: [] }).toEqual(r);
    expect(complaintMetrics([...transactions].reverse(), [...incidents].reverse(), options)).toEqual(r);
  });

  it('throws on invalid arguments', () => {
    expect(() => complaintMetrics(transactions, incidents, { period: { from: '2024-01-01' } } as never)).toThrow(
      /`complaintMetrics`: `options.period.to` must be a calendar date/,
    );
    expect(() => complaintMetrics(transactions, 'x' as never, options)).toThrow(/`incidents` must be an array/);
  });
});
