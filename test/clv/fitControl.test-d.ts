import { describe, expectTypeOf, it } from 'vitest';
import { fitModel } from '../../src/clv/fitModel';
import type { FitConstraints, FitProgress, FitResult } from '../../src/clv/fitModel';
import { gammaGamma } from '../../src/clv/gammaGamma/index';
import type { GammaGammaParams } from '../../src/clv/gammaGamma/index';
import { parseFit } from '../../src/clv/parseFit';
import { serializeFit } from '../../src/clv/serializeFit';
import type { ModelParams } from '../../src/clv/types';

describe('public signatures of progress, abort, bounds and saved fits', () => {
  const data = [{ frequency: 1, monetaryValue: 2 }];
  it('onProgress sees the model parameters; constraints name them', () => {
    fitModel(gammaGamma, data, {
      onProgress: (p) => {
        expectTypeOf(p).toEqualTypeOf<FitProgress<GammaGammaParams>>();
        expectTypeOf(p.params.q).toEqualTypeOf<number>();
        expectTypeOf(p.gradientNorm).toEqualTypeOf<number | null>();
        expectTypeOf(p.stage).toEqualTypeOf<'nelderMead' | 'bfgs'>();
      },
      signal: new AbortController().signal,
      constraints: { q: { greaterThan: 1 } },
    });
    // Any object with `aborted` (and optionally `reason`) is a signal: no DOM or Node types needed.
    fitModel(gammaGamma, data, { signal: { aborted: false } });
    // @ts-expect-error: r is not a Gamma-Gamma parameter
    fitModel(gammaGamma, data, { constraints: { r: { greaterThan: 1 } } });
    expectTypeOf<FitConstraints<GammaGammaParams>['q']>().toEqualTypeOf<{ readonly greaterThan: number } | undefined>();
    expectTypeOf(fitModel(gammaGamma, data).atBound).toEqualTypeOf<('p' | 'q' | 'gamma')[]>();
  });

  it('serializeFit writes text; parseFit reads text or a value, typed by the model when given', () => {
    const fit = fitModel(gammaGamma, data);
    expectTypeOf(serializeFit(fit)).toEqualTypeOf<string>();
    expectTypeOf(parseFit('{}')).toEqualTypeOf<FitResult<ModelParams>>();
    expectTypeOf(parseFit({}, gammaGamma)).toEqualTypeOf<FitResult<GammaGammaParams>>();
  });
});
