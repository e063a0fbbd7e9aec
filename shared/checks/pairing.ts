/**
 * Paired marks within a paragraph: “ ” ‘ ’ 《 》 〈 〉 （ ） 【 】 〔 〕 「 」 『 』. An opening mark without
 * its closing one (坚持“两个毫不动摇，推动……) or a closing one without an opening one is flagged, and so is
 * wrong nesting: a 书名号 inside a 书名号 is 〈〉 (《关于〈条例〉的说明》), a quotation inside a quotation
 * is ‘’, and 〈〉 is only for that inner level.
 *
 * Half-width ( ) pair with full-width （ ） here: "（试行)" is balanced, and the punctuation check asks
 * for the full-width ")".
 */
import { paragraphFinding, type ParagraphFinding } from './finding';
import { isLatinLetter } from './text-classes';

type Family = 'double-quote' | 'single-quote' | 'book' | 'inner-book' | 'paren' | 'lenticular' | 'tortoise' | 'corner' | 'white-corner';

const OPENERS: Readonly<Record<string, Family>> = {
  '“': 'double-quote',
  '‘': 'single-quote',
  '《': 'book',
  '〈': 'inner-book',
  '（': 'paren',
  '(': 'paren',
  '【': 'lenticular',
  '〔': 'tortoise',
  '「': 'corner',
  '『': 'white-corner',
};
const CLOSERS: Readonly<Record<string, Family>> = {
  '”': 'double-quote',
  '’': 'single-quote',
  '》': 'book',
  '〉': 'inner-book',
  '）': 'paren',
  ')': 'paren',
  '】': 'lenticular',
  '〕': 'tortoise',
  '」': 'corner',
  '』': 'white-corner',
};
const PARTNER: Readonly<Record<Family, [string, string]>> = {
  'double-quote': ['“', '”'],
  'single-quote': ['‘', '’'],
  book: ['《', '》'],
  'inner-book': ['〈', '〉'],
  paren: ['（', '）'],
  lenticular: ['【', '】'],
  tortoise: ['〔', '〕'],
  corner: ['「', '」'],
  'white-corner': ['『', '』'],
};
const NAME: Readonly<Record<Family, string>> = {
  'double-quote': '引号',
  'single-quote': '单引号',
  book: '书名号',
  'inner-book': '单书名号',
  paren: '括号',
  lenticular: '方头括号',
  tortoise: '六角括号',
  corner: '直角引号',
  'white-corner': '直角引号',
};

interface Open {
  index: number;
  family: Family;
  /** Set at push time: what the enclosing marks make of this one. */
  nesting: 'book-in-book' | 'quote-in-quote' | 'inner-book-alone' | null;
}

/** Every mark this check pairs; a regex finds them, so plain text costs one scan. */
const PAIRED_MARK = /[“”‘’《》〈〉（）()【】〔〕「」『』]/g;

/** "1）" "a)" "③）" at the start of a clause: a list item marker, not half of a pair. */
const LIST_ITEM_BEFORE = /(?:^|[\s。；;：:，,、])[0-9A-Za-z一二三四五六七八九十①-⑳]{1,2}$/;

function has(stack: readonly Open[], family: Family): boolean {
  for (const o of stack) if (o.family === family) return true;
  return false;
}

export function checkPairing(text: string): ParagraphFinding[] {
  const out: ParagraphFinding[] = [];
  const unmatched = (index: number, family: Family, opening: boolean) => {
    const [open, close] = PARTNER[family];
    out.push(
      paragraphFinding(text, {
        category: 'pairing',
        rule: 'pairing/unbalanced',
        start: index,
        end: index + 1,
        message: opening
          ? `${NAME[family]}不成对：“${text[index]}”缺少对应的“${close}”`
          : `${NAME[family]}不成对：“${text[index]}”前面缺少对应的“${open}”`,
      }),
    );
  };
  const stack: Open[] = [];

  for (const m of text.matchAll(PAIRED_MARK)) {
    const i = m.index;
    const ch = m[0];
    const openFamily = OPENERS[ch];
    if (openFamily) {
      let nesting: Open['nesting'] = null;
      if (openFamily === 'book' && has(stack, 'book')) nesting = 'book-in-book';
      else if (openFamily === 'double-quote' && has(stack, 'double-quote')) nesting = 'quote-in-quote';
      else if (openFamily === 'inner-book' && !has(stack, 'book')) nesting = 'inner-book-alone';
      stack.push({ index: i, family: openFamily, nesting });
      continue;
    }
    const closeFamily = CLOSERS[ch];
    if (!closeFamily) continue;
    // An apostrophe (China’s) is not a closing quote.
    if (ch === '’' && isLatinLetter(text[i - 1]) && isLatinLetter(text[i + 1])) continue;

    let at = stack.length - 1;
    while (at >= 0 && stack[at]!.family !== closeFamily) at--;
    if (at < 0) {
      if (closeFamily === 'paren' && LIST_ITEM_BEFORE.test(text.slice(Math.max(0, i - 3), i))) continue;
      unmatched(i, closeFamily, false);
      continue;
    }
    // Marks opened after the one this closes were never closed: “《……” leaves 《 open.
    for (let k = stack.length - 1; k > at; k--) unmatched(stack[k]!.index, stack[k]!.family, true);
    const open = stack[at]!;
    stack.length = at;
    if (open.nesting) nestingFinding(text, open, i, out);
  }
  for (const open of stack) unmatched(open.index, open.family, true);
  return out.sort((a, b) => a.start - b.start);
}

function nestingFinding(text: string, open: Open, close: number, out: ParagraphFinding[]): void {
  const inner = text.slice(open.index + 1, close);
  const [replacement, message] =
    open.nesting === 'book-in-book'
      ? [`〈${inner}〉`, '书名号内再用书名号时，里层应使用单书名号〈〉']
      : open.nesting === 'quote-in-quote'
        ? [`‘${inner}’`, '引号内再用引号时，里层应使用单引号‘’']
        : [`《${inner}》`, '单书名号〈〉只用于书名号内的里层，此处应使用《》'];
  out.push(
    paragraphFinding(text, {
      category: 'pairing',
      rule: 'pairing/nesting',
      start: open.index,
      end: close + 1,
      message,
      suggestion: replacement,
    }),
  );
}
