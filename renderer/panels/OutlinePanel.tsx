import { memo, useMemo, useState } from 'react';
import type { LexicalEditor } from 'lexical';
import { flattenOutline, sectionPath, type OutlineNode } from '../../shared/outline/outline';
import type { DocumentAnalysis } from '../editor/analysis';
import { moveSection, selectSpan } from '../editor/lib/editing';
import { renumberAndReport } from './renumber';
import { useToast } from '../components/toast-context';

interface Props {
  editor: LexicalEditor | null;
  analysis: DocumentAnalysis;
  /** Key of the paragraph holding the caret. */
  caretKey: string | null;
}

const DRAG_TYPE = 'application/x-gongwen-section';

/** The section whose heading is paragraph `paragraph` (what a drag carries). */
const sectionStartingAt = (analysis: DocumentAnalysis, paragraph: number) =>
  flattenOutline(analysis.outline).find((n) => n.paragraph === paragraph) ?? null;

/**
 * 大纲: the heading tree, click to jump, the section under the caret highlighted, collapse/expand,
 * 字数 per section, drag a section (with everything under it) to move it, then renumber.
 */
export const OutlinePanel = memo(function OutlinePanel({ editor, analysis, caretKey }: Props) {
  const toast = useToast();
  const [collapsed, setCollapsed] = useState<ReadonlySet<string>>(new Set());
  const [dropTarget, setDropTarget] = useState<number | null>(null);
  const numberingProblems = analysis.visible.filter((f) => f.category === 'numbering').length;

  const current = useMemo(() => {
    if (!caretKey) return null;
    const index = analysis.keys.indexOf(caretKey);
    return index < 0 ? null : (sectionPath(analysis.outline, index).at(-1) ?? null);
  }, [analysis, caretKey]);

  // Collapse state is keyed by the heading's node key, so it survives edits above it.
  const keyOf = (node: OutlineNode) => analysis.keys[node.paragraph] ?? String(node.paragraph);

  const jump = (node: OutlineNode) => {
    const key = analysis.keys[node.paragraph];
    if (editor && key) selectSpan(editor, key, 0, 0);
  };

  const drop = (from: OutlineNode, to: number) => {
    if (!editor) return;
    if (!moveSection(editor, from.paragraph, from.endParagraph, to)) return;
    toast.message(`已移动“${from.marker}${from.title}”并重新编号`);
  };

  const render = (nodes: readonly OutlineNode[]) => (
    <ul className="outline-list">
      {nodes.map((node) => {
        const k = keyOf(node);
        const isCollapsed = collapsed.has(k);
        const isCurrent = current === node;
        return (
          <li key={k}>
            <div
              className={`outline-item level-${node.level}${isCurrent ? ' current' : ''}${dropTarget === node.paragraph ? ' drop-target' : ''}`}
              draggable
              data-paragraph={node.paragraph}
              aria-current={isCurrent ? 'location' : undefined}
              onDragStart={(e) => {
                e.dataTransfer.setData(DRAG_TYPE, String(node.paragraph));
                e.dataTransfer.effectAllowed = 'move';
              }}
              onDragOver={(e) => {
                if (!e.dataTransfer.types.includes(DRAG_TYPE)) return;
                e.preventDefault();
                setDropTarget(node.paragraph);
              }}
              onDragLeave={() => setDropTarget(null)}
              onDrop={(e) => {
                e.preventDefault();
                setDropTarget(null);
                const from = Number(e.dataTransfer.getData(DRAG_TYPE));
                const source = sectionStartingAt(analysis, from);
                if (source) drop(source, node.paragraph);
              }}
            >
              {node.children.length > 0 ? (
                <button
                  type="button"
                  className="outline-toggle"
                  aria-label={isCollapsed ? '展开' : '折叠'}
                  aria-expanded={!isCollapsed}
                  onClick={() =>
                    setCollapsed((all) => {
                      const next = new Set(all);
                      if (next.has(k)) next.delete(k);
                      else next.add(k);
                      return next;
                    })
                  }
                >
                  {isCollapsed ? '▸' : '▾'}
                </button>
              ) : (
                <span className="outline-toggle-space" />
              )}
              <button type="button" className="outline-jump" onClick={() => jump(node)} title={`${node.marker}${node.title}`}>
                <span className="outline-marker">{node.marker}</span>
                {node.title || '（无标题文字）'}
              </button>
              <span className="outline-words" title="本节字数">
                {node.words}
              </span>
            </div>
            {!isCollapsed && node.children.length > 0 && render(node.children)}
          </li>
        );
      })}
    </ul>
  );

  return (
    <section className="panel outline-panel" aria-label="大纲">
      <div className="panel-head">
        <h2>大纲</h2>
        <button
          type="button"
          disabled={!editor || numberingProblems === 0}
          title="把所有标题序号改为正确的顺序和格式（可撤销）"
          onClick={() => renumberAndReport(editor, toast.message)}
        >
          重新编号{numberingProblems ? `（${numberingProblems}）` : ''}
        </button>
      </div>
      {analysis.outline.length === 0 ? (
        <p className="empty-hint">输入“一、”“（一）”等序号开头的段落，标题会显示在这里。</p>
      ) : (
        <>
          {render(analysis.outline)}
          <div
            className={`outline-end-drop${dropTarget === analysis.paragraphs.length ? ' drop-target' : ''}`}
            onDragOver={(e) => {
              if (!e.dataTransfer.types.includes(DRAG_TYPE)) return;
              e.preventDefault();
              setDropTarget(analysis.paragraphs.length);
            }}
            onDragLeave={() => setDropTarget(null)}
            onDrop={(e) => {
              e.preventDefault();
              setDropTarget(null);
              const source = sectionStartingAt(analysis, Number(e.dataTransfer.getData(DRAG_TYPE)));
              if (source) drop(source, analysis.paragraphs.length);
            }}
          >
            拖到这里移到文末
          </div>
        </>
      )}
    </section>
  );
});
