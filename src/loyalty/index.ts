/**
 * `clientele/loyalty`: reserved for the loyalty measures (repeat purchase, share of wallet, price sensitivity, defect tolerance, stages, retention and cohorts), which arrive with their own issues. It exports
 * nothing yet, so that the subpath is stable from the first release.
 *
 * @packageDocumentation
 */
export {};
