import type { z } from 'zod';
import { defineRecord } from './internal/defineRecord';
import { fields } from './internal/fieldKinds';
import { provenanceShape } from './internal/provenanceShape';

const interactionSpec = {
  /** The customer contacted or invested in. */
  customerId: fields.id(),
  /** Calendar date of the contact, `'yyyy-mm-dd'`. */
  date: fields.date(),
  /** Manner of the contact or investment, e.g. `'visit'`, `'call'`, `'gift'`, `'joint-advertising'` (free text). */
  kind: fields.optionalText(),
  /** Channel or place of the contact, e.g. `'phone'`, `'store'`, `'trade fair'` (free text). */
  channel: fields.optionalText(),
  /** Cost of the contact to the company in major units, ≥ 0, as a decimal string. */
  cost: fields.optionalNonNegativeAmount(),
  /** Discount or benefit given (price reduction, voucher, service) in major units, ≥ 0, as a decimal string. */
  benefit: fields.optionalNonNegativeAmount(),
  /** ISO 4217 code of `cost` and `benefit` (upper case). */
  currency: fields.optionalCurrency(),
  /** Outcome, e.g. `'order'`, `'no answer'`, `'complaint resolved'` (free text). */
  outcome: fields.optionalText(),
  /** What was provided or done (products, services, support). */
  description: fields.optionalText(),
  ...provenanceShape,
};

/** The interaction record's schema and fast parser. @internal */
export const interactionRecord = defineRecord(interactionSpec);

/**
 * The zod schema of one {@link Interaction}: a contact with, or investment in, a customer.
 *
 * @remarks
 * `customerId` and `date` are required; the conventions of {@link transactionSchema} apply. Source 002
 * asks a company to record the time, place and manner of each contact, its cost, the discounts and
 * benefits given, and the support provided; these records feed cost to serve, exit cost (benefits forfeited
 * on leaving) and contact cadence.
 *
 * @example
 * ```ts
 * interactionSchema.parse({ customerId: 3, date: '2024-05-02', kind: 'visit', cost: '45.00', benefit: '' });
 * // { customerId: '3', date: '2024-05-02', kind: 'visit', cost: '45.00' }
 * ```
 */
export const interactionSchema = interactionRecord.schema;

/**
 * A contact or investment record: when, how and through which channel the company dealt with a customer,
 * what it cost, what benefit was given and with what outcome. The output of {@link interactionSchema} and
 * {@link parseInteractions}.
 */
export type Interaction = z.output<typeof interactionSchema>;

/** A row that {@link interactionSchema} accepts (before normalisation); unknown columns are allowed. */
export type InteractionInput = z.input<typeof interactionSchema>;
