import { describe, expect, it } from 'vitest';
import { createEditor, ParagraphNode, type LexicalEditor } from 'lexical';
import type { DocParagraph } from '../../../shared/document/roles';
import { documentJson } from '../../../shared/lexical/document-json';
import { $fillFromParagraphs } from '../document-text';
import { DocParagraphNode } from './DocParagraphNode';

// The stored Lexical JSON has two writers: main builds it without Lexical (shared/lexical/document-json.ts,
// for import, templates and the CLI), the editor through DocParagraphNode.exportJSON on every autosave.
// The same document written both ways must be the same JSON (same keys and values; key order does not
// matter to JSON.parse), or they have drifted. `direction` is set by the editor's DOM reconciliation, which
// a headless editor has none of, so where the editor wrote the paragraphs it is compared as null.

const PARAGRAPHS: DocParagraph[] = [
  { role: 'title', text: '关于2026年上半年工作情况的报告' },
  { role: 'docNumber', text: 'X府发〔2026〕3号' },
  { role: 'addressee', text: '区委：' },
  { role: 'body', text: '' },
  { role: 'heading1', text: '一、主要工作' },
  { role: 'heading2', text: '（一）压实安全生产责任。街道党工委高度重视安全生产工作。' },
  { role: 'body', text: '今年以来，全区完成固定资产投资12.3亿元，同比增长8.5%。' },
  { role: 'attachment', text: '附件：1．重点项目表' },
  { role: 'signature', text: 'X区人民政府' },
  { role: 'date', text: '2026年7月1日' },
];

const json = (editor: LexicalEditor): unknown => JSON.parse(JSON.stringify(editor.getEditorState().toJSON()));
const withoutDirection = (value: unknown): unknown =>
  JSON.parse(JSON.stringify(value, (key, v: unknown) => (key === 'direction' ? null : v)));

function headlessEditor(): LexicalEditor {
  // The same node set as the app's editor (renderer/editor/Editor.tsx), without a DOM.
  return createEditor({
    namespace: 'parity',
    nodes: [DocParagraphNode, { replace: ParagraphNode, with: () => new DocParagraphNode('body'), withKlass: DocParagraphNode }],
    onError: (error) => {
      throw error;
    },
  });
}

describe('the two writers of the stored Lexical JSON', () => {
  it('write the same JSON for the same paragraphs (main without Lexical, the editor with it)', () => {
    const editor = headlessEditor();
    editor.update(() => $fillFromParagraphs(PARAGRAPHS), { discrete: true });
    expect(json(editor)).toEqual(withoutDirection(documentJson(PARAGRAPHS)));
  });

  it('read main\'s JSON into the editor and write it back unchanged', () => {
    const editor = headlessEditor();
    const stored = JSON.stringify(documentJson(PARAGRAPHS));
    editor.setEditorState(editor.parseEditorState(stored));
    expect(json(editor)).toEqual(JSON.parse(stored));
  });

  it('write an empty document the same way: one empty body paragraph', () => {
    const editor = headlessEditor();
    editor.update(() => $fillFromParagraphs([]), { discrete: true });
    expect(json(editor)).toEqual(withoutDirection(documentJson([])));
  });
});
