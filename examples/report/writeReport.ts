import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { blockHtml, pageHtml } from './html';
import { prefixSvgIds, renderSvg } from './renderSvg';
import type { ReportContent } from './types';

export interface WrittenReport {
  readonly path: string;
  readonly bytes: number;
  readonly charts: number;
}

/** Renders every chart of the report to SVG and writes the page to `path` (its folder is created). */
export async function writeReport(content: ReportContent, path: string): Promise<WrittenReport> {
  let charts = 0;
  const sections = [];
  for (const section of content.sections) {
    const parts: string[] = [];
    for (const block of section.blocks) {
      const svg = block.kind === 'chart' ? prefixSvgIds(await renderSvg(block.spec), `chart${++charts}`) : undefined;
      parts.push(blockHtml(block, svg));
    }
    sections.push({ title: section.title, html: parts.join('\n') });
  }
  const footer = `Written by examples/demo.ts (npm run demo) with clientele; charts from clientele/charts, rendered to SVG by Vega-Lite and Vega.`;
  const html = pageHtml(content.title, content.subtitle, sections, footer);
  mkdirSync(dirname(path), { recursive: true });
  writeFileSync(path, html);
  return { path, bytes: Buffer.byteLength(html), charts };
}
