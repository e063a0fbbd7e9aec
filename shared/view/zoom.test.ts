import { describe, expect, it } from 'vitest';
import { clampZoom, MAX_ZOOM, MIN_ZOOM, stepZoom, zoomSchema } from './zoom';

describe('page zoom', () => {
  it('steps through the Word/WPS zoom levels and stops at 50 % and 200 %', () => {
    expect(stepZoom(100, 1)).toBe(110);
    expect(stepZoom(110, 1)).toBe(125);
    expect(stepZoom(125, 1)).toBe(150);
    expect(stepZoom(100, -1)).toBe(90);
    expect(stepZoom(67, -1)).toBe(50);
    expect(stepZoom(MAX_ZOOM, 1)).toBe(MAX_ZOOM);
    expect(stepZoom(MIN_ZOOM, -1)).toBe(MIN_ZOOM);
    // A zoom between steps goes to the neighbouring step.
    expect(stepZoom(130, 1)).toBe(150);
    expect(stepZoom(130, -1)).toBe(125);
  });

  it('keeps zoom within 50–200 % and refuses anything else from outside', () => {
    expect(clampZoom(20)).toBe(50);
    expect(clampZoom(300)).toBe(200);
    expect(clampZoom(Number.NaN)).toBe(100);
    expect(zoomSchema.safeParse(49).success).toBe(false);
    expect(zoomSchema.safeParse(201).success).toBe(false);
    expect(zoomSchema.safeParse(150).success).toBe(true);
  });
});
