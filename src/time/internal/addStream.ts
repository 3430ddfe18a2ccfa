import type { SummaryAccumulator } from './summaryAccumulator';
import { addRows } from './summaryAccumulator';

/** Rows gathered from a stream of single rows before they are read together. @internal */
const BATCH = 8192;

/** Whether `value` is an async iterable (and not an array). @internal */
export function isAsyncIterable(value: unknown): value is AsyncIterable<unknown> {
  return (
    value !== null &&
    typeof value === 'object' &&
    !Array.isArray(value) &&
    typeof (value as { [Symbol.asyncIterator]?: unknown })[Symbol.asyncIterator] === 'function'
  );
}

/**
 * Reads an async iterable of rows or of row batches (arrays) into `acc`, row `i` of the stream being row
 * `firstIndex + i` of the log. Single rows are gathered into batches of 8,192; a batch is read as it
 * comes. Only the current batch is held. @internal
 */
export async function addStream(fn: string, acc: SummaryAccumulator, source: AsyncIterable<unknown>, firstIndex: number): Promise<void> {
  let next = firstIndex;
  let buffer: object[] = [];
  const flush = (rows: readonly object[]): void => {
    const base = next;
    addRows(fn, acc, rows, (i) => base + i);
    next += rows.length;
  };
  for await (const item of source) {
    if (Array.isArray(item)) {
      if (buffer.length > 0) {
        flush(buffer);
        buffer = [];
      }
      flush(item as object[]);
    } else {
      buffer.push(item as object);
      if (buffer.length === BATCH) {
        flush(buffer);
        buffer = [];
      }
    }
  }
  if (buffer.length > 0) flush(buffer);
}
