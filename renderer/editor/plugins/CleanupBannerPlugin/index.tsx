import { useState } from 'react';
import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import type { RemovedFragment } from '../../../../shared/api';
import type { DocParagraph } from '../../../../shared/document/roles';
import { $fillFromParagraphs } from '../../document-text';

interface Props {
  removed: RemovedFragment[];
  rawParagraphs: DocParagraph[] | null;
}

/** After an import: 已清除 N 处 (watermarks, ads), the list, and one click to put them back (undoable). */
export function CleanupBannerPlugin({ removed, rawParagraphs }: Props) {
  const [editor] = useLexicalComposerContext();
  const [state, setState] = useState<'shown' | 'restored' | 'dismissed'>('shown');
  if (removed.length === 0 || state === 'dismissed') return null;
  return (
    <div className="cleanup-banner" role="status" data-testid="cleanup-banner">
      {state === 'restored' ? (
        <span>已恢复被清除的 {removed.length} 处内容（可用 Ctrl+Z 撤销）。</span>
      ) : (
        <details>
          <summary>
            导入时已清除 {removed.length} 处水印和广告
          </summary>
          <ul>
            {removed.map((r, i) => (
              <li key={i}>
                “{r.text.length > 60 ? `${r.text.slice(0, 60)}…` : r.text}”——{r.reason}
              </li>
            ))}
          </ul>
        </details>
      )}
      {state === 'shown' && rawParagraphs && (
        <button
          type="button"
          onClick={() => {
            editor.update(() => $fillFromParagraphs(rawParagraphs));
            setState('restored');
          }}
        >
          恢复
        </button>
      )}
      <button type="button" onClick={() => setState('dismissed')} aria-label="关闭提示">
        知道了
      </button>
    </div>
  );
}
