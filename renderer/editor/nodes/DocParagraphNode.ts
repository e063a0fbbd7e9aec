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
import { DOC_PARAGRAPH_TYPE, type RoleSource } from '../../../shared/lexical/document-json';
import { ROLE_MARGIN_LABELS } from '../role-labels';

export type SerializedDocParagraphNode = Spread<{ role: ParagraphRole; roleSource: RoleSource }, SerializedParagraphNode>;

/**
 * A paragraph with a 公文 role (title, addressee, body, heading1…4, signature, date, attachment).
 * It replaces Lexical's ParagraphNode everywhere, so Enter, paste and history all produce role
 * paragraphs. `roleSource` is 'manual' once the writer chose the role (menu, Ctrl+1…5): live detection
 * then leaves it alone.
 */
export class DocParagraphNode extends ParagraphNode {
  __role: ParagraphRole;
  __roleSource: RoleSource;

  static override getType(): string {
    return DOC_PARAGRAPH_TYPE;
  }

  static override clone(node: DocParagraphNode): DocParagraphNode {
    return new DocParagraphNode(node.__role, node.__roleSource, node.__key);
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
  }

  override createDOM(config: EditorConfig): HTMLElement {
    const dom = super.createDOM(config);
    dom.classList.add(`gw-role-${this.__role}`);
    dom.dataset['role'] = this.__role;
    dom.dataset['roleLabel'] = ROLE_MARGIN_LABELS[this.__role];
    return dom;
  }

  override updateDOM(prevNode: this, dom: HTMLElement, config: EditorConfig): boolean {
    if (prevNode.__role !== this.__role) {
      dom.classList.remove(`gw-role-${prevNode.__role}`);
      dom.classList.add(`gw-role-${this.__role}`);
      dom.dataset['role'] = this.__role;
      dom.dataset['roleLabel'] = ROLE_MARGIN_LABELS[this.__role];
    }
    return super.updateDOM(prevNode, dom, config);
  }

  static override importJSON(json: SerializedDocParagraphNode): DocParagraphNode {
    return $createDocParagraphNode(json.role, json.roleSource).updateFromJSON(json);
  }

  override updateFromJSON(json: LexicalUpdateJSON<SerializedDocParagraphNode>): this {
    return super.updateFromJSON(json);
  }

  override exportJSON(): SerializedDocParagraphNode {
    return { ...super.exportJSON(), type: DOC_PARAGRAPH_TYPE, role: this.getRole(), roleSource: this.getRoleSource() };
  }

  getRole(): ParagraphRole {
    return this.getLatest().__role;
  }

  getRoleSource(): RoleSource {
    return this.getLatest().__roleSource;
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
