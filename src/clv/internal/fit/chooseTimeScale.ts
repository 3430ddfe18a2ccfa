import { InvalidArgumentError } from '../../../core/errors/InvalidArgumentError';
import type { CompressedData } from '../../types';

/**
 * The time scale `k` of `fitModel` (docs/clv.md, "Fitting"): `options.timeScale` when a number, else
 * (`'auto'`, the default) the largest value of the model's time columns, or 1 when there is none. @internal
 */
export function chooseTimeScale(fn: string, data: CompressedData, timeColumns: readonly string[], given: number | 'auto' | undefined): number {
  if (given === undefined || given === 'auto') {
    let max = 0;
    for (const name of timeColumns) {
      const col = data.columns[name];
      if (col === undefined) continue;
      for (let i = 0; i < col.length; i++) if ((col[i] as number) > max) max = col[i] as number;
    }
    return max > 0 && Number.isFinite(max) ? max : 1;
  }
  if (typeof given !== 'number' || !Number.isFinite(given) || given <= 0) {
    throw new InvalidArgumentError(fn, 'options.timeScale', "must be 'auto' or a finite number greater than 0", given);
  }
  return given;
}
