/**
 * clientele/parallel: scoring on all cores, with worker threads (Node) or module web workers (browsers).
 * Loaded only from its own subpath, so that the root import never starts or loads a worker.
 * @packageDocumentation
 */
export { scoreCustomersInParallel, PARALLEL_FROM } from './scoreCustomersInParallel';
export type { ScoreCustomerColumns, ScoreInParallelOptions } from './scoreCustomersInParallel';
export { createScorePool } from './createScorePool';
export type { ScorePool, ScorePoolOptions } from './createScorePool';
