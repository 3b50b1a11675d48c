/**
 * The HTML report as text, without a browser: its escaping, its
 * Content-Security-Policy, and what it refers to (nothing outside itself).
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { analyse } from '../../src/analyse/analyse.js';
import { html, scriptJson } from '../../src/format/html/escape.js';
import { CONTENT_SECURITY_POLICY, formatAuditHtml } from '../../src/format/html/index.js';
import { orgFrom } from '../helpers.js';

const reportOf = async (file: string) => {
  const org = await orgFrom(readFileSync(file, 'utf8'), file);
  return { org, audit: analyse(org) };
};

const sha256 = (text: string) => `'sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}'`;

describe('escaping for the HTML report', () => {
  it('leaves no markup in HTML text and attributes, and shows control and bidi characters', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary' }), (s) => {
        const out = html(s);
        expect(out).not.toMatch(/[<>"']/);
        expect(out.replace(/&(amp|lt|gt|quot|#39);/g, '')).not.toContain('&');
        expect(out).not.toMatch(/[\u0000-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069\u2028\u2029]/);
      }),
    );
    expect(html('</script><img src=x onerror=alert(1)>')).toBe('&lt;/script&gt;&lt;img src=x onerror=alert(1)&gt;');
  });

  it('embeds JSON that reads back the same value and cannot close its element', () => {
    fc.assert(
      fc.property(fc.jsonValue(), fc.string({ unit: 'binary' }), (value, s) => {
        for (const v of [value, s, { name: s, list: [s, value] }]) {
          const out = scriptJson(v);
          expect(JSON.parse(out)).toEqual(JSON.parse(JSON.stringify(v)));
          expect(out).not.toMatch(/[<>&\u2028\u2029\u202a-\u202e]/);
        }
      }),
    );
    expect(scriptJson('</script>\u2028')).toBe('"\\u003c/script\\u003e\\u2028"');
  });
});

describe('the page', () => {
  it('allows exactly its own style and script, by hash, and nothing else', async () => {
    const page = formatAuditHtml(await reportOf('examples/startup.yaml'));
    const style = /<style>([\s\S]*?)<\/style>/.exec(page)![1]!;
    const script = /<script>([\s\S]*?)<\/script>/.exec(page)![1]!;
    const policy = /<meta http-equiv="Content-Security-Policy" content="([^"]+)">/.exec(page)![1]!;
    expect(policy).toBe(CONTENT_SECURITY_POLICY);
    expect(policy.split('; ')).toEqual([
      "default-src 'none'",
      `style-src ${sha256(style)}`,
      `script-src ${sha256(script)}`,
      "img-src 'none'",
      "base-uri 'none'",
      "form-action 'none'",
    ]);
    // One executable script and one data block; no inline handler or style attribute the policy would refuse.
    expect(page.match(/<script[\s>]/g)).toHaveLength(2);
    expect(page).not.toMatch(/\son[a-z]+=/);
    expect(page).not.toMatch(/\sstyle=/);
  });

  it('refers to nothing outside itself', async () => {
    for (const file of ['examples/startup.yaml', 'examples/scale-up.yaml', 'examples/enterprise.yaml']) {
      const page = formatAuditHtml(await reportOf(file));
      const refs = [...page.matchAll(/\s(?:src|href|xlink:href|action|srcset|poster|data)="([^"]*)"/g)].map((m) => m[1]);
      expect(refs.every((r) => r!.startsWith('#')), `${file}: ${refs.filter((r) => !r!.startsWith('#')).join(' ')}`).toBe(true);
      expect(page).not.toMatch(/url\(|@import/);
    }
  });

  it('says so in words where there is nothing to draw', async () => {
    const empty = await orgFrom('version: 1\n');
    const page = formatAuditHtml({ org: empty, audit: analyse(empty) });
    expect(page).toContain('No members yet.');
    expect(page).toContain('No required discipline has an owner');
    expect(page).not.toContain('id="load-0"');
    const idle = await orgFrom('version: 1\nmembers:\n  - name: Solo\n    tasks: []\n');
    expect(formatAuditHtml({ org: idle, audit: analyse(idle) })).toContain('No handoffs needed');
  });

  it('is the same page for the same org (no clock, no randomness)', async () => {
    const report = await reportOf('examples/scale-up.yaml');
    expect(formatAuditHtml(report)).toBe(formatAuditHtml(report));
  });
});
