import { bgBb } from '../../bgBb/index';
import { bgNbd } from '../../bgNbd/index';
import { gammaGamma } from '../../gammaGamma/index';
import { mbgNbd } from '../../mbgNbd/index';
import { paretoNbd } from '../../paretoNbd/index';
import { shiftedBetaGeometric } from '../../shiftedBetaGeometric/index';
import type { ModelName } from '../../types';

/** The parameter names of every model `fitModel` can fit, by model name. @internal */
export const FIT_PARAMETER_NAMES: Readonly<Record<ModelName, readonly string[]>> = {
  bgNbd: bgNbd.parameterNames,
  paretoNbd: paretoNbd.parameterNames,
  mbgNbd: mbgNbd.parameterNames,
  bgBb: bgBb.parameterNames,
  shiftedBetaGeometric: shiftedBetaGeometric.parameterNames,
  gammaGamma: gammaGamma.parameterNames,
};
