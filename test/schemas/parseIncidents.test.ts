import { describe, expect, it } from 'vitest';
import { incidentSchema } from '../../src/schemas/incidentSchema';
import { parseIncidents } from '../../src/schemas/parseIncidents';
import { deepFreeze } from './helpers';

describe('parseIncidents', () => {
  it('reads incidents and checks kind, severity, dates and satisfaction', () => {
    const rows = deepFreeze([
      { incidentId: 77, customerId: 8, date: '2024-03-01', kind: 'Stock out', severity: 'HIGH', orderId: 'O1', resolvedDate: '20240304', resolutionSatisfaction: '4', description: 'late' },
      { customerId: 8, date: '2024-03-05', resolvedDate: '2024-03-04' },
      { customerId: 8, date: '2024-03-05', kind: 'fire', severity: 5, resolutionSatisfaction: 'good' },
      { customerId: 8, date: '2024-03-05', resolvedDate: '2024-03-05' },
    ]);
    const { records, rejected } = parseIncidents(rows);
    expect(records).toEqual([
      { incidentId: '77', customerId: '8', date: '2024-03-01', kind: 'stock-out', severity: 'high', orderId: 'O1', resolvedDate: '2024-03-04', resolutionSatisfaction: 4, description: 'late' },
      { customerId: '8', date: '2024-03-05', resolvedDate: '2024-03-05' },
    ]);
    expect(rejected.map((r) => [r.index, r.reasons.map((x) => `${x.path}: ${x.rule}`)])).toEqual([
      [1, ['resolvedDate: must not be before `date` (2024-03-05)']],
      [2, [
        'kind: must be one of "complaint", "quality", "stock-out", "delivery", "service", "billing", "other"',
        'severity: must be one of "low", "medium", "high", "critical"',
        'resolutionSatisfaction: must be a number',
      ]],
    ]);
    expect(incidentSchema.parse(rows[0])).toEqual(records[0]);
  });
});
