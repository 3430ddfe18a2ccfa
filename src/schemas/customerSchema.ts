import type { z } from 'zod';
import { defineRecord, type IssueSink } from './internal/defineRecord';
import { fields } from './internal/fieldKinds';
import { mergeAttributes } from './internal/mergeAttributes';
import { provenanceShape } from './internal/provenanceShape';

/** Fields that describe individual customers only. @internal */
const INDIVIDUAL_FIELDS = ['family', 'career', 'motivation', 'personalityType', 'lifestyle', 'beliefs'] as const;
/** Fields that describe enterprise customers only. @internal */
const ENTERPRISE_FIELDS = ['businessStatus', 'keyContact'] as const;

const customerSpec = {
  /** The customer code of the master file (the `customerId` of transactions): a string, or an integer as a string. */
  customerId: fields.id(),
  /** Name of the person or company. */
  name: fields.optionalText(),
  /** `'individual'` (a person; also read from `'person'`) or `'enterprise'` (also `'company'`, `'business'`). */
  kind: fields.optionalEnum(['individual', 'enterprise'], {
    person: 'individual',
    company: 'enterprise',
    business: 'enterprise',
  }),
  /** Customer type as the company groups its customers (e.g. `'dealer'`, `'manufacturer'`, `'intermediary'`). */
  customerType: fields.optionalText(),
  /** Main (registered) address. */
  address: fields.optionalText(),
  /** Delivery address. */
  deliveryAddress: fields.optionalText(),
  /** Invoice address. */
  invoiceAddress: fields.optionalText(),
  /** Postcode, as text (leading zeros kept when given as a string). */
  postcode: fields.optionalText(),
  /** Tax identification number. */
  taxId: fields.optionalText(),
  /** Credit (sales) limit in major units, ≥ 0, as a decimal string. */
  creditLimit: fields.optionalNonNegativeAmount(),
  /** Credit rating or standing as the company records it (e.g. `'A'`, `'watch'`). */
  creditRating: fields.optionalText(),
  /** Payment record: number of invoices issued to the customer, an integer ≥ 0. */
  invoicesIssued: fields.optionalCount(),
  /** Payment record: number of those invoices paid late, an integer ≥ 0 and at most `invoicesIssued`. */
  invoicesPaidLate: fields.optionalCount(),
  /** Code of the responsible sales representative. */
  salesRepCode: fields.optionalText(),
  /** Commission code. */
  commissionCode: fields.optionalText(),
  /** ISO 4217 code of the money fields (upper case). */
  currency: fields.optionalCurrency(),
  /** Date the customer was acquired, `'yyyy-mm-dd'`. */
  acquisitionDate: fields.optionalDate(),
  /** Channel through which the customer was acquired (free text, a grouping key). */
  acquisitionChannel: fields.optionalText(),
  /** Cost of acquiring the customer in major units, ≥ 0, as a decimal string (for CLV minus acquisition cost). */
  acquisitionCost: fields.optionalNonNegativeAmount(),
  /** Individuals: family situation (e.g. `'married, 2 children'`). */
  family: fields.optionalText(),
  /** Individuals: occupation and career. */
  career: fields.optionalText(),
  /** Individuals: purchase motivation. */
  motivation: fields.optionalText(),
  /**
   * Individuals: personality type as recorded by staff (source 003): `'expressive'`, `'driver'`,
   * `'analytical'` or `'amiable'`. Carried as a grouping key, never inferred.
   */
  personalityType: fields.optionalEnum(['expressive', 'driver', 'analytical', 'amiable']),
  /** Individuals: lifestyle. */
  lifestyle: fields.optionalText(),
  /** Individuals: beliefs and attitudes. */
  beliefs: fields.optionalText(),
  /** Enterprises: business status (e.g. `'active'`, `'expanding'`, `'in administration'`). */
  businessStatus: fields.optionalText(),
  /** Enterprises: the key contact person. */
  keyContact: fields.optionalText(),
  ...provenanceShape,
};

/** Cross-field rules of a customer. @internal */
function checkCustomer(out: Record<string, unknown>, extras: Record<string, unknown> | undefined, sink: IssueSink): void {
  mergeAttributes(out, extras);
  const kind = out['kind'];
  const wrong = kind === 'enterprise' ? INDIVIDUAL_FIELDS : kind === 'individual' ? ENTERPRISE_FIELDS : [];
  const owner = kind === 'enterprise' ? 'individual' : 'enterprise';
  for (const key of wrong) {
    if (out[key] !== undefined) {
      sink.addIssue({ code: 'custom', path: [key], message: `is for ${owner} customers only (kind is "${String(kind)}")`, input: out[key] });
    }
  }
  const issued = out['invoicesIssued'];
  const late = out['invoicesPaidLate'];
  if (typeof issued === 'number' && typeof late === 'number' && late > issued) {
    sink.addIssue({ code: 'custom', path: ['invoicesPaidLate'], message: `must be at most \`invoicesIssued\` (${issued})`, input: late });
  }
}

/** The customer record's schema and fast parser. @internal */
export const customerRecord = defineRecord(customerSpec, checkCustomer);

/**
 * The zod schema of one {@link Customer}: a row of the customer master file, for individuals and
 * enterprises alike.
 *
 * @remarks
 * Only `customerId` is required. Dates, amounts, identifiers, blank cells and unknown columns follow the
 * conventions of {@link transactionSchema}. Cross-field rules: the individual sections (`family`,
 * `career`, `motivation`, `personalityType`, `lifestyle`, `beliefs`) are refused when `kind` is
 * `'enterprise'`, the enterprise sections (`businessStatus`, `keyContact`) when `kind` is `'individual'`
 * (without a `kind`, both are accepted), and `invoicesPaidLate` may not exceed `invoicesIssued`.
 *
 * The fields follow the customer information model of the source documents: the master file of source 002
 * (code, name, addresses, postcode, tax id, payment and credit record, credit limit, sales-rep and
 * commission codes, customer type), acquisition date, channel and cost, and the basic, psychological and
 * enterprise information of source 001.
 *
 * @example
 * ```ts
 * customerSchema.parse({ customerId: 'C-9', kind: 'Company', keyContact: 'Li Wei', creditLimit: 5000 });
 * // { customerId: 'C-9', kind: 'enterprise', creditLimit: '5000', keyContact: 'Li Wei' }
 * customerSchema.safeParse({ customerId: 'C-9', kind: 'enterprise', personalityType: 'driver' }).success; // false
 * ```
 */
export const customerSchema = customerRecord.schema;

/**
 * A customer as the customer master file knows them: identity, addresses, credit, responsible staff,
 * acquisition, and for individuals their family, career and psychographics, for enterprises their
 * business status and key contact. The output of {@link customerSchema} and {@link parseCustomers}.
 */
export type Customer = z.output<typeof customerSchema>;

/** A row that {@link customerSchema} accepts (before normalisation); unknown columns are allowed. */
export type CustomerInput = z.input<typeof customerSchema>;
