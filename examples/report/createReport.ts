import type { VegaLiteSpec } from 'clientele/charts';
import type { ReportCell, ReportContent, ReportSection } from './types';

/** A collector the demo fills section by section: each call adds a block to the latest section. */
export interface ReportCollector {
  readonly content: ReportContent;
  section(title: string, text?: string): void;
  text(text: string): void;
  table(caption: string, header: readonly string[], rows: readonly (readonly ReportCell[])[]): void;
  chart(spec: VegaLiteSpec): void;
}

/** Starts an empty report with a title and a subtitle (the data and conventions it shows). */
export function createReport(title: string, subtitle: string): ReportCollector {
  const content: ReportContent = { title, subtitle, sections: [] };
  const current = (): ReportSection => {
    const last = content.sections.at(-1);
    if (!last) throw new Error('report: add a section before its tables and charts');
    return last;
  };
  return {
    content,
    section(sectionTitle, text) {
      content.sections.push({ title: sectionTitle, blocks: text ? [{ kind: 'text', text }] : [] });
    },
    text(text) {
      current().blocks.push({ kind: 'text', text });
    },
    table(caption, header, rows) {
      current().blocks.push({ kind: 'table', caption, header, rows });
    },
    chart(spec) {
      current().blocks.push({ kind: 'chart', spec });
    },
  };
}
