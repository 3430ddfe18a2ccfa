// Fits that report, stop and save: watch a Pareto/NBD fit iterate, stop it on a budget (AbortSignal),
// resume it from where it stopped, save the fit as versioned JSON and read it back bit for bit, then fit
// Gamma-Gamma with q > 1 enforced, where its mean spend exists.
// Run: npx tsup && node --import tsx examples/16-save-and-resume-fit.ts
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fitModel, gammaGamma, paretoNbd, parseFit, scoreCustomers, serializeFit } from 'clientele/clv';
import type { FitProgress, ParetoNbdParams } from 'clientele/clv';
import { isClienteleError } from 'clientele';
import { cdnowSampleInfo, loadCdnowSample } from 'clientele/datasets';
import { simulateGammaGamma } from 'clientele/testing';
import { summarizeTransactions } from 'clientele/time';

const line = (s = '') => console.log(s);
const rule = (title: string) => line(`\n== ${title} ${'='.repeat(Math.max(0, 72 - title.length))}`);

const summary = summarizeTransactions(loadCdnowSample(), {
  calibrationEnd: cdnowSampleInfo.calibrationEnd,
  observationEnd: cdnowSampleInfo.observationEnd,
  unit: 'week',
});

// ---------------------------------------------------------------------------------------------------
rule('1. Progress: one report per optimiser iteration');
const reports: FitProgress<ParetoNbdParams>[] = [];
const full = fitModel(paretoNbd, summary, { onProgress: (p) => void reports.push(p) });
line('start  stage       iter   log-likelihood   gradient norm');
for (const p of reports.filter((r) => r.start === 0).slice(0, 6)) {
  line(`${String(p.start).padStart(5)}  ${p.stage.padEnd(10)} ${String(p.iteration).padStart(5)}  ${p.logLikelihood.toFixed(3).padStart(15)}   ${p.gradientNorm?.toExponential(2) ?? '-'}`);
}
line(`... ${reports.length} reports over ${full.starts.length} starts; the fit: log-likelihood ${full.logLikelihood.toFixed(3)}, ${full.message}`);

// ---------------------------------------------------------------------------------------------------
rule('2. Stop on a budget, then resume from the last reported point');
// A fit is synchronous: no timer can fire while it runs, so the budget is checked in onProgress (here
// 5 iterations; in production, e.g. Date.now() > deadline), which aborts the signal.
const controller = new AbortController();
let last: FitProgress<ParetoNbdParams> | undefined;
let stopped: unknown;
try {
  fitModel(paretoNbd, summary, {
    signal: controller.signal,
    onProgress: (p) => {
      last = p;
      if (p.iteration >= 5) controller.abort('budget of 5 iterations spent');
    },
  });
} catch (e) {
  stopped = e;
}
assert.ok(isClienteleError(stopped) && stopped.code === 'ABORTED');
line(`stopped: ${(stopped as Error).message}`);
line(`last point: log-likelihood ${last!.logLikelihood.toFixed(3)} at iteration ${last!.iteration}`);
const resumed = fitModel(paretoNbd, summary, { start: last!.params });
line(`resumed with start = that point: log-likelihood ${resumed.logLikelihood.toFixed(3)}, ${resumed.message}`);

// ---------------------------------------------------------------------------------------------------
rule('3. Save the fit, read it back');
const dir = mkdtempSync(join(tmpdir(), 'clientele-fit-'));
const file = join(dir, 'pareto-nbd.json');
writeFileSync(file, serializeFit(full));
const text = readFileSync(file, 'utf8');
const loaded = parseFit(text, paretoNbd); // checked field by field, typed as a Pareto/NBD fit
rmSync(dir, { recursive: true });
line(`${text.length} characters, ${text.slice(0, 60)}...`);
line(`read back: ${loaded.model}, unit "${String(loaded.timeUnit)}", calibration end ${loaded.data.calibrationEnd}`);
const horizon = { horizon: { value: 52, unit: 'week' } } as const;
const before = scoreCustomers(full, summary, horizon);
const after = scoreCustomers(loaded, summary, horizon);
line(`52-week expected purchases of the first customer: ${after.rows[0]!.expectedPurchases.toFixed(6)} (saved fit) = ${before.rows[0]!.expectedPurchases.toFixed(6)}`);

// ---------------------------------------------------------------------------------------------------
rule('4. Gamma-Gamma with q > 1 enforced');
// Spend so heavy-tailed that the best Gamma-Gamma fit has q < 1: its mean spend p·gamma/(q − 1) does
// not exist. With the bound the fit stays where predictions are defined, and says it sits at the bound.
const spend = simulateGammaGamma({ p: 2, q: 0.8, gamma: 5 }, Array.from({ length: 2000 }, (_, i) => 1 + (i % 6)), { seed: 1 });
const free = fitModel(gammaGamma, spend);
const bounded = fitModel(gammaGamma, spend, { constraints: { q: { greaterThan: 1 } } });
line(`free:    q = ${free.params.q.toFixed(4)}, log-likelihood ${free.logLikelihood.toFixed(2)}`);
line(`bounded: q = ${bounded.params.q.toFixed(4)}, log-likelihood ${bounded.logLikelihood.toFixed(2)}, at bound: ${bounded.atBound.join(', ')}`);
line(`         ${bounded.message}`);

// ---------------------------------------------------------------------------------------------------
// Self-check.
assert.equal(full.converged, true);
assert.equal(reports.at(-1)!.start, full.starts.length - 1);
// The winning run's last report is the fit.
const winner = reports.filter((r) => r.iteration === full.iterations).at(-1)!;
assert.ok(Math.abs(winner.logLikelihood - full.logLikelihood) < 1e-6);
assert.equal(last!.iteration, 5);
assert.equal(resumed.converged, true);
assert.ok(Math.abs(resumed.logLikelihood - full.logLikelihood) < 1e-6);
for (const name of ['r', 'alpha', 's', 'beta'] as const) assert.ok(Math.abs(resumed.params[name] / full.params[name] - 1) < 1e-3);
assert.deepEqual(loaded, full);
assert.equal(serializeFit(loaded), text);
assert.deepEqual(after, before);
assert.ok(free.params.q < 1);
assert.ok(bounded.params.q > 1 && bounded.logLikelihood <= free.logLikelihood);
assert.deepEqual(bounded.atBound, ['q']);
assert.ok(Number.isFinite(gammaGamma.meanSpend(bounded.params)));
line('\nself-check passed');
