import { summaryOriginOf } from '../../time/internal/summaryOrigin';
import { clockOfSummary, isSummarizedData, type ModelClock } from './modelClock';

/**
 * The clock of the customers given: a summary's own, that of the summary a bare `summary.customers`
 * array came from (the array is recognised, not its rows), or undefined when nothing says. @internal
 */
export function clockOfCustomers(fn: string, input: unknown): ModelClock | undefined {
  if (isSummarizedData(input)) return clockOfSummary(fn, 'customers.options', input.options);
  const origin = summaryOriginOf(input);
  return origin === undefined ? undefined : clockOfSummary(fn, 'customers.options', origin);
}
