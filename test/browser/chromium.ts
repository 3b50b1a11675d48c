/**
 * Headless Chromium for the browser tests: the system's binary (Debian's
 * `chromium` package; nothing here can download one), driven by
 * playwright-core. Outside CI a missing browser skips the tests, loudly;
 * under CI=true it fails them.
 */
import { existsSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { chromium, type BrowserContext, type Page } from 'playwright-core';
import { ROOT } from '../helpers.js';

const CANDIDATES = [process.env.ROCKS_CHROMIUM, '/usr/bin/chromium', '/usr/bin/chromium-headless-shell', '/usr/bin/chromium-browser', '/usr/bin/google-chrome'];

/** The browser binary, or undefined when this machine has none. */
export const CHROMIUM = CANDIDATES.find((p): p is string => p !== undefined && p !== '' && existsSync(p));

export const IN_CI = process.env.CI === 'true' || process.env.CI === '1';

if (!CHROMIUM && !IN_CI) {
  console.warn(
    [
      '',
      '*****************************************************************',
      '* BROWSER TESTS SKIPPED: no Chromium found', `*   (looked for ${CANDIDATES.filter(Boolean).join(', ')})`,
      '* Install it with: apt-get install -y chromium', '* or point ROCKS_CHROMIUM at a Chromium binary.',
      '* Under CI=true a missing browser fails the run.',
      '*****************************************************************',
      '',
    ].join('\n'),
  );
}

/** Screenshots a person can look at (git-ignored). */
export const SHOTS = join(ROOT, 'test', '.output', 'browser');

// Without these, Chromium on a closed network stalls on its background fetches.
const FLAGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'];

export interface Browser {
  context: BrowserContext;
  close(): Promise<void>;
}

/** A fresh browser (its own user-data folder), JavaScript on or off. */
export async function launch(options: { javaScript?: boolean } = {}): Promise<Browser> {
  if (!CHROMIUM) throw new Error('no Chromium: apt-get install -y chromium, or set ROCKS_CHROMIUM');
  const profile = mkdtempSync(join(tmpdir(), 'rocks-chromium-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM,
    headless: true,
    args: FLAGS,
    viewport: { width: 1200, height: 900 },
    javaScriptEnabled: options.javaScript ?? true,
    timeout: 60_000,
  });
  return {
    context,
    async close() {
      await context.close();
      rmSync(profile, { recursive: true, force: true });
    },
  };
}

export interface OpenedReport {
  page: Page;
  /** Console messages at warning level and above, and uncaught errors. */
  problems: string[];
  /** Every URL the page asked for. */
  requests: string[];
  dialogs: string[];
}

/** Opens a report file as a reader would (file://), recording what it logs, requests and pops up. */
export async function openReport(browser: Browser, file: string): Promise<OpenedReport> {
  const page = await browser.context.newPage();
  const opened: OpenedReport = { page, problems: [], requests: [], dialogs: [] };
  page.on('console', (m) => {
    if (m.type() === 'error' || m.type() === 'warning') opened.problems.push(`${m.type()}: ${m.text()}`);
  });
  page.on('pageerror', (e) => opened.problems.push(`pageerror: ${e.message}`));
  page.on('request', (r) => opened.requests.push(r.url()));
  page.on('dialog', (d) => {
    opened.dialogs.push(d.message());
    void d.dismiss();
  });
  await page.goto(pathToFileURL(file).href, { waitUntil: 'load' });
  return opened;
}

export function screenshotPath(name: string): string {
  mkdirSync(SHOTS, { recursive: true });
  return join(SHOTS, `${name}.png`);
}
