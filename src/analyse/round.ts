/** A report's hours, shares and scores: rounded to one decimal. */
export const round1 = (n: number): number => Math.round(n * 10) / 10;
