/**
 * Org files are untrusted: names that try to close the <script> element,
 * open tags, break the embedded JSON or reorder text must reach the page
 * as inert text. The page's CSP would block an injected script anyway, but
 * it would log a violation: no console message at all means nothing even
 * tried to run.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ROOT, rocks } from '../helpers.js';
import { CHROMIUM, launch, openReport, screenshotPath, type Browser } from './chromium.js';

const NAME = '</script><img src=x onerror=alert(1)>';
const ORG = 'Evil </style><script>alert(2)</script> & Co';
const ROLE = '"><svg onload=alert(3)>';
const TEAM = "<!-- '\u2028\u2029 --> <iframe src=https://evil.example>";
const TITLE = 'Launch plan </script><script>window.pwned=1</script> \u202Egnp.exe';

const yaml = (s: string): string => JSON.stringify(s);
const HOSTILE = `version: 1
org: ${yaml(ORG)}
stage: startup
members:
  - name: ${yaml(NAME)}
    role: ${yaml(ROLE)}
    team: ${yaml(TEAM)}
    capacity: 20
    tasks:
      - { title: ${yaml(TITLE)}, effort: 12, discipline: product-marketing }
      - { title: "PRD for </textarea><script>alert(4)</script>", effort: 10, discipline: product-management }
      - { title: "Roadmap", effort: 6, discipline: product-management }
  - name: "Dana <b onmouseover=alert(5)>"
    team: ${yaml(TEAM)}
    skills: [product-marketing]
    tasks:
      - { title: "Pipeline review", effort: 8, discipline: sales }
unassigned:
  - { title: "<script>alert(6)</script>", effort: 3, discipline: product-operations }
`;

describe.runIf(CHROMIUM !== undefined)('hostile strings in the HTML report', () => {
  let browser: Browser;
  const dir = mkdtempSync(join(tmpdir(), 'rocks-html-hostile-'));
  beforeAll(async () => {
    browser = await launch();
  });
  afterAll(async () => {
    await browser?.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('run nothing, load nothing, and read back as the exact text', async () => {
    const input = join(dir, 'hostile.yaml');
    writeFileSync(input, HOSTILE);
    const file = join(dir, 'hostile.html');
    const run = rocks(['audit', input, '--format', 'html', '-o', file]);
    expect([run.code, run.stderr]).toEqual([0, '']);

    const { page, problems, requests, dialogs } = await openReport(browser, file);
    expect(dialogs).toEqual([]);
    expect(problems).toEqual([]);
    expect(requests).toEqual([pathToFileURL(file).href]);
    expect(await page.evaluate('typeof window.pwned')).toBe('undefined');
    // Only the page's own elements: its one script and its data block, no image, frame or injected SVG handler.
    expect(await page.locator('img, iframe, object, embed, textarea, b').count()).toBe(0);
    expect(await page.locator('script').count()).toBe(2);
    expect(await page.locator('[onerror], [onload], [onmouseover]').count()).toBe(0);

    // The strings are there, as text.
    expect(await page.locator('h1').textContent()).toBe(ORG);
    const cells = await page.locator('#load table tbody tr:first-child td').allTextContents();
    expect(cells.slice(0, 2)).toEqual([NAME, ROLE]);
    const data = JSON.parse((await page.locator('#rocks-data').textContent())!);
    expect(data.org).toBe(ORG);
    // A bidi override is shown, not obeyed.
    expect(await page.locator('#handoffs table').textContent()).toContain('Launch plan');
    expect(await page.content()).not.toContain('\u202E');

    await page.screenshot({ path: screenshotPath('hostile'), fullPage: true });
    await page.close();
  }, 60_000);

  it('render the hostile fixtures of the input tests without a console message', async () => {
    for (const fixture of ['hostile-org-valid', 'hostile-strings-valid']) {
      const file = join(dir, `${fixture}.html`);
      const run = rocks(['audit', join(ROOT, 'test/hostile/fixtures', `${fixture}.yaml`), '--format', 'html', '-o', file]);
      expect([run.code, run.stderr]).toEqual([0, '']);
      const { page, problems, dialogs, requests } = await openReport(browser, file);
      expect({ problems, dialogs, requests }).toEqual({ problems: [], dialogs: [], requests: [pathToFileURL(file).href] });
      expect(await page.locator('img, iframe').count()).toBe(0);
      await page.close();
    }
  }, 60_000);
});
