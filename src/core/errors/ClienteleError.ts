/**
 * The stable machine-readable codes of every error clientele throws.
 *
 * - `INVALID_ARGUMENT`: an argument breaks a documented rule (type, range, shape).
 * - `EMPTY_INPUT`: a computation needs at least one element (or one usable record) and got none.
 * - `NOT_CONVERGED`: an iterative method stopped before its tolerance (thrown only when `strict`).
 * - `UNIT_MISMATCH`: durations, rates or currencies with incompatible units were combined.
 * - `UNDEFINED_RESULT`: the inputs are valid but the quantity asked for does not exist for them.
 * - `ABORTED`: the caller stopped a long computation through its `AbortSignal`; no result was produced.
 * - `ALL_ROWS_REJECTED`: every input record was rejected (wrong field names, unreadable values), so
 *   nothing can be computed; the message names the first reasons.
 */
export type ClienteleErrorCode =
  | 'INVALID_ARGUMENT'
  | 'EMPTY_INPUT'
  | 'NOT_CONVERGED'
  | 'UNIT_MISMATCH'
  | 'UNDEFINED_RESULT'
  | 'ABORTED'
  | 'ALL_ROWS_REJECTED';

/** The brand that marks clientele errors; shared across ESM and CJS copies through the global symbol registry. */
export const CLIENTELE_ERROR_BRAND: unique symbol = Symbol.for('clientele.error') as never;

/** What an error says about the call that failed: the function, the argument, the rule and the value. */
export interface ClienteleErrorDetails {
  /** Name of the public function that rejected the call, e.g. `nps`. */
  readonly fn: string;
  /** Path of the offending argument, e.g. `scores[3]`; absent when the error is not about one argument. */
  readonly argument?: string;
  /** The rule the argument breaks, e.g. `must be an integer 0-10`. */
  readonly rule?: string;
  /** The offending value (kept as given, for logging). */
  readonly value?: unknown;
}

/**
 * Base class of every error clientele throws. Recognise it with {@link isClienteleError}, not
 * `instanceof`, which fails when ESM and CJS copies of the package meet.
 *
 * @remarks
 * Errors are data: `code` is stable across versions, `fn`, `argument`, `rule` and `value` say what was
 * wrong, and the message is built from them as `` `fn`: `argument` rule, got value ``.
 *
 * @example
 * ```ts
 * try {
 *   nps([10, 11]);
 * } catch (e) {
 *   if (isClienteleError(e)) console.log(e.code); // 'INVALID_ARGUMENT'
 * }
 * ```
 */
export class ClienteleError extends Error {
  /** Brand checked by {@link isClienteleError}. */
  readonly [CLIENTELE_ERROR_BRAND] = true as const;
  /** Stable machine-readable code. */
  readonly code: ClienteleErrorCode;
  /** The function that threw. */
  readonly fn: string;
  /** The offending argument path, when there is one. */
  readonly argument: string | undefined;
  /** The rule that was broken, when there is one. */
  readonly rule: string | undefined;
  /** The offending value, when there is one. */
  readonly value: unknown;

  constructor(code: ClienteleErrorCode, message: string, details: ClienteleErrorDetails) {
    super(message);
    this.name = 'ClienteleError';
    this.code = code;
    this.fn = details.fn;
    this.argument = details.argument;
    this.rule = details.rule;
    this.value = details.value;
  }
}
