/**
 * What the `gilvm study` report and the `gilvm run --timeline` page share: vega-lite specs
 * rendered to SVG in Node (no browser, no canvas), and a self-contained HTML shell.
 */
import type { TopLevelSpec } from 'vega-lite';

/** A light theme for every chart, so both pages look alike. */
const CHART_CONFIG = {
  font: 'system-ui, -apple-system, "Segoe UI", sans-serif',
  view: { stroke: '#ddd' },
  axis: { gridColor: '#eee', domainColor: '#999', tickColor: '#999', labelColor: '#444', titleColor: '#333', titleFontWeight: 'normal' },
  legend: { labelColor: '#444', titleColor: '#333', titleFontWeight: 'normal' },
  header: { labelColor: '#333', titleColor: '#333', titleFontWeight: 'normal' },
} as const;

/** Compile a vega-lite spec and render it to an SVG string. */
export async function renderSvg(spec: TopLevelSpec): Promise<string> {
  // Loaded on first use: importing vega and vega-lite takes ~120 ms, which every gilvm
  // command paid at start-up when only the chart-drawing ones need them.
  const [vega, { compile }] = await Promise.all([import('vega'), import('vega-lite')]);
  const compiled = compile({ ...spec, config: { ...CHART_CONFIG, ...spec.config } }).spec;
  // renderer 'none': the scenegraph is built without a canvas; toSVG serializes it.
  const view = new vega.View(vega.parse(compiled), { renderer: 'none' });
  try {
    return await view.toSVG();
  } finally {
    view.finalize();
  }
}

export function escapeHtml(s: string): string {
  return s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

/** Three significant digits below 100, whole numbers with separators above; null as a dash. */
export function formatNumber(v: number | null): string {
  if (v === null) return '–';
  return Math.abs(v) >= 100 ? Math.round(v).toLocaleString('en-US') : String(Number(v.toPrecision(3)));
}

/** A table whose cells are escaped; numbers are formatted and right-aligned. */
export function htmlTable(header: string[], rows: (string | number | null)[][]): string {
  const cell = (c: string | number | null) =>
    typeof c === 'string' ? `<td>${escapeHtml(c)}</td>` : `<td class="num">${formatNumber(c)}</td>`;
  return `<div class="wide"><table>\n<tr>${header.map((h) => `<th>${escapeHtml(h)}</th>`).join('')}</tr>\n` +
    rows.map((r) => `<tr>${r.map(cell).join('')}</tr>\n`).join('') + '</table></div>';
}

const PAGE_CSS = `
body { font: 15px/1.5 system-ui, -apple-system, "Segoe UI", sans-serif; color: #222; background: #fff; max-width: 1100px; margin: 2em auto; padding: 0 1.5em; }
h1 { font-size: 1.6em; font-weight: 600; margin-bottom: 0.2em; }
h2 { font-size: 1.2em; font-weight: 600; margin-top: 2em; border-bottom: 1px solid #e5e5e5; padding-bottom: 0.2em; }
figure, .wide { margin: 1em 0; overflow-x: auto; }
.caption, figcaption { color: #555; max-width: 55em; }
table { border-collapse: collapse; font-size: 13px; margin: 1em 0; }
th, td { padding: 0.25em 0.6em; border-bottom: 1px solid #eee; text-align: left; white-space: nowrap; }
th { background: #f6f6f6; font-weight: 600; }
td.num { text-align: right; font-variant-numeric: tabular-nums; }
dt { font-weight: 600; }
dd { margin: 0 0 0.6em 1.5em; }
code { background: #f6f6f6; padding: 0.1em 0.3em; border-radius: 3px; }
.note { background: #fff8e1; border-left: 3px solid #f0b400; padding: 0.4em 0.8em; }
`;

/** A complete page with everything inline: it opens offline and can be mailed as one file. */
export function htmlPage(title: string, body: string): string {
  return `<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>${escapeHtml(title)}</title>
<style>${PAGE_CSS}</style>
</head>
<body>
<h1>${escapeHtml(title)}</h1>
${body}
</body>
</html>
`;
}
