/**
 * 字数 as Word (and WPS) count it for Chinese text: every East Asian character, Chinese punctuation
 * included, is one; every run of other non-space characters (a Latin word, a number such as 2026 or
 * 736.21, PM2.5) is one more. So "2026年完成GDP 5.2%" is 年 + 2026 + 完成(2) + GDP + 5.2% = 6.
 *
 * Code-point range checks rather than a Unicode regex per character: this runs on every save and
 * after typing pauses, over reports of 50,000 characters and more.
 */

/** Han ideographs, CJK symbols and punctuation (。、《》〔〕), full-width forms (，：（）０-９) and the
 *  general punctuation Chinese text uses as full-width marks (“”‘’—…·). */
export function isEastAsian(cp: number): boolean {
  return (
    (cp >= 0x4e00 && cp <= 0x9fff) || // CJK Unified Ideographs
    (cp >= 0x3001 && cp <= 0x303f) || // CJK symbols and punctuation (not U+3000, a space)
    (cp >= 0xff01 && cp <= 0xff60) || // full-width forms
    (cp >= 0xffe0 && cp <= 0xffe6) ||
    (cp >= 0x3400 && cp <= 0x4dbf) || // Extension A
    (cp >= 0xf900 && cp <= 0xfaff) || // compatibility ideographs
    (cp >= 0x20000 && cp <= 0x3134f) || // Extensions B–G
    cp === 0x2014 || cp === 0x2018 || cp === 0x2019 || cp === 0x201c || cp === 0x201d ||
    cp === 0x2026 || cp === 0x00b7 || cp === 0x2e3a
  );
}

export function isSpace(cp: number): boolean {
  return (
    cp === 0x20 || (cp >= 0x09 && cp <= 0x0d) || cp === 0x3000 || cp === 0xa0 ||
    (cp >= 0x2000 && cp <= 0x200a) || cp === 0x2028 || cp === 0x2029 || cp === 0xfeff
  );
}

export function countWords(text: string): number {
  let count = 0;
  let inRun = false;
  for (let i = 0; i < text.length; i++) {
    let cp = text.charCodeAt(i);
    if (cp >= 0xd800 && cp <= 0xdbff && i + 1 < text.length) {
      cp = text.codePointAt(i)!;
      i++;
    }
    if (isSpace(cp)) {
      inRun = false;
    } else if (isEastAsian(cp)) {
      count++;
      inRun = false;
    } else if (!inRun) {
      count++;
      inRun = true;
    }
  }
  return count;
}
