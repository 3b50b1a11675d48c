/**
 * The twelve default disciplines (shared/TAXONOMY.md). Ids are the contract:
 * reports, rules, policies and JSON output use them.
 */
export interface Discipline {
  /** Stable kebab-case id. */
  id: string;
  /** Human name, as in TAXONOMY.md. */
  name: string;
  /** The role to open when nobody can take this discipline's work. */
  role: string;
  /** Whether the discipline is one of the six product-management disciplines. */
  productManagement: boolean;
  /** Key deliverables (PRODUCT.md): a gap report names those no task mentions. */
  deliverables: Deliverable[];
  /** True for disciplines the org file added; false for built-ins. */
  custom?: boolean;
}

export interface Deliverable {
  name: string;
  /** Phrases any of which, found in a task (as words), counts as a mention. */
  mentions: string[];
}

export const BUILTIN_DISCIPLINES: readonly Discipline[] = [
  {
    id: 'product-marketing',
    name: 'Product Marketing / Go-to-Market',
    role: 'Product Marketer',
    productManagement: true,
    deliverables: [
      { name: 'Product Positioning document', mentions: ['positioning'] },
      { name: 'launch plan', mentions: ['launch plan', 'launch'] },
      { name: 'sales enablement material', mentions: ['enablement', 'battlecard', 'sales deck', 'one-pager', 'one pager'] },
    ],
  },
  {
    id: 'product-strategy',
    name: 'Product Strategy / Planning',
    role: 'Product Strategist',
    productManagement: true,
    deliverables: [
      { name: 'Market Requirements Document (MRD)', mentions: ['mrd', 'market requirements'] },
      { name: 'competitive analysis', mentions: ['competitive analysis', 'competitive landscape', 'competitor analysis'] },
      { name: 'three-year vision', mentions: ['vision', 'three-year', '3-year', 'long-term strategy'] },
    ],
  },
  {
    id: 'product-operations',
    name: 'Product Operations',
    role: 'Product Operations Specialist',
    productManagement: true,
    deliverables: [
      { name: 'KPI dashboards', mentions: ['kpi', 'dashboard', 'dashboards', 'metrics'] },
      { name: 'instrumentation', mentions: ['instrumentation', 'instrument', 'event tracking', 'tracking plan'] },
      { name: 'pricing', mentions: ['pricing', 'price', 'prices'] },
    ],
  },
  {
    id: 'product-management',
    name: 'Technical Product Management',
    role: 'Technical Product Manager',
    productManagement: true,
    deliverables: [
      { name: 'Product Requirements Document (PRD)', mentions: ['prd', 'product requirements', 'requirements document'] },
      { name: 'roadmap', mentions: ['roadmap'] },
      { name: 'feature specifications', mentions: ['spec', 'specs', 'specification', 'specifications', 'user stories', 'user story'] },
    ],
  },
  {
    id: 'project-management',
    name: 'Technical Project Management',
    role: 'Technical Project Manager',
    productManagement: true,
    deliverables: [
      { name: 'shared schedule / Gantt chart', mentions: ['gantt', 'schedule', 'timeline', 'milestones', 'milestone'] },
      { name: 'cross-team coordination', mentions: ['coordination', 'coordinate', 'dependencies', 'dependency'] },
      { name: 'resource allocation', mentions: ['resource allocation', 'resourcing', 'staffing'] },
    ],
  },
  {
    id: 'product-design',
    name: 'Product Design / UX',
    role: 'Product Designer',
    productManagement: true,
    deliverables: [
      { name: 'user research and personas', mentions: ['persona', 'personas', 'user research', 'ux research', 'user interviews'] },
      { name: 'wireframes and prototypes', mentions: ['wireframe', 'wireframes', 'prototype', 'prototypes', 'mockup', 'mockups'] },
      { name: 'usability tests', mentions: ['usability'] },
    ],
  },
  {
    id: 'engineering',
    name: 'Software Engineering',
    role: 'Software Engineer',
    productManagement: false,
    deliverables: [],
  },
  {
    id: 'data-science',
    name: 'Science / Research',
    role: 'Data Scientist',
    productManagement: false,
    deliverables: [],
  },
  {
    id: 'technical-operations',
    name: 'Technical Operations / Release',
    role: 'Site Reliability / Release Engineer',
    productManagement: false,
    deliverables: [],
  },
  {
    id: 'sales',
    name: 'Sales',
    role: 'Account Executive',
    productManagement: false,
    deliverables: [],
  },
  {
    id: 'marketing-communications',
    name: 'Marketing Communications',
    role: 'Marketing Communications Manager',
    productManagement: false,
    deliverables: [],
  },
  {
    id: 'customer-support',
    name: 'Customer Support',
    role: 'Customer Support Specialist',
    productManagement: false,
    deliverables: [],
  },
];

export const BUILTIN_DISCIPLINE_IDS: readonly string[] = BUILTIN_DISCIPLINES.map((d) => d.id);

/** "The work is the work": by default every product-management discipline needs an owner. */
export const DEFAULT_REQUIRED_DISCIPLINES: readonly string[] = BUILTIN_DISCIPLINES.filter(
  (d) => d.productManagement,
).map((d) => d.id);
