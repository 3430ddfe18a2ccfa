import type { z } from 'zod';
import { defineRecord } from './internal/defineRecord';
import { fields } from './internal/fieldKinds';
import { mergeAttributes } from './internal/mergeAttributes';
import { provenanceShape } from './internal/provenanceShape';

const incidentSpec = {
  /** Identifier of the incident or complaint ticket. */
  incidentId: fields.optionalId(),
  /** The customer affected. */
  customerId: fields.id(),
  /** Calendar date the incident was opened (reported), `'yyyy-mm-dd'`. */
  date: fields.date(),
  /**
   * What happened: `'complaint'`, `'quality'` (a defect), `'stock-out'` (source 000's "adequate supply"),
   * `'delivery'`, `'service'`, `'billing'` or `'other'`. Read case-insensitively.
   */
  kind: fields.optionalEnum(['complaint', 'quality', 'stock-out', 'delivery', 'service', 'billing', 'other']),
  /** Severity, ordered `'low'` < `'medium'` < `'high'` < `'critical'`. Read case-insensitively. */
  severity: fields.optionalEnum(['low', 'medium', 'high', 'critical']),
  /** Order concerned. */
  orderId: fields.optionalId(),
  /** Calendar date the incident was resolved, `'yyyy-mm-dd'`, not before `date`; absent while open. */
  resolvedDate: fields.optionalDate(),
  /** The customer's satisfaction with the resolution, a finite number on the caller's survey scale. */
  resolutionSatisfaction: fields.optionalNumber(),
  /** Free-text description. */
  description: fields.optionalText(),
  ...provenanceShape,
};

/** The incident record's schema and fast parser. @internal */
export const incidentRecord = defineRecord(incidentSpec, (out, extras, sink) => {
  mergeAttributes(out, extras);
  const opened = out['date'] as string;
  const resolved = out['resolvedDate'];
  if (typeof resolved === 'string' && resolved < opened) {
    sink.addIssue({ code: 'custom', path: ['resolvedDate'], message: `must not be before \`date\` (${opened})`, input: resolved });
  }
});

/**
 * The zod schema of one {@link Incident}: a complaint or quality incident.
 *
 * @remarks
 * `customerId` and `date` are required; the conventions of {@link transactionSchema} apply; `resolvedDate`
 * may not precede `date` (ISO dates compare as strings). Incidents feed complaint metrics and defect
 * tolerance (repurchase after an incident by severity and resolution speed).
 *
 * @example
 * ```ts
 * incidentSchema.parse({ customerId: 8, date: '2024-03-01', kind: 'Stock out', severity: 'HIGH', resolvedDate: '20240304' });
 * // { customerId: '8', date: '2024-03-01', kind: 'stock-out', severity: 'high', resolvedDate: '2024-03-04' }
 * ```
 */
export const incidentSchema = incidentRecord.schema;

/**
 * A complaint or quality incident: when it was opened, what kind and how severe, when it was resolved and
 * how satisfied the customer was with the resolution. The output of {@link incidentSchema} and
 * {@link parseIncidents}.
 */
export type Incident = z.output<typeof incidentSchema>;

/** A row that {@link incidentSchema} accepts (before normalisation); unknown columns are allowed. */
export type IncidentInput = z.input<typeof incidentSchema>;
