// Reference values: hand counts; Wilson (1927) intervals cross-checked against csat's Wilson interval.
import { describe, expect, it } from 'vitest';
import { csat } from '../../src/satisfaction/csat';
import { responseRates } from '../../src/satisfaction/responseRates';

const contacts = [
  { mode: 'mail', stratum: 'small', responded: true },
  { mode: 'mail', stratum: 'large', responded: false },
  { mode: 'telephone', stratum: 'large', responded: true },
  { mode: 'focus-group', responded: true },
];

describe('responseRates', () => {
  it('rates overall, per mode, per stratum and per pair; focus groups are not projectable', () => {
    const r = responseRates(contacts);
    expect(r.overall).toMatchObject({ contacted: 4, responded: 3, rate: 0.75 });
    expect(r.projectable).toMatchObject({ contacted: 3, responded: 2 });
    expect(r.byMode.map((m) => [m.mode, m.rate, m.projectable])).toEqual([
      ['focus-group', 1, false],
      ['mail', 0.5, true],
      ['telephone', 1, true],
    ]);
    expect(r.byStratum.map((s) => [s.stratum, s.contacted, s.responded])).toEqual([
      ['large', 2, 1],
      ['small', 1, 1],
    ]);
    expect(r.byModeAndStratum.map((c) => `${c.mode}/${c.stratum}`)).toEqual(['mail/large', 'mail/small', 'telephone/large']);
  });

  it('Wilson intervals agree with csat on the same counts', () => {
    const r = responseRates(contacts, { confidenceLevel: 0.9 });
    const c = csat([5, 5, 5, 1], { confidenceLevel: 0.9 });
    expect(r.overall.interval.lower).toBeCloseTo(c.wilson.lower, 14);
    expect(r.overall.interval.upper).toBeCloseTo(c.wilson.upper, 14);
  });

  it('errors', () => {
    expect(() => responseRates([])).toThrow(/must not be empty/);
    expect(() => responseRates([{ mode: 'mail', responded: 'yes' as unknown as boolean }])).toThrowErrorMatchingInlineSnapshot(`[InvalidArgumentError: \`responseRates\`: \`contacts[0].responded\` must be true or false, got "yes"]`);
  });
});
