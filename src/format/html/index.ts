/**
 * The HTML report (`rocks audit --format html`). Loaded only for that
 * format: the chart libraries it uses (d3-scale, d3-shape, d3-sankey) stay
 * out of every other command's start-up.
 */
export { formatAuditHtml } from './report.js';
export { formatComparisonHtml, type HtmlComparison } from './compare.js';
export { CONTENT_SECURITY_POLICY } from './page.js';
