import type { ClienteleError } from './ClienteleError';
import { EmptyInputError } from './EmptyInputError';
import { InvalidArgumentError } from './InvalidArgumentError';
import { NotConvergedError } from './NotConvergedError';
import { UndefinedResultError } from './UndefinedResultError';
import { UnitMismatchError } from './UnitMismatchError';

/**
 * The same error, said by the public function `fn` that delegated the work (and about `argument`, when
 * given), so that a caller of `bootstrapPlsPathModel` is not told about `plsPathModel`. @internal
 */
export function restateError(error: ClienteleError, fn: string, argument: string | undefined = error.argument): ClienteleError {
  const rule = error.rule ?? 'is invalid';
  switch (error.code) {
    case 'INVALID_ARGUMENT':
      return new InvalidArgumentError(fn, argument ?? 'arguments', rule, error.value);
    case 'EMPTY_INPUT':
      return new EmptyInputError(fn, argument ?? 'data', rule);
    case 'UNIT_MISMATCH':
      return new UnitMismatchError(fn, argument ?? 'arguments', rule, error.value);
    case 'UNDEFINED_RESULT':
      return new UndefinedResultError(fn, rule, error.value);
    case 'NOT_CONVERGED':
      return new NotConvergedError(fn, typeof error.value === 'string' ? error.value : rule);
    default:
      // ABORTED and ALL_ROWS_REJECTED say what the caller did or gave, whoever reports them.
      return error;
  }
}
