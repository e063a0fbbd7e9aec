/**
 * The serialized Lexical form of a 公文 document, built and read without Lexical itself, so main (import,
 * CLI, export) and the renderer agree on one format. The renderer's DocParagraphNode exports exactly this.
 */
import { detectRoles } from '../document/detect-roles';
import { isParagraphRole, type DocParagraph, type ParagraphRole } from '../document/roles';

export const DOC_PARAGRAPH_TYPE = 'gw-paragraph';
export type RoleSource = 'auto' | 'manual';

export interface SerializedTextNode {
  type: 'text';
  version: 1;
  text: string;
  detail: number;
  format: number;
  mode: 'normal' | 'token' | 'segmented';
  style: string;
}

/** Where a paragraph came from when it was inserted from the 素材库: shown on hover, used by the checks. */
export interface ParagraphOrigin {
  /** The source document's name as the library keeps it. */
  source: string;
  /** The year of the source document, when known. */
  year: number | null;
  snippetId: number;
}

export interface SerializedDocParagraph {
  type: typeof DOC_PARAGRAPH_TYPE;
  version: 1;
  role: ParagraphRole;
  roleSource: RoleSource;
  /** Present only on paragraphs inserted from the library. */
  origin?: ParagraphOrigin;
  children: Array<SerializedTextNode | { type: string; [key: string]: unknown }>;
  direction: 'ltr' | 'rtl' | null;
  format: '';
  indent: number;
  textFormat: number;
  textStyle: string;
}

export interface SerializedDocument {
  root: {
    type: 'root';
    version: 1;
    children: SerializedDocParagraph[];
    direction: 'ltr' | 'rtl' | null;
    format: '';
    indent: number;
  };
}

export function textNodeJson(text: string): SerializedTextNode {
  return { type: 'text', version: 1, text, detail: 0, format: 0, mode: 'normal', style: '' };
}

export function paragraphJson(p: DocParagraph, roleSource: RoleSource = 'auto'): SerializedDocParagraph {
  return {
    type: DOC_PARAGRAPH_TYPE,
    version: 1,
    role: p.role,
    roleSource,
    children: p.text ? [textNodeJson(p.text)] : [],
    direction: p.text ? 'ltr' : null,
    format: '',
    indent: 0,
    textFormat: 0,
    textStyle: '',
  };
}

export function documentJson(paragraphs: DocParagraph[]): SerializedDocument {
  const children = (paragraphs.length ? paragraphs : [{ role: 'body' as const, text: '' }]).map((p) => paragraphJson(p));
  return { root: { type: 'root', version: 1, children, direction: 'ltr', format: '', indent: 0 } };
}

function textOf(node: unknown): string {
  if (!node || typeof node !== 'object') return '';
  const n = node as { type?: unknown; text?: unknown; children?: unknown };
  if (typeof n.text === 'string') return n.text;
  if (n.type === 'linebreak') return '\n';
  return Array.isArray(n.children) ? n.children.map(textOf).join('') : '';
}

/**
 * Reads paragraphs and roles back from saved editor JSON. Unknown or legacy nodes (plain 'paragraph'
 * from before roles existed) read as body text; a malformed document throws.
 */
export function paragraphsFromJson(json: string): DocParagraph[] {
  const parsed = JSON.parse(json) as { root?: { children?: unknown } };
  const children = parsed?.root?.children;
  if (!Array.isArray(children)) throw new Error('编辑器内容格式不正确');
  return children.map((child: { role?: unknown }) => ({ role: isParagraphRole(child.role) ? child.role : 'body', text: textOf(child) }));
}

/** The plain text stored beside the JSON: one paragraph a line (what counts, search and the CLI read). */
export function plainTextOf(paragraphs: readonly DocParagraph[]): string {
  return paragraphs.map((p) => p.text).join('\n');
}

/**
 * The paragraphs of a draft stored as plain text only (made by the CLI or an older version, never opened
 * in the editor): roles detected as on import. The editor and the export both read such a draft this way.
 */
export function paragraphsOfPlainText(text: string): DocParagraph[] {
  return text.trim() ? detectRoles(text.split('\n')) : [];
}
