import { betaDiscreteWeibull } from '../../betaDiscreteWeibull/index';
import { bgBb } from '../../bgBb/index';
import { bgNbd } from '../../bgNbd/index';
import { gammaGamma } from '../../gammaGamma/index';
import { ggomNbd } from '../../ggomNbd/index';
import { mbgNbd } from '../../mbgNbd/index';
import { paretoNbd } from '../../paretoNbd/index';
import { shiftedBetaGeometric } from '../../shiftedBetaGeometric/index';
import type { ModelName } from '../../types';

/**
 * The parameter names of every model `fitModel` can fit, by model name. A function, not a module-level
 * table: a table reading the model objects at load time is kept by bundlers (property reads may have
 * side effects), which put all six models into every bundle that imports `fitModel`. @internal
 */
export function fitParameterNames(): Readonly<Record<ModelName, readonly string[]>> {
  return {
    bgNbd: bgNbd.parameterNames,
    paretoNbd: paretoNbd.parameterNames,
    mbgNbd: mbgNbd.parameterNames,
    bgBb: bgBb.parameterNames,
    shiftedBetaGeometric: shiftedBetaGeometric.parameterNames,
    gammaGamma: gammaGamma.parameterNames,
    mbgCnbdK: ['r', 'alpha', 'a', 'b'],
    ggomNbd: ggomNbd.parameterNames,
    betaDiscreteWeibull: betaDiscreteWeibull.parameterNames,
  };
}
