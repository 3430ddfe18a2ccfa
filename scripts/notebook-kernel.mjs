// Stands in for the Deno Jupyter kernel when scripts/run-notebooks.mjs runs a notebook's code cells under
// Node (with tsx): `Deno.jupyter.display(bundle, { raw: true })` renders every Vega-Lite bundle with the
// report's renderSvg (vega-lite compile, vega SVG; any warning is an error), and the count of charts shown
// is printed at exit for the runner to check.
import { renderSvg } from '../examples/report/renderSvg.ts';

const VEGA_LITE = /^application\/vnd\.vegalite\.v\d+\+json$/;
let charts = 0;

async function display(bundle, options) {
  if (options?.raw !== true) throw new Error('Deno.jupyter.display: this notebook passes MIME bundles with { raw: true }');
  for (const [mime, value] of Object.entries(bundle)) {
    if (VEGA_LITE.test(mime)) {
      const svg = await renderSvg(value);
      if (!svg.includes('<svg')) throw new Error(`chart "${value.title?.text ?? '?'}" rendered no SVG`);
      charts++;
    }
  }
}

globalThis.Deno = { jupyter: { display } };
process.on('exit', (code) => {
  if (code === 0) console.log(JSON.stringify({ notebookCharts: charts }));
});
