/**
 * Page zoom (缩放) of the editor, 50–200 %, in the steps Word and WPS offer. The page is scaled as a
 * whole, never reflowed, so a line keeps its 28 characters at every zoom.
 */
import { z } from 'zod';

export const MIN_ZOOM = 50;
export const MAX_ZOOM = 200;
export const DEFAULT_ZOOM = 100;
export const ZOOM_STEPS = [50, 67, 75, 80, 90, 100, 110, 125, 150, 175, 200] as const;

export const zoomSchema = z
  .number()
  .int('缩放比例应为整数')
  .min(MIN_ZOOM, `缩放比例不能小于 ${MIN_ZOOM}%`)
  .max(MAX_ZOOM, `缩放比例不能大于 ${MAX_ZOOM}%`);

/** The next step up (direction 1) or down (-1) from any zoom, staying within 50–200 %. */
export function stepZoom(zoom: number, direction: 1 | -1): number {
  if (direction === 1) return ZOOM_STEPS.find((s) => s > zoom) ?? MAX_ZOOM;
  return [...ZOOM_STEPS].reverse().find((s) => s < zoom) ?? MIN_ZOOM;
}

export function clampZoom(zoom: number): number {
  if (!Number.isFinite(zoom)) return DEFAULT_ZOOM;
  return Math.min(MAX_ZOOM, Math.max(MIN_ZOOM, Math.round(zoom)));
}
