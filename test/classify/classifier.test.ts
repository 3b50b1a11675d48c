import { describe, expect, it } from 'vitest';
import { BUILTIN_DISCIPLINE_IDS } from '../../src/model/taxonomy.js';
import { BUILTIN_RULES } from '../../src/classify/builtin-rules.js';
import { createClassifier, DEFAULT_THRESHOLD } from '../../src/classify/classifier.js';
import { stem } from '../../src/classify/text/stem.js';
import { tokenize } from '../../src/classify/text/tokenize.js';
import { builtin, disciplineOf } from './helpers.js';

describe('built-in rules', () => {
  it('have unique kebab-case ids with a discipline prefix and a description', () => {
    const ids = BUILTIN_RULES.map((r) => r.id);
    expect(new Set(ids).size).toBe(ids.length);
    const prefixes: Record<string, string> = {
      'product-marketing': 'pmm-',
      'product-strategy': 'strat-',
      'product-operations': 'ops-',
      'product-management': 'pm-',
      'project-management': 'proj-',
      'product-design': 'design-',
      engineering: 'eng-',
      'data-science': 'ds-',
      'technical-operations': 'tops-',
      sales: 'sales-',
      'marketing-communications': 'mc-',
      'customer-support': 'sup-',
    };
    for (const rule of BUILTIN_RULES) {
      expect(rule.id).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
      expect(rule.id.startsWith(prefixes[rule.discipline]!)).toBe(true);
      expect(rule.description).toBeTruthy();
      expect(rule.source).toBe('builtin');
      expect(BUILTIN_DISCIPLINE_IDS).toContain(rule.discipline);
    }
  });

  it('cover every discipline', () => {
    for (const id of BUILTIN_DISCIPLINE_IDS) {
      expect(BUILTIN_RULES.some((r) => r.discipline === id && r.weight > 0)).toBe(true);
    }
  });
});

// Worded independently of the dev corpus: other products, verbs and synonyms.
const cases: Record<string, string[]> = {
  'product-marketing': [
    'Draft the positioning statement for Keel Analytics',
    'Sales enablement kit: battlecard and talk track vs. Rivet',
    'Launch plan and internal training for the Atlas 4 release',
    'Refresh the value proposition for the healthcare vertical',
  ],
  'product-strategy': [
    'Size the addressable market for SMB payroll in Brazil',
    'Write the MRD for the self-serve tier',
    'Competitive landscape of embedded finance vendors',
    'Three-year vision for the data platform',
  ],
  'product-operations': [
    'Define activation KPIs and build the product health dashboard',
    'Instrument checkout events and write the tracking plan',
    'Q3 pricing and packaging review',
    'Gross margin analysis per plan',
  ],
  'product-management': [
    'Write the PRD for bulk export',
    'Groom the backlog and write acceptance criteria for saved filters',
    'what makes the cut for 2.0?',
    'Update the H2 roadmap after the advisory board',
  ],
  'project-management': [
    'Update the Gantt chart for the warehouse programme',
    'Track cross-team dependencies between billing and identity',
    'Weekly status report for the steering committee',
    'Resolve the resourcing conflict between two squads',
  ],
  'product-design': [
    'Usability testing of the new onboarding flow',
    'Wireframes for the mobile settings screen',
    'Clickable Figma prototype of the checkout',
    'Personas for field technicians',
  ],
  engineering: [
    'Fix the null pointer crash when saving drafts',
    'Implement the GraphQL endpoint for invoices',
    'Refactor the auth middleware',
    'Write the Postgres migration that adds an index on orders',
  ],
  'data-science': [
    'Train a churn prediction model',
    'Power analysis for the onboarding experiment',
    'Evaluate the recommender offline with precision and recall',
    'Demand forecasting model for staffing',
  ],
  'technical-operations': [
    'On-call for the payments cluster this week',
    'Postmortem for the Tuesday outage',
    'Migrate the CI/CD pipeline to GitHub Actions',
    'Provision Kubernetes clusters with Terraform',
  ],
  sales: [
    'Close the renewal with Acme before quarter end',
    'Prospect into fintech accounts',
    'Update the pipeline in Salesforce',
    'Negotiate contract terms on the Globex deal',
  ],
  'marketing-communications': [
    'Write the press release for the Series B',
    'Paid search campaign for the spring promotion',
    'Monthly customer newsletter',
    'Book the booth for the trade show',
  ],
  'customer-support': [
    'Clear the support queue in Zendesk',
    'Help centre article on resetting passwords',
    'Handle escalations from enterprise customers',
    'Reduce first response time on tickets',
  ],
};

