import type { Stage } from './stage.js';
import { DEFAULT_REQUIRED_DISCIPLINES } from './taxonomy.js';

/** The limits an org is held to, every field resolved. */
export interface Policy {
  /** Load (percent of capacity) above which a member is overloaded. */
  maxLoad: number;
  /** Disciplines one person should carry at most. */
  maxDisciplines: number;
  /** Discipline ids that must have an owner. */
  required: string[];
  /** Owners each required discipline should have. */
  minOwners: number;
  /** Unicorn score above which a member is a finding. */
  maxUnicornScore: number;
  allowUnassigned: boolean;
  allowUnclassified: boolean;
  requireHandoffContext: boolean;
}

/**
 * Stage-aware defaults. In a three-person startup everyone is a generalist and
 * that is expected; the same spread in a 300-person organisation is a risk.
 */
export const STAGE_POLICIES: Record<Stage, Omit<Policy, 'required'>> = {
  startup: {
    maxLoad: 125,
    maxDisciplines: 6,
    minOwners: 1,
    maxUnicornScore: 6,
    allowUnassigned: true,
    allowUnclassified: true,
    requireHandoffContext: true,
  },
  'scale-up': {
    maxLoad: 110,
    maxDisciplines: 4,
    minOwners: 1,
    maxUnicornScore: 4,
    allowUnassigned: true,
    allowUnclassified: true,
    requireHandoffContext: true,
  },
  enterprise: {
    maxLoad: 100,
    maxDisciplines: 3,
    minOwners: 2,
    maxUnicornScore: 3,
    allowUnassigned: false,
    allowUnclassified: false,
    requireHandoffContext: true,
  },
};

/** Headcount thresholds used when the file does not name its stage. */
export function inferStage(headcount: number): Stage {
  if (headcount <= 15) return 'startup';
  if (headcount <= 150) return 'scale-up';
  return 'enterprise';
}

/** A policy as the org file writes it: any field may be left to the stage's default. */
export type PolicyEntry = Partial<Policy>;

export function resolvePolicy(stage: Stage, entry: PolicyEntry | undefined, extraRequired: readonly string[] = []): Policy {
  const base = STAGE_POLICIES[stage];
  const required = entry?.required ?? [...DEFAULT_REQUIRED_DISCIPLINES, ...extraRequired];
  return {
    maxLoad: entry?.maxLoad ?? base.maxLoad,
    maxDisciplines: entry?.maxDisciplines ?? base.maxDisciplines,
    required: [...new Set(required)],
    minOwners: entry?.minOwners ?? base.minOwners,
    maxUnicornScore: entry?.maxUnicornScore ?? base.maxUnicornScore,
    allowUnassigned: entry?.allowUnassigned ?? base.allowUnassigned,
    allowUnclassified: entry?.allowUnclassified ?? base.allowUnclassified,
    requireHandoffContext: entry?.requireHandoffContext ?? base.requireHandoffContext,
  };
}
