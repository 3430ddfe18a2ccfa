import type { VegaLiteSpec } from 'clientele/charts';

/** One cell of a report table: text, or a number printed as it is. */
export type ReportCell = string | number;

/** A block of a report section, in the order it was added. */
export type ReportBlock =
  | { readonly kind: 'text'; readonly text: string }
  | { readonly kind: 'table'; readonly caption: string; readonly header: readonly string[]; readonly rows: readonly (readonly ReportCell[])[] }
  | { readonly kind: 'chart'; readonly spec: VegaLiteSpec };

export interface ReportSection {
  readonly title: string;
  readonly blocks: ReportBlock[];
}

/** What the demo collects while it runs: plain data, rendered to HTML only by `writeReport`. */
export interface ReportContent {
  readonly title: string;
  readonly subtitle: string;
  readonly sections: ReportSection[];
}
