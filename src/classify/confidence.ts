/**
 * How sure a classification is, from the evidence scores (see
 * docs/classification.md, "Confidence").
 */

/** Evidence scale K in `evidence = 1 - exp(-best / K)`. */
export const EVIDENCE_SCALE = 2;

/** Confidence from the best score and the runner-up. */
export function confidenceOf(best: number, runnerUp: number): number {
  if (!(best > 0)) return 0;
  const evidence = 1 - Math.exp(-best / EVIDENCE_SCALE);
  const separation = (best - Math.max(runnerUp, 0)) / best;
  return evidence * (0.5 + 0.5 * separation);
}

/** Confidence of a discipline decided by the owner's role, whose own score is `score`: 0.5, up to 0.8 with evidence for it. */
export function roleConfidence(score: number): number {
  return 0.5 + 0.3 * (1 - Math.exp(-Math.max(score, 0) / EVIDENCE_SCALE));
}