describe('classifies each discipline', () => {
  for (const [discipline, texts] of Object.entries(cases)) {
    it.each(texts)(`${discipline}: %s`, (text) => {
      const result = builtin.classify({ text });
      expect(result.discipline).toBe(discipline);
      expect(result.source).toBe('rules');
      expect(result.confidence).toBeGreaterThanOrEqual(DEFAULT_THRESHOLD);
      expect(result.rules.length).toBeGreaterThan(0);
    });
  }
});

describe('boundaries from TAXONOMY.md', () => {
  it.each([
    ['Launch messaging for Atlas 4', 'product-marketing'],
    ['Launch plan for the EMEA rollout', 'product-marketing'],
    ['Internal launch training for the support team', 'product-marketing'],
    ['Press release for the Atlas 4 launch', 'marketing-communications'],
    ['Social campaign for the Atlas 4 launch', 'marketing-communications'],
    ['Build the project schedule in a Gantt chart', 'project-management'],
    ['Map dependencies between the mobile and API teams', 'project-management'],
    ['Resolve the resourcing conflict on the data team', 'project-management'],
    ['Roadmap for next year', 'product-management'],
    ['Prioritise the Q3 feature requests', 'product-management'],
    ['Instrument the signup flow events', 'product-operations'],
    ['Funnel analysis of trial conversions', 'product-operations'],
    ['Define the KPIs for the mobile app', 'product-operations'],
    ['Pricing and margin review of the Pro plan', 'product-operations'],
    ['Personas for the admin users', 'product-design'],
    ['Heatmap analysis of the pricing page', 'product-design'],
    ['Usability test of the new pricing page', 'product-design'],
    ['A/B test significance for the pricing page', 'data-science'],
    ['Power analysis for the onboarding experiment', 'data-science'],
    ['Forecasting model for subscription revenue', 'data-science'],
    ['Read the conversion KPI from last week’s A/B test', 'product-operations'],
    ['Database migration for the orders table', 'engineering'],
    ['Implement the export endpoint in the application code', 'engineering'],
    ['Infrastructure upgrade of the Kafka brokers', 'technical-operations'],
    ['Fix the deployment pipeline', 'technical-operations'],
    ['Cut the 5.1 release', 'technical-operations'],
    ['Incident review for Friday', 'technical-operations'],
    ['Close the Initech renewal', 'sales'],
    ['Review the pipeline with the account executives', 'sales'],
    ['Sales deck and battlecards for the field', 'product-marketing'],
    ['Demo script for the sales team', 'product-marketing'],
    ['Run the live demo for Initech and push for signature', 'sales'],
    ['Error spike on the checkout API, write the postmortem', 'technical-operations'],
    ['Technical spike on the search index', 'engineering'],
    ['Date picker breaks on Firefox', 'engineering'],
    ['Repricing proposal for the Pro tier', 'product-operations'],
    ['v2 release schedule and milestones with the contract manufacturer', 'project-management'],
    ['Checkout button unresponsive on Safari 17', 'engineering'],
    ['Interview customers who churned last quarter', 'product-strategy'],
    ['Update the pricing page copy', 'marketing-communications'],
  ])('%s → %s', (text, expected) => {
    expect(disciplineOf(text)).toBe(expected);
  });
});

