/**
 * The report's one stylesheet, inline (the page's Content-Security-Policy
 * allows exactly this text by its hash). Charts are styled by class, so the
 * SVG stays short and prints with the page.
 */
import { PALETTE_SIZE } from './view.js';

/**
 * Discipline colours by taxonomy place: the twelve built-ins (Tableau's
 * palette, reordered so that engineering, usually the largest, is a calm
 * blue), then four for custom disciplines.
 */
const PALETTE = ['#d37295', '#f28e2b', '#59a14f', '#b07aa1', '#76b7b2', '#edc948', '#4e79a7', '#9c755f', '#a0cbe8', '#ff9d9a', '#8cd17d', '#b6992d', '#17becf', '#7f3c8d', '#bcbd22', '#393b79'];

const palette = PALETTE.slice(0, PALETTE_SIZE)
  .map((colour, i) => `.c${i}{fill:${colour}}svg .link.c${i}{stroke:${colour}}.sw.c${i}{background:${colour}}`)
  .join('\n');

export const STYLE = `
:root{--ink:#1c2430;--muted:#5f6b7a;--line:#e3e7ed;--bg:#f4f6f9;--card:#fff;--ok:#4f7cac;--stretched:#e29a2d;--over:#d1434f;--heat:#3346a8;--accent:#2b4c7e}
*{box-sizing:border-box}
html{-webkit-text-size-adjust:100%}
body{-webkit-print-color-adjust:exact;print-color-adjust:exact;margin:0;background:var(--bg);color:var(--ink);font:15px/1.5 system-ui,-apple-system,"Segoe UI",Roboto,"Helvetica Neue",Arial,sans-serif}
a{color:var(--accent)}
code{font:0.86em ui-monospace,SFMono-Regular,Menlo,Consolas,monospace;background:#eef1f5;padding:0 .25em;border-radius:3px}
.page{max-width:1080px;margin:0 auto;padding:28px 24px 56px}
.page.wide{max-width:1440px}
header.top{display:flex;flex-wrap:wrap;align-items:baseline;gap:.25em 1em;margin-bottom:6px}
h1{font-size:30px;line-height:1.15;margin:0;letter-spacing:-.01em}
.meta{color:var(--muted);font-size:14px}
nav.toc{position:sticky;top:0;z-index:2;background:rgba(244,246,249,.94);backdrop-filter:blur(4px);border-bottom:1px solid var(--line);margin:12px -24px 20px;padding:8px 24px;display:flex;flex-wrap:wrap;gap:4px 18px;font-size:14px}
nav.toc a{text-decoration:none;color:var(--muted)}
nav.toc a:hover{color:var(--ink)}
.kpis{display:grid;grid-template-columns:repeat(4,1fr);gap:12px;margin:14px 0 18px}
.kpi{background:var(--card);border:1px solid var(--line);border-radius:10px;padding:12px 14px;border-top:4px solid var(--ok)}
.kpi.bad{border-top-color:var(--over)}
.kpi.warn{border-top-color:var(--stretched)}
.kpi .value{font-size:30px;font-weight:650;line-height:1.1;font-variant-numeric:tabular-nums}
.kpi .value .was{font-size:18px;color:var(--muted);font-weight:500}
.kpi .label{font-weight:600;font-size:14px}
.kpi .sub{color:var(--muted);font-size:12.5px;line-height:1.35}
.kpi .delta{font-size:13px;font-weight:600;margin-left:.3em}
.delta.better{color:#2f7d4f}.delta.worse{color:var(--over)}.delta.same{color:var(--muted)}
.findings{background:var(--card);border:1px solid var(--line);border-radius:10px;padding:14px 18px 14px 34px;margin:0 0 26px}
.findings li{margin:.2em 0}
section.report{background:var(--card);border:1px solid var(--line);border-radius:12px;padding:18px 22px 16px;margin:0 0 22px}
section.report>h2{font-size:20px;margin:0 0 2px}
.lede{color:var(--muted);margin:0 0 12px;max-width:62em}
.pair{display:grid;grid-template-columns:1fr 1fr;gap:22px}
.pair>div{min-width:0}
.pair h3{font-size:14px;text-transform:uppercase;letter-spacing:.06em;color:var(--muted);margin:0 0 6px}
h3{font-size:15px;margin:16px 0 6px}
svg.chart{display:block;width:100%;height:auto;margin:4px 0 8px;font-family:inherit;overflow:visible}
svg text{fill:var(--ink);font-size:12px}
svg .sub,svg .tick,svg .axis{fill:var(--muted);font-size:10.5px}
svg .axis{font-size:11px}
svg .label{font-weight:600}
svg .value{font-size:11.5px;font-variant-numeric:tabular-nums}
svg .grid{stroke:var(--line);stroke-width:1}
svg .mark-capacity{stroke:var(--ink);stroke-width:1.5}
svg .mark-limit{stroke:var(--over);stroke-width:1.5;stroke-dasharray:5 3}
.s-ok,rect.s-ok,path.s-ok{fill:var(--ok)}
.s-stretched{fill:var(--stretched)}
.s-overloaded{fill:var(--over)}
svg .t-overloaded,.t-overloaded,.t-gap,.t-high{fill:var(--over);color:var(--over);font-weight:600}
svg .t-stretched,.t-stretched,.t-thin,.t-medium{fill:#a66a0c;color:#a66a0c}
svg .heat{fill:var(--heat)}
svg .heat-others .heat{fill:#5b6b86}
svg .cell-text{font-size:11px;fill:var(--ink);font-variant-numeric:tabular-nums}
svg .cell-text.on-dark{fill:#fff}
svg .sole .heat{stroke:#111;stroke-width:1.5}
svg .sole-mark{fill:#ffd23f;stroke:#111;stroke-width:.8}
svg .col-label{font-size:11px;fill:var(--ink)}
svg .col-gap .col-label{fill:var(--over);font-weight:700}
svg .col-unowned .col-label{fill:var(--muted)}
svg .gap-stripe{fill:#fbe3e5}
svg .unowned-stripe{fill:#f3f4f6}
svg .gap-label{fill:var(--over);font-size:10.5px;font-weight:600}
svg .bracket{stroke:var(--muted);stroke-width:1}
svg .bracket-label{fill:var(--muted);font-size:10px;text-transform:uppercase;letter-spacing:.08em}
svg .risk{font-size:11.5px;font-weight:600}
svg .r-high{fill:var(--over)}svg .r-medium{fill:#a66a0c}svg .r-low{fill:var(--muted);font-weight:400}
svg .unclassified{fill:#d7dbe1;stroke:#d7dbe1}
svg .link{fill:none;stroke-opacity:.38}
svg .link:hover{stroke-opacity:.7}
svg .node{stroke:none}
svg .n-person{fill:#44546a}
svg .n-ground{fill:#9aa3af}
svg .n-others{fill:#7b8797}
svg .n-role{fill:#fff;stroke:var(--over);stroke-width:1.5;stroke-dasharray:3 2}
svg .node-label{font-size:12px;font-weight:600}
svg .halo{paint-order:stroke;stroke:#fff;stroke-width:3px;stroke-linejoin:round}
svg .value.halo{stroke-width:4px}
svg .danger-label{fill:var(--over);font-size:11px}
svg .truck-label{fill:var(--over);font-weight:700;font-size:12px}
svg .truck-bar{fill:var(--accent);opacity:.5}
svg .truck-bar.in-truck{opacity:1}
svg .truck-bar.lost{fill:var(--over)}
.flow-heads{display:flex;justify-content:space-between;color:var(--muted);font-size:12px;text-transform:uppercase;letter-spacing:.06em;padding:0 18%}
.legend{display:flex;flex-wrap:wrap;gap:4px 14px;font-size:12.5px;color:var(--muted);margin:2px 0 6px;padding:0;list-style:none}
.legend li{display:flex;align-items:center;gap:5px}
.sw{display:inline-block;width:11px;height:11px;border-radius:2px;background:#ccc}
.sw.s-ok{background:var(--ok)}.sw.s-stretched{background:var(--stretched)}.sw.s-overloaded{background:var(--over)}
.sw.heat{background:var(--heat)}.sw.gap{background:#fbe3e5;border:1px solid var(--over)}.sw.sole{background:#ffd23f;border:1px solid #111}
.sw.unclassified{background:#d7dbe1}.sw.role{background:#fff;border:1.5px dashed var(--over)}
.note{color:var(--muted);font-size:13.5px;margin:4px 0 8px}
.empty{color:var(--muted);font-style:italic}
ul.plain{margin:.3em 0 .6em;padding-left:1.2em}
ol.steps{margin:.2em 0 .6em;padding-left:1.6em;font-size:14px}
ol.steps li.in-truck::marker{color:var(--accent);font-weight:700}
details.table-view{margin:8px 0 2px;border-top:1px solid var(--line);padding-top:6px}
details.table-view>summary{cursor:pointer;color:var(--accent);font-size:13.5px;font-weight:600}
.scroll{overflow-x:auto;max-height:560px;overflow-y:auto;margin-top:6px}
table{border-collapse:collapse;width:100%;font-size:13px}
th,td{text-align:left;padding:4px 8px;border-bottom:1px solid var(--line);vertical-align:top}
th{position:sticky;top:0;background:#f7f8fa;font-weight:600;white-space:nowrap}
th button{all:unset;cursor:pointer}
th button:focus-visible{outline:2px solid var(--accent)}
th[aria-sort=ascending] button::after{content:" \\25B2";font-size:.7em}
th[aria-sort=descending] button::after{content:" \\25BC";font-size:.7em}
.n{text-align:right;font-variant-numeric:tabular-nums}
.muted{color:var(--muted)}
.more{color:var(--muted);font-size:13px;margin:4px 0}
input.filter{font:inherit;font-size:13px;padding:3px 8px;border:1px solid var(--line);border-radius:6px;margin:6px 0 0;width:min(320px,100%)}
.changes td.worse{color:var(--over)}
footer{color:var(--muted);font-size:12.5px;margin-top:28px}
@media (max-width:760px){.kpis{grid-template-columns:repeat(2,1fr)}.pair{grid-template-columns:1fr}.page{padding:18px 12px}nav.toc{margin:10px -12px 16px;padding:8px 12px}}
@media print{
  @page{margin:12mm}
  body{background:#fff;font-size:11pt}
  .page,.page.wide{max-width:none;padding:0}
  nav.toc,input.filter,details.table-view:not([open]){display:none}
  section.report{border:none;padding:0;margin:0 0 14pt;break-inside:avoid-page}
  .kpi,.findings{break-inside:avoid}
  .scroll{max-height:none;overflow:visible}
  th{position:static}
  a{color:inherit;text-decoration:none}
  svg .link{stroke-opacity:.5}
}
${palette}
`.trim();
