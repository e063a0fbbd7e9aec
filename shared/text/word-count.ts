/**
 * 字数 as Word (and WPS) count it for Chinese text: every East Asian character, Chinese punctuation
 * included, is one; every run of other non-space characters (a Latin word, a number such as 2026 or
 * 736.21, PM2.5) is one more. So "2026年完成GDP 5.2%" is 年 + 2026 + 完成(2) + GDP + 5.2% = 6.
 */

// Han ideographs, CJK symbols and punctuation (。、《》「」〔〕), full-width forms (，：（）０-９),
// and the general punctuation that Chinese text uses as full-width marks (“”‘’—…·).
const EAST_ASIAN = /[\p{Script=Han}\u3001-\u303F\uFF01-\uFF60\uFFE0-\uFFE6\u2014\u2018\u2019\u201C\u201D\u2026\u00B7\u2E3A]/u;
const SPACE = /[\s\u3000]/u;

export function countWords(text: string): number {
  let count = 0;
  let inRun = false;
  for (const ch of text) {
    if (SPACE.test(ch)) {
      inRun = false;
    } else if (EAST_ASIAN.test(ch)) {
      count += 1;
      inRun = false;
    } else if (!inRun) {
      count += 1;
      inRun = true;
    }
  }
  return count;
}
