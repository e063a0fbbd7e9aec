/**
 * Edits the panels and cards make to the document: select a span, apply a finding's fix, renumber
 * every heading, move a section. Each runs in one editor.update, so each is one undo step.
 */
import { $createTextNode, $getNodeByKey, $getRoot, $isElementNode, type LexicalEditor, type LexicalNode } from 'lexical';
import type { Finding } from '../../../shared/checks/types';
import { sectionInsertionIndex, type InsertionCaret } from '../../../shared/outline/insert-position';
import { sectionLevel } from '../../../shared/templates/template';
import { renumberAll } from '../../../shared/outline/renumber';
import type { DocParagraph } from '../../../shared/document/roles';
import type { TextEdit } from '../../../shared/rollover/edits';
import type { ParagraphOrigin } from '../../../shared/lexical/document-json';
import { $createDocParagraphNode } from '../nodes/DocParagraphNode';
import { $docParagraph } from '../document-text';
import { $selectParagraphRange } from './text-range';
import { $caretSpan, paragraphKeyAt } from './caret';

/** Selects [start, end) of the paragraph with this key, focuses the editor and scrolls it into view. */
export function selectSpan(editor: LexicalEditor, key: string, start: number, end: number): void {
  editor.update(
    () => {
      const node = $getNodeByKey(key);
      if ($isElementNode(node)) $selectParagraphRange(node, start, end);
    },
    { tag: 'gw-navigate' },
  );
  editor.focus();
  scrollToKey(editor, key);
}

export function scrollToKey(editor: LexicalEditor, key: string): void {
  editor.getElementByKey(key)?.scrollIntoView({ block: 'center' });
}

/**
 * Replaces the finding's text with its suggestion. Returns false (changing nothing) when the text at
 * that place is no longer what was flagged: the writer edited it since the check.
 */
export function applyFinding(editor: LexicalEditor, key: string, finding: Finding): boolean {
  if (finding.suggestion === undefined) return false;
  const suggestion = finding.suggestion;
  let applied = false;
  editor.update(() => {
    const node = $getNodeByKey(key);
    if (!$isElementNode(node) || node.getTextContent().slice(finding.start, finding.end) !== finding.text) return;
    const selection = $selectParagraphRange(node, finding.start, finding.end);
    if (!selection) return;
    selection.insertText(suggestion);
    applied = true;
  }, { discrete: true });
  return applied;
}

function $paragraphs(): { nodes: LexicalNode[]; paragraphs: DocParagraph[] } {
  const nodes = $getRoot().getChildren();
  return { nodes, paragraphs: nodes.map($docParagraph) };
}

/** Inside an update: replaces [start, end) of a paragraph's text without moving the writer's caret. */
export function $replaceInParagraph(node: LexicalNode, start: number, end: number, replacement: string): void {
  if (!$isElementNode(node)) return;
  let seen = 0;
  for (const text of node.getAllTextNodes()) {
    const size = text.getTextContentSize();
    if (start >= seen && end <= seen + size) {
      text.spliceText(start - seen, end - start, replacement, false);
      return;
    }
    seen += size;
  }
  // The span crosses formatted runs: fall back to a selection (the caret lands after the edit).
  $selectParagraphRange(node, start, end)?.insertText(replacement);
}

/** Inside an update: rewrites every heading marker to its right sequence and form. Returns the count. */
export function $renumber(): number {
  const { nodes, paragraphs } = $paragraphs();
  const edits = renumberAll(paragraphs);
  for (const edit of edits) {
    const node = nodes[edit.paragraph];
    if (node) $replaceInParagraph(node, edit.start, edit.end, edit.replacement);
  }
  return edits.length;
}

/** 重新编号: every marker rewritten to its correct sequence and form, as one undo step. Returns the count. */
export function renumberHeadings(editor: LexicalEditor): number {
  let count = 0;
  editor.update(
    () => {
      count = $renumber();
    },
    { discrete: true },
  );
  return count;
}

/**
 * Moves the section whose paragraphs are [from, end) (a heading with everything under it) so it starts
 * where paragraph `to` starts now (`to === paragraph count` moves it to the end), then renumbers.
 * One undo step. Returns false when the move is meaningless (into itself).
 */
export function moveSection(editor: LexicalEditor, from: number, end: number, to: number): boolean {
  if (to >= from && to <= end) return false;
  let moved = false;
  editor.update(() => {
    const nodes = $getRoot().getChildren();
    const section = nodes.slice(from, end);
    if (section.length === 0) return;
    const anchor = nodes[to];
    if (anchor) {
      for (const node of section) anchor.insertBefore(node);
    } else {
      const last = nodes[nodes.length - 1]!;
      let after: LexicalNode = last;
      for (const node of section) {
        after.insertAfter(node);
        after = node;
      }
    }
    $renumber();
    moved = true;
  }, { discrete: true });
  return moved;
}

