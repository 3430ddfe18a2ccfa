import { InvalidArgumentError } from '../core/errors/InvalidArgumentError';
import { isPlainObject } from './internal/attributesField';
import { parseRows } from './internal/parseRows';
import { setOwn } from './internal/setOwn';
import type { SurveyResponse } from './surveyResponseSchema';
import { SURVEY_FIELDS, surveyResponseRecord } from './surveyResponseSchema';
import type { ParseResult, SurveyParseOptions } from './types';

/**
 * Reads survey rows into {@link SurveyResponse} records, and reports every row it cannot read with its
 * index and reasons.
 *
 * @remarks
 * Each row is read by the rules of {@link surveyResponseSchema}: `respondentId` and at least one answer
 * are required; answers come from an `answers` object or, in wide rows, from the columns that are not
 * known fields. With `items`, only the listed columns of a wide row are answers and the other unknown
 * columns go to `attributes` (the row is copied for this, never modified). A reason about an answer of a
 * wide row names its column (`q7`); of an `answers` object, its path (`answers.q7`). O(rows × columns).
 *
 * @param rows - The rows: objects keyed by column name.
 * @param options - `dateObjects`, a default `source`, and the answer columns `items`.
 * @returns `{ records, rejected }`, see {@link ParseResult}.
 * @throws `INVALID_ARGUMENT` when `rows` is not an array, `options.items` is not an array of strings,
 *   `options.dateObjects` is not `'utc'` or `'local'`, or `options.source` is not a {@link DataSource}.
 * @example
 * ```ts
 * const { records, rejected } = parseSurveyResponses(
 *   [
 *     { respondentId: 1, q1: '9', q2: 'very good', region: 'North' },
 *     { respondentId: 2, q1: '', q2: '' },
 *   ],
 *   { items: ['q1', 'q2'] },
 * );
 * records; // [{ respondentId: '1', answers: { q1: 9, q2: 'very good' }, attributes: { region: 'North' } }]
 * rejected[0].reasons[0].message; // '`answers` must hold at least one answer, got undefined'
 * ```
 */
export function parseSurveyResponses(rows: readonly unknown[], options?: SurveyParseOptions): ParseResult<SurveyResponse> {
  const fn = 'parseSurveyResponses';
  const items = options?.items;
  if (items !== undefined && (!Array.isArray(items) || items.some((item) => typeof item !== 'string'))) {
    throw new InvalidArgumentError(fn, 'options.items', 'must be an array of column names', items);
  }
  const prepare = items === undefined ? undefined : splitItems(new Set(items));
  return parseRows(
    fn,
    rows,
    options,
    surveyResponseRecord.parseRow as (row: unknown) => SurveyResponse | ReturnType<typeof surveyResponseRecord.parseRow>,
    ['date'],
    prepare,
  ) as ParseResult<SurveyResponse>;
}

/** A row preparer that moves the unknown non-item columns of a wide row into `attributes`. @internal */
function splitItems(items: ReadonlySet<string>): (row: unknown) => unknown {
  const known = new Set(SURVEY_FIELDS);
  return (row) => {
    if (!isPlainObject(row) || row['answers'] !== undefined) return row;
    if (row['attributes'] !== undefined && row['attributes'] !== null && !isPlainObject(row['attributes'])) return row;
    const copy: Record<string, unknown> = {};
    let attributes: Record<string, unknown> | undefined;
    for (const key of Object.keys(row)) {
      if (known.has(key) || items.has(key)) setOwn(copy, key, row[key]);
      else setOwn((attributes ??= isPlainObject(row['attributes']) ? { ...row['attributes'] } : {}), key, row[key]);
    }
    if (attributes !== undefined) copy['attributes'] = attributes;
    return copy;
  };
}
