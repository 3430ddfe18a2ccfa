import { bgBb } from '../bgBb/index';
import { bgNbd } from '../bgNbd/index';
import { ggomNbd } from '../ggomNbd/index';
import { mbgNbd } from '../mbgNbd/index';
import { paretoNbd } from '../paretoNbd/index';
import type { ModelName } from '../types';

/** The purchase model objects by name (the models a fit of purchases can come from). @internal */
const MODELS = { bgNbd, mbgNbd, paretoNbd, bgBb, ggomNbd } as const;

/** The shipped purchase model of a fit's `model` name, or `undefined` for a spend or contractual model. @internal */
export function purchaseModelOf(name: ModelName | string): (typeof MODELS)[keyof typeof MODELS] | undefined {
  return Object.prototype.hasOwnProperty.call(MODELS, name) ? MODELS[name as keyof typeof MODELS] : undefined;
}
