import { describe, expect, it } from 'vitest';
import { parseSurveyResponses } from '../../src/schemas/parseSurveyResponses';
import { surveyResponseSchema } from '../../src/schemas/surveyResponseSchema';
import { deepFreeze } from './helpers';

describe('parseSurveyResponses', () => {
  it('wide rows: unknown columns are answers, numeric strings become numbers, blanks are left out', () => {
    const rows = deepFreeze([
      { respondentId: 12, date: '2024-06-30', wave: 'W1', mode: 'Focus group', population: 'past', stratum: 'north', q1: '9', q2: 7, q3: '', q4: 'good', q5: true },
    ]);
    const { records } = parseSurveyResponses(rows);
    expect(records).toEqual([
      { respondentId: '12', date: '2024-06-30', wave: 'W1', mode: 'focus-group', population: 'past', stratum: 'north', answers: { q1: 9, q2: 7, q4: 'good', q5: true } },
    ]);
    expect(surveyResponseSchema.parse(rows[0])).toEqual(records[0]);
  });

  it('an answers object keeps other columns as attributes; bad answers name their path', () => {
    const rows = deepFreeze([
      { respondentId: 'r', answers: { a: ' 3.5 ', b: null }, region: 'N' },
      { respondentId: 'r', answers: { a: {} } },
      { respondentId: 'r', q1: Number.NaN },
      { respondentId: 'r', q1: ' ' },
    ]);
    const { records, rejected } = parseSurveyResponses(rows);
    expect(records).toEqual([{ respondentId: 'r', answers: { a: 3.5 }, attributes: { region: 'N' } }]);
    expect(rejected.map((r) => r.reasons.map((x) => `${x.path}: ${x.rule}`))).toEqual([
      ['answers.a: must be a finite number, a string or a boolean'],
      ['q1: must be a finite number, a string or a boolean'],
      ['answers: must hold at least one answer'],
    ]);
    for (const r of rejected) expect(surveyResponseSchema.safeParse(r.row).success).toBe(false);
  });

  it('items: only the listed columns are answers', () => {
    const rows = deepFreeze([{ respondentId: 1, q1: '9', q2: 'very good', region: 'North', attributes: { a: 1 } }]);
    const { records } = parseSurveyResponses(rows, { items: ['q1', 'q2'] });
    expect(records).toEqual([{ respondentId: '1', answers: { q1: 9, q2: 'very good' }, attributes: { a: 1, region: 'North' } }]);
    expect(() => parseSurveyResponses([], { items: 'q1' as never })).toThrowError(/`options.items` must be an array of column names/);
  });
});
