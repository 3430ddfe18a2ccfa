#!/usr/bin/env node
// Runs every notebook in examples/ (Jupyter notebooks for the Deno kernel) as a script under Node, against
// the BUILT package, so that a notebook cannot rot: its code cells are joined in order into one module
// (cells share one scope, as in the kernel), scripts/notebook-kernel.mjs stands in for `Deno.jupyter`, and
// the run fails when a cell throws, an `assert` fails, a chart does not compile and render cleanly, or
// fewer charts were shown than the cells ask for (`await show(` calls).
//   node scripts/run-notebooks.mjs          run all notebooks, one line each
//   node scripts/run-notebooks.mjs --show   also print what the cells print
import { spawnSync } from 'node:child_process';
import { readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { basename, dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const show = process.argv.includes('--show');
const env = { ...process.env, TSX_TSCONFIG_PATH: 'tsconfig.dist.json' };

const notebooks = readdirSync(join(root, 'examples'), { recursive: true })
  .map(String)
  .filter((f) => f.endsWith('.ipynb'))
  .sort()
  .map((f) => join(root, 'examples', f));

/** The code cells of a notebook joined into one module, each under a comment naming its cell. */
function scriptOf(path) {
  const notebook = JSON.parse(readFileSync(path, 'utf8'));
  if (notebook.metadata?.kernelspec?.name !== 'deno') throw new Error(`${path}: not a notebook for the Deno kernel`);
  const cells = notebook.cells.filter((c) => c.cell_type === 'code').map((c) => [c.id, [c.source].flat().join('')]);
  const kernel = relative(dirname(path), join(root, 'scripts', 'notebook-kernel.mjs')).split('\\').join('/');
  const body = cells.map(([id, source]) => `// --- cell ${id} ---\n${source}\n`).join('\n');
  const wanted = cells.reduce((n, [, source]) => n + (source.match(/\bawait show\(/g)?.length ?? 0), 0);
  return { code: `import './${kernel}';\n${body}`, cells: cells.length, wanted };
}

let failed = 0;
for (const path of notebooks) {
  const name = relative(root, path);
  const started = Date.now();
  const script = join(dirname(path), `.${basename(path, '.ipynb')}.run.ts`);
  let status = 'ok  ';
  let detail = '';
  try {
    const { code, cells, wanted } = scriptOf(path);
    writeFileSync(script, code);
    const run = spawnSync(process.execPath, ['--import', 'tsx', script], { cwd: root, encoding: 'utf8', env });
    const out = `${run.stdout ?? ''}${run.stderr ?? ''}`;
    const tally = (run.stdout ?? '').split('\n').find((l) => l.startsWith('{"notebookCharts":'));
    const shown = tally === undefined ? 0 : JSON.parse(tally).notebookCharts;
    if (run.status !== 0) [status, detail] = ['FAIL', `exit ${run.status}\n${out}`];
    else if (shown !== wanted) [status, detail] = ['FAIL', `${shown} charts shown, the cells ask for ${wanted}\n${out}`];
    else detail = `${cells} code cells, ${shown} charts`;
    if (show && run.status === 0) process.stdout.write(run.stdout);
  } catch (error) {
    [status, detail] = ['FAIL', String(error)];
  } finally {
    rmSync(script, { force: true });
  }
  if (status === 'FAIL') failed++;
  console.log(`${status} ${name} (${detail}, ${((Date.now() - started) / 1000).toFixed(1)} s)`);
}
console.log(`notebooks: ${notebooks.length - failed} passed, ${failed} failed`);
process.exit(failed === 0 && notebooks.length > 0 ? 0 : 1);
