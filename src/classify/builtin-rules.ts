/**
 * The built-in classification rules: data, one entry per concept, with stable
 * ids prefixed by discipline (pmm-, strat-, ops-, pm-, proj-, design-, eng-,
 * ds-, tops-, sales-, mc-, sup-).
 *
 * Vocabulary comes from the disciplines themselves (shared/TAXONOMY.md, the
 * key deliverables in PRODUCT.md, how practitioners word tickets and job
 * descriptions), never from the example corpus. Words are stemmed, so list one
 * inflection ("plan" covers plans/planning/planned); list both halves of a
 * British/American pair only where the stemmer does not fold them.
 *
 * Weights: 3 = a defining term of the discipline (PRD, Gantt, battlecard);
 * 2 = strong evidence; 1 = weak evidence that needs company; 4 = a phrase that
 * must beat the words inside it on a boundary ("press release" vs "release").
 * Negative weights are evidence against a discipline.
 *
 * The classifier reads these rules' phrases precompiled from builtin-table.ts.
 * After editing this file, regenerate it (a test fails until you do):
 *
 *   npm run generate:tables
 */
import type { Rule } from '../model/classification.js';

type Discipline =
  | 'product-marketing'
  | 'product-strategy'
  | 'product-operations'
  | 'product-management'
  | 'project-management'
  | 'product-design'
  | 'engineering'
  | 'data-science'
  | 'technical-operations'
  | 'sales'
  | 'marketing-communications'
  | 'customer-support';

function rule(id: string, discipline: Discipline, weight: number, description: string, match: string[]): Rule {
  return { id, discipline, match, weight, description, source: 'builtin' };
}

