import { InvalidArgumentError } from '../../core/errors/InvalidArgumentError';
import type { TransactionFields } from '../types';

const FIELD_NAMES = ['customerId', 'date', 'amount', 'returned'] as const;

/** Checks `options.fields` and fills in the library's names; throws `INVALID_ARGUMENT`. @internal */
export function resolveFields(fn: string, fields: unknown): Required<TransactionFields> {
  if (fields === undefined) return { customerId: 'customerId', date: 'date', amount: 'amount', returned: 'returned' };
  if (fields === null || typeof fields !== 'object' || Array.isArray(fields)) {
    throw new InvalidArgumentError(fn, 'options.fields', "must be an object such as { customerId: 'customer_id', date: 'order_date', amount: 'total' }", fields);
  }
  for (const key of Object.keys(fields)) {
    if (!(FIELD_NAMES as readonly string[]).includes(key)) {
      throw new InvalidArgumentError(fn, `options.fields.${key}`, `is not a field (the fields are ${FIELD_NAMES.join(', ')})`, key);
    }
  }
  const nameOf = (name: (typeof FIELD_NAMES)[number]): string => {
    const value = (fields as Record<string, unknown>)[name];
    if (value !== undefined && (typeof value !== 'string' || value.length === 0)) {
      throw new InvalidArgumentError(fn, `options.fields.${name}`, 'must be a non-empty property name', value);
    }
    return (value as string | undefined) ?? name;
  };
  // One literal (one stable object shape, which optimised readers may rely on).
  return { customerId: nameOf('customerId'), date: nameOf('date'), amount: nameOf('amount'), returned: nameOf('returned') };
}
