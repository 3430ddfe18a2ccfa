/**
 * `clientele/testing`.
 *
 * @packageDocumentation
 */
export {};
