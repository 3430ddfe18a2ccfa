import { describe, expectTypeOf, it } from 'vitest';
import type { z } from 'zod';
import {
  parseCustomers,
  parseSurveyResponses,
  parseTransactions,
  transactionSchema,
  type Customer,
  type DataSource,
  type Incident,
  type Interaction,
  type ParseResult,
  type RejectionReason,
  type SurveyAnswer,
  type SurveyResponse,
  type Transaction,
} from '../../src/schemas/index';

describe('schemas types', () => {
  it('Transaction is the exact normalised record', () => {
    expectTypeOf<Transaction>().toEqualTypeOf<{
      customerId: string;
      date: string;
      amount: string;
      currency?: string;
      orderId?: string;
      product?: string;
      quantity?: number;
      channel?: string;
      discount?: string;
      cost?: string;
      margin?: string;
      returned?: boolean;
      source?: DataSource;
      sourceDetail?: string;
      attributes?: Record<string, unknown>;
    }>();
    expectTypeOf<z.output<typeof transactionSchema>>().toEqualTypeOf<Transaction>();
  });

  it('the other records carry their key fields', () => {
    expectTypeOf<Customer['customerId']>().toEqualTypeOf<string>();
    expectTypeOf<Customer['kind']>().toEqualTypeOf<'individual' | 'enterprise' | undefined>();
    expectTypeOf<Customer['personalityType']>().toEqualTypeOf<'expressive' | 'driver' | 'analytical' | 'amiable' | undefined>();
    expectTypeOf<Customer['invoicesIssued']>().toEqualTypeOf<number | undefined>();
    expectTypeOf<Interaction['cost']>().toEqualTypeOf<string | undefined>();
    expectTypeOf<Incident['severity']>().toEqualTypeOf<'low' | 'medium' | 'high' | 'critical' | undefined>();
    expectTypeOf<SurveyResponse['answers']>().toEqualTypeOf<Record<string, SurveyAnswer>>();
    expectTypeOf<SurveyAnswer>().toEqualTypeOf<number | string | boolean>();
  });

  it('parsers take readonly unknown rows and return records with rejected rows', () => {
    expectTypeOf(parseTransactions).parameter(0).toEqualTypeOf<readonly unknown[]>();
    expectTypeOf(parseTransactions).returns.toEqualTypeOf<ParseResult<Transaction>>();
    expectTypeOf(parseCustomers).returns.toEqualTypeOf<ParseResult<Customer>>();
    expectTypeOf(parseSurveyResponses).returns.toEqualTypeOf<ParseResult<SurveyResponse>>();
    expectTypeOf<ParseResult<Transaction>['rejected'][number]['reasons'][number]>().toEqualTypeOf<RejectionReason>();
    expectTypeOf<RejectionReason['path']>().toEqualTypeOf<string>();
  });
});
