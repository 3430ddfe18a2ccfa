import { parse, View } from 'vega';
import { compile } from 'vega-lite';
import type { TopLevelSpec } from 'vega-lite';
import type { VegaLiteSpec } from 'clientele/charts';

/**
 * Compiles a specification with vega-lite and renders it to SVG with vega in Node (no canvas:
 * `renderer: 'none'`). Any compiler or runtime warning is an error: the report shows no chart that
 * Vega-Lite had to correct.
 */
export async function renderSvg(spec: VegaLiteSpec): Promise<string> {
  const warnings: string[] = [];
  const logger = {
    level: () => 2,
    error(...args: unknown[]) { warnings.push(args.join(' ')); return this; },
    warn(...args: unknown[]) { warnings.push(args.join(' ')); return this; },
    info() { return this; },
    debug() { return this; },
  };
  const compiled = compile(spec as unknown as TopLevelSpec, { logger: logger as never });
  const view = new View(parse(compiled.spec), { renderer: 'none', logger: logger as never, logLevel: 2 });
  const svg = await view.toSVG();
  view.finalize();
  if (warnings.length > 0) throw new Error(`report: chart "${spec.title.text}": ${warnings.join('; ')}`);
  return svg;
}

/**
 * Gives every `id` of one SVG a prefix, and rewrites its references (`url(#…)`, `href="#…"`), so that
 * several SVGs inlined in one page do not share clip-path ids (Vega numbers them `clip1`, `clip2`, … in
 * every chart, and a page resolves `url(#clip1)` to the first one).
 */
export function prefixSvgIds(svg: string, prefix: string): string {
  const ids = new Set([...svg.matchAll(/\sid="([^"]+)"/g)].map((m) => m[1]!));
  const rename = (id: string) => (ids.has(id) ? `${prefix}-${id}` : id);
  return svg
    .replace(/(\sid=")([^"]+)"/g, (_, head: string, id: string) => `${head}${rename(id)}"`)
    .replace(/url\(#([^)]+)\)/g, (_, id: string) => `url(#${rename(id)})`)
    .replace(/href="#([^"]+)"/g, (_, id: string) => `href="#${rename(id)}"`);
}
