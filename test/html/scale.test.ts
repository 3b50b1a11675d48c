/**
 * At scale the page aggregates: the worst people, team × discipline, and
 * counts of the rest, so ten times the members gives about the same page.
 */
import { describe, expect, it } from 'vitest';
import { analyse } from '../../src/analyse/analyse.js';
import { formatAuditHtml } from '../../src/format/html/index.js';
import { orgFrom } from '../helpers.js';
// @ts-expect-error -- a plain ES module without types
import { generateOrg, orgYaml } from '../../bench/gen-org.mjs';

const pageOf = async (size: number) => {
  const org = await orgFrom(orgYaml(generateOrg(size)));
  return formatAuditHtml({ org, audit: analyse(org) });
};

const count = (page: string, pattern: RegExp) => (page.match(pattern) ?? []).length;

describe('the HTML report of a large org', () => {
  it('draws a bounded number of elements and stays about the same size from 2,000 to 20,000 members', async () => {
    const small = await pageOf(2_000);
    const large = await pageOf(20_000);
    for (const page of [small, large]) {
      expect(count(page, /<g class="bar"/g)).toBe(25);
      expect(count(page, /<g class="heat-row/g)).toBe(31);
      expect(count(page, /<g class="team-row"/g)).toBeLessThanOrEqual(30);
      expect(count(page, /<g class="flow-node"/g)).toBeLessThanOrEqual(10 + 10 + 13 + 12);
      // Tables list the first hundred rows and count the rest.
      expect(count(page, /<tr>/g)).toBeLessThan(700);
    }
    expect(large).toContain('19,975 more members');
    expect(large.length).toBeLessThan(small.length * 1.3);
    expect(large.length).toBeLessThan(1_000_000);
  }, 60_000);
});
