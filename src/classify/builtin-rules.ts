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
 */
import type { Rule } from './types.js';

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
    'positioning', 'messaging', 'value proposition', 'value prop', 'differentiator', 'differentiation',
    'messaging framework', 'messaging house', 'positioning statement', 'positioning document',
    'elevator pitch', 'proof point', 'key message', 'message testing', 'product narrative', 'why we win',
    'competitive positioning', 'win themes', 'category design',
  ]),
  rule('pmm-gtm', 'product-marketing', 3, 'Go-to-market and launch plans', [
    'go to market', 'gtm', 'launch plan', 'launch strategy', 'launch readiness', 'launch checklist',
    'launch tier', 'product launch', 'launch brief', 'launch messaging', 'launch training',
    'launch calendar', 'post launch', 'launch review', 'launch retrospective', 'launch goals',
    'market rollout', 'regional rollout', 'rollout by segment', 'geo rollout', 'go-live communications',
  ]),
  rule('pmm-launch', 'product-marketing', 2, 'A launch, relaunch or rollout to a market', [
    'launch', 'relaunch', 'unveil', 'vertical', 'verticals', 'beta program', 'early access program',
  ]),
  rule('pmm-enablement', 'product-marketing', 3, 'Sales enablement: decks, one-pagers, battlecards, demo scripts', [
    'sales enablement', 'enablement', 'battlecard', 'battle card', 'sales deck', 'pitch deck', 'sales collateral',
    'collateral', 'one-pager', 'one pager', 'demo script', 'talk track', 'objection handling', 'sales playbook',
    'sales kit', 'sales training', 'field training', 'competitive intel', 'competitive intelligence',
    'customer deck', 'first call deck', 'datasheet', 'data sheet', 'solution brief', 'product sheet',
    'cheat sheet', 'sales narrative', 'train the sales team', 'train sellers', 'enable the sales team',
    'enable sales', 'enable the field', 'partner enablement',
  ]),
  rule('pmm-demo', 'product-marketing', 1, 'Product demos and demo content', ['demo', 'demo video', 'product tour']),
  rule('pmm-audience', 'product-marketing', 3, 'Buyer personas, ideal customer profile and target segments', [
    'buyer persona', 'ideal customer profile', 'icp', 'target audience', 'buying committee', 'target buyer',
    'buyer journey', 'customer segment messaging',
  ]),
  rule('pmm-release-notes', 'product-marketing', 2, 'Customer-facing release notes and what\'s-new content', [
    'release notes', "what's new", 'changelog announcement', 'feature announcement',
  ]),
  rule('pmm-discipline', 'product-marketing', 3, 'Product marketing named outright', [
    'product marketing', 'pmm', 'product marketer',
  ]),
  rule('pmm-proof', 'product-marketing', 2, 'Customer proof: case studies, references, win/loss', [
    'case study', 'customer reference', 'reference customer', 'win loss', 'win/loss', 'win-loss analysis',
    'customer proof', 'analyst report reprint',
  ]),

  // -------------------------------------------------------------------------
  // Product Strategy / Planning
  // -------------------------------------------------------------------------
  rule('strat-mrd', 'product-strategy', 3, 'Market Requirements Document', [
    'mrd', 'market requirements', 'market requirements document', 'market needs', 'market problem',
  ]),
  rule('strat-market-sizing', 'product-strategy', 3, 'Market sizing and opportunity analysis', [
    'market sizing', 'size the market', 'market size', 'tam', 'sam', 'som', 'addressable market',
    'total addressable market', 'market opportunity', 'opportunity assessment', 'opportunity analysis',
    'market share', 'market potential', 'market analysis', 'market assessment', 'market entry',
    'new market', 'adjacent market', 'market segmentation', 'white space', 'market trend', 'industry trend',
    'market dynamics', 'market research', 'market landscape', 'market study', 'sizing',
  ]),
  rule('strat-competitive', 'product-strategy', 3, 'Competitive landscape and competitor analysis', [
    'competitive analysis', 'competitive landscape', 'competitor analysis', 'competitive research',
    'competitor research', 'competitive review', 'competitive assessment', 'competitor benchmark',
    'feature comparison', 'swot', 'five forces',
  ]),
  rule('strat-competitors', 'product-strategy', 2, 'Competitors and competition', [
    'competitor', 'competition', 'landscape', 'incumbent', 'disruptor', 'new entrant',
  ]),
  rule('strat-competitive-weak', 'product-strategy', 1, 'Competitive, market (weak)', ['competitive', 'market', 'industry']),
  rule('strat-vision', 'product-strategy', 3, 'Long-term vision and product strategy', [
    'vision', 'three-year', 'three year', '3-year', 'five-year', 'five year', '5-year', 'multi-year',
    'long-term', 'long term', 'product strategy', 'strategic plan', 'strategic planning', 'strategic bet',
    'strategic direction', 'strategic initiative', 'strategy offsite', 'annual plan', 'annual planning',
    'long-range plan', 'portfolio strategy', 'platform strategy', 'category strategy', 'business strategy',
    'growth strategy', 'strategic options', 'where to play', 'how to win', 'investment thesis',
    'business model', 'moat', 'horizon', 'future state', 'north star vision', 'strategy memo', 'strategy doc',
  ]),
  rule('strat-strategy', 'product-strategy', 2, 'Strategy (general)', ['strategy', 'strategic', 'thesis', 'bets']),
  rule('strat-build-buy', 'product-strategy', 3, 'Build / buy / partner decisions, partnerships and M&A', [
    'build vs buy', 'build versus buy', 'build or buy', 'buy or partner', 'build buy partner', 'build/buy/partner',
    'make or buy', 'partnership', 'strategic partner', 'strategic partnership', 'acquisition target',
    'm&a', 'merger', 'acquire', 'acquisition', 'due diligence', 'investment case', 'business case',
  ]),
  rule('strat-customer-research', 'product-strategy', 2, 'Customer research on market needs (current, potential, former customers)', [
    'customer research', 'customer interview', 'customer needs', 'unmet needs', 'unmet need', 'former customer',
    'churned customer', 'lost customer', 'prospective customer', 'potential customer', 'non-customer',
    'voice of the customer', 'jobs to be done', 'jtbd', 'buyer research', 'market survey', 'customer survey',
    'customer advisory board', 'advisory board',
  ]),
  rule('strat-analyst', 'product-strategy', 3, 'Industry analysts and analyst briefings', [
    'analyst briefing', 'analyst relations', 'analyst inquiry', 'analyst', 'gartner', 'forrester', 'idc',
    'magic quadrant', 'forrester wave', 'hype cycle',
  ]),

  // -------------------------------------------------------------------------
  // Product Operations
  // -------------------------------------------------------------------------
  rule('ops-instrumentation', 'product-operations', 3, 'Instrumentation and event tracking', [
    'instrumentation', 'instrument', 'event tracking', 'tracking plan', 'analytics event', 'track event',
    'tracking event', 'product analytics', 'product telemetry', 'event taxonomy', 'event schema', 'amplitude',
    'mixpanel', 'google analytics', 'ga4', 'posthog', 'snowplow', 'pendo', 'tag manager', 'analytics tagging',
    'usage tracking', 'tracking code', 'analytics', 'telemetry',
  ]),
  rule('ops-tracking', 'product-operations', 1, 'Tracking (weak)', ['tracking', 'track', 'measure', 'measurement']),
  rule('ops-funnel', 'product-operations', 3, 'Funnel, path and conversion analysis', [
    'funnel', 'path analysis', 'drop off', 'drop-off', 'dropoff', 'conversion rate', 'conversion', 'activation',
    'activation rate', 'retention', 'retention rate', 'churn rate', 'cohort', 'engagement', 'adoption',
    'feature adoption', 'product usage', 'usage data', 'usage', 'dau', 'mau', 'wau', 'daily active',
    'weekly active', 'monthly active', 'active users', 'stickiness', 'time to value', 'signup to paid',
    'trial to paid', 'free to paid', 'upgrade rate', 'expansion rate', 'user behavior',
  ]),
  rule('ops-churn', 'product-operations', 2, 'Churn and retention as product metrics', ['churn', 'attrition']),
  rule('ops-kpi', 'product-operations', 3, 'KPI definitions, metrics and product dashboards', [
    'kpi', 'key performance indicator', 'metric', 'metrics', 'dashboard', 'product dashboard',
    'health dashboard', 'scorecard', 'north star metric', 'success metric', 'okr', 'looker', 'tableau',
    'power bi', 'metabase', 'data studio', 'reporting', 'weekly report', 'monthly report', 'nps',
    'net promoter', 'benchmark report', 'leading indicator', 'lagging indicator', 'baseline metric',
  ]),
  rule('ops-pricing', 'product-operations', 3, 'Pricing and packaging', [
    'pricing', 'price', 'price point', 'packaging', 'pricing and packaging', 'monetization', 'monetise',
    'paywall', 'freemium', 'pricing tier', 'plan tier', 'subscription plan', 'billing model', 'willingness to pay',
    'price increase', 'rate card', 'list price', 'price list', 'discount policy', 'usage-based pricing',
    'seat-based', 'per seat', 'add-on', 'bundle', 'bundling', 'pricing page',
  ]),
  rule('ops-financials', 'product-operations', 3, 'Financial performance, profitability and margin', [
    'profitability', 'profit', 'margin', 'gross margin', 'contribution margin', 'unit economics', 'p&l',
    'cogs', 'cost to serve', 'financial performance', 'financials', 'ltv', 'lifetime value', 'cac',
    'arpu', 'arpa', 'mrr', 'revenue per', 'payback', 'revenue', 'cost of goods', 'budget vs actual',
    'business performance', 'product performance', 'roi',
  ]),
  rule('ops-health', 'product-operations', 3, 'Product health and performance reviews of existing products', [
    'product health', 'health review', 'health check-in', 'product review', 'business review',
    'operating review', 'monthly business review', 'weekly business review', 'mbr', 'wbr', 'qbr',
    'performance review of', 'product scorecard', 'existing product', 'existing products', 'legacy product',
    'product portfolio review', 'sunset', 'end of life', 'end-of-life', 'deprecation plan',
  ]),
  rule('ops-alignment', 'product-operations', 2, 'Cross-team alignment and operating cadence on existing products', [
    'product ops', 'product operations', 'prodops', 'operating cadence', 'operating rhythm', 'operating model',
    'cross-team alignment', 'alignment', 'align', 'feedback loop', 'feedback program', 'voice of customer program',
    'product process', 'tooling', 'product tooling', 'governance', 'playbook', 'release readiness review',
    'customer feedback', 'feedback',
  ]),

  // -------------------------------------------------------------------------
  // Technical Product Management
  // -------------------------------------------------------------------------
  rule('pm-prd', 'product-management', 3, 'Product Requirements Document and feature specs', [
    'prd', 'product requirements', 'requirements document', 'requirements doc', 'product spec', 'feature spec',
    'spec', 'specs', 'specification', 'functional spec', 'functional requirements', 'non-functional requirements',
    'requirements', 'requirement', 'product brief', 'feature brief',
  ]),
  rule('pm-roadmap', 'product-management', 3, 'Roadmap', [
    'roadmap', 'road map', 'roadmapping', 'now next later', 'release plan', 'release scope', 'quarterly plan',
    'product plan', 'feature plan', 'h1 plan', 'h2 plan', 'themes for',
  ]),
  rule('pm-backlog', 'product-management', 3, 'Backlog, user stories and acceptance criteria', [
    'product backlog', 'backlog grooming', 'backlog refinement', 'groom', 'refine the backlog',
    'user story', 'acceptance criteria', 'epic', 'definition of done', 'definition of ready', 'story points',
    'story mapping', 'jira epic', 'feature request', 'ideas portal', 'idea backlog', 'feature ideas',
  ]),
  rule('pm-backlog-weak', 'product-management', 2, 'Backlog (can also be a support backlog)', ['backlog', 'stories', 'story']),
  rule('pm-prioritisation', 'product-management', 3, 'Prioritisation and scope decisions', [
    'prioritise', 'prioritization', 'priority', 'priorities', 'reprioritize', 'deprioritize', 'stack rank',
    'rice score', 'rice scoring', 'moscow', 'scope', 'scoping', 'descope', 'in scope', 'out of scope',
    'trade-off', 'tradeoff', 'mvp', 'minimum viable', 'make the cut', 'cut line', 'must have', 'nice to have',
    'what goes into', 'scope cut', 'feature set', 'next release', 'next version', 'v1', 'v2', 'v3',
    'phase 2', 'phase two', 'product decision', 'feature decision', 'go/no-go',
  ]),
  rule('pm-requirements', 'product-management', 2, 'Clarifying requirements and use cases with engineering', [
    'clarify', 'edge case', 'use case', 'user need', 'problem statement', 'product discovery', 'discovery',
    'hypothesis', 'success criteria', 'feature', 'functionality', 'capability', 'product owner',
    'product manager', 'product management', 'stakeholder feedback',
  ]),
  rule('pm-ceremonies', 'product-management', 2, 'Scrum ceremonies run by product when there is no project manager', [
    'standup', 'stand-up', 'daily standup', 'scrum', 'sprint planning', 'sprint review', 'sprint goal',
    'sprint', 'iteration planning', 'planning poker', 'refinement', 'retrospective', 'sprint demo',
    'agile ceremonies', 'kanban board',
  ]),

  // -------------------------------------------------------------------------
  // Technical Project Management
  // -------------------------------------------------------------------------
  rule('proj-schedule', 'project-management', 3, 'Schedules, Gantt charts, milestones and deadlines', [
    'gantt', 'gantt chart', 'project schedule', 'schedule', 'master schedule', 'integrated schedule',
    'project plan', 'delivery plan', 'delivery schedule', 'delivery date', 'critical path', 'milestone',
    'deadline', 'due date', 'target date', 'slip', 'slippage', 'on track', 'behind schedule', 'ahead of schedule',
    'work breakdown', 'wbs', 'baseline plan', 'timeline', 'project timeline', 'cutover plan', 'go-live date',
    'launch date', 'ship date', 'date', 'dates', 'timeframe', 'ms project', 'smartsheet', 'plan of record',
  ]),
  rule('proj-program', 'project-management', 2, 'Programmes, projects and workstreams', [
    'project', 'projects', 'program', 'programme', 'program management', 'project management', 'pmo',
    'workstream', 'work stream', 'project manager', 'program manager', 'delivery manager', 'kickoff',
    'kick-off', 'project charter', 'charter', 'scope creep', 'change request', 'phase gate', 'stage gate',
    'closeout', 'close-out', 'lessons learned', 'portfolio', 'initiative tracker', 'tracker',
  ]),
  rule('proj-dependencies', 'project-management', 3, 'Cross-team dependencies and blockers', [
    'dependency', 'dependencies', 'cross-team dependencies', 'blocker', 'blocked', 'unblock', 'handoff',
    'hand-off', 'interlock', 'sequencing', 'critical dependency', 'dependency map', 'upstream', 'downstream',
  ]),
  rule('proj-coordination', 'project-management', 3, 'Cross-team coordination, status reporting and governance', [
    'coordinate', 'coordination', 'cross-team coordination', 'cross-functional', 'status report', 'status update',
    'status', 'steering committee', 'steerco', 'raid log', 'raid', 'raci', 'action item', 'follow up',
    'follow-up', 'chase', 'weekly sync', 'program sync', 'project sync', 'sync', 'stakeholder update',
    'stakeholder management', 'progress report', 'progress', 'check-in', 'meeting cadence', 'run the meeting',
    'minutes', 'escalate risk', 'executive update', 'exec update', 'across teams', 'between teams',
    'five teams', 'multiple teams', 'several teams', 'all teams', 'orchestrate',
  ]),
  rule('proj-resources', 'project-management', 3, 'Resource allocation, staffing and capacity', [
    'resource allocation', 'resourcing', 'resource plan', 'resource conflict', 'allocate', 'allocation',
    'staffing', 'staff the', 'capacity planning', 'capacity', 'headcount', 'contractor', 'contractors',
    'people allocation', 'team capacity', 'bandwidth', 'utilization', 'assign owner', 'assign owners', 'owners',
    'vendor management', 'budget tracking',
  ]),
  rule('proj-risk', 'project-management', 3, 'Risk registers and delivery risk', [
    'risk register', 'risk log', 'risks and issues', 'risk', 'risks', 'mitigation', 'contingency', 'issue log',
    'issues log', 'at risk', 'escalation path', 'delivery risk', 'overdue', 'late', 'delay', 'delays',
  ]),

  // -------------------------------------------------------------------------
  // Product Design / UX
  // -------------------------------------------------------------------------
  rule('design-research', 'product-design', 3, 'UX research and usability testing', [
    'ux research', 'user research', 'design research', 'usability', 'usability test', 'usability testing',
    'user interview', 'user testing', 'contextual inquiry', 'diary study', 'card sort', 'card sorting',
    'tree test', 'tree testing', 'field study', 'research synthesis', 'affinity map', 'affinity mapping',
    'moderated', 'unmoderated', 'think aloud', 'hallway test', 'research plan', 'discussion guide',
    'recruit participants', 'participant', 'research participants', 'user feedback session', 'ethnographic',
    'user panel', 'heuristic evaluation', 'expert review', 'first click test', 'five second test',
    'preference test', 'concept test', 'synthesise', 'interview notes', 'usertesting', 'dovetail', 'maze',
  ]),
  rule('design-personas', 'product-design', 3, 'Personas and mental models', [
    'persona', 'user persona', 'proto-persona', 'empathy map', 'mental model', 'archetype', 'user needs',
    'pain point',
  ]),
  rule('design-journey', 'product-design', 3, 'User journeys and flows', [
    'user journey', 'journey map', 'journey mapping', 'customer journey', 'experience map', 'user flow',
    'task flow', 'service blueprint', 'storyboard', 'end-to-end journey', 'user experience', 'ux', 'ui',
    'user interface', 'interaction', 'interaction design', 'happy path', 'empty state', 'error state',
    'onboarding experience', 'first-run experience', 'first run experience', 'microcopy', 'ux copy', 'ux writing',
  ]),
  rule('design-flow', 'product-design', 1, 'Flows, journeys and screens (weak)', [
    'flow', 'journey', 'screen', 'screens', 'page layout', 'look and feel', 'intuitive', 'friction', 'confusing',
    'easier to use', 'ease of use', 'usable', 'experience', 'design', 'designs', 'redesign', 'visual', 'modal',
    'dialog', 'form', 'settings page', 'empty states', 'illustration', 'animation',
  ]),
  rule('design-ia', 'product-design', 3, 'Information architecture and navigation', [
    'information architecture', 'ia', 'navigation', 'nav', 'sitemap', 'site map', 'menu structure', 'menu',
    'labelling', 'content hierarchy', 'taxonomy of', 'wayfinding',
  ]),
  rule('design-wireframes', 'product-design', 3, 'Wireframes, mockups and prototypes', [
    'wireframe', 'wireframing', 'mockup', 'mock-up', 'mocks', 'prototype', 'clickable prototype',
    'interactive prototype', 'figma', 'sketch file', 'invision', 'framer', 'axure', 'balsamiq', 'lo-fi', 'hi-fi',
    'low fidelity', 'high fidelity', 'low-fi', 'hi-fidelity', 'pixel perfect', 'pixel-perfect', 'visual design',
    'ui design', 'ux design', 'product design', 'design review', 'design critique', 'design crit', 'comp', 'comps',
    'redlines', 'design handoff', 'design spec', 'artboard', 'layout', 'sketches', 'whiteboard', 'concepts',
    'design concept', 'design exploration', 'explorations', 'responsive design', 'mobile design', 'dark mode',
  ]),
  rule('design-system', 'product-design', 3, 'Design system: colours, type, components, tokens', [
    'design system', 'design token', 'component library', 'ui kit', 'pattern library', 'style guide',
    'styleguide', 'color', 'color palette', 'typography', 'font', 'typeface', 'iconography', 'icon', 'icons',
    'spacing', 'grid system', 'visual language', 'accessibility', 'a11y', 'wcag', 'contrast', 'design language',
    'brand colors', 'ui components', 'ui component',
  ]),
  rule('design-behaviour-analytics', 'product-design', 3, 'Heatmaps, click tracking and session recordings', [
    'heatmap', 'heat map', 'click tracking', 'click-tracking', 'click map', 'scroll map', 'session recording',
    'session replay', 'hotjar', 'fullstory', 'crazy egg', 'eye tracking', 'rage click',
  ]),

  // -------------------------------------------------------------------------
  // Software Engineering
  // -------------------------------------------------------------------------
  rule('eng-bug', 'engineering', 3, 'Bugs, crashes, defects and debugging', [
    'bug', 'bugfix', 'bug fix', 'fix', 'crash', 'null pointer', 'exception', 'stack trace', 'memory leak',
    'race condition', 'deadlock', 'debug', 'defect', 'flaky', 'segfault', 'off-by-one', 'hotfix', 'regression bug',
    'broken', 'error handling', 'compile error', 'build error', 'type error', 'typeerror', 'npe', 'stacktrace',
    'repro', 'reproduce the', 'root-cause the bug', 'glitch', 'not working', 'fails to', 'failing test',
    'timeout bug', 'memory usage',
  ]),
  rule('eng-implement', 'engineering', 3, 'Implementing features in code: APIs, endpoints, components', [
    'implement', 'implementation', 'code', 'coding', 'codebase', 'endpoint', 'api', 'rest api', 'graphql', 'grpc',
    'sdk', 'backend', 'back-end', 'frontend', 'front-end', 'full-stack', 'full stack', 'microservice',
    'middleware', 'websocket', 'webhook', 'oauth', 'auth', 'authentication', 'authorization', 'parser',
    'pagination', 'serializer', 'orm', 'library', 'module', 'function', 'component', 'react', 'vue', 'angular',
    'svelte', 'next.js', 'node.js', 'nodejs', 'typescript', 'javascript', 'java', 'golang', 'rust', 'kotlin',
    'swift', 'swiftui', 'c++', 'c#', 'ruby', 'rails', 'django', 'flask', 'spring boot', 'php', 'ios', 'android',
    'mobile app', 'web app', 'cli', 'script', 'plugin', 'integration', 'integrate', 'cache', 'caching', 'queue consumer',
    'message queue', 'kafka consumer', 'batch job', 'cron job', 'background job', 'worker', 'service',
    'feature flag', 'develop', 'development', 'engineer', 'build out', 'wire up', 'hook up', 'port', 'upload',
    'export', 'import', 'sync service', 'search index', 'algorithm implementation', 'json', 'xml', 'csv export',
    'data model', 'schema', 'type', 'types', 'class', 'interface', 'method', 'request', 'response', 'payload',
    'client', 'server-side', 'client-side', 'ssr', 'html', 'css', 'tailwind', 'state management', 'redux',
    'localization', 'i18n', 'l10n', 'offline', 'push notification', 'notification', 'etl', 'data pipeline',
  ]),
  rule('eng-review', 'engineering', 3, 'Code review and pull requests', [
    'code review', 'pull request', 'pr review', 'review prs', 'merge request', 'pr', 'merge', 'rebase', 'git',
    'branch', 'commit', 'peer review', 'review the code', 'review code', 'reviewer',
  ]),
  rule('eng-refactor', 'engineering', 3, 'Refactoring and technical debt', [
    'refactor', 'tech debt', 'technical debt', 'legacy code', 'dead code', 'clean up the code', 'code cleanup',
    'code quality', 'rewrite the', 'modularize', 'decouple', 'simplify the code', 'duplicated logic',
    'duplicate code', 'deprecate', 'deprecated api', 'lint', 'linter', 'eslint', 'prettier', 'static analysis',
  ]),
  rule('eng-tests', 'engineering', 3, 'Automated tests', [
    'unit test', 'integration test', 'e2e test', 'end-to-end test', 'test coverage', 'code coverage',
    'test suite', 'regression test', 'snapshot test', 'contract test', 'playwright', 'cypress', 'jest',
    'vitest', 'pytest', 'junit', 'mocha', 'selenium', 'test case', 'tests', 'test', 'testing', 'qa', 'fixture',
    'mock', 'stub', 'tdd', 'automated test', 'test automation',
  ]),
  rule('eng-database', 'engineering', 3, 'Database migrations, schemas and queries in application code', [
    'database migration', 'schema migration', 'db migration', 'data migration', 'migration', 'migrate',
    'postgres', 'postgresql', 'mysql', 'mongodb', 'sqlite', 'redis', 'dynamodb', 'database', 'db', 'sql',
    'sql query', 'query', 'column', 'table', 'index', 'foreign key', 'stored procedure', 'n+1', 'backfill',
  ]),
  rule('eng-architecture', 'engineering', 3, 'Technical design and architecture', [
    'architecture', 'system design', 'design doc', 'technical design', 'tech spec', 'technical spec',
    'engineering spec', 'rfc', 'adr', 'proof of concept', 'poc', 'spike', 'tech stack', 'framework',
    'software architecture', 'api design', 'api contract', 'technical approach',
  ]),
  rule('eng-upgrade', 'engineering', 3, 'Upgrading libraries, SDKs and language versions', [
    'upgrade dependencies', 'bump dependencies', 'dependency upgrade', 'dependency update', 'dependabot',
    'renovate', 'npm', 'yarn', 'pnpm', 'pip', 'maven', 'gradle', 'package upgrade', 'upgrade the sdk',
    'compile', 'compiler', 'build errors', 'type check', 'typecheck', 'upgrade', 'performance optimization',
    'optimize', 'optimise', 'profiling', 'profile the', 'memory', 'latency of the', 'slow query',
  ]),

  // -------------------------------------------------------------------------
  // Science / Research
  // -------------------------------------------------------------------------
  rule('ds-model', 'data-science', 3, 'Machine-learning models: training, prediction, recommendation', [
    'model', 'ml model', 'machine learning', 'ml', 'deep learning', 'neural network', 'neural net', 'train the model',
    'training data', 'fine-tune', 'fine tune', 'finetune', 'inference', 'embedding', 'classifier',
    'classification model', 'regression model', 'linear regression', 'logistic regression', 'regression analysis',
    'clustering', 'recommendation model', 'recommender', 'recommendation engine', 'recommendation algorithm',
    'ranking model', 'ranking algorithm', 'learning to rank', 'personalization model', 'anomaly detection',
    'fraud detection', 'fraud model', 'nlp', 'natural language processing', 'computer vision', 'sentiment analysis',
    'topic model', 'prediction', 'predictive', 'predict', 'propensity', 'churn prediction', 'churn model',
    'scoring model', 'uplift model', 'llm', 'large language model', 'language model', 'gpt', 'transformer',
    'rag', 'retrieval augmented', 'prompt engineering', 'eval', 'evals', 'model evaluation', 'gradient boosting',
    'xgboost', 'random forest', 'pytorch', 'tensorflow', 'scikit-learn', 'sklearn', 'keras', 'hugging face',
    'feature engineering', 'feature store', 'hyperparameter', 'cross-validation', 'overfitting', 'model drift',
    'retrain', 'training run', 'training pipeline', 'ai', 'artificial intelligence', 'generative ai', 'genai',
    'forecasting model', 'demand forecast', 'time series', 'segmentation model', 'lookalike model', 'labeling',
    'data labeling', 'annotation', 'ground truth', 'dataset', 'data set', 'benchmark dataset', 'model card',
    'optimization model', 'operations research', 'simulation', 'monte carlo', 'reinforcement learning',
    'bandit', 'multi-armed bandit', 'causal inference', 'causal', 'estimator', 'matching algorithm',
  ]),
  rule('ds-evaluation', 'data-science', 3, 'Model evaluation metrics', [
    'precision', 'recall', 'f1', 'auc', 'roc', 'accuracy', 'offline evaluation', 'evaluation metric', 'ndcg',
    'mean average precision', 'rmse', 'mae', 'confusion matrix', 'holdout set', 'test set', 'validation set',
    'baseline model', 'benchmark the model', 'model performance', 'false positive', 'false negative',
  ]),
  rule('ds-stats', 'data-science', 3, 'Statistical methods: significance, power, experiment design, forecasting', [
    'statistical significance', 'statistically significant', 'significance', 'p-value', 'p value',
    'confidence interval', 'power analysis', 'sample size', 'hypothesis test', 'hypothesis testing', 'bayesian',
    'frequentist', 'statistical', 'statistics', 'stats', 'variance', 'standard deviation', 't-test', 'chi-square',
    'anova', 'experiment design', 'experimental design', 'minimum detectable effect', 'mde', 'sequential testing',
    'cuped', 'multivariate test', 'elasticity', 'price elasticity', 'regression', 'correlation', 'econometric',
    'survival analysis', 'attribution model', 'marketing mix model', 'propensity score', 'forecasting',
    'forecast model', 'statistical model', 'sampling', 'bootstrap', 'distribution', 'outlier', 'outliers',
  ]),
  rule('ds-experiment', 'data-science', 1, 'A/B tests and experiments (weak: reading results is product operations)', [
    'a/b test', 'ab test', 'a/b', 'split test', 'experiment', 'experimentation', 'forecast', 'estimate the impact',
  ]),
  rule('ds-research', 'data-science', 2, 'Algorithms research and scientific work', [
    'algorithm', 'algorithms research', 'research paper', 'paper', 'arxiv', 'literature review', 'methodology',
    'research', 'notebook', 'jupyter', 'pandas', 'numpy', 'r script', 'data science', 'data scientist',
    'scientist', 'approach', 'approaches', 'method', 'methods', 'heuristic', 'optimization', 'benchmark',
    'state of the art', 'sota', 'reproduce the results', 'ablation', 'prototype the model',
  ]),

  // -------------------------------------------------------------------------
  // Technical Operations / Release
  // -------------------------------------------------------------------------
  rule('tops-incident', 'technical-operations', 3, 'Incidents, outages and on-call', [
    'incident', 'outage', 'on-call', 'on call', 'pager', 'pagerduty', 'opsgenie', 'postmortem', 'post-mortem',
    'post mortem', 'incident review', 'root cause', 'rca', 'sev1', 'sev2', 'sev3', 'sev0', 'downtime', 'degraded',
    'degradation', 'failover', 'disaster recovery', 'rollback', 'roll back', 'uptime', 'availability', 'slo',
    'sli', 'error budget', 'status page', 'statuspage', 'runbook', 'playbook for incidents', 'war room',
    'pager rotation', 'on-call rotation', 'escalation policy', 'restore service', 'restore the service',
    'service restoration', 'mitigate the outage', 'site reliability', 'sre', 'production issue',
  ]),
  rule('tops-monitoring', 'technical-operations', 3, 'Monitoring, alerting and observability', [
    'monitoring', 'monitor', 'alert', 'alerting', 'grafana', 'datadog', 'prometheus', 'new relic', 'splunk',
    'observability', 'logging', 'logs', 'log aggregation', 'tracing', 'distributed tracing', 'opentelemetry',
    'latency', 'error rate', 'p99', 'p95', 'health check', 'synthetic monitoring', 'uptime check', 'sentry',
    'elk', 'kibana', 'cloudwatch', 'apm', 'paging', 'noisy alerts',
  ]),
  rule('tops-infra', 'technical-operations', 3, 'Infrastructure, cloud and platform', [
    'infrastructure', 'infra', 'kubernetes', 'k8s', 'terraform', 'ansible', 'puppet', 'chef', 'docker',
    'container', 'helm', 'aws', 'gcp', 'azure', 'ec2', 's3', 'rds', 'lambda', 'cloud', 'server', 'servers',
    'load balancer', 'dns', 'cdn', 'tls', 'ssl', 'certificate', 'vpc', 'network', 'firewall', 'vpn',
    'autoscaling', 'auto-scaling', 'scaling', 'cluster', 'node pool', 'provision', 'rightsizing', 'rightsize',
    'cloud cost', 'cloud spend', 'aws spend', 'aws bill', 'finops', 'backup', 'backups', 'patching', 'os patch',
    'linux', 'vm', 'virtual machine', 'replica', 'replication', 'devops', 'iac', 'infrastructure as code',
    'secrets', 'rotate', 'key rotation', 'capacity planning for', 'data center', 'datacenter', 'data-centre',
    'hosting', 'nginx', 'ingress', 'service mesh', 'istio', 'platform team', 'cloudflare', 'heroku', 'vercel',
    'environment', 'environments', 'sandbox environment', 'access control', 'iam', 'sso config', 'vulnerability',
    'cve', 'security patch', 'pen test', 'penetration test', 'soc 2', 'soc2', 'iso 27001', 'compliance audit',
    'disk', 'cpu', 'storage', 'bandwidth costs', 'ops', 'operations', 'sysadmin', 'database failover',
    'db upgrade', 'cloud migration',
  ]),
  rule('tops-cicd', 'technical-operations', 3, 'CI/CD and deployment pipelines', [
    'ci/cd', 'ci', 'cd', 'cicd', 'continuous integration', 'continuous delivery', 'continuous deployment',
    'deployment pipeline', 'ci pipeline', 'cd pipeline', 'release pipeline', 'build pipeline', 'jenkins',
    'github actions', 'gitlab ci', 'circleci', 'travis', 'argo', 'argocd', 'spinnaker', 'buildkite',
    'build server', 'build agent', 'artifact', 'artifacts', 'container registry', 'pipeline from', 'pipeline to',
    'build times', 'build time', 'nightly build',
  ]),
  rule('tops-release', 'technical-operations', 3, 'Release management and deployments', [
    'release management', 'release manager', 'release train', 'release candidate', 'release', 'cut the release',
    'cut a release', 'deploy', 'deployment', 'redeploy', 'production', 'prod', 'staging', 'staging environment',
    'canary', 'blue-green', 'blue green', 'staged rollout', 'phased rollout', 'percentage rollout', 'rollout',
    'change freeze', 'code freeze', 'freeze', 'change management', 'change advisory board', 'cab', 'go live',
    'go-live', 'ship to production', 'push to production', 'app store submission', 'app store release',
    'play store', 'testflight', 'version bump', 'tag the release', 'release branch', 'hotfix release',
    'maintenance window', 'zero downtime', 'rollout plan for the deploy',
  ]),

  // -------------------------------------------------------------------------
  // Sales
  // -------------------------------------------------------------------------
  rule('sales-prospecting', 'sales', 3, 'Prospecting and lead qualification', [
    'prospect', 'prospecting', 'outbound', 'cold call', 'cold email', 'cold outreach', 'outreach sequence',
    'sales sequence', 'inbound lead', 'qualified lead', 'lead list', 'leads', 'sdr', 'bdr', 'sales development',
    'business development', 'qualify', 'qualification', 'bant', 'meddic', 'meddpicc', 'discovery call',
    'intro call', 'first meeting', 'book meetings', 'booked meetings', 'territory', 'account plan',
    'account planning', 'named accounts', 'target accounts', 'sales navigator', 'apollo', 'outreach.io',
    'heads of', 'decision maker', 'decision makers', 'buyers', 'champion', 'economic buyer', 'door opener',
  ]),
  rule('sales-deals', 'sales', 3, 'Deals, negotiation, contracts and closing', [
    'deal', 'close the deal', 'close', 'closing', 'closed won', 'closed-won', 'negotiate', 'negotiation',
    'contract terms', 'commercial terms', 'proposal', 'rfp', 'rfi', 'rfq', 'quote', 'procurement', 'order form',
    'msa', 'signature', 'signed contract', 'opportunity', 'opportunities', 'opp', 'opps', 'upsell', 'cross-sell',
    'cross sell', 'expansion deal', 'expansion revenue', 'win the', 'land the', 'land and expand', 'enterprise agreement',
    'multi-year deal', 'multi-year agreement', 'discount approval', 'deal desk', 'paid pilot', 'pilot',
    'verbal commit', 'commercial', 'purchase order', 'po', 'new logo', 'new logos', 'logo',
  ]),
  rule('sales-pipeline', 'sales', 3, 'Pipeline, forecast, quota and CRM', [
    'pipeline', 'sales pipeline', 'pipeline review', 'pipeline generation', 'forecast call', 'sales forecast',
    'crm', 'salesforce', 'hubspot crm', 'bookings', 'quota', 'attainment', 'sales target', 'revenue target',
    'arr', 'new arr', 'acv', 'tcv', 'win rate', 'sales cycle', 'commission', 'comp plan', 'sales call', 'sales',
    'sell', 'selling', 'sold', 'seller', 'account executive', 'ae', 'quarter end', 'end of quarter', 'eoq',
    'close plan', 'mutual action plan', 'deal review', 'stage', 'stages', 'gong',
  ]),
  rule('sales-renewals', 'sales', 3, 'Renewals, upsell and account expansion', [
    'renewal', 'renew', 'renewals', 'contract renewal', 'account management', 'account manager', 'expansion',
    'grow the account', 'customer calls to close', 'executive sponsor', 'reference call', 'accounts', 'account',
    'customer success plan', 'co-term', 'true-up', 'true up', 'seats', 'licenses', 'license',
  ]),

  // -------------------------------------------------------------------------
  // Marketing Communications
  // -------------------------------------------------------------------------
  rule('mc-press', 'marketing-communications', 4, 'Press releases and media relations', [
    'press release', 'press', 'media relations', 'journalist', 'reporter', 'press kit', 'embargo', 'pr agency',
    'pr campaign', 'public relations', 'media coverage', 'press coverage', 'media list', 'media outreach',
    'press outreach', 'media kit', 'spokesperson', 'thought leadership', 'op-ed', 'byline', 'byline article',
    'newsroom', 'earned media', 'media pitch', 'award submission', 'awards', 'interview request', 'analyst day',
  ]),
  rule('mc-announce', 'marketing-communications', 2, 'Announcements and external communications', [
    'announcement', 'announce', 'announcing', 'external comms', 'external communications', 'communications',
    'comms', 'communication plan', 'story', 'coverage', 'media', 'pitch the story',
  ]),
  rule('mc-campaign', 'marketing-communications', 3, 'Campaigns, ads and demand generation', [
    'campaign', 'ad', 'ads', 'advert', 'advertising', 'paid search', 'paid social', 'paid media', 'ppc', 'sem',
    'google ads', 'linkedin ads', 'facebook ads', 'retargeting', 'display ads', 'banner', 'banner ad', 'promo',
    'promotion', 'promote', 'promotional', 'brand awareness', 'awareness', 'brand', 'rebrand', 'brand guidelines',
    'demand gen', 'demand generation', 'lead gen', 'lead generation', 'mql', 'mqls', 'nurture', 'drip',
    'abm', 'account-based marketing', 'utm', 'landing page', 'cpc', 'cpm', 'ctr', 'click-through', 'impressions',
    'influencer', 'sponsorship', 'sponsor', 'marketing', 'marketing campaign', 'creative', 'ad copy', 'slogan',
    'tagline', 'logo refresh', 'tone of voice', 'billboard', 'radio', 'direct mail', 'giveaway', 'contest',
    'referral program', 'affiliate', 'spring promotion', 'holiday campaign', 'black friday', 'audience',
    'reach', 'cost per lead', 'attribution', 'marketing automation', 'marketo', 'hubspot',
  ]),
  rule('mc-social', 'marketing-communications', 3, 'Social media', [
    'social media', 'social', 'linkedin', 'twitter', 'tweet', 'instagram', 'tiktok', 'facebook', 'youtube',
    'threads', 'mastodon', 'bluesky', 'reddit', 'social post', 'posts', 'post', 'hashtag', 'followers',
    'community manager', 'social calendar', 'viral',
  ]),
  rule('mc-content', 'marketing-communications', 3, 'Content: blog, newsletter, website copy, webinars, SEO', [
    'blog', 'blog post', 'newsletter', 'email campaign', 'email blast', 'email newsletter', 'mailchimp',
    'website copy', 'homepage', 'home page', 'web copy', 'website', 'web site', 'copywriting', 'copy', 'seo',
    'search engine optimization', 'keyword', 'keywords', 'backlinks', 'content calendar', 'editorial calendar',
    'content marketing', 'content', 'webinar', 'podcast', 'video', 'ebook', 'e-book', 'whitepaper',
    'white paper', 'customer story', 'testimonial', 'infographic', 'brochure', 'hero banner', 'hero', 'article',
    'articles', 'guest post', 'email', 'emails', 'subscribers', 'open rate', 'wordpress', 'webflow', 'cms',
    'marketing site', 'about page', 'website refresh',
  ]),
  rule('mc-events', 'marketing-communications', 3, 'Events, conferences and trade shows', [
    'conference', 'trade show', 'tradeshow', 'trade-show', 'booth', 'event', 'events', 'meetup', 'summit',
    'roadshow', 'swag', 'keynote', 'speaking slot', 'speaker', 'user conference', 'customer event',
    'field event', 'virtual event', 'expo', 'venue', 'dinner', 'hackathon sponsorship', 'event sponsorship',
  ]),

  // -------------------------------------------------------------------------
  // Customer Support
  // -------------------------------------------------------------------------
  rule('sup-tickets', 'customer-support', 3, 'Support tickets, queues and service levels', [
    'support ticket', 'support queue', 'ticket queue', 'support backlog', 'ticket backlog', 'zendesk',
    'freshdesk', 'help desk', 'helpdesk', 'service desk', 'support desk', 'first response', 'first response time',
    'response time', 'resolution time', 'time to resolution', 'csat', 'customer satisfaction', 'macro', 'macros',
    'canned response', 'saved replies', 'support request', 'support case', 'support cases', 'support inbox',
    'shared inbox', 'support sla', 'support team', 'support engineer', 'tier 1', 'tier 2', 'tier one', 'tier two',
    'l1', 'l2', 'customer support', 'technical support', 'tech support', 'customer service', 'support rota',
    'support shift', 'support', 'ticket', 'tickets', 'queue', 'intercom', 'servicenow', 'kustomer',
    'inbound tickets', 'incoming tickets', 'triage tickets',
  ]),
  rule('sup-kb', 'customer-support', 3, 'Help-centre articles, knowledge base and FAQs', [
    'help center', 'help centre', 'help article', 'help doc', 'help docs', 'knowledge base', 'kb', 'kb article',
    'faq', 'faqs', 'troubleshooting guide', 'troubleshooting article', 'support article', 'support docs',
    'support documentation', 'self-service help', 'how-to article', 'how-to guide', 'user guide', 'help content',
    'support content', 'docs site', 'user manual', 'guru card',
  ]),
  rule('sup-escalation', 'customer-support', 3, 'Customer escalations, complaints and requests', [
    'escalation', 'escalations', 'escalate', 'customer escalation', 'customer issue', 'customer issues',
    'customer complaint', 'complaint', 'refund', 'refunds', 'refund request', 'chargeback', 'live chat',
    'chat support', 'customer emails', 'customer inquiry', 'customer inquiries', 'inquiry', 'inquiries',
    'customer question', 'customer questions', 'reply to customers', 'respond to customers', 'answer customers',
    'troubleshoot', 'troubleshooting', 'workaround', 'password reset', 'reset password', 'resetting password',
    'account access', 'locked out', 'login issue', 'login issues', 'user reports', 'reported by a customer',
    'reported by customers', 'customer-reported', 'on behalf of the customer', 'help customers', 'helping customers',
    'callback', 'phone support', 'customer calls', 'contact center', 'contact centre', 'contact rate',
    'deflection', 'ticket deflection', 'csat survey', 'cancellation request', 'billing question',
  ]),

  // -------------------------------------------------------------------------
  // Evidence against a discipline
  // -------------------------------------------------------------------------
  rule('sales-not-enablement', 'sales', -2, 'Enabling sellers (decks, battlecards, talk tracks) is product marketing, not selling', [
    'enablement', 'battlecard', 'battle card', 'talk track', 'demo script', 'sales deck', 'sales training',
    'objection handling', 'sales playbook', 'sales kit',
  ]),
  rule('ds-not-readout', 'data-science', -1, 'Reading a KPI on a dashboard is product operations, not statistics', [
    'dashboard', 'kpi', 'funnel', 'pricing',
  ]),
  rule('eng-not-infra', 'engineering', -1, 'Infrastructure and release work is technical operations', [
    'incident', 'outage', 'on-call', 'deploy', 'deployment', 'release train', 'terraform', 'kubernetes',
    'ci/cd', 'infrastructure',
  ]),
  rule('tops-not-code', 'technical-operations', -1, 'Application code and schema migrations are engineering', [
    'database migration', 'schema migration', 'unit test', 'refactor', 'endpoint', 'code review', 'bug',
  ]),
  rule('mc-not-launch-plan', 'marketing-communications', -1, 'Launch plans and launch messaging are product marketing', [
    'launch plan', 'launch messaging', 'launch training', 'positioning', 'messaging', 'battlecard',
  ]),
  rule('proj-not-roadmap', 'project-management', -1, 'Roadmaps and prioritisation are product management', [
    'roadmap', 'prioritise', 'backlog', 'prd',
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
 * added by the engine with weight 6.
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
