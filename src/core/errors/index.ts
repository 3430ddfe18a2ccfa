export { ClienteleError, CLIENTELE_ERROR_BRAND } from './ClienteleError';
export type { ClienteleErrorCode, ClienteleErrorDetails } from './ClienteleError';
export { InvalidArgumentError } from './InvalidArgumentError';
export { EmptyInputError } from './EmptyInputError';
export { NotConvergedError } from './NotConvergedError';
export { UnitMismatchError } from './UnitMismatchError';
export { UndefinedResultError } from './UndefinedResultError';
export { AllRowsRejectedError } from './AllRowsRejectedError';
export { isClienteleError } from './isClienteleError';
