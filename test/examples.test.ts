/**
 * The bundled examples double as documentation: each is meant to show
 * something worth seeing. These tests keep them telling their story as the
 * rules evolve.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { analyse } from '../src/analyse/analyse.js';
import { type Audit } from '../src/model/audit.js';
import { loadOrg } from '../src/input/load.js';
import { ROOT } from './helpers.js';

async function auditOf(...files: string[]): Promise<Audit> {
  const result = await loadOrg(files.map((file) => ({ file, text: readFileSync(join(ROOT, file), 'utf8') })));
  if (!result.ok) throw new Error(result.diagnostics.map((d) => `${d.file}:${d.line}:${d.col}: ${d.message}`).join('\n'));
  return analyse(result.org);
}

const statusOf = (audit: Audit, id: string) => audit.disciplines.find((d) => d.id === id)?.status;

describe('examples', () => {
  it('startup: one overloaded unicorn, a product-operations gap, rocks on the ground, launch messaging to the sales lead', async () => {
    const audit = await auditOf('examples/startup.yaml');
    expect(audit.headcount).toBe(3);
    expect(audit.members[0]).toMatchObject({ name: 'Priya Shah', status: 'overloaded' });
    expect(audit.members[0]!.load).toBeGreaterThanOrEqual(130);
    expect(audit.unicorns[0]).toMatchObject({ name: 'Priya Shah', level: 'high' });
    expect(statusOf(audit, 'product-operations')).toBe('gap');
    expect(audit.unassigned.length).toBeGreaterThan(0);
    expect(audit.handoffs[0]).toMatchObject({ task: 'Launch messaging for the retail channel', from: 'Priya Shah', to: 'Marcus Obi' });
    expect(audit.truckFactor.people).toBe(1);
  });

  it('scale-up: an overloaded director, a product-strategy gap, a thin product-operations', async () => {
    const audit = await auditOf('examples/scale-up.yaml');
    expect(audit.headcount).toBe(25);
    expect(audit.members[0]).toMatchObject({ name: 'Dana Whitfield', status: 'overloaded' });
    expect(statusOf(audit, 'product-strategy')).toBe('gap');
    expect(statusOf(audit, 'product-operations')).toBe('thin');
    expect(audit.unassigned.length).toBeGreaterThan(0);
  });

  it('enterprise: about 200 people, an overloaded group PM, unicorns and rocks on the ground', async () => {
    const audit = await auditOf('examples/enterprise.yaml');
    expect(audit.headcount).toBe(200);
    expect(audit.stage).toBe('enterprise');
    expect(audit.members[0]).toMatchObject({ name: 'Isabel Moreau', status: 'overloaded' });
    expect(audit.unicorns.filter((u) => u.level === 'high').length).toBeGreaterThan(0);
    expect(audit.unassigned.length).toBeGreaterThan(0);
    expect(audit.unclassified.length).toBeLessThanOrEqual(audit.totals.tasks * 0.02);
  });

  it('org/: a folder of team files merges into one org with its custom discipline', async () => {
    const dir = 'examples/org';
    const files = readdirSync(join(ROOT, dir)).filter((f) => f.endsWith('.yaml')).sort().map((f) => `${dir}/${f}`);
    const audit = await auditOf(...files);
    expect(audit.headcount).toBe(18);
    expect(audit.disciplines.find((d) => d.id === 'compliance')).toMatchObject({ required: true });
    expect(audit.members.every((m) => m.status !== 'overloaded')).toBe(true);
  });
});
