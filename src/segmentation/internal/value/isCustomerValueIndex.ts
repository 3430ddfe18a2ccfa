import type { CustomerValueIndex } from '../../valueTypes';

/** Whether `input` is an index built by `indexCustomerValues`. @internal */
export function isCustomerValueIndex(input: unknown): input is CustomerValueIndex {
  return typeof input === 'object' && input !== null && !Array.isArray(input) && (input as { kind?: unknown }).kind === 'customerValueIndex';
}