export const BUILTIN_RULES: Rule[] = [
  // -------------------------------------------------------------------------
  // Product Marketing / Go-to-Market
  // -------------------------------------------------------------------------
  rule('pmm-positioning', 'product-marketing', 3, 'Positioning, messaging and value proposition', [
    'tell the story', 'product story', 'how we tell', 'strategic narrative for customers', 'repositioning', 'reposition', 'lead with',
    'narrative', 'narratives', 'storytelling', 'talking points', 'value messaging', 'product messaging', 'articulate the value', 'explain the value', 'value story', 'message map', 'messaging doc', 'value-based messaging', 'competitive talking points', 'selling points', 'unique selling point', 'usp',
    'positioning', 'messaging', 'value proposition', 'value prop', 'differentiator', 'differentiation',
    'messaging framework', 'messaging house', 'positioning statement', 'positioning document', 'elevator pitch',
    'proof point', 'key message', 'key messages', 'message testing', 'product narrative', 'why we win',
    'competitive positioning', 'win themes', 'pitch narrative', 'customer-facing narrative',
  ]),
  rule('pmm-gtm', 'product-marketing', 3, 'Go-to-market and launch plans', [
    'general availability', 'ga launch', 'launch success', 'launch learnings', 'launch results', 'launch retro', 'tiered launch', 'beta to ga', 'bring to market', 'bring products to market', 'launch goals', 'launch adoption',
    'go to market', 'gtm', 'launch plan', 'launch strategy', 'launch readiness', 'launch checklist', 'launch tier',
    'product launch', 'launch brief', 'launch messaging', 'launch training', 'launch calendar', 'post launch',
    'launch review', 'launch retrospective', 'launch goals', 'launch metrics', 'rollout plan', 'market rollout',
    'regional rollout', 'geo rollout', 'country rollout', 'rollout by segment', 'go-to-market plan',
    'launch sequence', 'launch kit', 'launch assets',
  ]),
  rule('pmm-launch', 'product-marketing', 2, 'A launch, relaunch or market rollout', [
    'goes ga', 'ga',
    'launch', 'relaunch', 'rollout', 'beta program', 'early access program', 'vertical', 'verticals',
  ]),
  rule('pmm-enablement', 'product-marketing', 3, 'Sales enablement: decks, one-pagers, battlecards, demo scripts', [
    'one-sheet', 'one sheet', 'one-sheeter', 'sales floor', 'product walkthrough', 'walkthrough video', 'demo video', 'comparison sheet', 'competitive one-pager',
    'equip sales', 'equip the sales team', 'equip reps', 'arm the sales team', 'arm sales', 'brief the field', 'field briefing', 'sales kickoff', 'sko', 'how to sell', 'sales tools', 'sales assets', 'sales content', 'objection handlers', 'competitive battle cards', 'enablement session', 'sales ready',
    'sales enablement', 'enablement', 'battlecard', 'battle card', 'sales deck', 'pitch deck', 'sales collateral',
    'collateral', 'one-pager', 'one pager', 'demo script', 'talk track', 'objection handling', 'sales playbook',
    'sales kit', 'sales training', 'field training', 'competitive intel', 'competitive intelligence',
    'customer deck', 'first call deck', 'datasheet', 'data sheet', 'solution brief', 'product sheet',
    'cheat sheet', 'sales narrative', 'train the sales team', 'train sellers', 'train the reps', 'enable the sales team',
    'enable sales', 'enable the field', 'partner enablement', 'sales certification', 'sales onboarding',
  ]),
  rule('pmm-enablement-weak', 'product-marketing', 1, 'Decks, pitches and training for the field (weak)', [
    'explain', 'articulate', 'customer-facing', 'buyer', 'buyers', 'resonate', 'resonates',
    'deck', 'slides', 'pitch', 'reps', 'sellers', 'field team', 'account managers', 'training',
  ]),
  rule('pmm-demo', 'product-marketing', 1, 'Product demos and demo content', ['demo', 'product tour']),
  rule('pmm-audience', 'product-marketing', 3, 'Buyer personas, ideal customer profile and target buyers', [
    'buyer persona', 'ideal customer profile', 'icp', 'target audience', 'target buyer',
    'buyer journey', 'buying journey',
  ]),
  rule('pmm-geo', 'product-marketing', 1, 'Geographies, segments and verticals to roll out to (weak)', [
    'emea', 'apac', 'latam', 'dach', 'nordics', 'benelux', 'anz', 'europe', 'north america', 'international',
    'regional', 'region', 'country', 'countries', 'mid-market', 'smb', 'segment', 'segments', 'localized messaging',
  ]),
  rule('pmm-release-notes', 'product-marketing', 2, "Customer-facing release notes and what's-new content", [
    'release notes', "what's new", 'changelog announcement',
  ]),
  rule('pmm-discipline', 'product-marketing', 3, 'Product marketing named outright', [
    'product marketing', 'pmm', 'product marketer',
  ]),
  rule('pmm-proof', 'product-marketing', 2, 'Customer proof: case studies, references, win/loss', [
    'case study', 'customer reference', 'reference customer', 'win loss', 'win/loss', 'customer proof',
  ]),

  // -------------------------------------------------------------------------
  // Product Strategy / Planning
  // -------------------------------------------------------------------------
  rule('strat-mrd', 'product-strategy', 3, 'Market Requirements Document and market needs', [
    'mrd', 'market requirements', 'market requirements document', 'market needs', 'market problem',
  ]),
  rule('strat-market', 'product-strategy', 3, 'Market sizing and market opportunity analysis', [
    'attractiveness', 'market attractiveness', 'segment attractiveness', 'segment analysis',
    'growth opportunities', 'growth opportunity', 'market insights', 'scenario planning', 'market intelligence', 'evaluate opportunities', 'new revenue streams', 'category entry',
    'market sizing', 'size the market', 'market size', 'tam', 'sam', 'som', 'addressable market',
    'total addressable market', 'market opportunity', 'opportunity assessment', 'opportunity analysis',
    'market share', 'market potential', 'market analysis', 'market assessment', 'market entry', 'enter the market',
    'new market', 'adjacent market', 'market segmentation', 'white space', 'market trend', 'industry trend',
    'market dynamics', 'market research', 'market landscape', 'market study', 'market map', 'category creation',
    'expand into', 'expansion into', 'international expansion', 'geographic expansion',
  ]),
  rule('strat-competitive', 'product-strategy', 3, 'Competitive landscape and competitor analysis', [
    'alternatives', 'open-source alternatives', 'substitutes', 'switched to', 'switch to a competitor',
    'rival', 'rivals', 'rival vendor', 'alternative vendors', 'competitive threat', 'competitive threats',
    'competitive analysis', 'competitive landscape', 'competitor analysis', 'competitive research',
    'competitor research', 'competitive review', 'competitive assessment', 'competitor benchmark',
    'feature comparison', 'swot', 'five forces', 'competitor', 'competition', 'competitive teardown', 'teardown',
  ]),
  rule('strat-weak', 'product-strategy', 1, 'Markets, industries, trends (weak)', [
    'category', 'threat', 'threats', 'offsite', 'board', 'heading',
    'competitive', 'market', 'industry', 'landscape', 'incumbent', 'emerging', 'space', 'trend', 'trends',
    'sizing', 'segmentation', 'opportunity size', 'expansion', 'planning cycle', 'new business', 'new product line',
  ]),
  rule('strat-vision', 'product-strategy', 3, 'Long-term vision and product strategy', [
    'point of view', 'strategic narrative', 'board offsite', 'where the category is heading', 'category heading',
    'vision', 'three-year', 'three year', '3-year', 'five-year', 'five year', '5-year', 'product strategy',
    'strategic plan', 'strategic planning', 'strategic bet', 'strategic direction', 'strategy offsite',
    'long-range plan', 'portfolio strategy', 'platform strategy', 'category strategy', 'business strategy',
    'growth strategy', 'strategic options', 'where to play', 'investment thesis', 'business model', 'moat',
    'future state', 'strategy memo', 'strategy doc', 'multi-year plan', 'multi-year strategy', 'long-term strategy',
    'strategic review', 'strategic priorities', 'product vision',
  ]),
  rule('strat-strategy', 'product-strategy', 2, 'Strategy and the long term (general)', [
    'strategy', 'strategic', 'thesis', 'bets', 'horizon', 'long-term', 'long term', 'multi-year', 'north star',
    'annual planning', 'annual plan',
  ]),
  rule('strat-build-buy', 'product-strategy', 3, 'Build / buy / partner decisions and M&A', [
    'build vs buy', 'buy vs build', 'build versus buy', 'build or buy', 'buy or build', 'build or partner',
    'buy or partner', 'partner or build', 'build/buy/partner', 'build buy partner', 'make or buy', 'build our own',
    'in-house or', 'acquisition target', 'm&a', 'merger', 'due diligence', 'strategic partnership',
    'strategic partner', 'acquire a', 'partner vs build', 'license or build',
  ]),
  rule('strat-partners', 'product-strategy', 2, 'Partnerships, acquisitions and business cases', [
    'partnership', 'partnerships', 'partner with', 'acquisition', 'acquire', 'investment case', 'business case',
    'partner ecosystem',
  ]),
  rule('strat-customer-research', 'product-strategy', 3, 'Customer research on market needs (current, potential, former customers)', [
    'customers who churned', 'users who churned', 'customers who left', 'interview churned',
    'lapsed users', 'lapsed customers', 'why they left', 'why customers leave', 'churned users', 'former users',
    'customer research', 'unmet needs', 'unmet need', 'former customer', 'churned customer', 'lost customer',
    'prospective customer', 'potential customer', 'non-customer', 'voice of the customer', 'jobs to be done',
    'jtbd', 'buyer research', 'market survey', 'customer advisory board', 'advisory board',
  ]),
  rule('strat-customer-weak', 'product-strategy', 2, 'Customer interviews and surveys (weak)', [
    'customer interview', 'customer survey', 'what customers', 'why customers', 'customer needs',
  ]),
  rule('strat-analyst', 'product-strategy', 3, 'Industry analysts and analyst briefings', [
    'analyst briefing', 'analyst relations', 'analyst inquiry', 'gartner', 'forrester', 'idc', 'magic quadrant',
    'forrester wave', 'hype cycle', 'industry analyst',
  ]),
  rule('strat-analyst-weak', 'product-strategy', 2, 'Analysts (weak)', ['analyst', 'analysts']),

  // -------------------------------------------------------------------------
  // Product Operations
  // -------------------------------------------------------------------------
  rule('ops-instrumentation', 'product-operations', 3, 'Instrumentation and event tracking', [
    'instrumentation', 'instrument', 'event tracking', 'tracking plan', 'analytics event', 'track event',
    'tracking event', 'product analytics', 'product telemetry', 'event taxonomy', 'event schema', 'amplitude',
    'mixpanel', 'google analytics', 'ga4', 'posthog', 'snowplow', 'pendo', 'heap analytics', 'tag manager',
    'analytics tagging', 'usage tracking', 'tracking code', 'tracking spec', 'analytics spec', 'event spec',
    'instrumentation spec', 'tracking gap', 'event naming', 'segment events',
  ]),
  rule('ops-analytics', 'product-operations', 2, 'Analytics and tracking (general)', [
    'analytics', 'telemetry', 'usage stats',
  ]),
  rule('ops-measure-weak', 'product-operations', 1, 'Events and measurement (weak)', [
    'event', 'events', 'track', 'measure', 'measurement', 'stats',
  ]),
  rule('ops-funnel', 'product-operations', 3, 'Funnel, path and conversion analysis', [
    'active teams', 'active accounts', 'seat utilization', 'seat utilisation', 'license utilization',
    'funnel', 'path analysis', 'drop off', 'drop-off', 'dropoff', 'conversion rate', 'activation rate',
    'retention rate', 'churn rate', 'cohort analysis', 'cohort', 'feature adoption', 'product usage', 'usage data',
    'dau', 'mau', 'wau', 'daily active', 'weekly active', 'monthly active', 'active users', 'stickiness',
    'time to value', 'signup to paid', 'trial to paid', 'free to paid', 'upgrade rate', 'conversion', 'adoption rate',
    'usage trends', 'usage patterns', 'engagement metrics',
  ]),
  rule('ops-funnel-weak', 'product-operations', 2, 'Activation, retention, engagement, adoption (weak)', [
    'activation', 'retention', 'engagement', 'adoption', 'usage', 'churn', 'attrition', 'signups', 'sign-ups',
  ]),
  rule('ops-kpi', 'product-operations', 3, 'KPI definitions, metrics and product dashboards', [
    'metrics review', 'product metrics',
    'metrics framework', 'single source of truth', 'self-serve analytics', 'product insights', 'usage insights',
    'kpi', 'key performance indicator', 'metric', 'metrics', 'product dashboard', 'health dashboard',
    'kpi dashboard', 'scorecard', 'north star metric', 'success metric', 'looker', 'tableau', 'power bi',
    'metabase', 'nps', 'net promoter', 'leading indicator', 'lagging indicator', 'metric definition',
    'define metrics', 'metrics review', 'product report', 'executive dashboard',
  ]),
  rule('ops-kpi-weak', 'product-operations', 1, 'Dashboards and reports (weak)', [
    'dashboard', 'dashboards', 'reporting', 'report', 'okr', 'okrs', 'numbers', 'trends report',
  ]),
  rule('ops-pricing', 'product-operations', 3, 'Pricing and packaging', [
    'repricing', 'reprice', 'repriced',
    'price book', 'discount guardrails', 'discounting policy', 'discount rules', 'pricing guardrails', 'cost per user',
    'pricing', 'price', 'price point', 'packaging', 'monetization', 'monetise', 'paywall', 'freemium',
    'pricing tier', 'plan tier', 'subscription plan', 'billing model', 'willingness to pay', 'price increase',
    'rate card', 'list price', 'price list', 'discount policy', 'usage-based pricing', 'seat-based', 'per seat',
    'pricing page', 'pricing model', 'pricing experiment',
  ]),
  rule('ops-pricing-weak', 'product-operations', 1, 'Add-ons, bundles and tiers (weak)', [
    'add-on', 'bundle', 'bundling', 'tier', 'tiers', 'plan limits', 'entitlement', 'entitlements',
  ]),
  rule('ops-financials', 'product-operations', 3, 'Financial performance, profitability and margin', [
    'profitability', 'profit', 'margin', 'gross margin', 'contribution margin', 'unit economics', 'p&l', 'cogs',
    'cost to serve', 'financial performance', 'financials', 'ltv', 'lifetime value', 'cac', 'arpu', 'arpa',
    'payback', 'cost of goods', 'business performance', 'product performance', 'revenue per', 'revenue by',
    'revenue impact',
  ]),
  rule('ops-financials-weak', 'product-operations', 1, 'Revenue and cost (weak)', [
    'revenue', 'cost', 'costs', 'roi', 'mrr', 'budget',
  ]),
  rule('ops-health', 'product-operations', 3, 'Product health and performance reviews of existing products', [
    'product health', 'health review', 'operating review', 'monthly business review', 'weekly business review',
    'mbr', 'wbr', 'product scorecard', 'existing product', 'legacy product', 'portfolio review', 'sunset',
    'end of life', 'end-of-life', 'deprecation plan', 'product review', 'business review', 'performance review',
  ]),
  rule('ops-discipline', 'product-operations', 3, 'Product operations named outright', [
    'product ops', 'product operations', 'prodops',
  ]),
  rule('ops-alignment', 'product-operations', 2, 'Cross-team alignment and operating cadence on existing products', [
    'operational excellence', 'operationalize', 'operationalise', 'streamline processes', 'product processes', 'data governance', 'insights', 'process improvement',
    'operating cadence', 'operating rhythm', 'operating model', 'cross-team alignment', 'alignment', 'align',
    'feedback loop', 'feedback program', 'voice of customer program', 'product process', 'tooling', 'governance',
    'customer feedback', 'feedback',
  ]),

  // -------------------------------------------------------------------------
  // Technical Product Management
  // -------------------------------------------------------------------------
  rule('pm-prd', 'product-management', 3, 'Product Requirements Document and feature specs', [
    'prd', 'product requirements', 'requirements document', 'requirements doc', 'product spec', 'feature spec',
    'spec', 'specs', 'specification', 'functional spec', 'functional requirements', 'product brief',
    'feature brief', 'write requirements',
  ]),
  rule('pm-requirements', 'product-management', 2, 'Clarifying requirements and use cases with engineering', [
    'clarify requirements', 'with engineering', 'with eng', 'questions from engineers',
    'requirements', 'requirement', 'clarify', 'clarification', 'edge case', 'use case', 'problem statement',
    'product discovery', 'success criteria', 'open questions', 'questions from engineering', 'product owner',
    'product manager', 'product management', 'user problem',
  ]),
  rule('pm-roadmap', 'product-management', 3, 'Roadmap', [
    'roadmap', 'road map', 'roadmapping', 'now next later', 'release scope', 'product plan', 'roadmap review',
  ]),
  rule('pm-backlog', 'product-management', 3, 'Backlog, user stories and acceptance criteria', [
    'product backlog', 'backlog grooming', 'backlog refinement', 'groom', 'refine', 'refinement', 'user story',
    'acceptance criteria', 'definition of done', 'done criteria', 'definition of ready', 'story points',
    'story mapping', 'epic', 'feature request', 'ideas portal', 'idea backlog', 'jira epic',
  ]),
  rule('pm-backlog-weak', 'product-management', 2, 'Backlogs and stories (can also be a support backlog)', [
    'backlog', 'story', 'stories', 'criteria', 'jira',
  ]),
  rule('pm-prioritisation', 'product-management', 3, 'Prioritisation and scope decisions', [
    'prioritise', 'prioritization', 'reprioritize', 'deprioritize', 'stack rank', 'rice score',
    'rice scoring', 'moscow', 'descope', 'in scope', 'out of scope', 'trade-off', 'tradeoff', 'mvp',
    'minimum viable', 'make the cut', 'cut line', 'must have', 'must-have', 'nice to have', 'nice-to-have',
    'scope cut', 'what goes into', 'what ships in', 'build next', 'what to build',
  ]),
  rule('pm-scope', 'product-management', 2, 'Scope and feature decisions', [
    'customer asks', 'feature asks', 'asks', 'say no', 'impact and effort', 'impact vs effort', 'effort and impact', 'rank', 'cut scope', 'customer requests',
    'increments', 'increment', 'shippable', 'thin slice', 'vertical slice', 'product decisions', 'trade-off decisions',
    'scope', 'scoping', 'feature set', 'next release', 'next version', 'product decision', 'feature decision',
    'decide whether', 'decide which', 'priority',
  ]),
  rule('pm-feature-weak', 'product-management', 1, 'Features (weak)', [
    'request', 'requests', 'brief',
    'feature', 'features', 'functionality', 'capability', 'capabilities', 'enhancement', 'user needs',
  ]),
  rule('pm-ceremonies', 'product-management', 2, 'Scrum ceremonies run by product when there is no project manager', [
    'standup', 'stand-up', 'daily standup', 'scrum', 'sprint planning', 'sprint review', 'sprint goal', 'sprint',
    'iteration planning', 'planning poker', 'retrospective', 'retro', 'sprint demo', 'agile ceremonies', 'kanban',
  ]),

  // -------------------------------------------------------------------------
  // Technical Project Management
  // -------------------------------------------------------------------------
  rule('proj-schedule', 'project-management', 3, 'Schedules, Gantt charts, milestones and deadlines', [
    'release schedule',
    're-plan', 'replan', 're-baseline', 'rebaseline', 'replanning',
    'gantt', 'gantt chart', 'project schedule', 'master schedule', 'integrated schedule', 'project plan',
    'delivery plan', 'delivery schedule', 'delivery date', 'critical path', 'milestone', 'deadline', 'due date',
    'target date', 'behind schedule', 'ahead of schedule', 'work breakdown', 'wbs', 'baseline plan',
    'project timeline', 'cutover plan', 'go-live date', 'ship date', 'ms project', 'smartsheet', 'plan of record',
    'slip', 'slippage', 'on track', 'off track', 'schedule risk',
  ]),
  rule('proj-schedule-weak', 'project-management', 2, 'Timelines and dates (weak)', [
    'cutover',
    'schedule', 'schedules', 'scheduling',
    'timeline', 'timelines', 'dates', 'timeframe', 'launch date', 'date',
  ]),
  rule('proj-program', 'project-management', 3, 'Programmes and workstreams', [
    'pmo', 'workstream', 'work stream', 'project charter', 'stage gate', 'phase gate', 'scope creep',
    'change request', 'closeout', 'close-out', 'lessons learned', 'project kickoff', 'program management',
    'project management', 'program increment', 'pi planning', 'programme plan', 'program plan',
  ]),
  rule('proj-program-weak', 'project-management', 1, 'Projects and programmes (weak)', [
    'project manager', 'program manager', 'delivery manager',
    'project', 'projects', 'program', 'kickoff', 'kick-off', 'initiative', 'initiatives', 'tracker', 'charter',
  ]),
  rule('proj-dependencies', 'project-management', 3, 'Cross-team dependencies and blockers', [
    'dependency', 'dependencies', 'cross-team dependencies', 'blocker', 'blockers', 'blocked', 'unblock',
    'interlock', 'sequencing', 'dependency map', 'upstream teams', 'downstream teams',
  ]),
  rule('proj-dependencies-weak', 'project-management', 2, 'Handoffs between teams (weak)', [
    'handoff', 'hand-off', 'upstream', 'downstream',
  ]),
  rule('proj-coordination', 'project-management', 3, 'Cross-team coordination, status reporting and governance', [
    'programme update', 'program update', 'project update', 'fortnightly update', 'sponsor update', 'update to sponsors',
    'steering', 'decision log', 'program execution', 'programme execution', 'drive execution', 'on-time delivery', 'deliver on time', 'on time and within budget', 'within budget', 'track progress', 'keep on schedule',
    'coordinate', 'coordination', 'cross-team coordination', 'status report', 'status update', 'status reports',
    'steering committee', 'steerco', 'raid log', 'raid', 'raci', 'stakeholder update', 'progress report',
    'executive update', 'exec update', 'weekly status', 'program sync', 'project sync', 'across teams',
    'between teams', 'multiple teams', 'several teams', 'orchestrate', 'cross-team',
    'status meeting', 'escalate risk',
  ]),
  rule('proj-coordination-weak', 'project-management', 1, 'Status, syncs and follow-ups (weak)', [
    'cross-functional',
    'execution', 'delivery', 'on time', 'facilitate',
    'status', 'sync', 'follow up', 'follow-up', 'chase', 'action item', 'action items', 'check-in', 'minutes',
    'stakeholder', 'stakeholders', 'progress', 'teams', 'meeting',
  ]),
  rule('proj-resources', 'project-management', 3, 'Resource allocation, staffing and capacity', [
    'budget burn', 'burn rate', 'vendor hours', 'hours tracking', 'timesheets',
    'resource allocation', 'resourcing', 'resource plan', 'resource conflict', 'allocate', 'allocation', 'staffing',
    'staff the', 'capacity planning', 'team capacity', 'headcount plan', 'people allocation', 'utilization',
    'resource', 'resources',
  ]),
  rule('proj-resources-weak', 'project-management', 1, 'Capacity, headcount, contractors, owners (weak)', [
    'capacity', 'headcount', 'contractor', 'contractors', 'bandwidth', 'assign', 'assignment', 'owners', 'vendor',
    'vendors',
  ]),
  rule('proj-risk', 'project-management', 3, 'Risk registers and delivery risk', [
    'risk register', 'risk log', 'risks and issues', 'issue log', 'issues log', 'mitigation plan',
    'contingency plan', 'delivery risk', 'risk review', 'risk assessment',
  ]),
  rule('proj-risk-weak', 'project-management', 1, 'Risks, delays and overdue work (weak)', [
    'risk', 'risks', 'mitigation', 'contingency', 'at risk', 'overdue', 'late', 'delay', 'delays',
  ]),

  // -------------------------------------------------------------------------
  // Product Design / UX
  // -------------------------------------------------------------------------
  rule('design-research', 'product-design', 3, 'UX research and usability testing', [
    'observe users', 'observe', 'observation', 'shadowing', 'shadow users', 'five-user test', 'user test', 'research findings',
    'ux research', 'user research', 'design research', 'usability', 'usability test', 'usability testing',
    'user interview', 'user testing', 'contextual inquiry', 'diary study', 'card sort', 'card sorting',
    'tree test', 'tree testing', 'field study', 'research synthesis', 'affinity map', 'affinity mapping',
    'moderated', 'unmoderated', 'think aloud', 'hallway test', 'research plan', 'discussion guide',
    'recruit participants', 'participant', 'research participants', 'ethnographic', 'user panel',
    'heuristic evaluation', 'first click test', 'five second test', 'preference test', 'concept test',
    'usertesting', 'dovetail', 'maze test',
  ]),
  rule('design-personas', 'product-design', 3, 'Personas and mental models', [
    'persona', 'user persona', 'proto-persona', 'empathy map', 'mental model', 'archetype',
  ]),
  rule('design-journey', 'product-design', 3, 'User journeys, flows and interaction design', [
    'loading state', 'loading states', 'error states', 'empty states',
    'interaction pattern', 'interaction patterns', 'ux pattern', 'ux patterns', 'user-centered design', 'user-centred design', 'human-centered design', 'design thinking', 'design sprint', 'advocate for the user', 'user advocacy', 'high-fidelity ui', 'high fidelity ui', 'design decisions', 'design guidelines',
    'user journey', 'journey map', 'journey mapping', 'customer journey', 'experience map', 'user flow',
    'task flow', 'service blueprint', 'storyboard', 'end-to-end journey', 'user experience', 'ux', 'ui',
    'user interface', 'interaction design', 'happy path', 'empty state', 'error state', 'onboarding experience',
    'first-run experience', 'first run experience', 'microcopy', 'ux copy', 'ux writing',
  ]),
  rule('design-weak', 'product-design', 1, 'Flows, screens, look and feel (weak)', [
    'drag-and-drop', 'drag and drop', 'iterate on designs', 'user-friendly', 'delightful',
    'flow', 'journey', 'screen', 'screens', 'page layout', 'look and feel', 'intuitive', 'friction', 'confusing',
    'easier to use', 'ease of use', 'usable', 'experience', 'design', 'designs', 'visual', 'modal', 'dialog',
    'illustration', 'animation', 'pain point', 'pain points', 'user needs', 'synthesise', 'interaction',
    'concept', 'concepts', 'dark mode', 'layout', 'whiteboard', 'sketch', 'sketches', 'menu', 'polish',
  ]),
  rule('design-ia', 'product-design', 3, 'Information architecture and navigation', [
    'information architecture', 'navigation', 'nav', 'sitemap', 'site map', 'menu structure', 'content hierarchy',
    'wayfinding',
  ]),
  rule('design-wireframes', 'product-design', 3, 'Wireframes, mockups and prototypes', [
    'wireframe', 'wireframing', 'mockup', 'mock-up', 'mocks', 'prototype', 'clickable prototype',
    'interactive prototype', 'figma', 'sketch file', 'invision', 'framer', 'axure', 'balsamiq', 'lo-fi', 'hi-fi',
    'low fidelity', 'high fidelity', 'low-fi', 'pixel perfect', 'pixel-perfect', 'visual design', 'ui design',
    'ux design', 'product design', 'design review', 'design critique', 'design crit', 'comps', 'design handoff',
    'design spec', 'artboard', 'design concept', 'design exploration', 'design explorations',
    'responsive design', 'mobile design', 'redesign',
  ]),
  rule('design-system', 'product-design', 3, 'Design system: colours, type, components, tokens', [
    'type scale', 'type ramp', 'button styles', 'ui audit', 'design audit', 'visual consistency', 'inconsistent ui',
    'design system', 'design token', 'component library', 'ui kit', 'pattern library', 'style guide',
    'styleguide', 'color palette', 'typography', 'typeface', 'iconography', 'grid system', 'visual language',
    'accessibility', 'a11y', 'wcag', 'design language', 'ui components', 'ui component', 'color contrast',
  ]),
  rule('design-system-weak', 'product-design', 2, 'Colours, fonts, icons, spacing (weak)', [
    'button', 'buttons', 'consistency', 'inconsistent', 'states',
    'color', 'colors', 'font', 'fonts', 'icon', 'icons', 'spacing', 'contrast', 'brand colors',
  ]),
  rule('design-behaviour-analytics', 'product-design', 3, 'Heatmaps, click tracking and session recordings', [
    'heatmap', 'heat map', 'click tracking', 'click-tracking', 'click map', 'scroll map', 'session recording',
    'session replay', 'hotjar', 'fullstory', 'crazy egg', 'eye tracking', 'rage click', 'rage clicks',
  ]),

  // -------------------------------------------------------------------------
  // Software Engineering
  // -------------------------------------------------------------------------
  rule('eng-bug', 'engineering', 3, 'Bugs, crashes, defects and debugging', [
    'unresponsive', 'not responding', 'freezes', 'hangs on', 'browser support', 'ie11', 'drop support for',
    'breaks on', 'breaks when', 'breaks after', 'broke', 'does not load', "doesn't load", "won't load", 'blank screen',
    'xss', 'sql injection', 'csrf', 'security hole', 'times out', 'timeout', 'timeouts', 'breaking changes', 'stack overflow',
    'bug', 'bugfix', 'bug fix', 'crash', 'null pointer', 'exception', 'stack trace', 'memory leak',
    'race condition', 'deadlock', 'debug', 'defect', 'flaky', 'segfault', 'off-by-one', 'hotfix', 'compile error',
    'build error', 'type error', 'typeerror', 'npe', 'stacktrace', 'crashes', 'infinite loop', 'regression bug',
  ]),
  rule('eng-fix', 'engineering', 2, 'Fixing something', ['fix', 'fixes']),
  rule('eng-bug-weak', 'engineering', 1, 'Errors and breakage (weak)', [
    'investigate', 'investigate why', 'hole',
    'broken', 'error', 'errors', 'glitch', 'not working', 'fails', 'failing', 'repro', 'reproduce', 'regression',
  ]),
  rule('eng-implement', 'engineering', 3, 'Implementing features in code: endpoints, services, components', [
    'restful', 'rest apis', 'date picker', 'datepicker', 'time picker', 'dropdown component',
    'clean code', 'maintainable code', 'testable code', 'scalable services', 'backend services', 'retry logic', 'business logic', 'application code', 'codebase',
    'implement', 'implementation', 'codebase', 'endpoint', 'rest api', 'graphql', 'grpc', 'openapi', 'swagger',
    'backend', 'back-end', 'frontend', 'front-end', 'full-stack', 'microservice', 'middleware', 'websocket',
    'webhook', 'oauth', 'parser', 'pagination', 'serializer', 'orm', 'react', 'vue', 'angular', 'svelte',
    'next.js', 'node.js', 'nodejs', 'typescript', 'javascript', 'java', 'golang', 'kotlin', 'swift', 'swiftui',
    'c++', 'c#', 'ruby on rails', 'rails', 'django', 'flask', 'spring boot', 'php', 'write code', 'code',
    'coding', 'react component', 'api endpoint', 'client library',
  ]),
  rule('eng-implement-weak', 'engineering', 1, 'Software building blocks (weak)', [
    'job', 'monolith', 'lookup', 'module',
    'rate limiter',
    'eng leads', 'rate limits',
    'mentor engineers', 'mentor junior engineers', 'engineering leads', 'tech lead', 'tech leads', 'engineers', 'engineering', 'software', 'technical', 'renderer', 'feed',
    'api', 'sdk', 'library', 'module', 'function', 'component', 'ios', 'android', 'mobile app', 'web app', 'cli',
    'script', 'plugin', 'integration', 'integrate', 'cache', 'caching', 'batch job', 'cron job', 'background job',
    'develop', 'development', 'build out', 'wire up', 'port', 'upload', 'search index', 'json', 'xml', 'data model',
    'schema', 'payload', 'client-side', 'server-side', 'ssr', 'html', 'css', 'tailwind', 'state management',
    'redux', 'localization', 'i18n', 'offline support', 'push notification', 'etl', 'data pipeline', 'auth',
    'authentication', 'authorization', 'sso', 'saml', 'rust', 'python', 'support for', 'app',
    'form validation', 'validation', 'permissions', 'feature flag',
  ]),
  rule('eng-review', 'engineering', 3, 'Code review and pull requests', [
    'code review', 'pull request', 'pr review', 'review prs', 'review the pr', 'merge request', 'rebase',
    'open a pr', 'merge conflict', 'review code',
  ]),
  rule('eng-review-weak', 'engineering', 1, 'Git and reviews (weak)', [
    'pr', 'prs', 'merge', 'git', 'branch', 'commit', 'reviewer', 'peer review',
  ]),
  rule('eng-refactor', 'engineering', 3, 'Refactoring and technical debt', [
    'refactor', 'tech debt', 'technical debt', 'legacy code', 'dead code', 'code cleanup', 'code quality',
    'modularize', 'decouple', 'duplicated logic', 'duplicate code', 'deprecated api', 'lint', 'linter', 'eslint',
    'prettier', 'static analysis', 'rewrite in', 'rewrite the service',
  ]),
  rule('eng-tests', 'engineering', 3, 'Automated tests', [
    'unit test', 'integration test', 'e2e test', 'end-to-end test', 'test coverage', 'code coverage', 'test suite',
    'regression test', 'snapshot test', 'contract test', 'playwright', 'cypress', 'jest', 'vitest', 'pytest',
    'junit', 'mocha', 'selenium', 'tdd', 'automated test', 'test automation', 'load test',
  ]),
  rule('eng-tests-weak', 'engineering', 1, 'Tests and QA (weak)', [
    'test', 'tests', 'testing', 'qa', 'fixture', 'stub', 'test case',
  ]),
  rule('eng-database', 'engineering', 3, 'Database migrations and queries in application code', [
    'database migration', 'schema migration', 'db migration', 'data migration', 'stored procedure', 'foreign key',
    'n+1', 'backfill', 'add an index', 'add index', 'migration script', 'sql query', 'database schema',
    'query performance', 'slow query',
  ]),
  rule('eng-database-weak', 'engineering', 1, 'Databases, tables, queries (weak)', [
    'migration', 'migrate', 'postgres', 'postgresql', 'mysql', 'mongodb', 'sqlite', 'redis', 'dynamodb',
    'database', 'db', 'sql', 'query', 'column', 'table', 'index',
  ]),
  rule('eng-architecture', 'engineering', 3, 'Technical design and architecture', [
    'architecture', 'system design', 'design doc', 'technical design', 'tech spec', 'technical spec',
    'engineering spec', 'rfc', 'adr', 'proof of concept', 'poc', 'technical spike', 'research spike', 'spike on', 'spike to', 'time-boxed spike', 'tech stack', 'software architecture',
    'api design', 'api contract', 'technical approach', 'api spec', 'openapi spec',
  ]),
  rule('eng-upgrade', 'engineering', 3, 'Upgrading libraries and SDKs, performance work in code', [
    'upgrade dependencies', 'bump dependencies', 'dependency upgrade', 'dependency update', 'dependabot',
    'renovate', 'npm', 'yarn', 'pnpm', 'maven', 'gradle', 'package upgrade', 'upgrade the sdk', 'compile',
    'compiler', 'type check', 'typecheck', 'performance optimization', 'profiling', 'memory usage',
    'bundle size', 'page load time',
  ]),
  rule('eng-upgrade-weak', 'engineering', 1, 'Upgrades and optimisation (weak)', [
    'upgrade', 'optimize', 'optimise', 'optimization', 'performance', 'memory', 'speed up', 'framework',
  ]),

  // -------------------------------------------------------------------------
  // Science / Research
  // -------------------------------------------------------------------------
  rule('ds-model', 'data-science', 3, 'Machine-learning models: training, prediction, recommendation', [
    'lead scoring', 'lead scoring model', 'duplicate detection', 'demand model', 'topic clustering', 'validate the model', 'model validation', 'backtest', 'backtesting',
    'deploy models', 'model deployment', 'mlops', 'model serving', 'exploratory data analysis', 'eda', 'data analysis', 'statistical analysis', 'ml techniques', 'image classifier', 'text classifier', 'personalise the feed', 'personalize the feed', 'personalization', 'document understanding', 'predict which', 'predictive model',
    'ml model', 'machine learning', 'ml', 'deep learning', 'neural network', 'neural net', 'train the model',
    'train a model', 'training data', 'fine-tune', 'fine tune', 'finetune', 'inference', 'embedding', 'classifier',
    'classification model', 'regression model', 'linear regression', 'logistic regression', 'clustering',
    'recommendation model', 'recommender', 'recommendation engine', 'recommendation algorithm', 'ranking model',
    'ranking algorithm', 'learning to rank', 'personalization model', 'anomaly detection', 'fraud detection',
    'fraud model', 'nlp', 'natural language processing', 'computer vision', 'sentiment analysis', 'topic model',
    'predictive', 'propensity', 'churn prediction', 'churn model', 'scoring model', 'uplift model', 'llm',
    'large language model', 'language model', 'transformer', 'rag', 'retrieval augmented', 'prompt engineering',
    'model evaluation', 'gradient boosting', 'xgboost', 'random forest', 'pytorch', 'tensorflow', 'scikit-learn',
    'sklearn', 'keras', 'hugging face', 'feature engineering', 'feature store', 'hyperparameter',
    'cross-validation', 'overfitting', 'model drift', 'retrain', 'training run', 'training pipeline',
    'forecasting model', 'demand forecast', 'time series', 'segmentation model', 'lookalike model',
    'data labeling', 'ground truth', 'model card', 'optimization model', 'operations research', 'simulation',
    'monte carlo', 'reinforcement learning', 'multi-armed bandit', 'bandit', 'estimator', 'matching algorithm',
    'risk model', 'graph algorithm', 'route optimization', 'dimensionality reduction', 'pca', 't-sne', 'umap',
    'feature extraction', 'signal processing', 'sensor data', 'calibrate', 'calibration', 'probability',
    'probabilities', 'model training', 'ml pipeline', 'vector embeddings', 'semantic search', 'entity extraction',
    'speech recognition', 'image recognition', 'object detection', 'ocr model', 'label data', 'labelled data',
  ]),
  rule('ds-model-weak', 'data-science', 2, 'Models and predictions (weak)', [
    'detection', 'quantify', 'actuals',
    'model', 'models', 'modeling', 'prediction', 'predict', 'predictions', 'eval', 'evals', 'dataset',
    'data set', 'annotation', 'recommendation', 'recommendations', 'training set', 'labels',
  ]),
  rule('ds-ai-weak', 'data-science', 1, 'AI (weak: AI features are often engineering)', [
    'ai', 'genai', 'generative ai', 'artificial intelligence', 'gpt',
  ]),
  rule('ds-evaluation', 'data-science', 3, 'Model evaluation metrics', [
    'precision', 'recall', 'f1', 'auc', 'roc', 'offline evaluation', 'evaluation metric', 'ndcg',
    'mean average precision', 'rmse', 'mae', 'confusion matrix', 'holdout set', 'test set', 'validation set',
    'baseline model', 'model performance', 'false positive', 'false negative', 'false positives',
  ]),
  rule('ds-accuracy', 'data-science', 2, 'Accuracy (weak)', ['accuracy', 'accurate']),
  rule('ds-method', 'data-science', 4, 'Statistical methods: significance, power, experiment design, forecasting', [
    'causal effect', 'test duration', 'experiment duration', 'treatment effect', 'heterogeneous effects', 'quantify the effect', 'quantify the impact',
    'statistical significance', 'statistically significant', 'significance', 'p-value', 'p value',
    'confidence interval', 'power analysis', 'sample size', 'hypothesis test', 'hypothesis testing', 'bayesian',
    'frequentist', 't-test', 'chi-square', 'anova', 'experiment design', 'experimental design',
    'minimum detectable effect', 'mde', 'sequential testing', 'cuped', 'multivariate test', 'elasticity',
    'price elasticity', 'regression analysis', 'causal inference', 'causal impact', 'econometric',
    'survival analysis', 'attribution model', 'marketing mix model', 'propensity score',
    'difference in differences', 'synthetic control', 'statistical model', 'bootstrap', 'standard deviation',
    'variance reduction', 'statistical method', 'statistical test',
  ]),
  rule('ds-stats', 'data-science', 2, 'Statistics (general)', [
    'statistical', 'statistics', 'variance', 'correlation', 'sampling', 'outlier', 'outliers', 'distribution',
    'causal', 'probabilistic', 'stochastic', 'confidence level',
  ]),
  rule('ds-experiment', 'data-science', 1, 'A/B tests and experiments (weak: reading results is product operations)', [
    'a/b test', 'ab test', 'a/b', 'split test', 'experiment', 'experiments', 'experimentation', 'forecast',
    'impact of', 'measure the impact', 'holdout',
  ]),
  rule('ds-research', 'data-science', 2, 'Algorithms research and scientific work', [
    'algorithm', 'algorithms', 'research paper', 'methodology', 'notebook', 'jupyter', 'pandas', 'numpy',
    'data science', 'data scientist', 'scientist', 'heuristic', 'state of the art', 'sota', 'ablation',
    'prototype the model', 'reproduce the results', 'benchmark', 'benchmarks',
  ]),
  rule('ds-research-strong', 'data-science', 3, 'Papers and literature', [
    'arxiv', 'literature review', 'publish a paper', 'peer-reviewed',
  ]),
  rule('ds-research-weak', 'data-science', 1, 'Research and methods (weak)', [
    'findings', 'insight', 'analyse results', 'analyze results', 'hypotheses',
    'research', 'paper', 'papers', 'method', 'methods', 'approach', 'approaches', 'evaluate', 'evaluation',
  ]),

  // -------------------------------------------------------------------------
  // Technical Operations / Release
  // -------------------------------------------------------------------------
  rule('tops-incident', 'technical-operations', 3, 'Incidents, outages and on-call', [
    '5xx', '500s', '502s', '503s', '5xx spike', 'traffic spike', 'cpu spike', 'memory spike', 'error spike', 'latency spike', 'spike in errors', 'elevated error rate',
    'reliability', 'production systems', 'production environment', 'respond to incidents',
    'incident', 'outage', 'on-call', 'on call', 'pager', 'pagerduty', 'opsgenie', 'postmortem', 'post-mortem',
    'post mortem', 'incident review', 'rca', 'sev1', 'sev2', 'sev3', 'sev0', 'downtime', 'failover',
    'disaster recovery', 'dr drill', 'rollback', 'roll back', 'uptime', 'slo', 'sli', 'error budget', 'status page',
    'statuspage', 'runbook', 'war room', 'pager rotation', 'on-call rotation', 'escalation policy',
    'restore service', 'restore the service', 'site reliability', 'sre', 'production issue', 'game day',
    'chaos engineering', 'incident response',
  ]),
  rule('tops-incident-weak', 'technical-operations', 2, 'Root causes, degradation, recovery (weak)', [
    'root cause', 'degraded', 'degradation', 'drill', 'recover', 'recovery',
  ]),
  rule('tops-incident-weaker', 'technical-operations', 1, 'Availability and restoring (weak)', [
    'availability', 'restore', 'mitigate', 'sla',
  ]),
  rule('tops-monitoring', 'technical-operations', 3, 'Monitoring, alerting and observability', [ 'alerting', 'grafana', 'datadog', 'prometheus', 'new relic', 'splunk', 'log aggregation',
    'distributed tracing', 'opentelemetry', 'error rate', 'p99', 'p95', 'health check', 'synthetic monitoring',
    'uptime check', 'sentry', 'elk', 'kibana', 'cloudwatch', 'apm', 'noisy alerts', 'monitoring dashboard',
    'log retention', 'retention policy', 'alert', 'alerts',
  ]),
  rule('tops-monitoring-weak', 'technical-operations', 2, 'Monitoring, logs and latency (weak)', [
    'monitor', 'logging', 'logs', 'latency', 'observability',
  ]),
  rule('tops-monitoring-weaker', 'technical-operations', 1, 'Logs and tracing (weak)', [ 'tracing', 'throughput']),
  rule('tops-infra', 'technical-operations', 3, 'Infrastructure, cloud and platform', [
    'connection pool', 'bastion', 'bastion host', 'ssh', 'ssh keys', 'harden', 'hardening', 'cert-manager', 'certificate renewal', 'dba', 'runners', 'ci runners', 'replication lag', 'page the', 'paging',
    'eks', 'gke', 'aks', 'ecs', 'openssl', 'deployment automation', 'infra automation', 'pager noise',
    'infrastructure', 'infra', 'kubernetes', 'k8s', 'terraform', 'ansible', 'puppet', 'docker', 'helm',
    'helm chart', 'ec2', 'rds', 'load balancer', 'dns', 'cdn', 'tls', 'ssl', 'tls certificate', 'ssl certificate',
    'certs', 'vpc', 'firewall', 'vpn', 'autoscaling', 'auto-scaling', 'autoscaling group', 'node pool',
    'provision', 'rightsizing', 'rightsize', 'cloud cost', 'cloud costs', 'cloud spend', 'aws spend', 'aws bill',
    'finops', 'backup', 'backups', 'os patching', 'iac', 'infrastructure as code', 'key rotation',
    'rotate credentials', 'rotate secrets', 'rotate keys', 'data center', 'datacenter', 'nginx', 'ingress',
    'service mesh', 'istio', 'cloudflare', 'devops', 'disk space', 'container', 'containers',
    'secrets management', 'iam', 'cve', 'security patch', 'vulnerability scan', 'patch the servers',
    'server', 'servers', 'cloud migration', 'cluster upgrade',
  ]),
  rule('tops-infra-weak', 'technical-operations', 2, 'Cloud, hosts and secrets (weak)', [
    'scalability', 'scalable', 'automation', 'hosts', 'workloads', 'gateway', 'api gateway', 'snapshot',
    'aws', 'gcp', 'azure', 's3', 'cluster', 'clusters', 'replica', 'replication', 'linux', 'vm', 'vms',
    'virtual machine', 'secrets', 'rotate', 'credentials', 'hosting', 'disk', 'cpu', 'vulnerability',
    'pen test', 'penetration test', 'soc 2', 'soc2', 'iso 27001', 'sysadmin', 'patching', 'certificate',
    'certificates', 'primary',
  ]),
  rule('tops-infra-weaker', 'technical-operations', 1, 'Environments, scaling, storage (weak)', [
    'cloud', 'lambda', 'network', 'scaling', 'scale', 'environment', 'environments', 'storage', 'ops',
    'operations', 'compliance', 'security', 'instances', 'instance',
  ]),
  rule('tops-cicd', 'technical-operations', 3, 'CI/CD and deployment pipelines', [
    'ci/cd', 'ci', 'cd', 'cicd', 'continuous integration', 'continuous delivery', 'continuous deployment',
    'deployment pipeline', 'ci pipeline', 'cd pipeline', 'release pipeline', 'jenkins', 'github actions',
    'gitlab ci', 'circleci', 'travis ci', 'argo', 'argocd', 'spinnaker', 'buildkite', 'build server', 'build agent',
    'build agents', 'artifact', 'artifacts', 'container registry', 'build times', 'build time', 'nightly build',
  ]),
  rule('tops-release', 'technical-operations', 3, 'Release management and deployments', [
    'go/no-go', 'go no-go', 'release go/no-go',
    'release management', 'release manager', 'release train', 'release candidate', 'cut the release',
    'cut a release', 'deploy', 'deployment', 'deploys', 'redeploy', 'staging', 'staging environment', 'canary',
    'blue-green', 'blue green', 'staged rollout', 'phased rollout', 'percentage rollout', 'change freeze',
    'code freeze', 'change advisory board', 'ship to production', 'push to production', 'app store submission',
    'app store release', 'play store', 'testflight', 'version bump', 'tag the release', 'release branch',
    'hotfix release', 'maintenance window', 'zero downtime', 'production deploy', 'prod deploy',
    'release checklist', 'release process', 'release cadence', 'release notes automation',
  ]),
  rule('tops-release-weak', 'technical-operations', 2, 'Releases and production (weak)', [
    'release', 'releases', 'production', 'prod', 'freeze',
  ]),
  rule('tops-release-weaker', 'technical-operations', 1, 'Going live (weak)', ['go live', 'go-live', 'ship']),

  // -------------------------------------------------------------------------
  // Sales
  // -------------------------------------------------------------------------
  rule('sales-prospecting', 'sales', 3, 'Prospecting and lead qualification', [
    'buying committee', 'first meetings', 'first meeting', 'line up a call', 'call with the vp', 'org chart of the buyer',
    'sales leads', 'new leads', 'warm leads', 'hot leads', 'leads from', 'leads list',
    'prospect', 'prospecting', 'cold call', 'cold email', 'cold outreach', 'outreach sequence', 'sales sequence',
    'inbound lead', 'qualified lead', 'lead list', 'sdr', 'bdr', 'sales development',
    'business development', 'qualify', 'qualification', 'bant', 'meddic', 'meddpicc', 'discovery call',
    'intro call', 'book meetings', 'booked meetings', 'territory', 'territories', 'account plan',
    'account planning', 'named accounts', 'target accounts', 'sales navigator', 'economic buyer',
    'decision maker', 'decision makers', 'referral', 'referrals', 'warm intro', 'inbound requests',
    'demo requests', 'outbound',
  ]),
  rule('sales-prospecting-weak', 'sales', 1, 'Buyers and outreach (weak)', [
    'leads',
    'relationship building', 'build relationships', 'call notes', 'next steps',
    'buyers', 'champion', 'heads of', 'outreach', 'inbound', 'call', 'calls', 'customer call', 'meetings with',
  ]),
  rule('sales-deals', 'sales', 3, 'Deals, negotiation, contracts and closing', [
    'po', 'defend the price', 'deals at risk', 'deal at risk', 'push procurement',
    'sign', 'get them to sign', 'countersign', 'signed order form', 'key accounts', 'relationships with decision makers',
    'deal', 'deals', 'close the deal', 'closed won', 'closed-won', 'negotiate', 'negotiation',
    'contract terms', 'commercial terms', 'rfp', 'rfi', 'rfq', 'procurement', 'order form', 'msa',
    'signed contract', 'opp', 'opps', 'upsell', 'cross-sell', 'cross sell', 'expansion deal', 'expansion revenue',
    'land and expand', 'enterprise agreement', 'multi-year deal', 'multi-year agreement', 'multi-year contract',
    'discount approval', 'deal desk', 'paid pilot', 'verbal commit', 'purchase order', 'new logo', 'new logos',
    'redline', 'redlines', 'objection', 'pricing objection', 'security questionnaire',
  ]),
  rule('sales-deals-weak', 'sales', 2, 'Closing, contracts, proposals, opportunities (weak)', [
    'close', 'commercial', 'contract', 'contracts', 'proposal', 'quote', 'quotes', 'opportunity', 'opportunities',
  ]),
  rule('sales-demo', 'sales', 2, 'Demos given to a prospect as part of a deal', [
    'live demo', 'customer demo', 'prospect demo', 'demo call', 'run the demo', 'push for signature',
  ]),
  rule('sales-deals-weaker', 'sales', 1, 'Pilots, terms, discounts (weak)', [
    'pilot', 'signature', 'discount', 'terms', 'win', 'logo',
  ]),
  rule('sales-pipeline', 'sales', 3, 'Pipeline, forecast, quota and CRM', [
    'sales pipeline', 'pipeline review', 'pipeline generation', 'forecast call', 'commit forecast',
    'pipeline forecast', 'sales forecast', 'bookings forecast', 'crm', 'salesforce', 'bookings', 'quota', 'quotas',
    'attainment', 'sales target', 'revenue target', 'new arr', 'acv', 'tcv', 'win rate', 'sales cycle',
    'commission', 'comp plan', 'sales call', 'quarter end', 'end of quarter', 'close plan', 'mutual action plan',
    'deal review', 'gong', 'sell', 'selling', 'account executive',
  ]),
  rule('sales-pipeline-weak', 'sales', 2, 'Pipeline (weak: also a CI/CD or data pipeline)', ['pipeline', 'sold', 'seller']),
  rule('sales-weak', 'sales', 1, 'Sales (weak)', ['sales', 'arr', 'ae', 'stage', 'forecast']),
  rule('sales-renewals', 'sales', 3, 'Renewals, upsell and account expansion', [
    'renewal', 'renew', 'renewals', 'contract renewal', 'grow the account', 'executive sponsor', 'reference call',
    'co-term', 'true-up', 'true up', 'account expansion', 'expansion opportunity',
  ]),
  rule('sales-renewals-weak', 'sales', 1, 'Accounts, seats and licences (weak)', [
    'account', 'accounts', 'account manager', 'account management', 'seats', 'licenses', 'license',
  ]),

  // -------------------------------------------------------------------------
  // Marketing Communications
  // -------------------------------------------------------------------------
  rule('mc-press', 'marketing-communications', 4, 'Press releases and media relations', [
    'podcast appearance', 'speaking opportunity', 'media appearance',
    'press release', 'press', 'media relations', 'journalist', 'journalists', 'reporter', 'press kit', 'embargo',
    'pr agency', 'pr campaign', 'public relations', 'media coverage', 'press coverage', 'media list',
    'media outreach', 'press outreach', 'media kit', 'spokesperson', 'thought leadership', 'op-ed', 'byline',
    'newsroom', 'earned media', 'media pitch', 'award submission', 'awards', 'press tour',
  ]),
  rule('mc-announce', 'marketing-communications', 2, 'Announcements and external communications', [
    'internal communications', 'internal comms', 'company announcement', 'ceo', 'executive communications',
    'announcement', 'announce', 'external comms', 'external communications', 'communications', 'comms',
    'communication plan', 'coverage', 'media', 'pitch the story', 'pr',
  ]),
  rule('mc-campaign', 'marketing-communications', 3, 'Campaigns, ads and demand generation', [
    'tv spot', 'tv ad', 'radio spot', 'ad campaign', 'out of home', 'email invite', 'event invite', 'invitations', 'office opening',
    'creative agency', 'marketing channels', 'channel mix', 'integrated campaigns', 'campaign performance', 'marketing programs', 'email programme', 'email program', 'brand voice', 'funding announcement', 'funding round',
    'campaign', 'advert', 'advertising', 'paid search', 'paid social', 'paid media', 'ppc', 'sem',
    'google ads', 'linkedin ads', 'facebook ads', 'retargeting', 'display ads', 'banner ad', 'promo', 'promotion',
    'promotional', 'brand awareness', 'rebrand', 'brand guidelines', 'demand gen', 'demand generation', 'lead gen',
    'lead generation', 'mql', 'mqls', 'nurture', 'drip campaign', 'abm', 'account-based marketing', 'utm',
    'landing page', 'cpc', 'cpm', 'ctr', 'click-through', 'impressions', 'influencer', 'sponsorship',
    'marketing campaign', 'ad copy', 'slogan', 'tagline', 'tone of voice', 'billboard', 'direct mail',
    'giveaway', 'contest', 'referral program', 'affiliate program', 'cost per lead', 'marketing automation',
    'marketo', 'customer acquisition', 'user acquisition', 'brand campaign', 'ad spend', 'email marketing',
  ]),
  rule('mc-campaign-weak', 'marketing-communications', 2, 'Ads, brand and promotion (weak)', [
    'agency', 'channels', 'ad set',
    'ad', 'brand', 'banner', 'promote', 'awareness', 'sponsor', 'marketing',
  ]),
  rule('mc-campaign-weaker', 'marketing-communications', 1, 'Creative and audiences (weak)', [
    'creative', 'audience', 'reach', 'attribution', 'hubspot', 'drip', 'radio',
  ]),
  rule('mc-social', 'marketing-communications', 3, 'Social media', [
    'social media presence', 'community engagement', 'online community',
    'social media', 'linkedin', 'twitter', 'tweet', 'instagram', 'tiktok', 'facebook', 'youtube', 'mastodon',
    'bluesky', 'reddit', 'social post', 'social posts', 'hashtag', 'social calendar', 'social listening',
    'community manager', 'viral',
  ]),
  rule('mc-social-weak', 'marketing-communications', 2, 'Posts and followers (weak)', [
    'social', 'posts', 'post', 'followers', 'threads',
  ]),
  rule('mc-content', 'marketing-communications', 3, 'Content: blog, newsletter, website copy, webinars, SEO', [
    'page copy', 'pricing page copy', 'landing page copy', 'copy on the pricing page',
    'careers page', 'about page', 'website content', 'blog content', 'content strategy', 'editorial',
    'blog', 'blog post', 'newsletter', 'email campaign', 'email blast', 'email newsletter', 'mailchimp',
    'website copy', 'homepage', 'home page', 'web copy', 'copywriting', 'seo', 'search engine optimization',
    'backlinks', 'content calendar', 'editorial calendar', 'content marketing', 'webinar', 'podcast', 'ebook',
    'e-book', 'whitepaper', 'white paper', 'customer story', 'customer stories', 'testimonial', 'infographic',
    'brochure', 'hero banner', 'guest post', 'open rate', 'wordpress', 'webflow', 'marketing site',
    'website refresh', 'website', 'web site',
  ]),
  rule('mc-content-weak', 'marketing-communications', 1, 'Copy, content, video, email (weak)', [
    'copy', 'content', 'video', 'videos', 'article', 'articles', 'email', 'emails', 'subscribers', 'cms', 'hero',
    'keywords', 'keyword',
  ]),
  rule('mc-events', 'marketing-communications', 3, 'Events, conferences and trade shows', [
    'conference', 'trade show', 'tradeshow', 'booth', 'meetup', 'summit', 'roadshow', 'swag', 'keynote',
    'speaking slot', 'user conference', 'customer event', 'field event', 'virtual event', 'expo', 'venue',
    'event sponsorship', 'event marketing',
  ]),
  rule('mc-events-weak', 'marketing-communications', 1, 'Events (weak: analytics events are product operations)', [
    'event', 'events', 'speaker', 'dinner',
  ]),

  // -------------------------------------------------------------------------
  // Customer Support
  // -------------------------------------------------------------------------
  rule('sup-tickets', 'customer-support', 3, 'Support tickets, queues and service levels', [
    'support themes', 'support trends', 'support insights', 'top support issues', 'ticket drivers', 'support inbox',
    'first reply', 'reply time', 'resolution rate', 'resolve tickets', 'ticket tagging', 'tag tickets', 'contacting support', 'contacting us', 'contact us', 'contact reason', 'contact reasons', 'support call', 'support calls', 'support conversations', 'chat conversations', 'support agents', 'support agent', 'ticket trends', 'in a timely manner', 'timely resolution', 'customer inquiries via',
    'support ticket', 'support queue', 'ticket queue', 'support backlog', 'ticket backlog', 'zendesk', 'freshdesk',
    'help desk', 'helpdesk', 'service desk', 'support desk', 'first response', 'first response time',
    'response time', 'resolution time', 'time to resolution', 'csat', 'customer satisfaction', 'macros',
    'canned response', 'saved replies', 'support request', 'support case', 'support cases', 'support inbox',
    'shared inbox', 'support sla', 'support team', 'support engineer', 'tier 1', 'tier 2', 'customer support',
    'technical support', 'tech support', 'customer service', 'support rota', 'support shift', 'inbound tickets',
    'incoming tickets', 'support email', 'support emails', 'servicenow', 'kustomer', 'sla breach',
    'sla breaches', 'ticket volume', 'support volume',
  ]),
  rule('sup-tickets-weak', 'customer-support', 2, 'Tickets (weak: could be a Jira ticket)', [
    'chat', 'chats', 'resolution', 'conversations', 'help-centre documentation', 'support leads',
    'ticket', 'tickets', 'intercom',
  ]),
  rule('sup-weak', 'customer-support', 1, 'Support, queues and shifts (weak)', ['support', 'queue', 'shift']),
  rule('sup-kb', 'customer-support', 3, 'Help-centre articles, knowledge base and FAQs', [
    'help center', 'help article', 'help doc', 'help docs', 'knowledge base', 'kb', 'kb article', 'faq', 'faqs',
    'troubleshooting guide', 'troubleshooting article', 'support article', 'support docs', 'support documentation',
    'self-service help', 'how-to article', 'how-to guide', 'help content', 'support content', 'user manual',
    'guru card', 'knowledge article',
  ]),
  rule('sup-escalation', 'customer-support', 3, 'Customer escalations, complaints and requests', [
    'call back', 'callback', 'affected customers', 'notify customers', 'tell customers', 'let customers know', 'customer notification',
    'angry customer', 'upset customer', 'frustrated customer', 'unhappy customer', 'double charge', 'double charged', 'charged twice', 'issue a credit', 'account credit', 'walk a customer through', 'walk customers through', 'reproduction steps', 'steps to reproduce', 'via email, chat and phone', 'email, chat and phone',
    'escalation', 'escalations', 'escalate', 'customer escalation', 'customer complaint', 'complaint',
    'complaints', 'refund', 'refunds', 'refund request', 'chargeback', 'live chat', 'chat support',
    'customer inquiry', 'customer inquiries', 'inquiry', 'inquiries', 'customer question', 'customer questions',
    'reply to customers', 'respond to customers', 'answer customers', 'workaround', 'password reset',
    'reset password', 'resetting password', 'locked out', 'login issue', 'login issues',
    'reported by customers', 'customer-reported', 'help customers', 'callback', 'phone support', 'contact center',
    'contact rate', 'deflection', 'cancellation request', 'billing question', 'billing questions',
  ]),
  rule('sup-escalation-weak', 'customer-support', 2, 'Troubleshooting and customer issues (weak)', [
    'troubleshoot', 'troubleshooting', 'customer issue', 'customer issues', 'customer emails', 'user reports',
    'account access', 'bug report', 'customers asking', 'reply to', 'respond to',
  ]),
  rule('sup-escalation-weaker', 'customer-support', 1, 'Replies and answers (weak)', ['reply', 'respond', 'answer']),

  // -------------------------------------------------------------------------
  // Evidence against a discipline
  // -------------------------------------------------------------------------
  rule('sales-not-enablement', 'sales', -2, 'Enabling sellers (decks, battlecards, talk tracks) is product marketing, not selling', [
    'enablement', 'battlecard', 'battle card', 'talk track', 'demo script', 'sales deck', 'sales training',
    'objection handling', 'sales playbook', 'sales kit',
  ]),
  rule('ds-not-readout', 'data-science', -1, 'Reading a KPI on a dashboard is product operations, not statistics', [
    'dashboard', 'kpi', 'funnel',
  ]),
  rule('eng-not-infra', 'engineering', -1, 'Infrastructure and release work is technical operations', [
    'incident', 'outage', 'on-call', 'deploy', 'deployment', 'release train', 'terraform', 'kubernetes', 'ci/cd',
    'infrastructure',
  ]),
  rule('tops-not-code', 'technical-operations', -1, 'Application code and schema migrations are engineering', [
    'database migration', 'schema migration', 'unit test', 'refactor', 'endpoint', 'code review',
  ]),
  rule('mc-not-launch-plan', 'marketing-communications', -1, 'Launch plans and launch messaging are product marketing', [
    'launch plan', 'launch messaging', 'launch training', 'positioning', 'messaging', 'battlecard',
  ]),
  rule('proj-not-roadmap', 'project-management', -1, 'Roadmaps and prioritisation are product management', [
    'roadmap', 'prioritise', 'prd',
  ]),
  rule('pm-not-schedule', 'product-management', -1, 'Schedules, Gantt charts and dependencies are project management', [
    'gantt', 'critical path', 'dependencies', 'resource allocation', 'status report', 'risk register',
  ]),
];

