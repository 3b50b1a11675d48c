/** How big and how settled the organisation is: thresholds and wording scale with it. */
export const STAGES = ['startup', 'scale-up', 'enterprise'] as const;
export type Stage = (typeof STAGES)[number];
