/**
 * `clientele/time`.
 *
 * @packageDocumentation
 */
export {};
