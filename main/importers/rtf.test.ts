import { describe, expect, it } from 'vitest';
import { ImportError } from './import-error';
import { readRtf } from './rtf';
import { encodeGb18030 } from './testing/gb18030';

const rtf = (s: string) => Buffer.from(s, 'latin1');
/** GBK bytes of the text as RTF \'xx escapes. */
const gbk = (text: string) => [...encodeGb18030(text)].map((b) => `\\'${b.toString(16).padStart(2, '0')}`).join('');
const texts = (s: string) => readRtf(rtf(s), 'a.rtf').map((p) => p.text);

describe('readRtf', () => {
  it('decodes GBK byte pairs under \\ansicpg936', () => {
    expect(texts(`{\\rtf1\\ansi\\ansicpg936\\deff0{\\fonttbl{\\f0\\fnil\\fcharset134 ${gbk('宋体')};}}\\f0 ${gbk('区委办：')}\\par ${gbk('会议精神')}\\par}`)).toEqual(['区委办：', '会议精神']);
  });

  it('decodes GBK bytes by the font charset when the document code page is Western', () => {
    expect(texts(`{\\rtf1\\ansi\\ansicpg1252{\\fonttbl{\\f0\\froman\\fcharset0 Times;}{\\f1\\fnil\\fcharset134 SimSun;}}\\f1 ${gbk('报告')}\\f0  A\\par}`)).toEqual(['报告 A']);
  });

  it('reads \\uN escapes and skips their \\uc fallback bytes', () => {
    expect(texts(`{\\rtf1\\ansi{\\uc2 \\u21306\\'8b\\'e6\\u22996\\'88\\'cf\\uc1 }\\u-243?\\par}`)).toEqual(['区委\uff0d']);
  });

  it('skips font, colour and style tables, info, pictures, headers, footers and starred destinations', () => {
    const src =
      `{\\rtf1\\ansi\\ansicpg936{\\fonttbl{\\f0 Song;}}{\\colortbl;\\red0\\green0\\blue0;}{\\stylesheet{\\s0 Normal;}}` +
      `{\\info{\\title ${gbk('标题信息')}}}{\\header ${gbk('页眉')}\\par}{\\footer - 1 -\\par}{\\*\\generator LibreOffice}` +
      `{\\pict\\pngblip 89504e47}{\\*\\bkmkstart a}${gbk('正文')}{\\field{\\*\\fldinst PAGE}{\\fldrslt 3}}\\par}`;
    expect(texts(src)).toEqual(['正文3']);
  });

  it('takes the role from the paragraph style and joins a title wrapped with \\line', () => {
    const src =
      `{\\rtf1\\ansi{\\stylesheet{\\s0 Normal;}{\\s1\\sbasedon0 heading 1;}{\\s53 Title;}{\\*\\cs15 Internet Link;}}` +
      `\\pard\\plain\\s53 {\\u88 ?\\u21306 ?2020\\u24180 ?\\u33853 ?\\u23454 ?\\u20840 ?\\u38754 ?\\u20174 ?\\u20005 ?\\u27835 ?\\u20826 ?\\u20027 ?\\u20307 ?\\u36131 ?\\u20219 ?}\\line \\u24773 ?\\u20917 ?\\u25253 ?\\u21578 ?\\par` +
      `\\pard\\plain\\s1 \\u19968 ?\\u12289 ?ABC\\par\\pard\\plain \\s0 body\\line more\\par}`;
    expect(readRtf(rtf(src), 'a.rtf')).toEqual([
      { text: 'X区2020年落实全面从严治党主体责任情况报告', sourceRole: 'title' },
      { text: '一、ABC', sourceRole: 'heading1' },
      { text: 'body', sourceRole: null },
      { text: 'more', sourceRole: null },
    ]);
  });

  it('ends a paragraph at each table cell and keeps escaped braces', () => {
    expect(texts('{\\rtf1\\ansi\\trowd\\cellx100 a\\{b\\}\\cell c\\\\\\cell\\row}')).toEqual(['a{b}', 'c\\']);
  });

  it('refuses bytes that are not RTF, and nesting beyond the limit', () => {
    expect(() => readRtf(rtf('hello'), 'a.rtf')).toThrow(ImportError);
    expect(() => readRtf(rtf(`{\\rtf1${'{'.repeat(50)}x`), 'a.rtf', { maxDepth: 20 })).toThrow(/结构异常复杂/);
  });
});
