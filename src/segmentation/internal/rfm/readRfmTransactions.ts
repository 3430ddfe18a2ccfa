import { formatEpochDay } from '../../../time/formatEpochDay';
import type { RejectedRecord, TransactionIndex } from '../../../time/types';
import { byIndex, type RfmColumns } from './rfmColumns';

/**
 * RFM raw values from an indexed transaction log (R `rfm_table_order`): rows after the analysis day are
 * rejected; return rows are no purchase (optionally netted into monetary value); frequency counts purchase
 * rows or distinct purchase days; a customer without a purchase is rejected. @internal
 */
export function readRfmTransactions(
  index: TransactionIndex,
  analysisDay: number,
  frequency: 'rows' | 'days',
  returns: 'net' | 'exclude',
): RfmColumns {
  const customers = index.customerIds.length;
  const ids: string[] = [];
  const recencyDays = new Float64Array(customers);
  const lastDay = new Float64Array(customers);
  const counts = new Float64Array(customers);
  const monetaryMinor = new Float64Array(customers);
  const rejected: RejectedRecord[] = index.rejected.slice();
  const { start, epochDay, returned, amountMinor, rowIndex } = index;
  let k = 0;
  for (let c = 0; c < customers; c++) {
    let rows = 0;
    let days = 0;
    let last = Number.NaN;
    let minor = 0;
    let firstKept = -1;
    for (let j = start[c] as number; j < (start[c + 1] as number); j++) {
      const day = epochDay[j] as number;
      if (day > analysisDay) {
        rejected.push({ index: rowIndex[j] as number, field: 'date', reason: 'is after the analysis date', value: formatEpochDay(day) });
        continue;
      }
      if (firstKept < 0) firstKept = rowIndex[j] as number;
      if (returned[j] === 1) {
        if (returns === 'net') minor += amountMinor[j] as number;
      } else {
        rows++;
        if (day !== last) days++;
        last = day;
        minor += amountMinor[j] as number;
      }
    }
    const id = index.customerIds[c] as string;
    if (rows === 0) {
      // only returns left: the customer is reported once (rows after the analysis date already are)
      if (firstKept >= 0) rejected.push({ index: firstKept, field: 'customerId', reason: 'has no purchase on or before the analysis date (only returns)', value: id });
      continue;
    }
    ids.push(id);
    recencyDays[k] = analysisDay - last;
    lastDay[k] = last;
    counts[k] = frequency === 'rows' ? rows : days;
    monetaryMinor[k] = minor === 0 ? 0 : minor;
    k++;
  }
  return {
    ids,
    recencyDays: recencyDays.subarray(0, k),
    lastDay: lastDay.subarray(0, k),
    frequency: counts.subarray(0, k),
    monetaryMinor: monetaryMinor.subarray(0, k),
    rejected: byIndex(rejected),
  };
}
