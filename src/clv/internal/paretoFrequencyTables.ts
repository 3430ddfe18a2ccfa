import { paretoLogGAt } from './paretoLogGAt';
import { paretoLogGTable, type ParetoLogGTable } from './paretoLogGTable';
import { PARETO_MIN_ROWS_PER_TABLE, type ParetoFrequencyRanges } from './paretoFrequencyRanges';

/** The interpolants of `ln G` per frequency, and `ln G(0)` where a frequency's range starts at 0. @internal */
export interface ParetoFrequencyTables {
  /** The table of frequency `x` (`undefined` for frequencies with fewer than `PARETO_MIN_ROWS_PER_TABLE` rows). */
  readonly tables: (ParetoLogGTable | undefined)[];
  /** `ln G(0)` of frequency `x` when its table starts at `u = 0` (every row of `x = 0` has `t_x = 0`), else NaN. */
  readonly atZero: Float64Array;
}

/**
 * One `paretoLogGTable` (`k = r + x`, `σ = s + 1`) per frequency with at least `PARETO_MIN_ROWS_PER_TABLE`
 * rows with `t_x < T`, over that frequency's range of `u`, with its derivative series or its odds series as
 * asked, and `ln G(0)` where the range starts at 0. Shared by the likelihood and the scoring. O(frequencies ·
 * 100 quadratures). @internal
 */
export function paretoFrequencyTables(
  r: number,
  alpha: number,
  s: number,
  beta: number,
  ranges: Readonly<ParetoFrequencyRanges>,
  withGradient: boolean,
  withOdds: boolean,
): ParetoFrequencyTables {
  const { maxX, count, low, high } = ranges;
  const c = Math.min(alpha, beta);
  const tables: (ParetoLogGTable | undefined)[] = new Array(maxX + 1);
  const atZero = new Float64Array(maxX + 1).fill(Number.NaN);
  for (let x = 0; x <= maxX; x++) {
    if ((count[x] as number) < PARETO_MIN_ROWS_PER_TABLE) continue;
    const table = paretoLogGTable(r + x, alpha, s + 1, beta, low[x] as number, high[x] as number, withGradient, withOdds);
    tables[x] = table;
    if (low[x] === 0) atZero[x] = paretoLogGAt(table, Math.log(c), undefined);
  }
  return { tables, atZero };
}
