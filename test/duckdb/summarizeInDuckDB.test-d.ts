/**
 * Type tests: a real `@duckdb/node-api` connection is a `DuckDBConnectionLike`, the source takes one of
 * three forms, and the results have the shapes clientele's models read.
 */
import type { DuckDBConnection } from '@duckdb/node-api';
import { describe, expectTypeOf, it } from 'vitest';
import type { RfmCustomer } from '../../src/clv/types';
import { histogramInDuckDB } from '../../src/duckdb/histogramInDuckDB';
import { summarizeInDuckDB } from '../../src/duckdb/summarizeInDuckDB';
import type { DuckDBConnectionLike, DuckDBHistogram, DuckDBSummary, DuckDBSummaryOptions } from '../../src/duckdb/types';
import type { WarehouseSummaryOptions } from '../../src/sql/types';

describe('clientele/duckdb types', () => {
  it('accepts a DuckDBConnection and returns promises of the result shapes', () => {
    expectTypeOf<DuckDBConnection>().toExtend<DuckDBConnectionLike>();
    expectTypeOf(summarizeInDuckDB).returns.toEqualTypeOf<Promise<DuckDBSummary>>();
    expectTypeOf(histogramInDuckDB).returns.toEqualTypeOf<Promise<DuckDBHistogram>>();
  });

  it('takes a table, a Parquet or a CSV source', () => {
    expectTypeOf<{ source: { table: 'sales' } }>().toExtend<DuckDBSummaryOptions>();
    expectTypeOf<{ source: { parquet: 'a.parquet' }; unit: 'week' }>().toExtend<DuckDBSummaryOptions>();
    expectTypeOf<{ source: { json: 'a.json' } }>().not.toExtend<DuckDBSummaryOptions>();
    expectTypeOf<{ table: 'sales' }>().not.toExtend<WarehouseSummaryOptions>();
  });

  it('gives histogram rows that fitModel reads as weighted customers', () => {
    expectTypeOf<DuckDBHistogram['rows'][number]>().toExtend<RfmCustomer>();
  });
});
