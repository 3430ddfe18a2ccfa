// `npm run bench`: runs every benchmark in bench/*.bench.ts, each in a fresh child process (so that its
// peak memory is its own), and prints a table of measured figures against the targets of the issues.
// `npm run bench -- <name>` runs the benchmarks whose name contains <name>.
import { spawnSync } from 'node:child_process';
import { readdirSync } from 'node:fs';
import { fileURLToPath, pathToFileURL } from 'node:url';
import type { Benchmark } from './types';

const here = fileURLToPath(new URL('.', import.meta.url));

async function loadAll(): Promise<Benchmark[]> {
  const files = readdirSync(here)
    .filter((f) => f.endsWith('.bench.ts'))
    .sort();
  const all: Benchmark[] = [];
  for (const f of files) {
    const mod = (await import(pathToFileURL(`${here}${f}`).href)) as { benchmarks: Benchmark[] };
    all.push(...mod.benchmarks);
  }
  return all;
}

async function timeOnce(setup: Benchmark['setup'], repeats: number) {
  const step = await setup();
  let best = Number.POSITIVE_INFINITY;
  let check: unknown;
  for (let i = 0; i < repeats; i++) {
    (globalThis as { gc?: () => void }).gc?.();
    const t0 = process.hrtime.bigint();
    check = await step(); // a step may be async (the DuckDB benchmarks)
    const ms = Number(process.hrtime.bigint() - t0) / 1e6;
    best = Math.min(best, ms);
  }
  return { ms: best, check };
}

/** Child mode: run one benchmark, print one JSON line. */
async function child(name: string) {
  const bench = (await loadAll()).find((b) => b.name === name);
  if (!bench) throw new Error(`no benchmark ${name}`);
  const rssBefore = process.resourceUsage().maxRSS;
  const main = await timeOnce(bench.setup, bench.repeats ?? 3);
  const floor = bench.floor ? await timeOnce(bench.floor.setup, bench.repeats ?? 3) : undefined;
  const peakMb = process.resourceUsage().maxRSS / 1024;
  console.log(
    JSON.stringify({ name, ms: main.ms, check: String(main.check), floorMs: floor?.ms, peakMb, baseMb: rssBefore / 1024 }),
  );
}

async function parent(filter: string | undefined) {
  const all = (await loadAll()).filter((b) => !filter || b.name.includes(filter));
  const rows: string[][] = [['benchmark', 'what', 'measured', 'target', 'status', 'floor (one pass)', 'peak RSS']];
  let failures = 0;
  for (const b of all) {
    const run = spawnSync(
      process.execPath,
      ['--expose-gc', '--max-old-space-size=12288', '--import', 'tsx', fileURLToPath(import.meta.url), '--child', b.name],
      { encoding: 'utf8', maxBuffer: 1 << 26 },
    );
    const line = run.stdout.trim().split('\n').pop() ?? '';
    let r: { ms: number; check: string; floorMs?: number; peakMb: number } | undefined;
    try {
      r = JSON.parse(line);
    } catch {
      r = undefined;
    }
    if (run.status !== 0 || !r) {
      failures++;
      rows.push([b.name, b.what, 'ERROR', `${fmt(b.targetMs)}`, 'error', '', '']);
      console.error(`${b.name} failed:\n${run.stdout}\n${run.stderr}`);
      continue;
    }
    const ok = r.ms <= b.targetMs;
    if (!ok) failures++;
    rows.push([
      b.name,
      b.what,
      fmt(r.ms),
      `<= ${fmt(b.targetMs)}`,
      ok ? 'met' : 'MISSED',
      r.floorMs === undefined ? '' : fmt(r.floorMs),
      `${Math.round(r.peakMb)} MB`,
    ]);
    console.error(`done ${b.name}: ${fmt(r.ms)} (check ${r.check})`);
  }
  const widths = rows[0]!.map((_, j) => Math.max(...rows.map((row) => (row[j] ?? '').length)));
  const print = (row: string[]) => `| ${row.map((c, j) => c.padEnd(widths[j]!)).join(' | ')} |`;
  console.log(print(rows[0]!));
  console.log(`| ${widths.map((w) => '-'.repeat(w)).join(' | ')} |`);
  for (const row of rows.slice(1)) console.log(print(row));
  console.log(`\n${rows.length - 1 - failures} of ${rows.length - 1} targets met (node ${process.version}, ${process.arch})`);
}

function fmt(ms: number) {
  return ms >= 1000 ? `${(ms / 1000).toFixed(2)} s` : `${ms.toFixed(ms < 10 ? 2 : 0)} ms`;
}

const i = process.argv.indexOf('--child');
if (i >= 0) await child(process.argv[i + 1] as string);
else await parent(process.argv[2]);
