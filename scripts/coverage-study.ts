// Coverage study of predictionIntervals' parameter-draw intervals (docs/clv.md, "Uncertainty of
// predictions"): `npx tsx scripts/coverage-study.ts [replicates per model, default 200] [first seed, default 1]`.
// Simulates BG/NBD and Pareto/NBD data sets from known parameters, fits each, and counts how often the
// nominal 90 % intervals of every parameter and of the population's expected purchases over a 26-week
// holdout hold the truth. Exits with code 1 unless every coverage lies in [85 %, 95 %].
import { coverageStudy, DESIGNS } from '../test/clv/uncertainty/coverageStudy';

const replicates = Number(process.argv[2] ?? 200);
const seed = Number(process.argv[3] ?? 1);
let ok = true;
for (const design of DESIGNS) {
  const started = Date.now();
  const result = coverageStudy(design, replicates, seed);
  const seconds = ((Date.now() - started) / 1000).toFixed(0);
  console.log(`${design.model}: ${result.replicates} data sets of ${design.customers} customers (${result.skipped} skipped: not converged or not identified), ${seconds} s`);
  for (const [name, covered] of Object.entries(result.covered)) {
    const coverage = covered / result.replicates;
    const inside = coverage >= 0.85 && coverage <= 0.95;
    if (!inside) ok = false;
    console.log(`  ${name.padEnd(18)} ${(100 * coverage).toFixed(1)} %${inside ? '' : '  OUTSIDE 85-95 %'}`);
  }
}
process.exit(ok ? 0 : 1);
