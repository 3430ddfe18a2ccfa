import type { ReportBlock, ReportCell } from './types';

/** Escapes text for HTML element content and attribute values. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);
}

/** An HTML table; numbers and money are right-aligned. */
export function tableHtml(caption: string, header: readonly string[], rows: readonly (readonly ReportCell[])[]): string {
  const cell = (c: ReportCell, tag: 'td' | 'th') => {
    const numeric = typeof c === 'number' || /^[-$\d[(]/.test(c);
    return `<${tag}${numeric && tag === 'td' ? ' class="num"' : ''}>${escapeHtml(String(c))}</${tag}>`;
  };
  const head = `<tr>${header.map((h) => cell(h, 'th')).join('')}</tr>`;
  const body = rows.map((r) => `<tr>${r.map((c) => cell(c, 'td')).join('')}</tr>`).join('\n');
  return `<table>\n<caption>${escapeHtml(caption)}</caption>\n<thead>${head}</thead>\n<tbody>\n${body}\n</tbody>\n</table>`;
}

/** One block of a section; a chart's SVG has been rendered before (`svgs`, in the order of the charts). */
export function blockHtml(block: ReportBlock, svg: string | undefined): string {
  switch (block.kind) {
    case 'text':
      return `<p>${escapeHtml(block.text)}</p>`;
    case 'table':
      return tableHtml(block.caption, block.header, block.rows);
    case 'chart':
      return `<figure class="chart">${svg ?? ''}<figcaption>${escapeHtml(block.spec.description)}</figcaption></figure>`;
  }
}

const STYLE = `
body { font-family: system-ui, -apple-system, 'Segoe UI', Roboto, sans-serif; margin: 2rem auto; max-width: 1100px; padding: 0 1rem; color: #222; line-height: 1.45; }
h1 { margin-bottom: 0.2rem; } .subtitle { color: #555; margin-top: 0; }
h2 { border-bottom: 2px solid #4c78a8; padding-bottom: 0.2rem; margin-top: 2.5rem; }
nav ol { columns: 2; }
table { border-collapse: collapse; margin: 1rem 0; font-size: 0.9rem; }
caption { text-align: left; font-weight: 600; padding-bottom: 0.3rem; }
th, td { border-bottom: 1px solid #ddd; padding: 0.25rem 0.7rem; text-align: left; }
td.num { text-align: right; font-variant-numeric: tabular-nums; }
figure.chart { margin: 1.5rem 0; } figure.chart svg { max-width: 100%; height: auto; display: block; }
figcaption { color: #555; font-size: 0.85rem; max-width: 800px; }
footer { margin-top: 3rem; color: #777; font-size: 0.8rem; }
`;

/** The whole page: inline CSS and SVG only (no script, no external URL), so it opens offline. */
export function pageHtml(title: string, subtitle: string, sections: readonly { readonly title: string; readonly html: string }[], footer: string): string {
  const nav = sections.map((s, i) => `<li><a href="#section-${i + 1}">${escapeHtml(s.title)}</a></li>`).join('');
  const body = sections.map((s, i) => `<section id="section-${i + 1}">\n<h2>${escapeHtml(s.title)}</h2>\n${s.html}\n</section>`).join('\n');
  return `<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(title)}</title>
<style>${STYLE}</style>
</head>
<body>
<h1>${escapeHtml(title)}</h1>
<p class="subtitle">${escapeHtml(subtitle)}</p>
<nav><ol>${nav}</ol></nav>
${body}
<footer>${escapeHtml(footer)}</footer>
</body>
</html>
`;
}
