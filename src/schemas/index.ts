/**
 * `clientele/schemas`.
 *
 * @packageDocumentation
 */
export {};
