/**
 * The HTML report in a real browser: each example and a large generated
 * org, opened from file:// in headless Chromium. Nothing may be logged or
 * requested, the charts must show what the audit's JSON says, and a
 * screenshot of each lands in test/.output/browser for a person to look at.
 */
import { mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { rocks } from '../helpers.js';
import { CHROMIUM, IN_CI, launch, openReport, screenshotPath, type Browser } from './chromium.js';
// @ts-expect-error -- a plain ES module without types
import { generateOrg, writeOrgFile } from '../../bench/gen-org.mjs';

interface AuditJson {
  headcount: number;
  totals: { load: number };
  members: { name: string; load: number | null; status: string }[];
  disciplines: { id: string; required: boolean; status: string; owners: string[] }[];
  truckFactor: { people: number | null };
  handoffs: { effort: number }[];
  rolesToOpen: unknown[];
  unassigned: unknown[];
  unicorns: { level: string }[];
  teams?: { name: string | null; headcount: number; load: number }[];
}

const dir = mkdtempSync(join(tmpdir(), 'rocks-html-'));
const GENERATED = join(dir, 'generated-5000.yaml');
const CASES: [name: string, input: string][] = [
  ['startup', 'examples/startup.yaml'],
  ['scale-up', 'examples/scale-up.yaml'],
  ['enterprise', 'examples/enterprise.yaml'],
  ['org-folder', 'examples/org'],
  ['generated-5000', GENERATED],
];

describe.runIf(CHROMIUM !== undefined)('the HTML report in Chromium', () => {
  let browser: Browser;
  beforeAll(async () => {
    writeOrgFile(generateOrg(5000), GENERATED);
    browser = await launch();
  });
  afterAll(async () => {
    await browser?.close();
    rmSync(dir, { recursive: true, force: true });
  });

  for (const [name, input] of CASES) {
    it(`${name}: opens without a request or an error, and draws what the audit says`, async () => {
      const file = join(dir, `${name}.html`);
      const run = rocks(['audit', input, '--format', 'html', '-o', file]);
      expect([run.code, run.stderr]).toEqual([0, '']);
      // To a file: a big org's document is longer than a child's standard output buffer.
      expect(rocks(['audit', input, '--format', 'json', '--by', 'team', '-o', `${file}.json`]).code).toBe(0);
      const audit = JSON.parse(readFileSync(`${file}.json`, 'utf8')) as AuditJson;

      const { page, problems, requests, dialogs } = await openReport(browser, file);
      expect(problems).toEqual([]);
      expect(dialogs).toEqual([]);
      expect(requests).toEqual([pathToFileURL(file).href]);

      // The headline cards.
      const kpi = async (key: string) => page.getAttribute(`[data-kpi="${key}"]`, 'data-value');
      const overloaded = audit.members.filter((m) => m.status === 'overloaded').length;
      const gaps = audit.disciplines.filter((d) => d.required && d.status === 'gap').length;
      expect(await kpi('load')).toBe(String(audit.totals.load));
      expect(await kpi('overloaded')).toBe(String(overloaded));
      expect(await kpi('gaps')).toBe(String(gaps));
      expect(await kpi('truck-factor')).toBe(audit.truckFactor.people === null ? '' : String(audit.truckFactor.people));
      expect(await kpi('high-risk')).toBe(String(audit.unicorns.filter((u) => u.level === 'high').length));
      expect(await kpi('handoffs')).toBe(String(audit.handoffs.length));
      expect(await kpi('roles')).toBe(String(audit.rolesToOpen.length));
      expect(await kpi('unassigned')).toBe(String(audit.unassigned.length));

      // Load: the worst members as bars, everyone in the histogram when they do not all fit.
      const bars = await page.$$eval('#load-0 g.bar', (gs) => gs.map((g) => ({ load: Number(g.getAttribute('data-load')), status: g.getAttribute('data-status') })));
      const worst = audit.members.map((m) => m.load ?? Infinity).sort((a, b) => b - a);
      expect(bars.map((b) => b.load)).toEqual(worst.slice(0, bars.length));
      expect(bars.length).toBe(Math.min(audit.headcount, 25));
      expect(bars.filter((b) => b.status === 'overloaded').length).toBe(Math.min(overloaded, bars.length));
      const binned = await page.$$eval('#load-all-0 g.bin', (gs) => gs.reduce((n, g) => n + Number(g.getAttribute('data-count')), 0));
      expect(binned).toBe(audit.headcount > 25 ? audit.headcount : 0);

      // Coverage: a column per discipline, the gaps empty, each sole owner marked once, every member in some row.
      const columns = await page.$$eval('#coverage-0 g.column', (gs) => gs.map((g) => ({ id: g.getAttribute('data-discipline'), status: g.getAttribute('data-status') })));
      expect(columns.map((c) => c.id).sort()).toEqual(audit.disciplines.map((d) => d.id).sort());
      const gapIds = audit.disciplines.filter((d) => d.status === 'gap').map((d) => d.id);
      expect(columns.filter((c) => c.status === 'gap').map((c) => c.id).sort()).toEqual(gapIds.sort());
      for (const id of gapIds) expect(await page.locator(`#coverage-0 g.cell[data-discipline="${id}"]`).count()).toBe(0);
      expect(await page.locator('#coverage-0 g.cell.sole').count()).toBe(audit.disciplines.filter((d) => d.owners.length === 1).length);
      const people = await page.$$eval('#coverage-0 g.heat-row', (gs) => gs.reduce((n, g) => n + Number(g.getAttribute('data-people')), 0));
      expect(people).toBe(audit.headcount);

      // Teams: each row with a team's own figures is that team's roll-up.
      const teams = await page.$$eval('#teams-0 g.team-row', (gs) => gs.map((g) => ({ team: g.getAttribute('data-team'), headcount: Number(g.getAttribute('data-headcount')), load: Number(g.getAttribute('data-load')) })));
      const rollup = new Map((audit.teams ?? []).map((t) => [t.name ?? '(no team)', t]));
      expect(teams.length).toBe(Math.min(rollup.size, 30));
      for (const t of teams.filter((t) => rollup.has(t.team!))) expect({ headcount: rollup.get(t.team!)!.headcount, load: rollup.get(t.team!)!.load }).toEqual({ headcount: t.headcount, load: t.load });

      // Handoffs: every rock passes through two bands, its hours in both.
      const links = await page.$$eval('#handoffs-0 path.link', (ps) => ps.map((p) => ({ hours: Number(p.getAttribute('data-hours')), handoffs: Number(p.getAttribute('data-handoffs')) })));
      expect(links.reduce((n, l) => n + l.handoffs, 0)).toBe(2 * audit.handoffs.length);
      const hours = audit.handoffs.reduce((n, h) => n + h.effort, 0);
      expect(links.reduce((n, l) => n + l.hours, 0)).toBeCloseTo(2 * hours, 0);

      // Truck factor: the last of its steps has exactly its number of people gone.
      const steps = await page.$$eval('#truck-0 g.step.in-truck', (gs) => gs.map((g) => Number(g.getAttribute('data-gone'))));
      if (audit.truckFactor.people) expect(steps[steps.length - 1]).toBe(audit.truckFactor.people);

      // The data block reads back as JSON.
      const data = JSON.parse((await page.locator('#rocks-data').textContent())!);
      expect(data.headcount).toBe(audit.headcount);

      await page.screenshot({ path: screenshotPath(name), fullPage: true });
      await page.close();
    }, 60_000);
  }

  it('sorts a table when its column head is clicked', async () => {
    const file = join(dir, 'scale-up.html');
    const { page, problems } = await openReport(browser, file);
    await page.locator('#load details.table-view summary').click();
    const table = page.locator('#load table');
    const firstMember = () => table.locator('tbody tr:first-child td:first-child').textContent();
    const byLoad = await firstMember();
    await table.locator('th button', { hasText: 'Member' }).click();
    expect(await table.locator('th[aria-sort]').getAttribute('aria-sort')).toBe('descending');
    const names = await table.locator('tbody tr td:first-child').allTextContents();
    expect(names).toEqual([...names].sort((a, b) => b.localeCompare(a)));
    expect(await firstMember()).not.toBe(byLoad);
    expect(problems).toEqual([]);
    await page.close();
  });

  it('shows every chart with JavaScript off', async () => {
    const noScript = await launch({ javaScript: false });
    try {
      const { page, problems } = await openReport(noScript, join(dir, 'startup.html'));
      expect(await page.locator('svg.chart').count()).toBe(5);
      expect(await page.locator('#load-0 g.bar').count()).toBe(3);
      expect(await page.locator('#handoffs-0 path.link').count()).toBeGreaterThan(0);
      expect(problems).toEqual([]);
    } finally {
      await noScript.close();
    }
  }, 60_000);

  it('keeps a large org small: 5,000 members in a page of well under a megabyte', () => {
    expect(statSync(join(dir, 'generated-5000.html')).size).toBeLessThan(1_000_000);
  });
});

describe.runIf(CHROMIUM === undefined && IN_CI)('the browser tests under CI', () => {
  it('have a browser', () => {
    throw new Error('CI=true and no Chromium: install it (apt-get install -y chromium) or set ROCKS_CHROMIUM; .ci/run installs it');
  });
});
