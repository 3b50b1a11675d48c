// Deterministic org generator for the scale benchmark and the scale tests.
//
//   import { generateOrg, writeOrgFile, writeOrgFolder, writeOrgJson } from './gen-org.mjs';
//
// Same seed and size, same bytes: a seeded PRNG (mulberry32) and no clock.
// Members come in teams of 8-40 under divisions; each carries 3-6 rocks worded
// the way teams write them (plain strings, mappings with effort, tags, an
// explicit discipline now and then, context links), so the classifier, the
// validator and the handoff planner all do realistic work.
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

export function mulberry32(seed) {
  let a = seed >>> 0;
  return () => {
    a |= 0;
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const FIRST = [
  'Aaliyah', 'Abebe', 'Adebayo', 'Adriana', 'Ahmed', 'Aiko', 'Akosua', 'Alejandro', 'Aleksandra', 'Ali', 'Amani', 'Ana',
  'Anders', 'Andrei', 'Anika', 'Arash', 'Arjun', 'Astrid', 'Ayesha', 'Bao', 'Beatriz', 'Bilal', 'Bogdan', 'Camila',
  'Carlos', 'Chidi', 'Chloe', 'Daniela', 'Darius', 'Deepa', 'Diego', 'Dmitri', 'Eitan', 'Elif', 'Emeka', 'Emma',
  'Esther', 'Farah', 'Fatima', 'Felipe', 'Freya', 'Gabriel', 'Hana', 'Hamza', 'Hiroshi', 'Ife', 'Ingrid', 'Isabel',
  'Ivan', 'Jamal', 'Javier', 'Jia', 'Joon-ho', 'Julia', 'Kai', 'Kamala', 'Karim', 'Katarzyna', 'Kenji', 'Kiran',
  'Lars', 'Layla', 'Leon', 'Lucía', 'Mai', 'Malik', 'Manon', 'Marco', 'Maria', 'Marisol', 'Mehmet', 'Mei',
];
const LAST = [
  'Abara', 'Acheampong', 'Adeyemi', 'Aguilar', 'Ahmadi', 'Alvarez', 'Andersen', 'Aoki', 'Baptiste', 'Barros', 'Bauer',
  'Bhatt', 'Bianchi', 'Chen', 'Chowdhury', 'Costa', 'Cruz', 'Dang', 'De Vries', 'Diallo', 'Dubois', 'Eriksson', 'Eze',
  'Fernandes', 'Fischer', 'Fonseca', 'Gallo', 'García', 'Ghosh', 'Gomes', 'Gupta', 'Haddad', 'Hansen', 'Hashemi',
  'Nakamura', 'Ndlovu', 'Nguyen', 'Novak', 'Nowak', 'Nyambura', "O'Brien", 'Obi', 'Ogunleye', 'Okafor', 'Olsen', 'Ortiz',
  'Osei', 'Ozturk', 'Papadopoulos', 'Park', 'Patel', 'Pereira', 'Petrov', 'Popescu', 'Qureshi', 'Rahman', 'Ramos',
];
const PRODUCTS = ['Checkout', 'Search', 'Mobile app', 'Billing', 'Partner portal', 'Loyalty', 'Onboarding', 'Payments', 'Analytics', 'Marketplace', 'Help centre', 'Admin console'];
const FEATURES = ['saved carts', 'bulk export', 'SSO', 'refund flow', 'dark mode', 'price alerts', 'team invites', 'audit log', 'offline mode', 'usage-based pricing', 'multi-currency', 'guest checkout'];
const SERVICES = ['availability-service', 'ledger', 'search indexer', 'auth gateway', 'event bus', 'notification worker', 'pricing engine', 'CDN config'];
const CUSTOMERS = ['Maersk', 'Acme Retail', 'Northwind', 'Globex', 'Initech', 'Umbrella Health', 'Stark Logistics', 'Wayne Hotels'];
const QUARTERS = ['Q1', 'Q2', 'Q3', 'Q4', 'FY26', 'H2'];
const TICKETS = ['ENG', 'OPS', 'PM', 'SUP', 'MKT', 'DATA', 'SEC'];
const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
const ASIDES = ['follow-up', 'blocked on legal', 'second pass', 'with the platform team', 'needs a decision', 'carry-over from last quarter'];

/** Task wordings per discipline; {p} product, {f} feature, {s} service, {c} customer, {q} quarter. */
const TEMPLATES = {
  'product-marketing': ['Launch messaging for {p} {f}', 'Positioning and battlecard refresh for {p}', 'Go-to-market plan for {f}', 'Release notes and launch blog for {p}', 'Competitive messaging against the new {p} entrant'],
  'product-strategy': ['{q} product strategy for {p}', 'Market sizing for {f} in new regions', 'Competitive landscape review for {p}', 'Pricing strategy for {f}', 'Build-vs-buy analysis for {s}'],
  'product-operations': ['Roadmap tooling and intake process for {p}', 'Product metrics dashboard for {q}', 'Quarterly planning logistics', 'Feedback triage process for {p}', 'Release calendar for {q}'],
  'product-management': ['PRD for {p} {f}', 'Backlog grooming for the {p} squad', 'User stories for {f}', 'Prioritise the {p} roadmap for {q}', 'Acceptance criteria for {f}'],
  'project-management': ['Cross-team dependencies for the {s} migration', 'Milestone plan and status report for {p}', 'Risk register for the {q} launch', 'Coordinate the {f} rollout schedule', 'Weekly status for the {s} programme'],
  'product-design': ['Wireframes for {p} {f}', 'Usability test of the {f} prototype', 'Design system tokens for {p}', 'Interaction design for {f} empty states', 'Figma handoff for {p}'],
  engineering: ['Implement {f} in {p}', 'Refactor the {s} client', 'Fix flaky integration tests in {s}', 'Code review rota for {p}', 'Migrate {s} to the new API', 'Write unit tests for {f}'],
  'data-science': ['Churn model for {p}', 'A/B test analysis of {f}', 'Forecast demand for {q}', 'Recommendation model for {p}', 'Data pipeline for {f} events'],
  'technical-operations': ['On-call rotation for {s}', 'Incident postmortem for the {s} outage', 'Kubernetes upgrade for {s}', 'Monitoring and alerts for {s}', 'Terraform for the {s} cluster'],
  sales: ['Renewal negotiation with {c}', 'Pipeline review for {q}', 'Demo of {p} for {c}', 'Quota planning for {q}', 'Proposal and pricing for {c}'],
  'marketing-communications': ['Newsletter for {q}', 'Social campaign for {p}', 'Press release about {f}', 'Webinar on {p} with {c}', 'SEO content for {p}'],
  'customer-support': ['Escalation from {c} about {f}', 'Help centre articles for {f}', 'Ticket backlog for {p}', 'Support macros for {p}', 'Customer complaints about {s} latency'],
};
const DISCIPLINES = Object.keys(TEMPLATES);
const ROLES = {
  'product-marketing': 'Product Marketing Manager', 'product-strategy': 'Product Strategist', 'product-operations': 'Product Operations Manager',
  'product-management': 'Product Manager', 'project-management': 'Technical Program Manager', 'product-design': 'Product Designer',
  engineering: 'Software Engineer', 'data-science': 'Data Scientist', 'technical-operations': 'Site Reliability Engineer',
  sales: 'Account Executive', 'marketing-communications': 'Marketing Manager', 'customer-support': 'Support Specialist',
};
// Engineering-heavy, like most product orgs.
const MIX = ['engineering', 'engineering', 'engineering', 'engineering', 'technical-operations', 'data-science', 'product-management', 'product-design', 'sales', 'customer-support', 'marketing-communications', 'project-management', 'product-operations', 'product-strategy', 'product-marketing'];
const DIVISIONS = ['Consumer', 'Business', 'Platform', 'Data', 'Go-to-Market', 'Operations'];

/**
 * The org as plain data: { org, divisions: [{ name, teams: [{ name, members }] }], unassigned }.
 * Member names are unique (an employee number keeps them apart at any size).
 */
export function generateOrg(size, seed = 20240611) {
  const rand = mulberry32(seed ^ size);
  const int = (lo, hi) => lo + Math.floor(rand() * (hi - lo + 1));
  const pick = (xs) => xs[Math.floor(rand() * xs.length)];
  const fill = (template) =>
    template.replace(/\{(\w)\}/g, (_, k) => (k === 'p' ? pick(PRODUCTS) : k === 'f' ? pick(FEATURES) : k === 's' ? pick(SERVICES) : k === 'c' ? pick(CUSTOMERS) : pick(QUARTERS)));
  const task = (discipline) => {
    // Ticket keys, owners' asides and dates make most titles unique, as they are in real backlogs.
    let title = fill(pick(TEMPLATES[discipline]));
    const v = rand();
    if (v < 0.3) title += ` (${pick(TICKETS)}-${int(100, 99999)})`;
    else if (v < 0.45) title += ` by ${int(1, 28)} ${pick(MONTHS)}`;
    else if (v < 0.55) title += ` — ${pick(ASIDES)}`;
    const r = rand();
    if (r < 0.4) return title;
    const t = { title, effort: int(1, 12) };
    if (r > 0.85) t.tags = [pick(['launch', 'q-goal', 'okr', 'customer', 'debt', 'compliance'])];
    if (r > 0.93) t.discipline = discipline;
    if (r > 0.7 && r < 0.8) t.context = `https://wiki.example.com/${discipline}/${int(1000, 9999)}`;
    return t;
  };
  let serial = 0;
  const member = (team) => {
    const home = pick(MIX);
    const name = `${pick(FIRST)} ${pick(LAST)} ${String(++serial).padStart(6, '0')}`;
    const count = int(3, 6);
    const tasks = [];
    for (let i = 0; i < count; i++) tasks.push(task(rand() < 0.7 ? home : pick(DISCIPLINES)));
    const m = { name, role: ROLES[home], team };
    if (rand() < 0.3) m.capacity = pick([24, 32, 36]);
    if (rand() < 0.2) m.skills = [pick(DISCIPLINES)];
    m.tasks = tasks;
    return m;
  };
  const divisions = [];
  let left = size;
  let teamNo = 0;
  while (left > 0) {
    for (const division of DIVISIONS) {
      if (left <= 0) break;
      let d = divisions.find((x) => x.name === division);
      if (!d) divisions.push((d = { name: division, teams: [] }));
      const n = Math.min(left, size <= 10 ? size : int(8, 40));
      const name = `${division} team ${++teamNo}`;
      const members = [];
      for (let i = 0; i < n; i++) members.push(member(name));
      d.teams.push({ name, members });
      left -= n;
    }
  }
  const unassigned = [];
  for (let i = 0; i < Math.min(50, Math.ceil(size / 100)); i++) unassigned.push(task(pick(DISCIPLINES)));
  return { org: `Generated org of ${size}`, divisions, unassigned };
}

// ------------------------------------------------------------------ YAML

const PLAIN = /^[A-Za-z][A-Za-z0-9 ,.'()/-]*$/;
const RESERVED = /^(?:null|true|false|~|y|n|yes|no|on|off)$/i;
function scalar(value) {
  if (typeof value === 'number') return String(value);
  if (PLAIN.test(value) && !RESERVED.test(value) && !/ #|: |[-:,]$/.test(value)) return value;
  return JSON.stringify(value);
}

function memberYaml(m, withTeam) {
  const lines = [`  - name: ${scalar(m.name)}`, `    role: ${scalar(m.role)}`];
  if (withTeam) lines.push(`    team: ${scalar(m.team)}`);
  if (m.capacity !== undefined) lines.push(`    capacity: ${m.capacity}`);
  if (m.skills) lines.push(`    skills: [${m.skills.join(', ')}]`);
  lines.push('    tasks:');
  for (const t of m.tasks) lines.push(...taskYaml(t, '      '));
  return lines.join('\n');
}

function taskYaml(t, indent) {
  if (typeof t === 'string') return [`${indent}- ${scalar(t)}`];
  const lines = [`${indent}- title: ${scalar(t.title)}`, `${indent}  effort: ${t.effort}`];
  if (t.discipline) lines.push(`${indent}  discipline: ${t.discipline}`);
  if (t.tags) lines.push(`${indent}  tags: [${t.tags.join(', ')}]`);
  if (t.context) lines.push(`${indent}  context: ${scalar(t.context)}`);
  return lines;
}

function header(org) {
  return ['# Generated by bench/gen-org.mjs; deterministic.', 'version: 1', `org: ${scalar(org.org)}`, 'defaults:', '  capacity: 40', '  effort: 4'];
}

/** The whole org as one YAML file. */
export function orgYaml(org) {
  const parts = [header(org).join('\n'), 'members:'];
  for (const d of org.divisions) for (const team of d.teams) for (const m of team.members) parts.push(memberYaml(m, true));
  if (org.unassigned.length) parts.push('unassigned:', ...org.unassigned.flatMap((t) => taskYaml(t, '  ')));
  return `${parts.join('\n')}\n`;
}

/** The org as plain data in the shape of the org file, for the JSON floor. */
export function orgData(org) {
  const members = [];
  for (const d of org.divisions) for (const team of d.teams) members.push(...team.members);
  return { version: 1, org: org.org, defaults: { capacity: 40, effort: 4 }, members, unassigned: org.unassigned };
}

export function writeOrgFile(org, path) {
  writeFileSync(path, orgYaml(org));
}

export function writeOrgJson(org, path) {
  writeFileSync(path, JSON.stringify(orgData(org), null, 2));
}

/** A folder: org.yaml at the top, a folder per division, a file per team (`team:` and `parent:`). */
export function writeOrgFolder(org, dir) {
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  const top = [...header(org)];
  if (org.unassigned.length) top.push('unassigned:', ...org.unassigned.flatMap((t) => taskYaml(t, '  ')));
  writeFileSync(join(dir, 'org.yaml'), `${top.join('\n')}\n`);
  for (const d of org.divisions) {
    const sub = join(dir, d.name.toLowerCase().replace(/[^a-z0-9]+/g, '-'));
    mkdirSync(sub, { recursive: true });
    for (const team of d.teams) {
      const lines = ['version: 1', `team: ${scalar(team.name)}`, `parent: ${scalar(d.name)}`, 'members:'];
      for (const m of team.members) lines.push(memberYaml(m, false));
      writeFileSync(join(sub, `${team.name.toLowerCase().replace(/[^a-z0-9]+/g, '-')}.yaml`), `${lines.join('\n')}\n`);
    }
  }
}
