import { defineConfig } from 'tsup';

/** The package's entry points: one per public subpath (see `exports` in package.json). */
const areas = ['clv', 'satisfaction', 'loyalty', 'segmentation', 'schemas', 'money', 'time', 'datasets', 'testing', 'charts', 'sql', 'duckdb', 'parallel'];
/** Entry points outside `exports`: the worker of clientele/parallel, loaded by URL next to dist/parallel/index.js. */
const workers = { 'parallel/scoreWorker': 'src/parallel/scoreWorker.ts' };
const entries = {
  index: 'src/index.ts',
  ...Object.fromEntries(areas.map((area) => [`${area}/index`, `src/${area}/index.ts`])),
};

export default defineConfig({
  entry: { ...entries, ...workers },
  format: ['esm', 'cjs'],
  // Declarations for the public entries only (a worker exports nothing).
  dts: { entry: entries },
  splitting: true,
  sourcemap: false,
  clean: true,
  treeshake: true,
  target: 'es2022',
  outDir: 'dist',
});
