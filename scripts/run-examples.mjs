#!/usr/bin/env node
// Runs the examples in examples/ against the BUILT package: they import `clientele/...` by name, which
// resolves through package.json's exports to dist/ (tsx is pointed at tsconfig.dist.json, which has no
// path mapping to src/). Each example ends with its own assertions; a failing or crashing example fails
// this script. First the examples are type-checked against the built declarations.
//   node scripts/run-examples.mjs            run all examples quietly, one line each
//   node scripts/run-examples.mjs --show X   run the examples whose file name contains X, showing output
//   --build                                  build dist/ first, silently unless the build fails (`npm run demo`)
import { spawnSync } from 'node:child_process';
import { readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const show = process.argv.includes('--show');
const filter = process.argv.slice(2).find((a) => !a.startsWith('--'));
const env = { ...process.env, TSX_TSCONFIG_PATH: 'tsconfig.dist.json' };

if (process.argv.includes('--build')) {
  const build = spawnSync(process.execPath, ['node_modules/tsup/dist/cli-default.js'], { cwd: root, encoding: 'utf8' });
  if (build.status !== 0) {
    console.log(`FAIL build (tsup, exit ${build.status}):\n${build.stdout}${build.stderr}`);
    process.exit(1);
  }
}

if (!show) {
  const tsc = spawnSync(process.execPath, ['node_modules/typescript/bin/tsc', '--noEmit', '-p', 'tsconfig.dist.json'], {
    cwd: root,
    encoding: 'utf8',
  });
  if (tsc.status !== 0) {
    console.log(`FAIL type check of examples/ and bench/ against dist/:\n${tsc.stdout}${tsc.stderr}`);
    process.exit(1);
  }
}

const examples = readdirSync(new URL('../examples', import.meta.url))
  .filter((f) => f.endsWith('.ts') && (!filter || f.includes(filter)))
  .sort();
let failed = 0;
for (const file of examples) {
  const started = Date.now();
  const run = spawnSync(process.execPath, ['--import', 'tsx', `examples/${file}`], {
    cwd: root,
    encoding: 'utf8',
    env,
    stdio: show ? 'inherit' : 'pipe',
  });
  const seconds = ((Date.now() - started) / 1000).toFixed(1);
  if (run.status === 0) {
    if (!show) console.log(`ok   examples/${file} (${seconds} s)`);
  } else {
    failed++;
    console.log(`FAIL examples/${file} (exit ${run.status})\n${run.stdout ?? ''}\n${run.stderr ?? ''}`);
  }
}
if (!show) console.log(`examples: ${examples.length - failed} passed, ${failed} failed`);
process.exit(failed === 0 && examples.length > 0 ? 0 : 1);
