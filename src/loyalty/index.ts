/**
 * `clientele/loyalty`.
 *
 * @packageDocumentation
 */
export {};