/** A rule recognising an owner's role title (e.g. "Senior UX Designer"). */
export interface RoleRule {
  discipline: string;
  match: string[];
  weight: number;
}

/**
 * Role titles to disciplines. Longer, more specific titles carry more weight so
 * "Product Marketing Manager" beats "Marketing Manager" and "Sales Engineer"
 * beats "Engineer". The built-in disciplines' `role` names (taxonomy.ts) are
 * added with weight 6 (role-titles.ts).
 */
export const BUILTIN_ROLE_RULES: RoleRule[] = [
  { discipline: 'product-marketing', weight: 5, match: ['product marketing', 'product marketer', 'pmm', 'go to market', 'gtm', 'solutions marketing'] },
  { discipline: 'product-strategy', weight: 5, match: ['product strategy', 'strategist', 'product planning', 'product planner', 'corporate development', 'strategy'] },
  { discipline: 'product-operations', weight: 5, match: ['product operations', 'product ops', 'prodops', 'product analyst', 'pricing manager', 'pricing analyst', 'monetization'] },
  { discipline: 'product-management', weight: 4, match: ['product manager', 'product owner', 'head of product', 'vp product', 'vp of product', 'director of product', 'product lead', 'chief product officer', 'cpo', 'group product manager', 'product management'] },
  { discipline: 'project-management', weight: 5, match: ['project manager', 'program manager', 'programme manager', 'delivery manager', 'scrum master', 'pmo', 'technical program manager', 'project lead', 'project coordinator', 'agile coach'] },
  { discipline: 'product-design', weight: 4, match: ['designer', 'ux', 'ui', 'design', 'ux researcher', 'user researcher', 'design researcher', 'content designer', 'ux writer'] },
  { discipline: 'engineering', weight: 2, match: ['engineer', 'developer', 'programmer', 'software', 'tech lead', 'cto', 'architect', 'engineering manager', 'frontend', 'backend', 'full stack', 'full-stack', 'mobile', 'founding engineer', 'data engineer', 'qa engineer', 'test engineer'] },
  { discipline: 'data-science', weight: 5, match: ['data scientist', 'scientist', 'ml engineer', 'machine learning', 'research engineer', 'statistician', 'data science', 'applied scientist', 'research scientist', 'quant', 'ai engineer'] },
  { discipline: 'technical-operations', weight: 5, match: ['sre', 'site reliability', 'devops', 'release engineer', 'release manager', 'platform engineer', 'infrastructure engineer', 'infrastructure', 'sysadmin', 'systems administrator', 'ops engineer', 'operations engineer', 'cloud engineer', 'network engineer', 'security engineer'] },
  { discipline: 'sales', weight: 4, match: ['account executive', 'ae', 'sales', 'sdr', 'bdr', 'account manager', 'salesperson', 'sales engineer', 'solutions engineer', 'presales', 'business development', 'cro', 'chief revenue officer', 'sales director', 'sales representative'] },
  { discipline: 'marketing-communications', weight: 3, match: ['marketing', 'marketing manager', 'communications', 'comms', 'pr manager', 'content marketer', 'content manager', 'social media manager', 'brand manager', 'copywriter', 'demand generation', 'demand gen', 'events manager', 'cmo', 'growth marketer'] },
  { discipline: 'customer-support', weight: 5, match: ['support', 'customer support', 'support specialist', 'support engineer', 'support agent', 'help desk', 'customer service', 'customer success', 'support lead', 'technical support'] },
];
