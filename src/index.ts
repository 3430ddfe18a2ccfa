/**
 * clientele: customer analytics for TypeScript.
 *
 * The root entry re-exports the pure areas (core numerics and errors, and the model areas); the
 * record schemas, exact money, time handling and datasets have their own subpaths so that importing
 * a model never loads zod, decimal.js or date-fns.
 *
 * @packageDocumentation
 */
export {
  ClienteleError,
  CLIENTELE_ERROR_BRAND,
  InvalidArgumentError,
  EmptyInputError,
  NotConvergedError,
  UnitMismatchError,
  UndefinedResultError,
  isClienteleError,
} from './core/errors/index';
export type { ClienteleErrorCode, ClienteleErrorDetails } from './core/errors/index';
