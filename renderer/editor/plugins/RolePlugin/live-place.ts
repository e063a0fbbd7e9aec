import type { LexicalNode } from 'lexical';
import type { LivePlace } from '../../../../shared/document/live-role';
import { $isDocParagraphNode } from '../../nodes/DocParagraphNode';

/** Title and addressee stand within the first few lines: past this many paragraphs, look no further. */
const LOOK_BACK = 12;
/** A title block is at most three title lines and a subtitle or two. */
const MAX_HEAD_LINES = 5;

/** Inside a read or update: where a paragraph stands, for liveRoleFor's title and addressee rules. */
export function $livePlace(node: LexicalNode): LivePlace {
  let nonEmpty = 0;
  let headOnly = true;
  let seen = 0;
  for (let prev = node.getPreviousSibling(); prev; prev = prev.getPreviousSibling()) {
    if (++seen > LOOK_BACK) return { first: false, afterTitleBlock: false };
    if (prev.getTextContentSize() === 0) continue;
    nonEmpty++;
    const role = $isDocParagraphNode(prev) ? prev.getRole() : 'body';
    if (role !== 'title' && role !== 'subtitle') headOnly = false;
    if (!headOnly || nonEmpty > MAX_HEAD_LINES) return { first: false, afterTitleBlock: false };
  }
  return { first: nonEmpty === 0, afterTitleBlock: nonEmpty > 0 && headOnly };
}