describe('matching', () => {
  it('matches words, never substrings: "ui" does not fire inside "build"', () => {
    const result = builtin.classify({ text: 'build the thing' });
    expect(result.hits.find((h) => h.rule === 'design-journey')).toBeUndefined();
    expect(builtin.classify({ text: 'rebuild the UI' }).hits.some((h) => h.rule === 'design-journey')).toBe(true);
  });

  it('does not see "pr" in "product" or "prd" in "prdx"', () => {
    const hits = builtin.classify({ text: 'product prdx' }).hits.map((h) => h.rule);
    expect(hits).not.toContain('eng-review-weak');
    expect(hits).not.toContain('pm-prd');
  });

  it('is case-insensitive', () => {
    expect(disciplineOf('WRITE THE PRD')).toBe('product-management');
    expect(disciplineOf('write the prd')).toBe('product-management');
  });

  it.each([
    ['plan the roadmap', 'planning the roadmaps'],
    ['prioritise requests', 'prioritizing requests'],
    ['write user stories', 'write a user story'],
    ['price the add-on', 'pricing the add-ons'],
  ])('tolerates inflection: "%s" ~ "%s"', (a, b) => {
    const rulesOf = (t: string) => builtin.classify({ text: t }).hits.map((h) => h.rule).sort();
    expect(rulesOf(a)).toEqual(rulesOf(b));
  });

  it.each([
    ['PRD for search', 'product-management'],
    ['MRD for Japan', 'product-strategy'],
    ['GTM for the new tier', 'product-marketing'],
    ['KPI tree for activation', 'product-operations'],
    ['NPS trend review', 'product-operations'],
    ['ICP refresh for mid-market', 'product-marketing'],
    ['support SLA breaches this week', 'customer-support'],
    ['CI/CD for the mobile app', 'technical-operations'],
    ['A/B test significance', 'data-science'],
  ])('knows acronyms: %s → %s', (text, expected) => {
    expect(disciplineOf(text)).toBe(expected);
  });

  it.each([
    ['go to market plan for Keel', 'product-marketing'],
    ['go-to-market plan for Keel', 'product-marketing'],
    ['user journey for first-time admins', 'product-design'],
    ['critical path for the November date', 'project-management'],
  ])('matches multi-word phrases: %s', (text, expected) => {
    expect(disciplineOf(text)).toBe(expected);
  });

  it('prefers the longer phrase: "press release" is not a release', () => {
    const result = builtin.classify({ text: 'press release' });
    expect(result.discipline).toBe('marketing-communications');
    expect(result.hits.map((h) => h.rule)).toEqual(['mc-press']);
  });

  it('matches a hyphenated compound as one word too', () => {
    expect(builtin.classify({ text: 'be on-call' }).hits.map((h) => h.rule)).toContain('tops-incident');
    expect(builtin.classify({ text: 'be oncall' }).hits.map((h) => h.rule)).toContain('tops-incident');
    expect(builtin.classify({ text: 'write the e-book' }).hits.map((h) => h.rule)).toContain('mc-content');
  });

  it('reports what each hit matched, in the original case', () => {
    const hit = builtin.classify({ text: 'Write the PRD' }).hits.find((h) => h.rule === 'pm-prd');
    expect(hit).toMatchObject({ discipline: 'product-management', weight: 3, matched: 'PRD' });
  });

  it('counts further matches of the same rule at half weight, in one hit', () => {
    const result = builtin.classify({ text: 'LinkedIn and Twitter posts' });
    const hit = result.hits.find((h) => h.rule === 'mc-social')!;
    expect(hit.weight).toBe(4.5);
    expect(hit.matched).toBe('LinkedIn, Twitter');
  });

  it('treats negative weights as evidence against a discipline', () => {
    const result = builtin.classify({ text: 'sales enablement' });
    const against = result.hits.find((h) => h.rule === 'sales-not-enablement');
    expect(against?.weight).toBeLessThan(0);
    expect(result.discipline).toBe('product-marketing');
    expect(result.rules).not.toContain('sales-not-enablement');
  });

  it('returns the deciding rules and every hit', () => {
    const result = builtin.classify({ text: 'Fix the bug in the pricing page' });
    expect(result.discipline).toBe('engineering');
    expect(result.rules).toEqual(expect.arrayContaining(['eng-bug', 'eng-fix']));
    expect(result.hits.map((h) => h.rule)).toContain('ops-pricing');
    expect(result.rules).not.toContain('ops-pricing');
  });
});

