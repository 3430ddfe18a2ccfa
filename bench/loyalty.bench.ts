import { customerPriceSensitivity, indexTransactions, loyaltyProfile, repeatPurchase } from 'clientele/loyalty';
import type { TransactionIndex } from 'clientele/loyalty';
import { lcg, transactionColumns } from './data';
import type { Benchmark } from './types';

const N = 10_000_000;
const CUSTOMERS = 1_000_000;
const PRODUCTS = Array.from({ length: 50 }, (_, i) => `p${i}`);

/**
 * 10M transactions of 1M customers over 2024, indexed from columns, with discount, quantity and product
 * columns added (20 % of rows discounted by a tenth; 1-4 units; 50 products; prices 10 % higher in odd
 * months, so that the period price index moves). Not timed.
 */
function loyaltyIndex(): TransactionIndex {
  const index = indexTransactions(transactionColumns(N, CUSTOMERS));
  const u = lcg(11);
  const n = index.epochDay.length;
  const discountMinor = new Float64Array(n);
  const quantity = new Float64Array(n);
  const product = new Array<string | null>(n);
  const amountMinor = new Float64Array(n);
  for (let j = 0; j < n; j++) {
    const p = Math.floor(u() * PRODUCTS.length);
    const q = 1 + Math.floor(u() * 4);
    const month = Math.floor(((index.epochDay[j] as number) - 19723) / 30.5);
    const list = q * (200 + 100 * p) * (month % 2 === 1 ? 1.1 : 1);
    const discount = u() < 0.2 ? Math.round(list / 10) : 0;
    product[j] = PRODUCTS[p] as string;
    quantity[j] = q;
    amountMinor[j] = Math.round(list) - discount;
    discountMinor[j] = discount;
  }
  return { ...index, amountMinor, discountMinor, quantity, product };
}

const ISO_DAYS = Array.from({ length: 366 }, (_, d) => new Date((19723 + d) * 86_400_000).toISOString().slice(0, 10));

/**
 * The other records of the seven-measure profile for 1M customers: 1M interactions (enquiries and
 * visits), 1M incidents (a third resolved within two days), one wallet row and one survey answer per
 * customer. Not timed.
 */
function profileRecords(customerIds: readonly string[]) {
  const u = lcg(23);
  const pick = () => customerIds[Math.floor(u() * customerIds.length)] as string;
  const interactions = Array.from({ length: CUSTOMERS }, () => ({ customerId: pick(), date: ISO_DAYS[Math.floor(u() * 366)] as string, kind: u() < 0.5 ? 'enquiry' : 'visit' }));
  const incidents = Array.from({ length: CUSTOMERS }, () => {
    const d = Math.floor(u() * 360);
    return { customerId: pick(), date: ISO_DAYS[d] as string, kind: 'quality', severity: 'medium', resolvedDate: ISO_DAYS[d + Math.floor(u() * 6)] as string };
  });
  const wallet = customerIds.map((customerId) => {
    const ours = Math.round(u() * 100_000) / 100;
    return { customerId, ours, category: Math.round((ours + u() * 2000) * 100) / 100 };
  });
  const surveys = customerIds.map((respondentId) => ({ respondentId, answers: { rankUs: 1 + Math.floor(u() * 3), rankX: 1 + Math.floor(u() * 3), switch: 1 + Math.floor(u() * 5) } }));
  return { interactions, incidents, wallet, surveys };
}

export const benchmarks: Benchmark[] = [
  {
    name: 'repeat-purchase-1m',
    what: 'repeatPurchase + customerPriceSensitivity (with the shrunk price response) of 1M customers, 10M transactions, indexed',
    targetMs: 3000,
    repeats: 2,
    setup: () => {
      const index = loyaltyIndex();
      const window = { from: '2024-01-01', to: '2024-12-31' };
      return () => {
        const repeat = repeatPurchase(index, {
          window,
          minTenureDays: 30,
          population: 'windowBuyers',
          referenceDate: '2024-06-30',
          repurchaseWindowDays: 180,
          activeWithinDays: 180,
        });
        const price = customerPriceSensitivity(index, { window, response: { periodDays: 30, shrinkage: 6, minPeriods: 6 } });
        return `${repeat.repeatRate.rate?.toFixed(4)} ${repeat.repurchase?.rate?.toFixed(4)} ${price.population.response?.slope?.toFixed(4)}`;
      };
    },
    floor: {
      what: 'one pass over the index counting purchase days per customer',
      setup: () => {
        const index = indexTransactions(transactionColumns(N, CUSTOMERS));
        return () => {
          let total = 0;
          for (let c = 0; c < index.customerIds.length; c++) {
            let last = -1;
            for (let j = index.start[c] as number; j < (index.start[c + 1] as number); j++) {
              const d = index.epochDay[j] as number;
              if (d !== last) total++;
              last = d;
            }
          }
          return total;
        };
      },
    },
  },
  {
    name: 'loyalty-profile-1m',
    what: 'loyaltyProfile: the seven measures and the composite index of 1M customers (10M transactions indexed, 1M interactions, 1M incidents, 1M wallet rows, 1M survey answers)',
    targetMs: 10_000,
    repeats: 1,
    setup: () => {
      const index = loyaltyIndex();
      const records = { transactions: index, ...profileRecords(index.customerIds) };
      return () => {
        const p = loyaltyProfile(records, {
          window: { from: '2024-01-01', to: '2024-12-31' },
          attention: { customerInitiatedKinds: ['enquiry', 'visit'] },
          choice: { enquiryKinds: ['enquiry', 'visit'], lookbackDays: 30 },
          competitor: {
            brands: { ours: 'rankUs', competitors: ['rankX'], answers: 'rank' },
            switching: [{ item: 'switch', min: 1, max: 5, higherMeans: 'switch' }],
          },
          defects: { windowDays: 30, fastResolutionDays: 2 },
        });
        return `${p.measures.length} measures, ${p.index.customers.length} customers, mean index ${(p.index.customers.reduce((s, c) => s + (c.index ?? 0), 0) / p.index.customers.length).toFixed(4)}`;
      };
    },
  },
];
