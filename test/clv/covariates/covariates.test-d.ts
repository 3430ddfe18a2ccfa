import { describe, expectTypeOf, it } from 'vitest';
import { bgNbd } from '../../../src/clv/bgNbd/index';
import type { BgNbdParams } from '../../../src/clv/bgNbd/types';
import { covariateCustomerParams } from '../../../src/clv/covariates/covariateCustomerParams';
import { fitCovariateModel } from '../../../src/clv/covariates/fitCovariateModel';
import type { CovariateFitResult } from '../../../src/clv/covariates/types';
import { ggomNbd } from '../../../src/clv/ggomNbd/index';
import type { GgomNbdParams } from '../../../src/clv/ggomNbd/types';
import { paretoNbd } from '../../../src/clv/paretoNbd/index';
import type { ParetoNbdParams } from '../../../src/clv/paretoNbd/types';

describe('public signatures of the covariate models', () => {
  const customers = [{ customerId: 'a', frequency: 1, recency: 1, T: 2 }];
  it('the model decides the parameter type', () => {
    expectTypeOf(fitCovariateModel(paretoNbd, customers)).toEqualTypeOf<CovariateFitResult<ParetoNbdParams>>();
    expectTypeOf(fitCovariateModel(bgNbd, customers).params).toEqualTypeOf<BgNbdParams>();
    const fit = fitCovariateModel(paretoNbd, customers);
    expectTypeOf(covariateCustomerParams(fit, ['a'], {}).params).toEqualTypeOf<Readonly<Record<string, ParetoNbdParams>>>();
    const ggom = fitCovariateModel(ggomNbd, customers);
    expectTypeOf(ggom.params).toEqualTypeOf<GgomNbdParams>();
    expectTypeOf(covariateCustomerParams(ggom, ['a'], {}).params).toEqualTypeOf<Readonly<Record<string, GgomNbdParams>>>();
  });
  it('customers need an id', () => {
    // @ts-expect-error customerId is required to match covariates
    fitCovariateModel(paretoNbd, [{ frequency: 1, recency: 1, T: 2 }]);
  });
});