describe('decisions', () => {
  it('lets an explicit discipline win with confidence 1', () => {
    const result = builtin.classify({ text: 'Write the PRD', explicit: 'sales' });
    expect(result).toMatchObject({ discipline: 'sales', confidence: 1, source: 'explicit', rules: [] });
    expect(result.hits.length).toBeGreaterThan(0);
  });

  it('leaves a task with no evidence unclassified', () => {
    expect(builtin.classify({ text: 'lunch with Bob' })).toMatchObject({
      discipline: null,
      source: 'none',
      confidence: 0,
      rules: [],
    });
    expect(builtin.classify({ text: '' }).discipline).toBeNull();
  });

  it('gives contested weak evidence a low confidence', () => {
    // one weak word each for two disciplines: the earlier one leads only by the head bonus
    const contested = builtin.classify({ text: 'sync on the video' });
    const alone = builtin.classify({ text: 'sync on it' });
    expect(contested.confidence).toBeLessThan(alone.confidence);
    expect(contested.confidence).toBeLessThan(0.4);
    const strict = createClassifier({ disciplines: BUILTIN_DISCIPLINE_IDS, config: { threshold: 0.4 } });
    expect(strict.classify({ text: 'sync on the video' })).toMatchObject({ discipline: null, source: 'none' });
  });

  it('honours a custom threshold', () => {
    const strict = createClassifier({ disciplines: BUILTIN_DISCIPLINE_IDS, config: { threshold: 0.95 } });
    expect(strict.classify({ text: 'Write the PRD' }).discipline).toBeNull();
    const lax = createClassifier({ disciplines: BUILTIN_DISCIPLINE_IDS, config: { threshold: 0 } });
    expect(lax.classify({ text: 'sync on the video' }).discipline).not.toBeNull();
  });

  it('gives more confidence to more, and less contested, evidence', () => {
    const one = builtin.classify({ text: 'roadmap' }).confidence;
    const two = builtin.classify({ text: 'roadmap and PRD' }).confidence;
    const contested = builtin.classify({ text: 'roadmap and Gantt chart' }).confidence;
    expect(two).toBeGreaterThan(one);
    expect(contested).toBeLessThan(one);
    for (const c of [one, two, contested]) expect(c).toBeLessThanOrEqual(1);
  });
});

describe('role', () => {
  it('decides when there is no evidence', () => {
    const result = builtin.classify({ text: 'lunch with Bob', role: 'Product Designer' });
    expect(result).toMatchObject({ discipline: 'product-design', source: 'role' });
  });

  it('leans a designer\'s weak task to design', () => {
    expect(builtin.classify({ text: 'review the onboarding flow', role: 'Product Designer' })).toMatchObject({
      discipline: 'product-design',
    });
  });

  it('breaks a tie', () => {
    const text = 'roadmap and Gantt chart';
    expect(builtin.classify({ text, role: 'Technical Project Manager' }).discipline).toBe('project-management');
    expect(builtin.classify({ text, role: 'Product Manager' }).discipline).toBe('product-management');
  });

  it('never overrides clear evidence', () => {
    const result = builtin.classify({ text: 'fix the login bug', role: 'Product Designer' });
    expect(result).toMatchObject({ discipline: 'engineering', source: 'rules' });
    expect(builtin.classify({ text: 'Write the press release', role: 'Software Engineer' }).discipline).toBe(
      'marketing-communications',
    );
  });

  it.each([
    ['Senior UX Designer', 'product-design'],
    ['Product Marketing Manager', 'product-marketing'],
    ['Marketing Manager', 'marketing-communications'],
    ['Sales Engineer', 'sales'],
    ['Staff Software Engineer', 'engineering'],
    ['SRE', 'technical-operations'],
    ['Technical Program Manager', 'project-management'],
    ['Group Product Manager', 'product-management'],
    ['Data Scientist', 'data-science'],
    ['Support Engineer', 'customer-support'],
  ])('recognises the role "%s"', (role, expected) => {
    expect(builtin.disciplineForRole(role)).toBe(expected);
  });

  it('ignores an unknown role', () => {
    expect(builtin.classify({ text: 'lunch with Bob', role: 'Chief Vibes Officer' }).discipline).toBeNull();
  });
});

