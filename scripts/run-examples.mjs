#!/usr/bin/env node
// Runs every example in examples/ against the built package (they import `clientele/...` by name, which
// resolves to dist/ through package.json's exports). Each example ends with its own assertions; a
// failing or crashing example fails this script.
import { spawnSync } from 'node:child_process';
import { readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const examples = readdirSync(new URL('../examples', import.meta.url))
  .filter((f) => f.endsWith('.ts'))
  .sort();
let failed = 0;
for (const file of examples) {
  const started = Date.now();
  const run = spawnSync(process.execPath, ['--import', 'tsx', `examples/${file}`], {
    cwd: root,
    encoding: 'utf8',
    env: { ...process.env, CLIENTELE_EXAMPLE_QUIET: '1' },
  });
  const seconds = ((Date.now() - started) / 1000).toFixed(1);
  if (run.status === 0) {
    console.log(`ok   examples/${file} (${seconds} s)`);
  } else {
    failed++;
    console.log(`FAIL examples/${file} (exit ${run.status})\n${run.stdout}\n${run.stderr}`);
  }
}
console.log(`examples: ${examples.length - failed} passed, ${failed} failed`);
process.exit(failed === 0 && examples.length > 0 ? 0 : 1);
