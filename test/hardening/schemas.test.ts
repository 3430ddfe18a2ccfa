// Issue 12, item 9: the exported zod schemas and the parsers agree on rows whose fields are inherited
// (from a prototype) rather than own: both read own properties only, so a row whose required fields are
// inherited is rejected by both, and an inherited optional field is ignored by both.
import { describe, expect, it } from 'vitest';
import { customerSchema } from '../../src/schemas/customerSchema';
import { incidentSchema } from '../../src/schemas/incidentSchema';
import { interactionSchema } from '../../src/schemas/interactionSchema';
import { surveyResponseSchema } from '../../src/schemas/surveyResponseSchema';
import { transactionSchema } from '../../src/schemas/transactionSchema';
import { parseCustomers } from '../../src/schemas/parseCustomers';
import { parseIncidents } from '../../src/schemas/parseIncidents';
import { parseInteractions } from '../../src/schemas/parseInteractions';
import { parseSurveyResponses } from '../../src/schemas/parseSurveyResponses';
import { parseTransactions } from '../../src/schemas/parseTransactions';

type Schema = { safeParse(row: unknown): { success: boolean; data?: unknown } };
type Parser = (rows: readonly unknown[]) => { records: readonly unknown[]; rejected: readonly unknown[] };

const cases: [string, Schema, Parser, Record<string, unknown>][] = [
  ['transaction', transactionSchema, parseTransactions, { customerId: 'a', date: '2020-01-01', amount: '10.00' }],
  ['customer', customerSchema, parseCustomers, { customerId: 'a' }],
  ['incident', incidentSchema, parseIncidents, { customerId: 'a', date: '2020-01-01' }],
  ['interaction', interactionSchema, parseInteractions, { customerId: 'a', date: '2020-01-01' }],
  ['survey response', surveyResponseSchema, parseSurveyResponses, { respondentId: 'r1', q1: 7 }],
];

describe.each(cases)('%s: schema and parser agree on inherited properties', (_name, schema, parse, row) => {
  it('required fields inherited from a prototype are missing for both', () => {
    const inherited = Object.create(row) as Record<string, unknown>;
    expect(parse([inherited]).rejected).toHaveLength(1);
    expect(schema.safeParse(inherited).success).toBe(false);
  });

  it('own fields pass both, and an inherited extra field is ignored by both', () => {
    const own = Object.assign(Object.create({ inheritedColumn: 'x' }) as Record<string, unknown>, row);
    const viaSchema = schema.safeParse(own);
    const viaParser = parse([own]);
    expect(viaSchema.success).toBe(true);
    expect(viaParser.rejected).toHaveLength(0);
    expect(viaSchema.data).toEqual(viaParser.records[0]);
    expect(JSON.stringify(viaSchema.data)).not.toContain('inheritedColumn');
  });
});
