/**
 * `clientele/segmentation`: reserved for the segmentation (RFM, pyramids, ABC, whale curve, value x risk, migrations, alerts), which arrive with their own issues. It exports
 * nothing yet, so that the subpath is stable from the first release.
 *
 * @packageDocumentation
 */
export {};
