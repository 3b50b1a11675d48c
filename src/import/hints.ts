/**
 * Discipline hints: a label or component that names a discipline becomes a
 * tag equal to its id, the strongest evidence the classifier reads (`tags:
 * [product-design]`), and a `--discipline label=id` mapping makes it the rock's
 * explicit discipline. The names are the disciplines' ids and names, built-in
 * and custom, and the words teams use for them.
 */
import { BUILTIN_DISCIPLINES, type Discipline } from '../model/taxonomy.js';

/** Words teams label work with, by discipline (ids and names are matched too). */
const LABEL_WORDS: Record<string, readonly string[]> = {
  'product-marketing': ['gtm', 'go-to-market', 'product marketing', 'pmm', 'positioning', 'launch'],
  'product-strategy': ['strategy', 'product strategy', 'vision'],
  'product-operations': ['product ops', 'product-ops', 'prodops', 'analytics', 'pricing'],
  'product-management': ['product', 'product management', 'prd', 'roadmap'],
  'project-management': ['project management', 'program management', 'tpm', 'pmo', 'coordination'],
  'product-design': ['design', 'ux', 'ui', 'ux/ui', 'ui/ux', 'user research', 'research-ux'],
  engineering: ['eng', 'engineering', 'backend', 'frontend', 'front-end', 'back-end', 'mobile', 'ios', 'android', 'api', 'web'],
  'data-science': ['data', 'data science', 'ml', 'machine learning', 'research', 'analysis'],
  'technical-operations': ['ops', 'devops', 'sre', 'infra', 'infrastructure', 'release'],
  sales: ['sales', 'deal', 'pre-sales', 'presales'],
  'marketing-communications': ['marketing', 'marcom', 'content', 'comms', 'pr', 'social', 'seo'],
  'customer-support': ['support', 'customer support', 'cs', 'helpdesk', 'customer-success', 'escalation'],
};

/** A label as matched: lower case, separators folded to one space. */
function normalise(label: string): string {
  return label
    .trim()
    .toLowerCase()
    .replace(/[\s_\-]+/g, ' ');
}

export class DisciplineHints {
  readonly #byLabel = new Map<string, string>();
  readonly #explicit = new Map<string, string>();

  /** `custom`: the disciplines an existing org file adds; `explicit`: label to discipline id, from --discipline. */
  constructor(custom: readonly Pick<Discipline, 'id' | 'name'>[] = [], explicit: ReadonlyMap<string, string> = new Map()) {
    for (const [id, words] of Object.entries(LABEL_WORDS)) for (const w of words) this.#byLabel.set(normalise(w), id);
    for (const d of [...BUILTIN_DISCIPLINES, ...custom]) {
      this.#byLabel.set(normalise(d.id), d.id);
      this.#byLabel.set(normalise(d.name), d.id);
      for (const part of d.name.split('/')) if (part.trim() !== '') this.#byLabel.set(normalise(part), d.id);
    }
    for (const [label, id] of explicit) this.#explicit.set(normalise(label), id);
  }

  /** The discipline a label names, if any. */
  disciplineOf(label: string): string | undefined {
    return this.#byLabel.get(normalise(label));
  }

  /**
   * A rock's tags and discipline from its labels: the labels as they are, the
   * id of each discipline a label names added (once), and the first explicitly
   * mapped label's discipline.
   */
  apply(labels: readonly string[]): { tags: string[]; discipline?: string } {
    const tags: string[] = [];
    const seen = new Set<string>();
    const add = (t: string): void => {
      const k = t.toLowerCase();
      if (!seen.has(k)) {
        seen.add(k);
        tags.push(t);
      }
    };
    let discipline: string | undefined;
    for (const label of labels) {
      add(label);
      const id = this.disciplineOf(label);
      if (id !== undefined) add(id);
      discipline ??= this.#explicit.get(normalise(label));
    }
    return discipline === undefined ? { tags } : { tags, discipline };
  }
}
