/** Screen geometry of the hover card: where it goes, and the way from its word to it. Pure, in CSS px. */

export interface Rect {
  left: number;
  top: number;
  right: number;
  bottom: number;
}

export interface Point {
  x: number;
  y: number;
}

/** Gap between the word and the card, and the least room kept between the card and the window's edges. */
export const CARD_GAP = 4;
export const VIEWPORT_MARGIN = 8;

/**
 * Where the card goes for a word: under it if it fits, else over it, else on the side with more room;
 * its left edge on the word's, shifted left (never squeezed) so the whole card stays in the window.
 */
export function placeCard(
  word: Rect,
  card: { width: number; height: number },
  viewport: { width: number; height: number },
): { left: number; top: number; side: 'below' | 'above' } {
  const below = word.bottom + CARD_GAP;
  const above = word.top - CARD_GAP - card.height;
  const fitsBelow = below + card.height <= viewport.height - VIEWPORT_MARGIN;
  const fitsAbove = above >= VIEWPORT_MARGIN;
  const side = fitsBelow || (!fitsAbove && viewport.height - word.bottom >= word.top) ? 'below' : 'above';
  const top = side === 'below' ? below : above;
  const maxLeft = viewport.width - VIEWPORT_MARGIN - card.width;
  const left = Math.max(VIEWPORT_MARGIN, Math.min(word.left, maxLeft));
  return { left, top, side };
}

/** The convex hull of some points (Andrew's monotone chain), counter-clockwise in screen coordinates. */
export function convexHull(points: readonly Point[]): Point[] {
  const sorted = [...points].sort((a, b) => a.x - b.x || a.y - b.y);
  if (sorted.length < 3) return sorted;
  const cross = (o: Point, a: Point, b: Point) => (a.x - o.x) * (b.y - o.y) - (a.y - o.y) * (b.x - o.x);
  const half = (list: Point[]) => {
    const out: Point[] = [];
    for (const p of list) {
      while (out.length >= 2 && cross(out[out.length - 2]!, out[out.length - 1]!, p) <= 0) out.pop();
      out.push(p);
    }
    out.pop();
    return out;
  };
  return [...half(sorted), ...half([...sorted].reverse())];
}

/** Whether a point is inside (or on the edge of) a convex polygon given in hull order. */
export function insideConvex(polygon: readonly Point[], p: Point): boolean {
  if (polygon.length < 3) return false;
  let sign = 0;
  for (let i = 0; i < polygon.length; i++) {
    const a = polygon[i]!;
    const b = polygon[(i + 1) % polygon.length]!;
    const c = (b.x - a.x) * (p.y - a.y) - (b.y - a.y) * (p.x - a.x);
    if (c === 0) continue;
    if (sign === 0) sign = Math.sign(c);
    else if (Math.sign(c) !== sign) return false;
  }
  return true;
}

const corners = (r: Rect): Point[] => [
  { x: r.left, y: r.top },
  { x: r.right, y: r.top },
  { x: r.right, y: r.bottom },
  { x: r.left, y: r.bottom },
];

/**
 * The way from the word to its card: the smallest convex region holding both (a generous "safe
 * triangle" from any point of the word to the card). While the pointer is in it, the pointer is
 * heading for the card, so underlined words it crosses there do not take the card over.
 */
export function inSafeZone(word: Rect, card: Rect, p: Point): boolean {
  return insideConvex(convexHull([...corners(word), ...corners(card)]), p);
}

export function insideRect(r: Rect, p: Point, slack = 1): boolean {
  return p.x >= r.left - slack && p.x <= r.right + slack && p.y >= r.top - slack && p.y <= r.bottom + slack;
}
