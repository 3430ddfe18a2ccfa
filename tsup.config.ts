import { defineConfig } from 'tsup';

/** The package's entry points: one per public subpath (see `exports` in package.json). */
const areas = ['clv', 'satisfaction', 'loyalty', 'segmentation', 'schemas', 'money', 'time', 'datasets', 'testing', 'charts', 'sql', 'duckdb'];

export default defineConfig({
  entry: {
    index: 'src/index.ts',
    ...Object.fromEntries(areas.map((area) => [`${area}/index`, `src/${area}/index.ts`])),
  },
  format: ['esm', 'cjs'],
  dts: true,
  splitting: true,
  sourcemap: false,
  clean: true,
  treeshake: true,
  target: 'es2022',
  outDir: 'dist',
});
