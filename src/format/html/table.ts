/**
 * The table view under each chart: the same figures as rows, for screen
 * readers, for copying, and for anyone who would rather read than look.
 * Closed by default (<details>, so it works without script); the page's
 * script makes the columns sortable.
 */
import { groupDigits } from '../wording.js';

export interface Cell {
  /** HTML, already escaped. */
  html: string;
  /** The number the column sorts by, when it is not the text. */
  sort?: number;
  /** A class for the cell (right-aligned numbers, statuses). */
  cls?: string;
}

export interface TableView {
  /** Plain words, no untrusted text: it becomes the summary line. */
  caption: string;
  head: string[];
  /** Column indexes of numbers (right-aligned, sorted numerically). */
  numeric?: number[];
  rows: Cell[][];
  /** Rows not listed (beyond the table's limit). */
  hidden?: number;
  /** What the hidden rows are called: "members", "handoffs". */
  noun?: string;
  open?: boolean;
}

export function tableView(view: TableView): string {
  const numeric = new Set(view.numeric ?? []);
  const head = view.head.map((h, i) => `<th scope="col"${numeric.has(i) ? ' class="n"' : ''}>${h}</th>`).join('');
  const body = view.rows
    .map((row) => {
      const cells = row.map((c, i) => {
        const cls = [numeric.has(i) ? 'n' : '', c.cls ?? ''].filter(Boolean).join(' ');
        return `<td${cls ? ` class="${cls}"` : ''}${c.sort !== undefined ? ` data-sort="${c.sort}"` : ''}>${c.html}</td>`;
      });
      return `<tr>${cells.join('')}</tr>`;
    })
    .join('\n');
  const more = view.hidden ? `<p class="more">… and ${groupDigits(view.hidden)} more ${view.noun ?? 'rows'} (<code>--all</code> lists every one).</p>` : '';
  return (
    `<details class="table-view"${view.open ? ' open' : ''}><summary>${view.caption}</summary>` +
    `<div class="scroll"><table class="sortable"><thead><tr>${head}</tr></thead>\n<tbody>\n${body}\n</tbody></table></div>${more}</details>`
  );
}
