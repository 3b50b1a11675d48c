/**
 * The few pieces of SVG markup the charts share. Charts are drawn here, in
 * Node, as static SVG: the page needs no script to show them, and prints as
 * it looks. Text passed in is escaped by the caller (escape.ts).
 */
import { fmtNumber, groupDigits } from '../wording.js';

/** A coordinate or length, to a tenth of a pixel: enough for a screen, and it keeps big charts short. */
export function px(value: number): string {
  return String(Math.round(value * 10) / 10);
}

/** An <svg> that scales to its container, labelled for screen readers (role img + title + desc). */
export function svgOpen(id: string, width: number, height: number, title: string, description: string): string {
  return (
    `<svg id="${id}" class="chart" viewBox="0 0 ${px(width)} ${px(height)}" role="img" aria-labelledby="${id}-t ${id}-d" preserveAspectRatio="xMinYMin meet">` +
    `<title id="${id}-t">${title}</title><desc id="${id}-d">${description}</desc>`
  );
}

/** At most `max` characters, with an ellipsis when cut; the full text belongs in a <title>. */
export function clip(text: string, max: number): string {
  const chars = [...text];
  return chars.length <= max ? text : `${chars.slice(0, max - 1).join('')}\u2026`;
}

/** Hours for a label: a tenth of an hour while small, whole hours with digit groups from a thousand. */
export function hoursLabel(h: number): string {
  return h >= 1000 ? groupDigits(Math.round(h)) : fmtNumber(Math.round(h * 10) / 10);
}

/** Whole numbers as they are, others to one decimal. */
export function num(value: number): string {
  return Number.isInteger(value) ? String(value) : value.toFixed(1);
}
