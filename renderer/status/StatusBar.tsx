import type { SaveState } from '../editor/autosave';

const SAVE_LABELS: Record<SaveState, string> = {
  saved: '已保存',
  pending: '正在保存…',
  saving: '正在保存…',
  error: '保存失败，正在重试',
};

export function StatusBar({ wordCount, saveState, saveError }: { wordCount: number; saveState: SaveState; saveError?: string }) {
  return (
    <footer className="status-bar" role="status">
      <span data-testid="word-count">字数：{wordCount.toLocaleString('zh-CN')}</span>
      <span data-testid="save-state" data-state={saveState} className={`save-state save-${saveState}`} title={saveError}>
        {SAVE_LABELS[saveState]}
      </span>
    </footer>
  );
}
