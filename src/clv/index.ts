/**
 * `clientele/clv`.
 *
 * @packageDocumentation
 */
export {};
