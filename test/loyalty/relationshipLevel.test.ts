import { describe, expect, it } from 'vitest';
import { relationshipLevel } from '../../src/loyalty/relationshipLevel';

describe('relationshipLevel', () => {
  it("reproduces every cell of Kotler's table", () => {
    const table = {
      many: { high: 'accountable', medium: 'reactive', low: 'basic' },
      medium: { high: 'proactive', medium: 'accountable', low: 'reactive' },
      few: { high: 'partnership', medium: 'proactive', low: 'accountable' },
    } as const;
    for (const customers of ['many', 'medium', 'few'] as const) {
      for (const unitMargin of ['high', 'medium', 'low'] as const) {
        expect(relationshipLevel({ customers, unitMargin }).level).toBe(table[customers][unitMargin]);
      }
    }
    expect(relationshipLevel({ customers: 'many', unitMargin: 'low' }).alternatives).toEqual(['reactive']);
  });

  it('bands numbers by the given cut-offs (lower bound exclusive, upper inclusive)', () => {
    const options = { customerCutoffs: { few: 100, many: 10_000 }, marginCutoffs: { low: 0.1, high: 0.3 } };
    expect(relationshipLevel({ customers: 99, unitMargin: 0.3 }, options)).toMatchObject({ customerBand: 'few', marginBand: 'high', level: 'partnership' });
    expect(relationshipLevel({ customers: 100, unitMargin: 0.1 }, options)).toMatchObject({ customerBand: 'medium', marginBand: 'medium', level: 'accountable' });
    expect(relationshipLevel({ customers: 10_000, unitMargin: 0.0999 }, options)).toMatchObject({ customerBand: 'many', marginBand: 'low', level: 'basic' });
  });

  it('asks for cut-offs with numbers and names bad bands', () => {
    expect(() => relationshipLevel({ customers: 5, unitMargin: 'high' })).toThrow(/`options\.customerCutoffs` is required for a numeric input/);
    expect(() => relationshipLevel({ customers: 'lots' as never, unitMargin: 'high' })).toThrow(/`input\.customers` must be a number or one of 'few', 'medium', 'many', got "lots"/);
    expect(() => relationshipLevel({ customers: -1, unitMargin: 'high' })).toThrow(/must be a finite number ≥ 0/);
    expect(() => relationshipLevel({ customers: 5, unitMargin: 'high' }, { customerCutoffs: { few: 10, many: 1 } })).toThrow(/few ≤ many/);
  });
});
