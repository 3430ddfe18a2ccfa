/**
 * The coverage study of the parameter-draw intervals, shared by the bounded test
 * (coverage.test.ts) and the full run (`npx tsx scripts/coverage-study.ts`): data sets simulated from
 * known parameters (clientele/testing), fitted, and the nominal intervals of every parameter and of the
 * population's expected purchases in a holdout horizon checked against the truth.
 */
import { bgNbd } from '../../../src/clv/bgNbd/index';
import { fitModel } from '../../../src/clv/fitModel';
import { paretoNbd } from '../../../src/clv/paretoNbd/index';
import { predictionIntervals } from '../../../src/clv/predictionIntervals';
import type { ModelParams, RfmCustomer } from '../../../src/clv/types';
import { simulateBgNbd } from '../../../src/testing/simulateBgNbd';
import { simulateParetoNbd } from '../../../src/testing/simulateParetoNbd';

/** One model's study design. */
export interface CoverageDesign {
  readonly model: 'bgNbd' | 'paretoNbd';
  /** The true parameters, per week. */
  readonly params: ModelParams;
  /** Customers per data set. */
  readonly customers: number;
  /** End of calibration (weeks after the first acquisition) and the acquisition window. */
  readonly T: number;
  readonly birthWindow: number;
  /** Holdout horizon of the population's expected purchases, weeks. */
  readonly horizon: number;
}

/** The designs: parameters of the order of CDNOW's (Fader, Hardie & Lee 2005; Schmittlein et al. 1987). */
export const DESIGNS: readonly CoverageDesign[] = [
  { model: 'bgNbd', params: { r: 0.25, alpha: 4, a: 0.8, b: 2.5 }, customers: 1500, T: 52, birthWindow: 26, horizon: 26 },
  { model: 'paretoNbd', params: { r: 0.55, alpha: 10.5, s: 0.6, beta: 11.7 }, customers: 1500, T: 52, birthWindow: 26, horizon: 26 },
];

/** Coverage counts of one design. */
export interface CoverageResult {
  readonly model: string;
  /** Data sets whose fit converged with every parameter identified (the others are skipped and counted). */
  readonly replicates: number;
  readonly skipped: number;
  /** How many intervals held the truth, per parameter and for the population's expected purchases. */
  readonly covered: Readonly<Record<string, number>>;
}

/** Runs `replicates` data sets of one design (seeds `seed`, `seed + 1`, …) with intervals of `level` from `draws` draws. */
export function coverageStudy(design: CoverageDesign, replicates: number, seed: number, level = 0.9, draws = 200): CoverageResult {
  const model = design.model === 'bgNbd' ? bgNbd : paretoNbd;
  const covered: Record<string, number> = { expectedPurchases: 0 };
  for (const name of Object.keys(design.params)) covered[name] = 0;
  let used = 0;
  let skipped = 0;
  for (let k = 0; k < replicates; k++) {
    const options = { customers: design.customers, seed: seed + k, T: design.T, birthWindow: design.birthWindow };
    const rows: RfmCustomer[] =
      design.model === 'bgNbd' ? simulateBgNbd(design.params as never, options) : simulateParetoNbd(design.params as never, options);
    const fit = fitModel(model as never, rows, { timeUnit: 'week' }) as ReturnType<typeof fitModel<ModelParams, readonly RfmCustomer[]>>;
    if (!fit.converged || Object.keys(fit.notIdentified).length > 0) {
      skipped++;
      continue;
    }
    used++;
    const customers = rows.map((c, i) => ({ customerId: i, ...c }));
    const result = predictionIntervals(fit, customers, { horizon: { value: design.horizon, unit: 'week' }, quantities: ['expectedPurchases'], level, draws, seed: 1000 + k, as: 'columns' });
    for (const [name, truth] of Object.entries(design.params)) {
      const p = result.parameters[name];
      if (p !== undefined && p.lower <= truth && truth <= p.upper) covered[name] = (covered[name] as number) + 1;
    }
    const expected = (model.conditionalExpectedPurchases as unknown as (p: ModelParams, c: readonly RfmCustomer[], t: number) => number[])(design.params, rows, design.horizon);
    let truth = 0;
    for (const e of expected) truth += e;
    const t = result.totals.expectedPurchases as { lower: number; upper: number };
    if (t.lower <= truth && truth <= t.upper) covered.expectedPurchases = (covered.expectedPurchases as number) + 1;
  }
  return { model: design.model, replicates: used, skipped, covered };
}
