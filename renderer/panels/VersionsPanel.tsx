import { useCallback, useEffect, useState } from 'react';
import type { DraftVersion, DraftVersionSummary, VersionReason } from '../../shared/api';
import { getApi, unwrap } from '../api';
import { formatTime } from '../components/format-time';

const REASONS: Record<VersionReason, string> = {
  autosave: '自动保存',
  close: '关闭时保存',
  manual: '手动保存',
  'before-restore': '恢复前的内容',
};

interface Props {
  draftId: string;
  /** Changes whenever the draft was saved, so the list refreshes. */
  refreshKey: unknown;
  onRestore: (versionId: number) => void;
}

/** 历史版本: the last 50 snapshots of the draft, each previewable and restorable. */
export function VersionsPanel({ draftId, refreshKey, onRestore }: Props) {
  const [versions, setVersions] = useState<DraftVersionSummary[]>([]);
  const [preview, setPreview] = useState<DraftVersion | null>(null);
  const [error, setError] = useState<string | null>(null);

  const load = useCallback(async () => {
    try {
      setVersions(unwrap(await getApi().versions.list({ id: draftId })));
      setError(null);
    } catch (err) {
      setError((err as Error).message);
    }
  }, [draftId]);

  useEffect(() => {
    void load();
  }, [load, refreshKey]);

  return (
    <section className="panel versions-panel" aria-label="历史版本">
      <h2>历史版本</h2>
      {error && <p className="error-text">{error}</p>}
      {versions.length === 0 && !error && <p className="empty-hint">保存后会在这里出现历史版本。</p>}
      <ul className="version-list">
        {versions.map((v) => (
          <li key={v.id}>
            <button
              type="button"
              className={preview?.id === v.id ? 'selected' : ''}
              onClick={async () => setPreview(unwrap(await getApi().versions.get({ id: draftId, versionId: v.id })))}
            >
              <span>{formatTime(v.createdAt)}</span>
              <span className="muted">
                {REASONS[v.reason]} · {v.wordCount} 字
              </span>
            </button>
          </li>
        ))}
      </ul>
      {preview && (
        <div className="version-preview">
          <pre>{preview.plainText.slice(0, 2000)}</pre>
          <button type="button" className="primary" onClick={() => onRestore(preview.id)}>
            恢复此版本
          </button>
        </div>
      )}
    </section>
  );
}
