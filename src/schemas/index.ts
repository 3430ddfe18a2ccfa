/**
 * `clientele/schemas`: the records a company keeps about its customers (transactions, the customer master
 * file, contacts and investments, incidents, survey responses) as zod schemas and inferred types, and
 * parsers that read CSV or CRM rows into them, reporting every rejected row with its index and reasons.
 * The only area that loads zod.
 *
 * @packageDocumentation
 */
export { customerSchema } from './customerSchema';
export type { Customer, CustomerInput } from './customerSchema';
export { dataSourceKinds } from './dataSourceKinds';
export type { DataSource } from './dataSourceKinds';
export { incidentSchema } from './incidentSchema';
export type { Incident, IncidentInput } from './incidentSchema';
export { interactionSchema } from './interactionSchema';
export type { Interaction, InteractionInput } from './interactionSchema';
export type { BooleanInput, DateInput, DecimalInput, IdInput, TextInput } from './internal/fieldKinds';
export { parseCustomers } from './parseCustomers';
export { parseIncidents } from './parseIncidents';
export { parseInteractions } from './parseInteractions';
export { parseSurveyResponses } from './parseSurveyResponses';
export { parseTransactions } from './parseTransactions';
export { surveyResponseSchema } from './surveyResponseSchema';
export type { SurveyAnswer, SurveyResponse, SurveyResponseInput } from './surveyResponseSchema';
export { transactionSchema } from './transactionSchema';
export type { Transaction, TransactionInput } from './transactionSchema';
export type { ParseOptions, ParseResult, RejectedRow, RejectionReason, SurveyParseOptions } from './types';
