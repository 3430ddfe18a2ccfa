// Stands in for the Deno Jupyter kernel when scripts/run-notebooks.mjs runs a notebook's code cells under
// Node: `Deno.jupyter.display(bundle, { raw: true })` compiles every Vega-Lite bundle with vega-lite and
// renders it with vega (both dev dependencies), and fails on any warning; the count of charts shown is
// printed at exit for the runner to check.
import { parse, View } from 'vega';
import { compile } from 'vega-lite';

const VEGA_LITE = /^application\/vnd\.vegalite\.v\d+\+json$/;
let charts = 0;

async function render(spec) {
  const warnings = [];
  const logger = {
    level: () => 2,
    error(...args) { warnings.push(args.join(' ')); return this; },
    warn(...args) { warnings.push(args.join(' ')); return this; },
    info() { return this; },
    debug() { return this; },
  };
  const compiled = compile(spec, { logger });
  const view = new View(parse(compiled.spec), { renderer: 'none', logger, logLevel: 2 });
  const svg = await view.toSVG();
  view.finalize();
  if (warnings.length > 0) throw new Error(`chart "${spec.title?.text ?? '?'}": ${warnings.join('; ')}`);
  if (!svg.includes('<svg')) throw new Error(`chart "${spec.title?.text ?? '?'}" rendered no SVG`);
}

async function display(bundle, options) {
  if (options?.raw !== true) throw new Error('Deno.jupyter.display: this notebook passes MIME bundles with { raw: true }');
  for (const [mime, value] of Object.entries(bundle)) {
    if (VEGA_LITE.test(mime)) {
      await render(value);
      charts++;
    }
  }
}

globalThis.Deno = { jupyter: { display } };
process.on('exit', (code) => {
  if (code === 0) console.log(JSON.stringify({ notebookCharts: charts }));
});
