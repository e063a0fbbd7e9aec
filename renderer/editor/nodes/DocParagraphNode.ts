import {
  $applyNodeReplacement,
  ParagraphNode,
  type EditorConfig,
  type LexicalNode,
  type LexicalUpdateJSON,
  type NodeKey,
  type RangeSelection,
  type SerializedParagraphNode,
  type Spread,
} from 'lexical';
import type { ParagraphRole } from '../../../shared/document/roles';
import { DOC_PARAGRAPH_TYPE, type ParagraphOrigin, type RoleSource } from '../../../shared/lexical/document-json';
import { ROLE_MARGIN_LABELS } from '../role-labels';

export type SerializedDocParagraphNode = Spread<{ role: ParagraphRole; roleSource: RoleSource; origin?: ParagraphOrigin }, SerializedParagraphNode>;

/** The hover text of a paragraph inserted from the library. */
export function originLabel(origin: ParagraphOrigin): string {
  return `来自素材库：${origin.source}${origin.year !== null ? `（${origin.year}年）` : ''}`;
}

/**
 * A paragraph with a 公文 role (title, addressee, body, heading1…4, signature, date, attachment).
 * It replaces Lexical's ParagraphNode everywhere, so Enter, paste and history all produce role
 * paragraphs. `roleSource` is 'manual' once the writer chose the role (menu, Ctrl+1…5): live detection
 * then leaves it alone.
 */
export class DocParagraphNode extends ParagraphNode {
  __role: ParagraphRole;
  __roleSource: RoleSource;
  /** Set on paragraphs inserted from the 素材库 (provenance); null for everything else. */
  __origin: ParagraphOrigin | null = null;

  static override getType(): string {
    return DOC_PARAGRAPH_TYPE;
  }

  static override clone(node: DocParagraphNode): DocParagraphNode {
    const clone = new DocParagraphNode(node.__role, node.__roleSource, node.__key);
    clone.__origin = node.__origin;
    return clone;
  }

  constructor(role: ParagraphRole = 'body', roleSource: RoleSource = 'auto', key?: NodeKey) {
    super(key);
    this.__role = role;
    this.__roleSource = roleSource;
  }

  override afterCloneFrom(prevNode: this): void {
    super.afterCloneFrom(prevNode);
    this.__role = prevNode.__role;
    this.__roleSource = prevNode.__roleSource;
    this.__origin = prevNode.__origin;
  }

  override createDOM(config: EditorConfig): HTMLElement {
    const dom = super.createDOM(config);
    dom.classList.add(`gw-role-${this.__role}`);
    dom.dataset['role'] = this.__role;
    dom.dataset['roleLabel'] = ROLE_MARGIN_LABELS[this.__role];
    if (this.__origin) {
      dom.title = originLabel(this.__origin);
      dom.dataset['origin'] = 'library';
    }
    return dom;
  }

  override updateDOM(prevNode: this, dom: HTMLElement, config: EditorConfig): boolean {
    if (prevNode.__role !== this.__role) {
      dom.classList.remove(`gw-role-${prevNode.__role}`);
      dom.classList.add(`gw-role-${this.__role}`);
      dom.dataset['role'] = this.__role;
      dom.dataset['roleLabel'] = ROLE_MARGIN_LABELS[this.__role];
    }
    if (prevNode.__origin !== this.__origin) {
      if (this.__origin) {
        dom.title = originLabel(this.__origin);
        dom.dataset['origin'] = 'library';
      } else {
        dom.removeAttribute('title');
        delete dom.dataset['origin'];
      }
    }
    return super.updateDOM(prevNode, dom, config);
  }

  static override importJSON(json: SerializedDocParagraphNode): DocParagraphNode {
    const node = $createDocParagraphNode(json.role, json.roleSource).updateFromJSON(json);
    if (json.origin) node.__origin = json.origin;
    return node;
  }

  override updateFromJSON(json: LexicalUpdateJSON<SerializedDocParagraphNode>): this {
    return super.updateFromJSON(json);
  }

  override exportJSON(): SerializedDocParagraphNode {
    const origin = this.getOrigin();
    return { ...super.exportJSON(), type: DOC_PARAGRAPH_TYPE, role: this.getRole(), roleSource: this.getRoleSource(), ...(origin ? { origin } : {}) };
  }

  getRole(): ParagraphRole {
    return this.getLatest().__role;
  }

  getRoleSource(): RoleSource {
    return this.getLatest().__roleSource;
  }

  getOrigin(): ParagraphOrigin | null {
    return this.getLatest().__origin;
  }

  setOrigin(origin: ParagraphOrigin | null): this {
    const writable = this.getWritable();
    writable.__origin = origin;
    return writable;
  }

  setRole(role: ParagraphRole, source: RoleSource): this {
    const self = this.getLatest();
    if (self.__role === role && self.__roleSource === source) return self;
    const writable = this.getWritable();
    writable.__role = role;
    writable.__roleSource = source;
    return writable;
  }

  /** Enter at the end of a heading, title or addressee starts a body paragraph. */
  override insertNewAfter(rangeSelection: RangeSelection, restoreSelection?: boolean): ParagraphNode {
    const next = $createDocParagraphNode('body');
    next.setTextFormat(rangeSelection.format);
    next.setTextStyle(rangeSelection.style);
    next.setDirection(this.getDirection());
    next.setFormat(this.getFormatType());
    this.insertAfter(next, restoreSelection);
    return next;
  }
}

export function $createDocParagraphNode(role: ParagraphRole = 'body', roleSource: RoleSource = 'auto'): DocParagraphNode {
  return $applyNodeReplacement(new DocParagraphNode(role, roleSource));
}

export function $isDocParagraphNode(node: LexicalNode | null | undefined): node is DocParagraphNode {
  return node instanceof DocParagraphNode;
}
