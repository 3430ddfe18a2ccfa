/**
 * The HTML report of `npm run demo` (examples/demo.ts, examples/report/): the demo is run against src/ to
 * write the report to a temporary folder, the page is checked as text (self-contained: no script, no
 * external URL, unique ids), then opened in a real headless Chromium through playwright-core: no console
 * error, no request leaving the file, every chart drawn with a non-zero size, every section heading present.
 * Without a browser the browser check is skipped, and says so: install Chromium (`apt-get install -y
 * chromium` on Debian/Ubuntu) or point CHROMIUM_PATH at a Chromium or Chrome executable.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const SECTIONS = [
  '1. The CDNOW sample: from a transaction log to customer summaries',
  '2. Customer lifetime value: BG/NBD + Gamma-Gamma on CDNOW',
  '3. Satisfaction: the ECSI model on the mobi survey (PLS path modeling)',
  '4. Loyalty: the ladder, retention, defect tolerance and a price survey',
  '5. Segmentation: RFM, value tiers, the whale curve, who needs attention',
];
const CHARTS = 14;
const BROWSER_FLAGS = [
  '--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
  '--disable-background-networking', '--disable-component-update', '--disable-sync',
];

/** The little of the DOM the in-page check uses (the tests compile without the DOM library). */
interface MiniElement {
  querySelectorAll(selector: string): Iterable<{ getAttribute(name: string): string | null }>;
  querySelector(selector: string): unknown;
}

/** The Chromium to use: CHROMIUM_PATH, else the first usual install path that exists, else null. */
function findChromium(): string | null {
  const candidates = [process.env['CHROMIUM_PATH'], '/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome'];
  return candidates.find((p): p is string => typeof p === 'string' && p !== '' && existsSync(p)) ?? null;
}

const playwright = await import('playwright-core').catch(() => null);
const chromiumPath = findChromium();
const skipReason = playwright === null
  ? 'the dev dependency playwright-core is not installed (run `npm ci`)'
  : chromiumPath === null
    ? 'no Chromium found (looked at CHROMIUM_PATH, /usr/bin/chromium, /usr/bin/chromium-browser, /usr/bin/google-chrome)'
    : null;
if (skipReason !== null) {
  console.warn(
    `SKIPPED one check: the demo report was not opened in a browser, because ${skipReason}. ` +
      'To enable it: `apt-get install -y chromium` (Debian/Ubuntu), or set CHROMIUM_PATH to a Chromium or Chrome executable.',
  );
}

let dir = '';
let reportPath = '';
let html = '';

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'clientele-report-'));
  reportPath = join(dir, 'clientele-report.html');
  // tsx with the repository's tsconfig.json maps `clientele/...` to src/: no build needed.
  const run = spawnSync(process.execPath, ['--import', 'tsx', 'examples/demo.ts'], {
    encoding: 'utf8',
    env: { ...process.env, CLIENTELE_REPORT: reportPath, TSX_TSCONFIG_PATH: 'tsconfig.json' },
  });
  if (run.status !== 0) throw new Error(`examples/demo.ts failed (exit ${run.status}):\n${run.stdout}\n${run.stderr}`);
  expect(run.stdout).toContain(`report: ${reportPath}`);
  html = readFileSync(reportPath, 'utf8');
});

afterAll(() => {
  if (dir) rmSync(dir, { recursive: true, force: true });
});

describe('the demo report as a file', () => {
  it('holds every section and every chart as inline SVG', () => {
    for (const title of SECTIONS) expect(html).toContain(`<h2>${title.replace(/&/g, '&amp;')}</h2>`);
    expect(html.match(/<svg /g)?.length).toBe(CHARTS);
    expect(html.match(/<table>/g)?.length).toBeGreaterThanOrEqual(8);
  });

  it('is self-contained: no script, no stylesheet or image to fetch, no URL but the SVG namespace', () => {
    expect(html).not.toMatch(/<script|<link|<img|<iframe|@import/i);
    const urls = [...html.matchAll(/https?:\/\/[^\s"')<]+/g)].map((m) => m[0]);
    expect(new Set(urls.filter((u) => !u.startsWith('http://www.w3.org/')))).toEqual(new Set());
  });

  it('gives every element id once, and each chart refers only to its own gradients and clip paths', () => {
    const ids = [...html.matchAll(/\sid="([^"]+)"/g)].map((m) => m[1]);
    expect(new Set(ids).size).toBe(ids.length);
    const svgs = [...html.matchAll(/<svg [\s\S]*?<\/svg>/g)].map((m) => m[0]);
    let references = 0;
    for (const svg of svgs) {
      const own = new Set([...svg.matchAll(/\sid="([^"]+)"/g)].map((m) => m[1]));
      for (const [, id] of svg.matchAll(/url\(#([^)]+)\)/g)) {
        references++;
        expect(own.has(id), `url(#${id})`).toBe(true);
      }
    }
    expect(references).toBeGreaterThan(0); // the colour legends' gradients
  });
});

describe.skipIf(skipReason !== null)('the demo report in a headless Chromium', () => {
  it('renders without errors: no console error, no request, every chart drawn, every heading shown', async () => {
    const userDataDir = mkdtempSync(join(tmpdir(), 'clientele-chromium-'));
    const context = await playwright!.chromium.launchPersistentContext(userDataDir, {
      executablePath: chromiumPath!,
      headless: true,
      args: BROWSER_FLAGS,
    });
    try {
      const page = context.pages()[0] ?? (await context.newPage());
      const errors: string[] = [];
      const requests: string[] = [];
      page.on('console', (m) => { if (m.type() === 'error' || m.type() === 'warning') errors.push(`${m.type()}: ${m.text()}`); });
      page.on('pageerror', (e) => errors.push(`page error: ${e.message}`));
      page.on('request', (r) => { if (!r.url().startsWith('file:')) requests.push(r.url()); });
      const url = pathToFileURL(reportPath).href;
      await page.goto(url, { waitUntil: 'load' });
      const headings = await page.locator('h2').allTextContents();
      const svgs = page.locator('figure.chart svg');
      const charts = [];
      for (let i = 0; i < (await svgs.count()); i++) {
        const svg = svgs.nth(i);
        const box = await svg.boundingBox();
        // Each gradient or clip path a mark uses must be defined inside its own chart.
        const unresolved = await svg.evaluate((el: MiniElement) => [...el.querySelectorAll('[clip-path], [fill^="url("], [stroke^="url("]')]
          .map((m) => /url\(#([^)]+)\)/.exec(`${m.getAttribute('clip-path')}${m.getAttribute('fill')}${m.getAttribute('stroke')}`)?.[1] ?? '')
          .filter((id) => el.querySelector(`[id="${id}"]`) === null).length);
        charts.push({ width: box?.width ?? 0, height: box?.height ?? 0, marks: await svg.locator('path, line, text').count(), unresolved });
      }
      const seen = { headings, charts };
      expect(errors).toEqual([]);
      expect(requests).toEqual([]);
      expect(seen.headings).toEqual(SECTIONS);
      expect(seen.charts).toHaveLength(CHARTS);
      for (const [i, chart] of seen.charts.entries()) {
        expect(chart.width, `chart ${i + 1} width`).toBeGreaterThan(100);
        expect(chart.height, `chart ${i + 1} height`).toBeGreaterThan(100);
        expect(chart.marks, `chart ${i + 1} marks`).toBeGreaterThan(10);
        expect(chart.unresolved, `chart ${i + 1} gradients and clip paths`).toBe(0);
      }
    } finally {
      await context.close();
      rmSync(userDataDir, { recursive: true, force: true });
    }
  });
});
