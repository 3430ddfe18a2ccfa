/**
 * `clientele/datasets`.
 *
 * @packageDocumentation
 */
export {};
