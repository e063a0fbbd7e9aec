/**
 * How much decoded bytes look like real text, to tell a right guess of the encoding from a wrong
 * one: a wrong decoder rarely fails outright (GB18030 accepts most byte pairs) but it produces
 * control characters, private-use characters and scripts a Chinese report does not contain.
 */

export interface TextProfile {
  /** Characters (code points). */
  total: number;
  /** C0/C1 control characters other than tab and line/page breaks; U+FFFD; noncharacters. */
  control: number;
  /** Characters outside ASCII. */
  nonAscii: number;
  /** Han ideographs and the punctuation Chinese text uses (。，“”《》（）—…·, full-width forms). */
  chinese: number;
}

function isChinese(cp: number): boolean {
  return (
    (cp >= 0x4e00 && cp <= 0x9fff) ||
    (cp >= 0x3400 && cp <= 0x4dbf) ||
    (cp >= 0x3000 && cp <= 0x303f) ||
    (cp >= 0xff01 && cp <= 0xff5e) ||
    (cp >= 0x2010 && cp <= 0x2027) ||
    (cp >= 0x2030 && cp <= 0x203b) ||
    cp === 0x00b7 ||
    cp === 0x00d7 ||
    cp === 0x2103 ||
    (cp >= 0x2160 && cp <= 0x216b) || // Ⅰ Ⅱ … Roman numerals
    (cp >= 0x2460 && cp <= 0x249b) || // ① ⑴ ⒈
    (cp >= 0x25a0 && cp <= 0x25ff) || // □ ○ ■ ●
    (cp >= 0xfe30 && cp <= 0xfe4f)
  );
}

function isControl(cp: number): boolean {
  // Tab, line feed, vertical tab (a Word line break in exported text), form feed, carriage return.
  if (cp >= 0x09 && cp <= 0x0d) return false;
  return cp < 0x20 || (cp >= 0x7f && cp <= 0x9f) || cp === 0xfffd || (cp >= 0xfdd0 && cp <= 0xfdef) || (cp & 0xfffe) === 0xfffe;
}

export function profileText(text: string, maxChars = 200_000): TextProfile {
  const profile: TextProfile = { total: 0, control: 0, nonAscii: 0, chinese: 0 };
  for (const ch of text) {
    if (profile.total >= maxChars) break; // a large prefix decides as well as the whole file
    const cp = ch.codePointAt(0)!;
    profile.total++;
    if (isControl(cp)) profile.control++;
    if (cp > 0x7f) profile.nonAscii++;
    if (isChinese(cp)) profile.chinese++;
  }
  return profile;
}

/** Plain text in any language: hardly any control characters. */
export function looksLikeText(p: TextProfile): boolean {
  return p.total > 0 && p.control <= p.total * 0.01;
}

/** Chinese text: plain text whose non-ASCII characters are nearly all Han characters and Chinese punctuation. */
export function looksLikeChinese(p: TextProfile): boolean {
  return looksLikeText(p) && p.nonAscii > 0 && p.chinese >= p.nonAscii * 0.9;
}
