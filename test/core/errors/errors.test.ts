import { describe, expect, it } from 'vitest';
import {
  ClienteleError,
  EmptyInputError,
  InvalidArgumentError,
  isClienteleError,
  NotConvergedError,
  UndefinedResultError,
  UnitMismatchError,
} from '../../../src/core/errors/index';

describe('error family', () => {
  it('builds messages that name the function, argument, rule and value', () => {
    expect(new InvalidArgumentError('nps', 'scores[3]', 'must be an integer 0-10', 11).message).toMatchInlineSnapshot(
      `"\`nps\`: \`scores[3]\` must be an integer 0-10, got 11"`,
    );
    expect(new InvalidArgumentError('parse', 'rows[2].date', 'must be a date', 'x'.repeat(70)).message).toMatchInlineSnapshot(
      `"\`parse\`: \`rows[2].date\` must be a date, got "xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx...""`,
    );
    expect(new EmptyInputError('nps', 'scores').message).toMatchInlineSnapshot(`"\`nps\`: \`scores\` must not be empty"`);
    expect(new NotConvergedError('fitModel', 'stopped after 500 iterations').message).toMatchInlineSnapshot(
      `"\`fitModel\`: did not converge: stopped after 500 iterations"`,
    );
    expect(new UnitMismatchError('clv', 'horizon', 'must be in weeks', 'month').message).toMatchInlineSnapshot(
      `"\`clv\`: \`horizon\` must be in weeks, got "month""`,
    );
    expect(new UndefinedResultError('satisfactionIndex', 'weights must be positive').message).toMatchInlineSnapshot(
      `"\`satisfactionIndex\`: undefined result: weights must be positive"`,
    );
  });

  it('renders awkward values readably', () => {
    const m = (v: unknown) => new InvalidArgumentError('f', 'a', 'must be x', v).message.replace('`f`: `a` must be x, got ', '');
    expect(m(Number.NaN)).toBe('NaN');
    expect(m(-0)).toBe('-0');
    expect(m(undefined)).toBe('undefined');
    expect(m(null)).toBe('null');
    expect(m(10n)).toBe('10n');
    expect(m(new Date(Number.NaN))).toBe('Invalid Date');
    expect(m(new Date(Date.UTC(2024, 0, 31)))).toBe('2024-01-31T00:00:00.000Z');
    expect(m([1, 2])).toBe('[1,2]');
    expect(m(() => 1)).toBe('a function');
    const cyclic: { self?: unknown } = {};
    cyclic.self = cyclic;
    expect(m(cyclic)).toBe('[object Object]');
  });

  it('carries stable codes and structured details', () => {
    const e = new InvalidArgumentError('nps', 'scores[3]', 'must be an integer 0-10', 11);
    expect(e.code).toBe('INVALID_ARGUMENT');
    expect(e).toMatchObject({ fn: 'nps', argument: 'scores[3]', rule: 'must be an integer 0-10', value: 11 });
    expect(new EmptyInputError('f', 'x').code).toBe('EMPTY_INPUT');
    expect(new NotConvergedError('f', 'r').code).toBe('NOT_CONVERGED');
    expect(new UnitMismatchError('f', 'a', 'r', 1).code).toBe('UNIT_MISMATCH');
    expect(new UndefinedResultError('f', 'r').code).toBe('UNDEFINED_RESULT');
    expect(e).toBeInstanceOf(ClienteleError);
    expect(e).toBeInstanceOf(Error);
    expect(e.name).toBe('InvalidArgumentError');
  });

  it('is recognised by its brand, also across package copies', () => {
    expect(isClienteleError(new EmptyInputError('f', 'x'))).toBe(true);
    expect(isClienteleError(new Error('x'))).toBe(false);
    expect(isClienteleError(null)).toBe(false);
    expect(isClienteleError('INVALID_ARGUMENT')).toBe(false);
    // an error made by another copy of the package carries the same global-registry symbol
    const foreign = Object.assign(new Error('x'), { [Symbol.for('clientele.error')]: true, code: 'EMPTY_INPUT' });
    expect(isClienteleError(foreign)).toBe(true);
  });
});
