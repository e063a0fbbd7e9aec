import { describe, expect, it } from 'vitest';
import { CARD_GAP, VIEWPORT_MARGIN, convexHull, inSafeZone, insideConvex, placeCard, type Rect } from './geometry';

const viewport = { width: 1366, height: 768 };
const card = { width: 280, height: 110 };
const word = (left: number, top: number, width = 42, height = 30): Rect => ({ left, top, right: left + width, bottom: top + height });

describe('placeCard', () => {
  it('puts the card under its word, left edges aligned', () => {
    expect(placeCard(word(400, 200), card, viewport)).toEqual({ left: 400, top: 230 + CARD_GAP, side: 'below' });
  });

  it('shifts the card left at the right edge instead of squeezing it (its width is the caller’s to keep)', () => {
    const placed = placeCard(word(1300, 200), card, viewport);
    expect(placed.left + card.width).toBe(viewport.width - VIEWPORT_MARGIN);
    expect(placed.side).toBe('below');
  });

  it('flips the card over its word when there is no room below', () => {
    const placed = placeCard(word(400, 700), card, viewport);
    expect(placed).toEqual({ left: 400, top: 700 - CARD_GAP - card.height, side: 'above' });
  });

  it('uses the side with more room when it fits on neither, and never leaves the window on the left', () => {
    expect(placeCard(word(0, 50), { width: 280, height: 740 }, viewport)).toMatchObject({ side: 'below', left: VIEWPORT_MARGIN });
    expect(placeCard(word(400, 700), { width: 280, height: 740 }, viewport).side).toBe('above');
  });
});

describe('the safe zone between a word and its card', () => {
  const w = word(400, 200, 84);
  const c: Rect = { left: 400, top: 234, right: 680, bottom: 344 };

  it('holds the line from the word to the card’s far corner, over the words right of it', () => {
    // From the word's centre to the card's top right: the first part of the way runs along the line.
    const from = { x: 442, y: 215 };
    const to = { x: 668, y: 250 };
    for (let t = 0; t <= 1; t += 0.1) {
      expect(inSafeZone(w, c, { x: from.x + (to.x - from.x) * t, y: from.y + (to.y - from.y) * t })).toBe(true);
    }
  });

  it('leaves out the rest of the line and the lines above', () => {
    expect(inSafeZone(w, c, { x: 660, y: 210 })).toBe(false);
    expect(inSafeZone(w, c, { x: 442, y: 190 })).toBe(false);
    expect(inSafeZone(w, c, { x: 380, y: 260 })).toBe(false);
  });

  it('the hull of a square and an inner point is the square', () => {
    const hull = convexHull([
      { x: 0, y: 0 },
      { x: 10, y: 0 },
      { x: 10, y: 10 },
      { x: 0, y: 10 },
      { x: 5, y: 5 },
    ]);
    expect(hull).toHaveLength(4);
    expect(insideConvex(hull, { x: 10, y: 5 })).toBe(true);
    expect(insideConvex(hull, { x: 11, y: 5 })).toBe(false);
  });
});
