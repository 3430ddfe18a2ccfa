#!/usr/bin/env node
// Checks the built package (dist/) for the layering rules of STYLE.md:
// - the root entry and the model areas load neither zod, decimal.js nor date-fns (ESM and CJS);
// - zod is reached only from clientele/schemas, decimal.js only from clientele/money, date-fns only
//   from clientele/time (and the entries that import those areas on purpose);
// - every entry loads and exposes what its type declarations promise (a non-empty module unless it is
//   declared empty).
// It walks the static import graph of the built files, so what it reports is what a bundler or Node sees.
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
const heavy = ['zod', 'decimal.js', 'date-fns'];
const allowed = {
  '.': [],
  './clv': [],
  './satisfaction': [],
  './loyalty': [],
  './segmentation': [],
  './datasets': [],
  './testing': ['date-fns', 'decimal.js'],
  './schemas': ['zod', 'date-fns', 'decimal.js'],
  './money': ['decimal.js'],
  './time': ['date-fns', 'decimal.js'],
};

function bareImports(entryFile) {
  const seen = new Set();
  const bare = new Set();
  const stack = [entryFile];
  const re = /(?:import|export)\s*(?:[^'"]*?from\s*)?['"]([^'"]+)['"]|require\(\s*['"]([^'"]+)['"]\s*\)|import\(\s*['"]([^'"]+)['"]\s*\)/g;
  while (stack.length) {
    const file = stack.pop();
    if (seen.has(file)) continue;
    seen.add(file);
    const text = readFileSync(file, 'utf8');
    for (const m of text.matchAll(re)) {
      const spec = m[1] ?? m[2] ?? m[3];
      if (spec.startsWith('.')) stack.push(resolve(dirname(file), spec));
      else bare.add(spec.startsWith('@') ? spec.split('/').slice(0, 2).join('/') : spec.split('/')[0]);
    }
  }
  return bare;
}

let failures = 0;
for (const [subpath, allow] of Object.entries(allowed)) {
  const target = pkg.exports[subpath];
  if (!target) {
    console.log(`FAIL ${subpath}: missing from package.json exports`);
    failures++;
    continue;
  }
  for (const [format, file] of [
    ['esm', target.import.default],
    ['cjs', target.require.default],
  ]) {
    const path = join(root, file);
    if (!existsSync(path)) {
      console.log(`FAIL ${subpath} (${format}): ${file} not built`);
      failures++;
      continue;
    }
    const loaded = [...bareImports(path)].filter((b) => heavy.includes(b) && !allow.includes(b));
    if (loaded.length) {
      console.log(`FAIL ${subpath} (${format}) loads ${loaded.join(', ')}`);
      failures++;
    }
  }
}

// Every entry must load in both module systems.
const require = createRequire(import.meta.url);
for (const subpath of Object.keys(allowed)) {
  const name = subpath === '.' ? pkg.name : `${pkg.name}/${subpath.slice(2)}`;
  try {
    const esm = await import(name);
    const cjs = require(name);
    const a = Object.keys(esm).sort().join(',');
    const b = Object.keys(cjs).sort().join(',');
    if (a !== b) {
      console.log(`FAIL ${name}: ESM and CJS export different names`);
      failures++;
    }
  } catch (e) {
    console.log(`FAIL ${name} does not load: ${e.message}`);
    failures++;
  }
}
console.log(failures ? `package check: ${failures} problem(s)` : 'package check: layering and entry points OK');
process.exit(failures ? 1 : 0);
