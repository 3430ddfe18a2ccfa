import { InvalidArgumentError } from '../../../core/errors/InvalidArgumentError';
import type { CustomerResampler } from '../../internal/intervals/resampleCustomers';
import { hasEveryLevel, type CustomerLevels } from './customerLevels';

/** Resamples that may be drawn again (a categorical level missing) per refit asked for. */
const REDRAWS_PER_REFIT = 10;

/**
 * The bootstrap loop of a covariate fit: `draws` samples from `resample`, each refitted by `refit(counts)`
 * (`counts[i]`: the picks of customer `i`). A sample in which a level of a categorical covariate has no
 * customer (`hasEveryLevel`) could not be coded as the fit was, so it is drawn again; past 10 redraws per refit asked for, `INVALID_ARGUMENT` on `options.intervals.method` says
 * what to do instead. Refits that did not converge are kept and counted. @internal
 */
export function refitSamples<F extends { readonly converged: boolean }>(
  fn: string,
  resample: CustomerResampler,
  levels: readonly CustomerLevels[],
  customers: number,
  draws: number,
  refit: (counts: Int32Array) => F,
): { fits: F[]; notConverged: number } {
  const counts = new Int32Array(customers);
  const fits: F[] = [];
  let notConverged = 0;
  let redrawn = 0;
  while (fits.length < draws) {
    resample.sample(counts);
    if (!hasEveryLevel(levels, counts)) {
      redrawn++;
      if (redrawn > REDRAWS_PER_REFIT * draws) {
        throw new InvalidArgumentError(fn, 'options.intervals.method', `must be 'parameters' for these data: ${redrawn} bootstrap samples lacked a level of a categorical covariate (merge rare levels, or use the parameter draws)`, 'bootstrap');
      }
      continue;
    }
    const fit = refit(counts);
    if (!fit.converged) notConverged++;
    fits.push(fit);
  }
  return { fits, notConverged };
}