/**
 * Inserts paragraphs (a snippet from the library) after the paragraph holding the caret (at the end
 * when the editor has no caret), then, when headings were inserted, renumbers every heading: one undo
 * step. The caret lands at the end of the inserted text. Returns how many markers were renumbered.
 */
export function insertParagraphsAtCaret(editor: LexicalEditor, paragraphs: readonly DocParagraph[], origin?: ParagraphOrigin): number {
  return insertWhere(editor, paragraphs, (_all, caret) => (caret ? caret.paragraph + 1 : Number.MAX_SAFE_INTEGER), origin);
}

/**
 * 插入章节: inserts a section before or after whole sections, never inside one (sectionInsertionIndex:
 * caret at the start of a heading → before that heading's section; elsewhere → after the section of the
 * inserted level the caret is in), then renumbers: one undo step. Returns how many markers were renumbered.
 */
export function insertSectionAtCaret(editor: LexicalEditor, paragraphs: readonly DocParagraph[]): number {
  const level = sectionLevel(paragraphs);
  return insertWhere(editor, paragraphs, (all, caret) => sectionInsertionIndex(all, caret, level));
}

function insertWhere(
  editor: LexicalEditor,
  paragraphs: readonly DocParagraph[],
  where: (all: DocParagraph[], caret: InsertionCaret | null) => number,
  origin?: ParagraphOrigin,
): number {
  let renumbered = 0;
  editor.update(
    () => {
      const root = $getRoot();
      const { nodes, paragraphs: all } = $paragraphs();
      const span = $caretSpan();
      const caretIndex = span ? nodes.findIndex((n) => n.getKey() === span.key) : -1;
      const caret = caretIndex < 0 ? null : { paragraph: caretIndex, atStart: span!.start === 0 && span!.end === 0 };
      const index = Math.min(where(all, caret), nodes.length);
      // An empty paragraph at the caret, right before the insertion point, is replaced rather than left above it.
      const caretNode = caret ? nodes[caret.paragraph] : undefined;
      const replaceEmpty = caret !== null && index === caret.paragraph + 1 && caretNode !== undefined && caretNode.getTextContentSize() === 0;
      const anchor = nodes[index];
      let last: LexicalNode | null = null;
      for (const p of paragraphs) {
        const node = $createDocParagraphNode(p.role);
        if (origin) node.setOrigin(origin);
        if (p.text) node.append($createTextNode(p.text));
        if (anchor) anchor.insertBefore(node);
        else root.append(node);
        last = node;
      }
      if (replaceEmpty && root.getChildrenSize() > 1) caretNode.remove();
      // Only inserted headings shift the numbering; a body paragraph leaves every marker as it was.
      if (paragraphs.some((p) => p.role.startsWith('heading'))) renumbered = $renumber();
      if ($isElementNode(last)) last.selectEnd();
    },
    { discrete: true },
  );
  return renumbered;
}

/** Rewrites the text of the paragraphs whose text changed (设为字段 and similar whole-document edits). */
export function replaceParagraphTexts(editor: LexicalEditor, keys: readonly string[], before: readonly DocParagraph[], after: readonly DocParagraph[]): void {
  editor.update(
    () => {
      after.forEach((p, i) => {
        if (before[i]?.text === p.text) return;
        const node = $getNodeByKey(keys[i] ?? '');
        if (!$isElementNode(node)) return;
        node.clear();
        if (p.text) node.append($createTextNode(p.text));
      });
    },
    { discrete: true },
  );
}

/** Inserts paragraphs after the paragraph shown at a point of the window (a drop), as insertParagraphsAtCaret. */
export function insertParagraphsAtPoint(editor: LexicalEditor, x: number, y: number, paragraphs: readonly DocParagraph[], origin?: ParagraphOrigin): number {
  const caret = document.caretRangeFromPoint?.(x, y);
  const key = caret ? paragraphKeyAt(editor, caret.startContainer) : null;
  if (key !== null) {
    editor.update(
      () => {
        const target = $getNodeByKey(key);
        if ($isElementNode(target)) target.selectEnd();
      },
      { discrete: true },
    );
  }
  return insertParagraphsAtCaret(editor, paragraphs, origin);
}

/**
 * Several replacements by paragraph offsets in one update, so one undo step (the year checklist's
 * 全部接受). An edit whose text is no longer what it expects (`expected`) is skipped. Returns how many
 * were made.
 */
export function applyTextEdits(
  editor: LexicalEditor,
  keys: readonly string[],
  edits: ReadonlyArray<TextEdit & { expected: string }>,
): number {
  let made = 0;
  editor.update(
    () => {
      // From the end of each paragraph, so earlier offsets stay valid.
      const sorted = [...edits].sort((a, b) => a.paragraph - b.paragraph || b.start - a.start);
      for (const e of sorted) {
        const node = $getNodeByKey(keys[e.paragraph] ?? '');
        if (!$isElementNode(node) || node.getTextContent().slice(e.start, e.end) !== e.expected) continue;
        $replaceInParagraph(node, e.start, e.end, e.replacement);
        made++;
      }
    },
    { discrete: true },
  );
  return made;
}
