/**
 * `clientele/segmentation`.
 *
 * @packageDocumentation
 */
export {};
