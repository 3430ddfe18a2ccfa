/**
 * `clientele/money`.
 *
 * @packageDocumentation
 */
export {};
