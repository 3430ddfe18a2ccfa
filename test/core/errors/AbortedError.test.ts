/** AbortedError: code ABORTED, the brand, and a message that names the function and the signal's reason. */
import { describe, expect, it } from 'vitest';
import { AbortedError } from '../../../src/core/errors/AbortedError';
import { isClienteleError } from '../../../src/core/errors/isClienteleError';

describe('AbortedError', () => {
  it('carries code ABORTED, the function, the argument and the reason', () => {
    const e = new AbortedError('fitModel', 'stopped by the caller');
    expect(isClienteleError(e)).toBe(true);
    expect(e.code).toBe('ABORTED');
    expect(e.name).toBe('AbortedError');
    expect(e.fn).toBe('fitModel');
    expect(e.argument).toBe('options.signal');
    expect(e.value).toBe('stopped by the caller');
    expect(e.message).toBe('`fitModel`: aborted by `options.signal`: stopped by the caller');
  });
  it("takes the message of an Error reason, and says nothing more for an empty one", () => {
    const controller = new AbortController();
    controller.abort();
    expect(new AbortedError('fitModel', controller.signal.reason).message).toBe('`fitModel`: aborted by `options.signal`: This operation was aborted');
    expect(new AbortedError('f', undefined).message).toBe('`f`: aborted by `options.signal`');
  });
});
