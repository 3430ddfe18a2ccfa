/**
 * `clientele/datasets`: bundled example data — the CDNOW sample transaction log and the mobi ECSI survey.
 * Loaded only from this subpath, decoded on call, with no file access (works in browsers too).
 *
 * @packageDocumentation
 */
export { loadCdnowSample } from './loadCdnowSample';
export type { CdnowTransaction } from './loadCdnowSample';
export { loadCdnowSampleColumns } from './loadCdnowSampleColumns';
export type { CdnowColumns } from './loadCdnowSampleColumns';
export { cdnowSampleInfo } from './cdnowSampleInfo';
export { loadMobi } from './loadMobi';
export type { MobiResponse } from './loadMobi';
export { mobiInfo } from './mobiInfo';
export type { MobiItem } from './mobiInfo';
export { loadPriceSurvey } from './loadPriceSurvey';
export type { SimulatedPriceResponse } from '../testing/simulatePriceSurvey';
