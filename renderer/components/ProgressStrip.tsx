import type { ReactNode } from 'react';

interface Props {
  /** The bar's accessible name (导入进度). */
  label: string;
  /** How far the work is, when it can tell (files done of total); absent, the bar only shows that work goes on. */
  progress?: { done: number; total: number };
  /** What is being done, in a sentence. */
  children: ReactNode;
  onCancel: () => void;
}

/**
 * Work under way that the writer may stop: a bar, a sentence and 取消. Only the bar is the progressbar:
 * a progressbar's content is presentational, which would hide the 取消 button from assistive technology.
 */
export function ProgressStrip({ label, progress, children, onCancel }: Props) {
  return (
    <div className="progress-strip">
      {progress ? (
        <div className="bar" role="progressbar" aria-label={label} aria-valuemin={0} aria-valuemax={progress.total} aria-valuenow={progress.done}>
          <div style={{ width: `${progress.total ? (100 * progress.done) / progress.total : 0}%` }} />
        </div>
      ) : (
        // No value: an indeterminate progressbar, as ARIA spells it.
        <div className="bar indeterminate" role="progressbar" aria-label={label}>
          <div />
        </div>
      )}
      <span>{children}</span>
      <button type="button" onClick={onCancel}>
        取消
      </button>
    </div>
  );
}
