import { EmptyInputError } from '../../core/errors/EmptyInputError';
import { resolveSummaryOptions } from '../resolveSummaryOptions';
import type { SummaryOptions, TransactionSummary } from '../types';
import { addStream } from './addStream';
import { allRowsRejected } from './allRowsRejected';
import { finalizeAccumulator } from './finalizeAccumulator';
import { createAccumulator } from './summaryAccumulator';

/**
 * `summarizeTransactions` of an async iterable of rows or row batches: the rows are read batch by batch
 * into a mergeable accumulator (memory grows with the customers, not the rows) and finalised as the
 * whole log would be. @internal
 */
export async function summarizeStream<Id extends string | number>(
  fn: string,
  source: AsyncIterable<unknown>,
  options: SummaryOptions | undefined,
): Promise<TransactionSummary<Id>> {
  const acc = createAccumulator(resolveSummaryOptions(fn, options));
  await addStream(fn, acc, source, 0);
  if (acc.rowCount === 0) throw new EmptyInputError(fn, 'transactions');
  const summary = finalizeAccumulator<Id>(fn, acc);
  if (summary.rejected.length === acc.rowCount) {
    const first = acc.firstRow;
    const sample = first === null ? [] : [Object.fromEntries(first.properties.map((p) => [p, null]))];
    throw allRowsRejected(fn, sample, summary.rejected, acc.settings.fields);
  }
  return summary;
}
