#!/usr/bin/env node
// Checks the built package (dist/) for the layering rules of STYLE.md:
// - the root entry and the model areas load neither zod, decimal.js nor date-fns (ESM and CJS);
// - zod is reached only from clientele/schemas, decimal.js only from clientele/money, date-fns only
//   from clientele/time (and the entries that import those areas on purpose); @duckdb/node-api only from
//   clientele/duckdb (the root never loads it);
// - every entry loads and exposes what its type declarations promise (a non-empty module unless it is
//   declared empty).
// - every subpath's types also resolve under `moduleResolution: "node"` (node10), through `typesVersions`;
// - no built file is an empty chunk;
// - the README links only to what the package carries (or to absolute URLs), so its links work on the
//   registry page;
// - each subpath stays within its size budget (scripts/size-budget.json): the gzipped size of its ESM
//   entry plus every chunk it imports, and of a few typical named imports bundled and minified; more than
//   10 % over budget fails. A new subpath gets its budget with `--update-size-budget` (the others are
//   kept); after a deliberate growth, `--reset-size-budget` records every size anew (state why in the commit).
// It walks the static import graph of the built files, so what it reports is what a bundler or Node sees.
import { existsSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
const heavy = ['zod', 'decimal.js', 'date-fns', '@duckdb/node-api'];
const allowed = {
  '.': [],
  './charts': [],
  './clv': [],
  './satisfaction': [],
  './loyalty': [],
  './segmentation': [],
  './datasets': [],
  './testing': ['date-fns', 'decimal.js'],
  './schemas': ['zod', 'date-fns', 'decimal.js'],
  './money': ['decimal.js'],
  './time': ['date-fns', 'decimal.js'],
  './sql': [],
  './duckdb': ['@duckdb/node-api'],
  './parallel': [],
};

/** The files an entry loads (itself and every chunk it imports, statically) and the packages it imports. */
function importGraph(entryFile) {
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
  return { files: seen, bare };
}

function bareImports(entryFile) {
  return importGraph(entryFile).bare;
}

// The subpaths are those of package.json `exports`; each needs its rule in `allowed` (a rule for a subpath
// not exported, such as one being added on another branch, is unused).
const subpaths = Object.keys(pkg.exports).filter((s) => s !== './package.json');
let failures = 0;
for (const subpath of subpaths) {
  const target = pkg.exports[subpath];
  const allow = allowed[subpath];
  if (!allow) {
    console.log(`FAIL ${subpath}: no layering rule in scripts/check-package.mjs (\`allowed\`): say which of ${heavy.join(', ')} it may load`);
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
for (const subpath of subpaths) {
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
// Types under moduleResolution node10: each subpath needs a typesVersions entry pointing at its declarations.
for (const subpath of Object.keys(pkg.exports)) {
  if (subpath === '.' || subpath === './package.json') continue;
  const key = subpath.slice(2);
  const mapped = pkg.typesVersions?.['*']?.[key];
  const expected = pkg.exports[subpath].import.types;
  if (!Array.isArray(mapped) || mapped[0] !== expected) {
    console.log(`FAIL ${subpath}: typesVersions["*"]["${key}"] must be ["${expected}"] so that its types resolve under moduleResolution node10`);
    failures++;
  } else if (!existsSync(join(root, expected))) {
    console.log(`FAIL ${subpath}: ${expected} (typesVersions) not built`);
    failures++;
  }
}

// No empty chunks: a built file with nothing but imports, `export {}` and comments.
function builtFiles(dir) {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? builtFiles(path) : [path];
  });
}
for (const file of builtFiles(join(root, 'dist'))) {
  if (!/\.(c?js|d\.c?ts)$/.test(file)) continue;
  const code = readFileSync(file, 'utf8')
    .replace(/\/\*[\s\S]*?\*\//g, '')
    .replace(/^\s*\/\/.*$/gm, '')
    .replace(/^\s*(['"])use strict\1;?\s*$/gm, '')
    .replace(/^\s*import\s+['"][^'"]+['"];?\s*$/gm, '')
    .replace(/^\s*export\s*\{\s*\};?\s*$/gm, '')
    .trim();
  if (code === '') {
    console.log(`FAIL ${relative(root, file)} is an empty chunk`);
    failures++;
  }
}

// The README's relative links must point at files the package carries; otherwise link absolutely.
const readme = readFileSync(join(root, 'README.md'), 'utf8');
for (const m of readme.matchAll(/\]\(([^)\s]+)\)/g)) {
  const target = m[1];
  if (/^(https?:|mailto:|#)/.test(target)) continue;
  const path = target.split('#')[0].replace(/^\.\//, '');
  const carried = pkg.files.some((f) => path === f || path.startsWith(`${f.replace(/\/$/, '')}/`));
  if (!carried) {
    console.log(`FAIL README.md links to ${target}, which the package does not carry: link to the repository instead`);
    failures++;
  }
}

// Size budgets.
const budgetFile = join(root, 'scripts', 'size-budget.json');
const tolerance = 0.1;
const gzipped = (bytes) => gzipSync(bytes, { level: 9 }).length;
const measured = { subpaths: {}, imports: {} };
for (const subpath of Object.keys(pkg.exports)) {
  if (subpath === './package.json') continue;
  const { files } = importGraph(join(root, pkg.exports[subpath].import.default));
  measured.subpaths[subpath] = [...files].reduce((sum, f) => sum + gzipped(readFileSync(f)), 0);
}
/** Typical named imports, bundled and minified as an application bundler would (dependencies external). */
const typicalImports = {
  "{ bgNbd, fitModel } from 'clientele/clv'": "export { bgNbd, fitModel } from './dist/clv/index.js';",
  "{ nps } from 'clientele'": "export { nps } from './dist/index.js';",
  "{ rfmScores } from 'clientele/segmentation'": "export { rfmScores } from './dist/segmentation/index.js';",
  "{ plsPathModel } from 'clientele/satisfaction'": "export { plsPathModel } from './dist/satisfaction/index.js';",
};
const { build } = await import('esbuild');
for (const [name, contents] of Object.entries(typicalImports)) {
  const out = await build({
    stdin: { contents, resolveDir: root, loader: 'js' },
    bundle: true,
    minify: true,
    format: 'esm',
    platform: 'neutral',
    write: false,
    logLevel: 'silent',
    external: [...Object.keys(pkg.dependencies ?? {}), ...Object.keys(pkg.peerDependencies ?? {})],
  });
  measured.imports[name] = gzipped(out.outputFiles[0].contents);
}
// `--update-size-budget` records a budget for each entry that has none (a new subpath) and keeps the others;
// `--reset-size-budget` records every entry as measured now (after a deliberate change, with its reason).
const reset = process.argv.includes('--reset-size-budget');
if (reset || process.argv.includes('--update-size-budget')) {
  const previous = existsSync(budgetFile) && !reset ? JSON.parse(readFileSync(budgetFile, 'utf8')) : {};
  const merged = Object.fromEntries(
    ['subpaths', 'imports'].map((group) => [group, { ...measured[group], ...(previous[group] ?? {}) }]),
  );
  const note =
    'Gzipped bytes (level 9): per subpath, its ESM entry plus every chunk it imports; per import, the named ' +
    'imports bundled and minified by esbuild with the dependencies external. Checked by scripts/check-package.mjs ' +
    '(fails above +10 %). A new entry: `node scripts/check-package.mjs --update-size-budget`; a deliberate ' +
    'growth: `--reset-size-budget`, with the reason in the commit.';
  writeFileSync(budgetFile, `${JSON.stringify({ note, ...merged }, null, 2)}\n`);
  console.log(`size budget written to ${relative(root, budgetFile)}`);
}
const budget = JSON.parse(readFileSync(budgetFile, 'utf8'));
const kB = (n) => `${(n / 1000).toFixed(1)} kB`;
for (const group of ['subpaths', 'imports']) {
  for (const [name, size] of Object.entries(measured[group])) {
    const limit = budget[group]?.[name];
    if (limit === undefined) {
      console.log(`FAIL size of ${name}: no budget in scripts/size-budget.json (record it with \`node scripts/check-package.mjs --update-size-budget\`)`);
      failures++;
      continue;
    }
    const change = (size - limit) / limit;
    const line = `${name}: ${kB(size)} gzipped (budget ${kB(limit)}, ${change >= 0 ? '+' : ''}${(100 * change).toFixed(1)} %)`;
    if (change > tolerance) {
      console.log(`FAIL size of ${line}: more than ${100 * tolerance} % over budget`);
      failures++;
    } else if (process.argv.includes('--sizes')) console.log(`size ${line}`);
  }
}

console.log(failures ? `package check: ${failures} problem(s)` : 'package check: layering, entry points, node10 types, chunks, README links and size budgets OK');
process.exit(failures ? 1 : 0);
