/**
 * Label boxes for charts: a text's box estimated from its font size and character count, and the
 * geometry tests the chart layouts place labels with (box against box, point, segment, viewBox).
 *
 * The estimate is deliberately generous: every character is taken as {@link TEXT_METRICS}
 * `charWidth` em wide (system sans-serif fonts average about 0.5 em over mixed text; digits are
 * 0.55 em), and a line of text as reaching `ascent` em above its baseline and `descent` em below,
 * which covers the line box browsers report for `getBBox()` of a `<text>` element. The browser
 * test measures the real boxes of the demo's charts against the same rule.
 *
 * @internal
 * @module
 */

/** An axis-aligned rectangle in viewBox units: its top-left corner and size. */
export interface Box {
  readonly x: number;
  readonly y: number;
  readonly width: number;
  readonly height: number;
}

/** A point drawn as a circle of radius `r`. */
export interface PlottedPoint {
  readonly x: number;
  readonly y: number;
  readonly r: number;
}

/** A straight line drawn between two points. */
export interface PlottedSegment {
  readonly x1: number;
  readonly y1: number;
  readonly x2: number;
  readonly y2: number;
}

/** How text boxes are estimated, in ems of the font size. */
export const TEXT_METRICS = {
  /** The advance of one character, conservatively. */
  charWidth: 0.62,
  /** From the baseline up to the top of the line box. */
  ascent: 0.95,
  /** From the baseline down to the bottom of the line box. */
  descent: 0.3,
} as const;

/** Where a text's `x` sits in its box (SVG `text-anchor`). */
export type TextAnchor = 'start' | 'middle' | 'end';

/** The estimated width of a text (in characters, so surrogate pairs count once). */
export function textWidth(text: string, font: number): number {
  return [...text].length * font * TEXT_METRICS.charWidth;
}

/** The estimated box of one line of text drawn at `x`, baseline `y`. */
export function textBox(text: string, x: number, y: number, font: number, anchor: TextAnchor): Box {
  const width = textWidth(text, font);
  const left = anchor === 'start' ? x : anchor === 'middle' ? x - width / 2 : x - width;
  return { x: left, y: y - font * TEXT_METRICS.ascent, width, height: font * (TEXT_METRICS.ascent + TEXT_METRICS.descent) };
}

/** The box grown by `pad` on every side. */
export function inflate(box: Box, pad: number): Box {
  return { x: box.x - pad, y: box.y - pad, width: box.width + 2 * pad, height: box.height + 2 * pad };
}

/** Whether two boxes share any area (touching edges do not count). */
export function boxesOverlap(a: Box, b: Box): boolean {
  return a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;
}

/** Whether a circle reaches into the box. */
export function boxHitsPoint(box: Box, p: PlottedPoint): boolean {
  const cx = Math.min(Math.max(p.x, box.x), box.x + box.width);
  const cy = Math.min(Math.max(p.y, box.y), box.y + box.height);
  return (cx - p.x) ** 2 + (cy - p.y) ** 2 < p.r * p.r || (p.x > box.x && p.x < box.x + box.width && p.y > box.y && p.y < box.y + box.height);
}

/** Whether a segment passes through the box's interior (Liang-Barsky clipping). */
export function boxHitsSegment(box: Box, s: PlottedSegment): boolean {
  const dx = s.x2 - s.x1;
  const dy = s.y2 - s.y1;
  let t0 = 0;
  let t1 = 1;
  const edges: readonly (readonly [number, number])[] = [
    [-dx, s.x1 - box.x],
    [dx, box.x + box.width - s.x1],
    [-dy, s.y1 - box.y],
    [dy, box.y + box.height - s.y1],
  ];
  for (const [p, q] of edges) {
    if (p === 0) {
      if (q <= 0) return false;
      continue;
    }
    const u = q / p;
    if (p < 0) {
      if (u >= t1) return false;
      if (u > t0) t0 = u;
    } else {
      if (u <= t0) return false;
      if (u < t1) t1 = u;
    }
  }
  return t0 < t1;
}

/** Whether the box lies inside a `width` x `height` viewBox. */
export function boxInside(box: Box, width: number, height: number): boolean {
  return box.x >= 0 && box.y >= 0 && box.x + box.width <= width && box.y + box.height <= height;
}
