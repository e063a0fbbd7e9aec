import { useCallback, useEffect, useRef, useState } from 'react';
import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import { $getNodeByKey, $getRoot, $isElementNode, COMMAND_PRIORITY_EDITOR, type LexicalEditor } from 'lexical';
import { OPEN_FIND_COMMAND } from './commands';
import { findMatches, type Match } from '../../lib/find-matches';
import { $selectParagraphRange, domRangeInElement } from '../../lib/text-range';

type Mode = 'closed' | 'find' | 'replace';


function collectMatches(editor: LexicalEditor, query: string): Match[] {
  return editor.getEditorState().read(() =>
    findMatches(
      $getRoot()
        .getChildren()
        .map((child) => ({ key: child.getKey(), text: child.getTextContent() })),
      query,
    ),
  );
}

/** Paints every match with the CSS Custom Highlight API: no DOM or editor-state changes. */
function paintHighlights(editor: LexicalEditor, matches: Match[], current: number): void {
  if (typeof CSS === 'undefined' || !('highlights' in CSS)) return;
  const all: Range[] = [];
  let active: Range | null = null;
  matches.forEach((m, i) => {
    const element = editor.getElementByKey(m.key);
    const range = element && domRangeInElement(element, m.start, m.end);
    if (!range) return;
    if (i === current) active = range;
    else all.push(range);
  });
  CSS.highlights.set('gw-find', new Highlight(...all));
  if (active) CSS.highlights.set('gw-find-current', new Highlight(active));
  else CSS.highlights.delete('gw-find-current');
}

function clearHighlights(): void {
  if (typeof CSS === 'undefined' || !('highlights' in CSS)) return;
  CSS.highlights.delete('gw-find');
  CSS.highlights.delete('gw-find-current');
}

/** 查找和替换 (Ctrl+F / Ctrl+H): match count, next/previous, replace one, replace all as one undo step. */
export function FindReplacePlugin() {
  const [editor] = useLexicalComposerContext();
  const [mode, setMode] = useState<Mode>('closed');
  const [query, setQuery] = useState('');
  const [replacement, setReplacement] = useState('');
  const [matches, setMatches] = useState<Match[]>([]);
  const [current, setCurrent] = useState(-1);
  const [message, setMessage] = useState('');
  const findInput = useRef<HTMLInputElement>(null);

  const refresh = useCallback(() => {
    const found = collectMatches(editor, query);
    setMatches(found);
    setCurrent((c) => (found.length === 0 ? -1 : Math.min(Math.max(c, 0), found.length - 1)));
  }, [editor, query]);

  // 查找… / 替换… (menu and Ctrl+F / Ctrl+H, through the command table): a short selection becomes the query.
  useEffect(
    () =>
      editor.registerCommand(
        OPEN_FIND_COMMAND,
        (wanted) => {
          setMode(wanted);
          const selected = window.getSelection()?.toString() ?? '';
          if (selected && !selected.includes('\n') && selected.length <= 100) setQuery(selected);
          requestAnimationFrame(() => findInput.current?.select());
          return true;
        },
        COMMAND_PRIORITY_EDITOR,
      ),
    [editor],
  );

  useEffect(() => {
    if (mode === 'closed') {
      clearHighlights();
      return;
    }
    refresh();
    let timer: ReturnType<typeof setTimeout> | null = null;
    const unregister = editor.registerTextContentListener(() => {
      if (timer) clearTimeout(timer);
      timer = setTimeout(refresh, 120);
    });
    return () => {
      unregister();
      if (timer) clearTimeout(timer);
    };
  }, [editor, mode, refresh]);

  useEffect(() => {
    if (mode !== 'closed') paintHighlights(editor, matches, current);
  }, [editor, mode, matches, current]);

  useEffect(() => () => clearHighlights(), []);

  const goTo = (index: number) => {
    if (matches.length === 0) return;
    const i = (index + matches.length) % matches.length;
    const m = matches[i]!;
    setCurrent(i);
    editor.getElementByKey(m.key)?.scrollIntoView({ block: 'center' });
  };

  const selectAndReplace = (m: Match) => {
    editor.update(() => {
      const node = $getNodeByKey(m.key);
      if (!$isElementNode(node)) return;
      $selectParagraphRange(node, m.start, m.end)?.insertText(replacement);
    });
  };

  const replaceCurrent = () => {
    const m = matches[current];
    if (!m) return;
    selectAndReplace(m);
    setMessage('已替换 1 处');
  };

  const replaceAll = () => {
    const found = collectMatches(editor, query);
    if (found.length === 0) {
      setMessage('没有可替换的内容');
      return;
    }
    // One update = one undo step. Right to left, so earlier offsets stay valid.
    editor.update(() => {
      for (const m of [...found].reverse()) {
        const node = $getNodeByKey(m.key);
        if ($isElementNode(node)) $selectParagraphRange(node, m.start, m.end)?.insertText(replacement);
      }
    });
    setMessage(`已替换 ${found.length} 处`);
  };

  if (mode === 'closed') return null;
  return (
    <div className="find-bar" role="search" aria-label="查找和替换">
      <input
        ref={findInput}
        aria-label="查找内容"
        placeholder="查找"
        value={query}
        onChange={(e) => {
          setQuery(e.target.value);
          setMessage('');
        }}
        onKeyDown={(e) => {
          if (e.key === 'Enter') goTo(e.shiftKey ? current - 1 : current + 1);
          if (e.key === 'Escape') setMode('closed');
        }}
      />
      <span className="find-count" data-testid="find-count">
        {query ? (matches.length ? `第 ${current + 1} / ${matches.length} 处` : '无匹配') : ''}
      </span>
      <button type="button" onClick={() => goTo(current - 1)} disabled={!matches.length} title="上一处 (Shift+Enter)">
        上一处
      </button>
      <button type="button" onClick={() => goTo(current + 1)} disabled={!matches.length} title="下一处 (Enter)">
        下一处
      </button>
      {mode === 'replace' && (
        <>
          <input
            aria-label="替换为"
            placeholder="替换为"
            value={replacement}
            onChange={(e) => setReplacement(e.target.value)}
            onKeyDown={(e) => e.key === 'Escape' && setMode('closed')}
          />
          <button type="button" onClick={replaceCurrent} disabled={current < 0}>
            替换
          </button>
          <button type="button" onClick={replaceAll} disabled={!query}>
            全部替换
          </button>
        </>
      )}
      {mode === 'find' && (
        <button type="button" onClick={() => setMode('replace')}>
          替换…
        </button>
      )}
      <span className="find-message" role="status">
        {message}
      </span>
      <button type="button" className="find-close" onClick={() => setMode('closed')} aria-label="关闭查找">
        ×
      </button>
    </div>
  );
}
