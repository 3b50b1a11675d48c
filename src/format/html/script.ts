/**
 * The report's only script, inline and allowed by its hash: it sorts a
 * table when its column head is clicked and adds a filter box to long
 * tables. The page reads the same without it. It reads no data, builds no
 * HTML from text (textContent only) and makes no request.
 */
export const SCRIPT = `
(function () {
  'use strict';
  function key(cell) {
    var s = cell.getAttribute('data-sort');
    if (s !== null) return parseFloat(s);
    var t = cell.textContent.trim();
    var n = parseFloat(t.replace(/[,%]/g, ''));
    return /^-?[\\d,.]+%?$/.test(t) && !isNaN(n) ? n : t.toLowerCase();
  }
  function compare(a, b) {
    if (typeof a === 'number' && typeof b === 'number') return a - b;
    return String(a).localeCompare(String(b));
  }
  function sortBy(table, col, th) {
    var body = table.tBodies[0];
    var dir = th.getAttribute('aria-sort') === 'descending' ? 'ascending' : 'descending';
    var heads = table.tHead.rows[0].cells;
    for (var i = 0; i < heads.length; i++) heads[i].removeAttribute('aria-sort');
    th.setAttribute('aria-sort', dir);
    var rows = Array.prototype.slice.call(body.rows).map(function (row, i) { return { row: row, key: key(row.cells[col]), i: i }; });
    rows.sort(function (a, b) { return (dir === 'ascending' ? compare(a.key, b.key) : compare(b.key, a.key)) || a.i - b.i; });
    rows.forEach(function (r) { body.appendChild(r.row); });
  }
  Array.prototype.forEach.call(document.querySelectorAll('table.sortable'), function (table) {
    Array.prototype.forEach.call(table.tHead.rows[0].cells, function (th, col) {
      var button = document.createElement('button');
      button.type = 'button';
      button.textContent = th.textContent;
      button.title = 'Sort by ' + th.textContent;
      th.textContent = '';
      th.appendChild(button);
      button.addEventListener('click', function () { sortBy(table, col, th); });
    });
    var body = table.tBodies[0];
    if (body.rows.length < 12) return;
    var input = document.createElement('input');
    input.type = 'search';
    input.className = 'filter';
    input.placeholder = 'Filter these rows';
    input.setAttribute('aria-label', 'Filter the rows of this table');
    input.addEventListener('input', function () {
      var q = input.value.trim().toLowerCase();
      Array.prototype.forEach.call(body.rows, function (row) {
        row.hidden = q !== '' && row.textContent.toLowerCase().indexOf(q) < 0;
      });
    });
    table.parentNode.parentNode.insertBefore(input, table.parentNode);
  });
})();
`.trim();
