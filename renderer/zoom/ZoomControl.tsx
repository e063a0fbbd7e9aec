import { ZOOM_STEPS } from '../../shared/view/zoom';
import type { PageZoom } from './use-page-zoom';

/** 缩放 in the status bar: − / a choice of steps / +, as at the foot of a Word window. */
export function ZoomControl({ zoom, setZoom, zoomIn, zoomOut }: PageZoom) {
  const choices = [...new Set<number>([...ZOOM_STEPS, zoom])].sort((a, b) => a - b);
  return (
    <span className="zoom-control">
      <button type="button" aria-label="缩小" title="缩小 (Ctrl+-)" onClick={zoomOut}>
        −
      </button>
      <select aria-label="页面缩放" title="页面缩放 (Ctrl+0 恢复 100%)" value={zoom} onChange={(e) => setZoom(Number(e.target.value))}>
        {choices.map((z) => (
          <option key={z} value={z}>
            {z}%
          </option>
        ))}
      </select>
      <button type="button" aria-label="放大" title="放大 (Ctrl+=)" onClick={zoomIn}>
        +
      </button>
    </span>
  );
}
