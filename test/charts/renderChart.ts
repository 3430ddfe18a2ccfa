/**
 * Test helper: compiles a chart specification with vega-lite, renders it to SVG with vega in Node (no
 * canvas: `renderer: 'none'`), and lists the marks of the scene graph with the data behind every item, so
 * a test can check that what is drawn carries the result's numbers. Compiler and runtime warnings are
 * collected: a specification that vega-lite has to correct (an invalid channel, a bad property) fails.
 * `CHART_OUT=dir` writes each rendered SVG to `dir/<name>.svg` (to look at the charts).
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse, View } from 'vega';
import { compile } from 'vega-lite';
import type { TopLevelSpec } from 'vega-lite';
import type { VegaLiteSpec } from '../../src/charts/types';

/** One mark of the rendered scene: its type, its Vega name and the datum of each item. */
export interface RenderedMark {
  readonly marktype: string;
  readonly name: string;
  readonly data: Record<string, unknown>[];
  readonly text: string[];
}

export interface RenderedChart {
  readonly svg: string;
  readonly marks: RenderedMark[];
  readonly warnings: string[];
}

interface SceneNode {
  marktype?: string;
  role?: string;
  name?: string;
  items?: SceneNode[];
  datum?: Record<string, unknown>;
  text?: unknown;
}

function collect(node: SceneNode, out: RenderedMark[]): void {
  if (node.marktype !== undefined && node.role === 'mark') {
    const items = node.items ?? [];
    out.push({
      marktype: node.marktype,
      name: node.name ?? '',
      data: items.map((i) => Object.fromEntries(Object.entries(i.datum ?? {}))),
      text: node.marktype === 'text' ? items.map((i) => String(i.text)) : [],
    });
  }
  for (const child of node.items ?? []) collect(child, out);
}

export async function renderChart(spec: VegaLiteSpec, name?: string): Promise<RenderedChart> {
  const warnings: string[] = [];
  const logger = {
    level(): number {
      return 2;
    },
    error(...args: unknown[]) {
      warnings.push(`error: ${args.join(' ')}`);
      return this;
    },
    warn(...args: unknown[]) {
      warnings.push(`warn: ${args.join(' ')}`);
      return this;
    },
    info() {
      return this;
    },
    debug() {
      return this;
    },
  };
  // A JSON round trip first: the specification must survive serialisation unchanged.
  const json = JSON.parse(JSON.stringify(spec)) as TopLevelSpec;
  const compiled = compile(json, { logger: logger as never });
  const view = new View(parse(compiled.spec), { renderer: 'none', logger: logger as never, logLevel: 2 });
  const svg = await view.toSVG();
  const marks: RenderedMark[] = [];
  collect((view.scenegraph() as unknown as { root: SceneNode }).root, marks);
  view.finalize();
  const dir = process.env['CHART_OUT'];
  if (dir && name) {
    mkdirSync(dir, { recursive: true });
    writeFileSync(join(dir, `${name}.svg`), svg);
  }
  return { svg, marks, warnings };
}

/** The marks of one type (`'rect'`, `'line'`, `'text'`, ...) that are not axes, legends or titles. */
export function marksOf(chart: RenderedChart, marktype: string): RenderedMark[] {
  return chart.marks.filter((m) => m.marktype === marktype);
}

/** Every item datum of the marks of one type. */
export function dataOf(chart: RenderedChart, marktype: string): Record<string, unknown>[] {
  return marksOf(chart, marktype).flatMap((m) => m.data);
}
