/**
 * Before and after side by side (the page `rocks what-if --format html`
 * will show), from two real audits: the startup example and the same org
 * after Priya hands the launch messaging to Marcus and drops two rocks;
 * and the diff fixtures.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { analyse } from '../../src/analyse/analyse.js';
import { diffOrgs } from '../../src/diff/diff.js';
import { formatComparisonHtml } from '../../src/format/html/index.js';
import { orgFrom } from '../helpers.js';
import { CHROMIUM, launch, openReport, screenshotPath, type Browser } from './chromium.js';

const STARTUP = readFileSync('examples/startup.yaml', 'utf8');

/** Launch messaging moves to Marcus (with its context), the wireframes and the release schedule are dropped. */
function relieved(text: string): string {
  const launch = /\n      - title: Launch messaging for the retail channel\n(?: {8}.*\n| {10}.*\n)+/.exec(text)![0];
  const without = text
    .replace(launch, '\n')
    .replace(/\n      - title: Wireframes for the companion app onboarding\n        effort: 8\n/, '\n')
    .replace(/\n      - title: v2 release schedule and milestones with the contract manufacturer\n        effort: 8\n/, '\n');
  return without.replace('      - title: Monday pipeline review\n', `${launch.slice(1)}      - title: Monday pipeline review\n`);
}

describe.runIf(CHROMIUM !== undefined)('the before-and-after page in Chromium', () => {
  let browser: Browser;
  const dir = mkdtempSync(join(tmpdir(), 'rocks-html-compare-'));
  beforeAll(async () => {
    browser = await launch();
  });
  afterAll(async () => {
    await browser?.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('shows both audits side by side, what changed, and whether each figure got better', async () => {
    const beforeOrg = await orgFrom(STARTUP, 'examples/startup.yaml');
    const afterOrg = await orgFrom(relieved(STARTUP), 'after/startup.yaml');
    const before = { org: beforeOrg, audit: analyse(beforeOrg) };
    const after = { org: afterOrg, audit: analyse(afterOrg) };
    const changes = diffOrgs(beforeOrg, afterOrg, { before: before.audit, after: after.audit });
    expect(before.audit.members.find((m) => m.name === 'Priya Shah')!.status).toBe('overloaded');
    expect(after.audit.members.find((m) => m.name === 'Priya Shah')!.status).toBe('ok');

    const file = join(dir, 'startup-before-after.html');
    writeFileSync(file, formatComparisonHtml({ before, after, beforeLabel: 'Today', afterLabel: 'After the handoff', changes }));
    const { page, problems, requests } = await openReport(browser, file);
    expect(problems).toEqual([]);
    expect(requests).toEqual([pathToFileURL(file).href]);

    const sections = await page.$$eval('section.report .pair', (pairs) => pairs.map((p) => [...p.children].map((c) => c.querySelector('h3')?.textContent)));
    expect(sections.length).toBeGreaterThanOrEqual(4);
    for (const heads of sections) expect(heads).toEqual(['Today', 'After the handoff']);
    // Each side draws its own audit.
    expect(await page.locator('#load-0 g.bar[data-status="overloaded"]').count()).toBe(1);
    expect(await page.locator('#load-1 g.bar[data-status="overloaded"]').count()).toBe(0);
    expect(await page.getAttribute('[data-kpi="overloaded"]', 'data-value')).toBe('0');
    expect(await page.locator('[data-kpi="overloaded"] .delta.better').count()).toBe(1);
    const data = JSON.parse((await page.locator('#rocks-data').textContent())!);
    expect([data.before.counts.overloaded, data.after.counts.overloaded]).toEqual([1, 0]);
    // The moved rock, in the changes.
    expect(changes.moved.map((m) => [m.title, m.from, m.to])).toEqual([['Launch messaging for the retail channel', 'Priya Shah', 'Marcus Obi']]);
    const moved = await page.locator('#changes table').first().locator('tbody tr').allTextContents();
    expect(moved).toHaveLength(1);
    expect(moved[0]).toContain('Marcus Obi');

    await page.screenshot({ path: screenshotPath('startup-before-after'), fullPage: true });
    await page.close();
  }, 60_000);

  it('renders the diff fixtures without a console message', async () => {
    const beforeOrg = await orgFrom(readFileSync('test/fixtures/check/diff/before.yaml', 'utf8'), 'before.yaml');
    const afterOrg = await orgFrom(readFileSync('test/fixtures/check/diff/after.yaml', 'utf8'), 'after.yaml');
    const before = { org: beforeOrg, audit: analyse(beforeOrg) };
    const after = { org: afterOrg, audit: analyse(afterOrg) };
    const file = join(dir, 'diff-fixtures.html');
    writeFileSync(file, formatComparisonHtml({ before, after, changes: diffOrgs(beforeOrg, afterOrg, { before: before.audit, after: after.audit }) }));
    const { page, problems } = await openReport(browser, file);
    expect(problems).toEqual([]);
    expect(await page.locator('svg.chart').count()).toBeGreaterThanOrEqual(6);
    await page.close();
  }, 60_000);
});
