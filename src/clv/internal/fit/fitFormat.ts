/** The format tag of a saved fit. @internal */
export const FIT_FORMAT = 'clientele.fit';

/**
 * The version of the fit format this release writes. Every version from 1 up to this one is read.
 * @internal
 */
export const FIT_FORMAT_VERSION = 3;
