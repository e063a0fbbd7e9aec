import type { ReactNode } from 'react';
import type { SaveState } from '../editor/autosave';
import { HouseStyleSelect, type HouseStyleControl } from './HouseStyleSelect';

const SAVE_LABELS: Record<SaveState, string> = {
  saved: '已保存',
  pending: '正在保存…',
  saving: '正在保存…',
  error: '保存失败，正在重试',
};

interface YearControl {
  /** The writer's choice for this draft; null = 自动 (from the title or the date line). */
  override: number | null;
  /** The year the checks use now (the override, or the detected one). */
  detected: number | null;
  onChange: (year: number | null) => void;
}

interface Props {
  wordCount: number;
  saveState: SaveState;
  saveError?: string;
  /** Unfilled placeholders (待填). */
  placeholders?: number;
  year?: YearControl;
  /** More controls (the page zoom), at the right end as in Word. */
  children?: ReactNode;
  houseStyle?: HouseStyleControl;
}

const THIS_YEAR = new Date().getFullYear();
const YEAR_CHOICES = Array.from({ length: 12 }, (_, i) => THIS_YEAR + 1 - i);

export function StatusBar({ wordCount, saveState, saveError, placeholders, year, houseStyle, children }: Props) {
  return (
    <footer className="status-bar" role="status">
      {placeholders !== undefined && (
        <span data-testid="placeholder-count" className={placeholders ? 'placeholders-left' : ''} title="按 F8 / Shift+F8 依次选中">
          {placeholders ? `待填 ${placeholders} 处` : '无待填项'}
        </span>
      )}
      {year && (
        <label className="year-control" title="过时表述检查按此年份判断">
          文档年份：
          <select
            aria-label="文档年份"
            value={year.override ?? ''}
            onChange={(e) => year.onChange(e.target.value ? Number(e.target.value) : null)}
          >
            <option value="">自动{year.override === null ? `（${year.detected ?? '未识别'}）` : ''}</option>
            {[...new Set([...(year.override ? [year.override] : []), ...YEAR_CHOICES])]
              .sort((a, b) => b - a)
              .map((y) => (
                <option key={y} value={y}>
                  {y}
                </option>
              ))}
          </select>
        </label>
      )}
      {houseStyle && <HouseStyleSelect {...houseStyle} />}
      <span data-testid="word-count">字数：{wordCount.toLocaleString('zh-CN')}</span>
      <span data-testid="save-state" data-state={saveState} className={`save-state save-${saveState}`} title={saveError}>
        {SAVE_LABELS[saveState]}
      </span>
      {children}
    </footer>
  );
}
