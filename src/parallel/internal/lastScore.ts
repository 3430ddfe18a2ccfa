/**
 * How the last call of `scoreCustomersInParallel` in this thread was scored, for the tests (a fallback to
 * one thread gives the same result, so only this tells that the workers ran). @internal
 */
export const lastScore: { how: 'scoreCustomers' | 'calling thread' | 'workers' | 'fallback'; chunks: number } = { how: 'scoreCustomers', chunks: 0 };
