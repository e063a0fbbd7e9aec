/** Text measures the comparison shares: the equality key, character counts and bigram similarity. */
import { headingTitle } from '../outline/outline';
import { isHeadingRole, type DocParagraph } from '../document/roles';

const SPACES = /[\s\u3000]+/g;

/** Two paragraphs are the same when their keys are: NFKC (full- and half-width forms alike), no whitespace,
 *  and a heading without its number marker, since renumbering after a move is not an edit. */
export function paragraphKey(p: DocParagraph): string {
  const text = isHeadingRole(p.role) ? stripMarker(p.text) : p.text;
  return text.normalize('NFKC').replace(SPACES, '');
}

/** The text after its number marker (一、 （一） 1． （1）), as the outline reads it. */
export function stripMarker(text: string): string {
  const { marker } = headingTitle(text);
  const trimmed = text.trimStart();
  return marker && trimmed.startsWith(marker) ? trimmed.slice(marker.length) : trimmed;
}

/** Characters that count for 沿用率: whitespace is layout, not text. */
export function countChars(text: string): number {
  let n = 0;
  for (const ch of text) if (!/[\s\u3000]/.test(ch)) n++;
  return n;
}

/** The set of adjacent character pairs: Chinese has no spaces, and a bigram is the smallest unit that
 *  carries a word's identity (信访 vs 访谈), so it measures shared wording without a dictionary. */
export function bigrams(text: string): Set<string> {
  const out = new Set<string>();
  for (let i = 0; i + 1 < text.length; i++) out.add(text.slice(i, i + 2));
  if (text.length === 1) out.add(text);
  return out;
}

/** Dice coefficient of two bigram sets: 2|A∩B| / (|A|+|B|), 0 when both are empty. */
export function dice(a: ReadonlySet<string>, b: ReadonlySet<string>): number {
  if (a.size === 0 && b.size === 0) return 0;
  const [small, large] = a.size <= b.size ? [a, b] : [b, a];
  let shared = 0;
  for (const g of small) if (large.has(g)) shared++;
  return (2 * shared) / (a.size + b.size);
}