describe('tags', () => {
  it('count as evidence, matched like text', () => {
    const result = builtin.classify({ text: 'Q3 work for Keel', tags: ['roadmap'] });
    expect(result.discipline).toBe('product-management');
    expect(result.hits).toContainEqual(expect.objectContaining({ rule: 'pm-roadmap', matched: 'roadmap' }));
  });

  it('give a bonus when a tag is a discipline id', () => {
    const result = builtin.classify({ text: 'Q3 work for Keel', tags: ['sales'] });
    expect(result.discipline).toBe('sales');
    expect(result.rules).toContain('tag:sales');
  });

  it('do not join across tags into one phrase', () => {
    const hits = builtin.classify({ text: 'x', tags: ['press', 'release'] }).hits.map((h) => h.rule);
    expect(hits).toContain('tops-release-weak');
  });
});

describe('speed', () => {
  it('classifies 20,000 short tasks well under a second', () => {
    const texts = Object.values(cases).flat();
    const start = performance.now();
    for (let i = 0; i < 20_000; i++) builtin.classify({ text: texts[i % texts.length]! });
    expect(performance.now() - start).toBeLessThan(1000);
  });

  it('handles a very long text without trouble', () => {
    const text = 'roadmap '.repeat(20_000) + 'x'.repeat(100_000);
    const start = performance.now();
    expect(builtin.classify({ text }).discipline).toBe('product-management');
    expect(performance.now() - start).toBeLessThan(1000);
  });
});

describe('built-in vocabulary hygiene', () => {
  it('never lists one stemmed phrase twice for the same discipline (it would count twice)', () => {
    const owner = new Map<string, string>();
    const clashes: string[] = [];
    for (const rule of BUILTIN_RULES) {
      if (rule.weight < 0) continue;
      const mine = new Set<string>();
      for (const entry of rule.match) {
        const key = tokenize(entry).map((t) => stem(t.text)).join(' ');
        if (mine.has(key)) continue;
        mine.add(key);
        const other = owner.get(`${rule.discipline}|${key}`);
        if (other !== undefined && other !== rule.id) clashes.push(`${key}: ${other} and ${rule.id}`);
        owner.set(`${rule.discipline}|${key}`, rule.id);
      }
    }
    expect(clashes).toEqual([]);
  });
});

describe('the word memo', () => {
  it('keeps classifying while it grows and resets, with hyphenated words (ticket keys) in every task', () => {
    const classifier = createClassifier({ disciplines: BUILTIN_DISCIPLINE_IDS });
    for (let i = 0; i < 70_000; i++) {
      const result = classifier.classify({ text: `Fix ENG-${i} crash in w${i}/x${i} login` });
      if (result.discipline !== 'engineering') throw new Error(`task ${i}: ${result.discipline}`);
    }
  });

  it('does so with distinct words the vocabulary pre-check lets through, alone and glued', () => {
    // "re…" and "co…" start like known stems, so each new one is memoised (numbers alone are not).
    const classifier = createClassifier({ disciplines: BUILTIN_DISCIPLINE_IDS });
    for (let i = 0; i < 70_000; i++) {
      const result = classifier.classify({ text: `Fix the re${i} crash in co${i}-re${i} and e-mail login` });
      if (result.discipline !== 'engineering') throw new Error(`task ${i}: ${result.discipline}`);
    }
  });
});
