/**
 * `clientele/satisfaction`.
 *
 * @packageDocumentation
 */
export {};
