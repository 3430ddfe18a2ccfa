import type { z } from 'zod';
import { defineRecord, type IssueSink } from './internal/defineRecord';
import { fields, type FieldSpec } from './internal/fieldKinds';
import { mergeAttributes } from './internal/mergeAttributes';
import { normalizeDecimal } from './internal/normalizeDecimal';
import { provenanceShape } from './internal/provenanceShape';
import { setOwn } from './internal/setOwn';

/** One answer to one survey item: a number (scores, numeric strings are read as numbers), a text or a flag. */
export type SurveyAnswer = number | string | boolean;

const surveySpec = {
  /** The respondent: a customer code, or the id of a past or potential customer. */
  respondentId: fields.id(),
  /** Calendar date of the response, `'yyyy-mm-dd'`. */
  date: fields.optionalDate(),
  /** Survey wave or round (e.g. `'2024-Q1'`), for tracking across waves. */
  wave: fields.optionalText(),
  /**
   * Survey mode (source 002): `'interview'` (in-depth), `'focus-group'`, `'telephone'`, `'mail'` or
   * `'online'`. Focus-group answers are not for projection to the population.
   */
  mode: fields.optionalEnum(['interview', 'focus-group', 'telephone', 'mail', 'online']),
  /** Which population the respondent was drawn from (source 002): `'current'`, `'past'` or `'potential'` customers. */
  population: fields.optionalEnum(['current', 'past', 'potential']),
  /** Sampling stratum (customer size, sales volume, region, industry, ...). */
  stratum: fields.optionalText(),
  /**
   * Answers by item (item name → answer). Given as an object in the row, or, in a wide row, as one column
   * per item. Blank answers are left out; numeric strings become numbers. At least one answer.
   */
  answers: fields.optionalAttributes() as unknown as FieldSpec<Record<string, SurveyAnswer>, Record<string, unknown>, false>,
  ...provenanceShape,
};

/** The known fields of a survey response (the other columns of a wide row are answers). @internal */
export const SURVEY_FIELDS: readonly string[] = Object.keys(surveySpec);

/** Adds the answer `value` of item `key` to `answers` (blanks skipped), or reports why it cannot (`false`). @internal */
function addAnswer(answers: Record<string, SurveyAnswer>, key: string, value: unknown, path: (string | number)[], sink: IssueSink): boolean {
  if (value === undefined || value === null) return true;
  if (typeof value === 'boolean' || (typeof value === 'number' && Number.isFinite(value))) {
    setOwn(answers, key, value);
    return true;
  }
  if (typeof value === 'string') {
    const s = value.trim();
    if (s.length === 0) return true;
    const decimal = normalizeDecimal(s);
    setOwn(answers, key, decimal === undefined ? s : Number(decimal));
    return true;
  }
  sink.addIssue({ code: 'custom', path, message: 'must be a finite number, a string or a boolean', input: value });
  return false;
}

/** Builds the answers (from the `answers` object or the extra columns) and checks them. @internal */
function finishSurvey(out: Record<string, unknown>, extras: Record<string, unknown> | undefined, sink: IssueSink): void {
  const answers: Record<string, SurveyAnswer> = {};
  const given = out['answers'] as Record<string, unknown> | undefined;
  let valid = true;
  if (given !== undefined) {
    for (const key of Object.keys(given)) valid = addAnswer(answers, key, given[key], ['answers', key], sink) && valid;
    mergeAttributes(out, extras);
  } else if (extras !== undefined) {
    for (const key of Object.keys(extras)) valid = addAnswer(answers, key, extras[key], [key], sink) && valid;
  }
  if (valid && Object.keys(answers).length === 0) {
    sink.addIssue({ code: 'custom', path: ['answers'], message: 'must hold at least one answer', input: given });
  }
  out['answers'] = answers;
}

/** The survey response record's schema and fast parser. @internal */
export const surveyResponseRecord = defineRecord(surveySpec, finishSurvey);

type SurveyFields = z.output<typeof surveyResponseRecord.schema>;
/** The survey record type: `answers` always present. @internal */
type SurveyOutput = { [K in keyof SurveyFields]: K extends 'answers' ? Record<string, SurveyAnswer> : SurveyFields[K] } & {
  answers: Record<string, SurveyAnswer>;
};

/**
 * The zod schema of one {@link SurveyResponse}: one respondent's answers to a questionnaire.
 *
 * @remarks
 * `respondentId` and at least one answer are required; the conventions of {@link transactionSchema}
 * apply to the other fields. Answers come either as an `answers` object (item → answer; the unknown
 * columns then go to `attributes`) or, in a wide row as survey tools export it, as every column that is
 * not a known field. Blank answers (item non-response) are left out, numeric strings become numbers
 * (`' 7 '` → 7), other strings are kept trimmed; objects and non-finite numbers are refused. To keep
 * non-item columns of wide rows out of the answers, list the items with the `items` option of
 * {@link parseSurveyResponses}.
 *
 * @example
 * ```ts
 * surveyResponseSchema.parse({ respondentId: 12, date: '2024-06-30', q1: '9', q2: 7, q3: '' });
 * // { respondentId: '12', date: '2024-06-30', answers: { q1: 9, q2: 7 } }
 * ```
 */
export const surveyResponseSchema = surveyResponseRecord.schema as unknown as z.ZodType<
  SurveyOutput,
  z.input<typeof surveyResponseRecord.schema>
>;

/**
 * One survey response: who answered, when, in which wave, mode, population and stratum, and the answers
 * by item. The output of {@link surveyResponseSchema} and {@link parseSurveyResponses}.
 */
export type SurveyResponse = z.output<typeof surveyResponseSchema>;

/** A row that {@link surveyResponseSchema} accepts (before normalisation); unknown columns are allowed. */
export type SurveyResponseInput = z.input<typeof surveyResponseSchema>;
