import { complaintMetrics, defectTolerance, exitCost, indexTransactions } from 'clientele/loyalty';
import { lcg, transactionColumns } from './data';
import type { Benchmark } from './types';

const CUSTOMERS = 1_000_000;
const TRANSACTIONS = 10_000_000;
const INCIDENTS = 1_000_000;
const INTERACTIONS = 1_000_000;
const DAY0 = 19723; // 2024-01-01

function isoDays(): string[] {
  const iso: string[] = [];
  for (let d = 0; d < 400; d++) iso.push(new Date((DAY0 + d) * 86_400_000).toISOString().slice(0, 10));
  return iso;
}

/** The index (from columns), 1M incident rows and 1M interaction rows. Not timed. */
function data() {
  const index = indexTransactions(transactionColumns(TRANSACTIONS, CUSTOMERS, 3));
  const iso = isoDays();
  const u = lcg(11);
  const severities = ['low', 'medium', 'high', 'critical'];
  const kinds = ['complaint', 'quality', 'delivery'];
  const incidents = new Array(INCIDENTS);
  for (let i = 0; i < INCIDENTS; i++) {
    const d = Math.floor(u() * 366);
    const r = u();
    incidents[i] = {
      customerId: String(Math.floor(u() * CUSTOMERS)),
      date: iso[d],
      kind: kinds[Math.floor(u() * 3)],
      severity: severities[Math.floor(u() * 4)],
      ...(r < 0.7 ? { resolvedDate: iso[Math.min(399, d + Math.floor(u() * 20))], resolutionSatisfaction: 1 + Math.floor(u() * 5) } : {}),
    };
  }
  const interactions = new Array(INTERACTIONS);
  for (let i = 0; i < INTERACTIONS; i++) {
    interactions[i] = {
      customerId: String(Math.floor(u() * CUSTOMERS)),
      date: iso[Math.floor(u() * 366)],
      kind: 'call',
      ...(u() < 0.5 ? { benefit: `${Math.floor(u() * 50)}.${String(Math.floor(u() * 100)).padStart(2, '0')}` } : {}),
    };
  }
  return { index, incidents, interactions };
}

export const benchmarks: Benchmark[] = [
  {
    name: 'defect-tolerance-1m',
    what: 'defectTolerance + complaintMetrics + exitCost: 1M customers, 10M transactions (indexed), 1M incidents, 1M interactions',
    targetMs: 4000,
    repeats: 3,
    setup: () => {
      const built = data();
      let index = built.index;
      const { incidents, interactions } = built;
      const period = { from: '2024-01-01', to: '2024-12-31' };
      return () => {
        // A fresh (frozen) id array per repeat, so that no repeat reuses the id lookup of the one before.
        index = { ...index, customerIds: Object.freeze(index.customerIds.slice()) };
        const tolerance = defectTolerance(index, incidents, { period, windowDays: 30, fastResolutionDays: 3 });
        const complaints = complaintMetrics(index, incidents, { period });
        const exit = exitCost(interactions, { period: { to: '2024-12-31' }, expiresAfterDays: 180, customers: index });
        return `${tolerance.population.overall.ratio?.toFixed(4)} ${complaints.overall.per1000Orders?.toFixed(2)} ${exit.total.exitCost}`;
      };
    },
  },
];
