/**
 * The web-worker path of scoreCustomersInParallel, in a real headless Chromium through playwright-core:
 * clientele/parallel and clientele/clv are bundled from src/ with esbuild (the worker as its own entry,
 * next to parallel/index.js, as in the package), served over HTTP from a temporary folder (module workers
 * cannot start from file: URLs), and a page scores 30,011 customers both ways, then as columns twice on a
 * pool. Checked: module workers started (four: two per call without a pool, two kept by the pool), every
 * number the same bit for bit, no console error. Without a browser the check is skipped,
 * and says so: install Chromium (`apt-get install -y chromium`) or point CHROMIUM_PATH at one.
 */
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import type { Server } from 'node:http';
import { tmpdir } from 'node:os';
import { extname, join, normalize } from 'node:path';
import { build } from 'esbuild';
import { afterAll, describe, expect, it } from 'vitest';

const BROWSER_FLAGS = ['--headless', '--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'];

function findChromium(): string | null {
  const candidates = [process.env['CHROMIUM_PATH'], '/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome'];
  return candidates.find((p): p is string => typeof p === 'string' && p !== '' && existsSync(p)) ?? null;
}

const playwright = await import('playwright-core').catch(() => null);
const chromiumPath = findChromium();
const skipReason = playwright === null ? 'the dev dependency playwright-core is not installed (run `npm ci`)' : chromiumPath === null ? 'no Chromium found (CHROMIUM_PATH, /usr/bin/chromium, /usr/bin/chromium-browser, /usr/bin/google-chrome)' : null;
if (skipReason !== null) console.warn(`SKIPPED one check: the web-worker path of scoreCustomersInParallel was not run in a browser, because ${skipReason}.`);

/** The page's script: simulated customers, scored in parallel (2 workers) and on one thread, compared. */
const PAGE_SCRIPT = `
import { createScorePool, scoreCustomersInParallel } from './parallel/index.js';
import { scoreCustomers } from './clv/index.js';
const params = { r: 0.243, alpha: 4.414, a: 0.793, b: 2.426 };
let s = 7;
const u = () => ((s = (Math.imul(s, 1664525) + 1013904223) >>> 0) / 4294967296);
const customers = Array.from({ length: 30011 }, (_, i) => {
  const T = 27 + 12 * u();
  const frequency = Math.floor(6 * u() * u());
  return { customerId: 'c' + String(i).padStart(6, '0'), frequency, recency: frequency === 0 ? 0 : T * u(), T };
});
const fit = { model: 'bgNbd', params, timeUnit: 'week' };
const options = { as: 'columns', horizon: { value: 52, unit: 'week' }, spend: { expected: 35 },
  value: { margin: 0.3, discountRate: { rate: 0.1, per: 'year' }, horizon: { value: 1, unit: 'year' }, step: { value: 4, unit: 'week' } }, daysPerYear: 365.25 };
const parallel = await scoreCustomersInParallel(fit, customers, { ...options, workers: 2 });
const single = scoreCustomers(fit, customers, options);
let differences = 0;
for (const key of ['probabilityAlive', 'expectedPurchases', 'expectedSpend', 'discountedPurchases', 'value']) {
  for (let i = 0; i < single.columns[key].length; i++) if (!Object.is(parallel.columns[key][i], single.columns[key][i])) differences++;
}
// The same customers as columns, twice on a pool of 2 module workers kept between the calls.
const columns = {
  customerIds: customers.map((c) => c.customerId),
  frequency: Float64Array.from(customers, (c) => c.frequency),
  recency: Float64Array.from(customers, (c) => c.recency),
  T: Float64Array.from(customers, (c) => c.T),
};
const pool = await createScorePool({ workers: 2 });
let columnDifferences = 0;
for (let run = 0; run < 2; run++) {
  const fromColumns = await scoreCustomersInParallel(fit, columns, { ...options, pool });
  for (const key of ['probabilityAlive', 'expectedPurchases', 'expectedSpend', 'discountedPurchases', 'value']) {
    for (let i = 0; i < single.columns[key].length; i++) if (!Object.is(fromColumns.columns[key][i], single.columns[key][i])) columnDifferences++;
  }
  if (!Object.is(fromColumns.totals.value, single.totals.value)) columnDifferences++;
}
await pool.close();
window.__result = { customers: parallel.totals.customers, differences, columnDifferences, sameTotals: Object.is(parallel.totals.value, single.totals.value) && Object.is(parallel.totals.expectedPurchases, single.totals.expectedPurchases) };
`;

let dir = '';
let server: Server | undefined;

afterAll(() => {
  server?.close();
  if (dir) rmSync(dir, { recursive: true, force: true });
});

describe.skipIf(skipReason !== null)('scoreCustomersInParallel in a headless Chromium', () => {
  it('scores in module web workers, bit for bit as scoreCustomers', async () => {
    dir = mkdtempSync(join(tmpdir(), 'clientele-parallel-'));
    const root = join(import.meta.dirname, '..', '..');
    await build({
      entryPoints: { 'parallel/index': join(root, 'src/parallel/index.ts'), 'parallel/scoreWorker': join(root, 'src/parallel/scoreWorker.ts'), 'clv/index': join(root, 'src/clv/index.ts') },
      bundle: true,
      splitting: true,
      format: 'esm',
      platform: 'browser',
      target: 'es2022',
      external: ['node:*'],
      outdir: dir,
      logLevel: 'silent',
    });
    writeFileSync(join(dir, 'index.html'), '<!doctype html><title>parallel</title><link rel="icon" href="data:,"><script type="module" src="./page.js"></script>');
    writeFileSync(join(dir, 'page.js'), PAGE_SCRIPT);
    server = createServer((request, response) => {
      const path = normalize(join(dir, decodeURIComponent(new URL(request.url ?? '/', 'http://x').pathname)));
      if (!path.startsWith(dir) || !existsSync(path)) {
        response.writeHead(404).end();
        return;
      }
      response.writeHead(200, { 'content-type': extname(path) === '.html' ? 'text/html' : 'text/javascript' }).end(readFileSync(path));
    });
    await new Promise<void>((resolve) => server!.listen(0, '127.0.0.1', resolve));
    const port = (server.address() as { port: number }).port;
    const userDataDir = mkdtempSync(join(tmpdir(), 'clientele-chromium-'));
    const context = await playwright!.chromium.launchPersistentContext(userDataDir, { executablePath: chromiumPath!, headless: true, args: BROWSER_FLAGS });
    try {
      const page = context.pages()[0] ?? (await context.newPage());
      const errors: string[] = [];
      const workers: string[] = [];
      page.on('console', (m) => void (m.type() === 'error' && errors.push(m.text())));
      page.on('pageerror', (e) => errors.push(`page error: ${e.message}`));
      page.on('worker', (w) => workers.push(w.url()));
      await page.goto(`http://127.0.0.1:${port}/index.html`);
      await page.waitForFunction(() => (globalThis as { __result?: unknown }).__result !== undefined, undefined, { timeout: 120_000 });
      const result = await page.evaluate(() => (globalThis as { __result?: unknown }).__result);
      expect(errors).toEqual([]);
      // Two workers for the call, stopped after it, then two for the pool, kept for both of its calls.
      expect(workers).toEqual(Array.from({ length: 4 }, () => `http://127.0.0.1:${port}/parallel/scoreWorker.js`));
      expect(result).toEqual({ customers: 30011, differences: 0, columnDifferences: 0, sameTotals: true });
    } finally {
      await context.close();
      rmSync(userDataDir, { recursive: true, force: true });
    }
  });
});
