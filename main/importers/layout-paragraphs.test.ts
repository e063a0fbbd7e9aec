import { describe, expect, it } from 'vitest';
import { isPageNumber, layoutToParagraphs, type LaidOutPage, type PlacedText } from './layout-paragraphs';

/** A page of an A4 公文: 16 pt body, text block from x 80 to 520 (27.5 characters). */
const LEFT = 80;
const SIZE = 16;
const CHARS = 27;
const line = (text: string, y: number, opts: { indent?: number; size?: number; x?: number } = {}): PlacedText => {
  const size = opts.size ?? SIZE;
  const x = opts.x ?? LEFT + (opts.indent ?? 0) * size;
  return { text, x, y, width: [...text].length * size, size };
};
const page = (items: PlacedText[]): LaidOutPage => ({ width: 595, height: 842, items });
/** Text broken into full lines of the block, the first indented two characters, as Word sets it. */
function paragraph(text: string, y0: number, indent = 2): PlacedText[] {
  const out: PlacedText[] = [];
  let rest = [...text];
  let y = y0;
  let first = true;
  while (rest.length) {
    const n = first ? CHARS - indent : CHARS;
    out.push(line(rest.slice(0, n).join(''), y, { indent: first ? indent : 0 }));
    rest = rest.slice(n);
    y += 29;
    first = false;
  }
  return out;
}
const texts = (pages: LaidOutPage[]) => layoutToParagraphs(pages).map((p) => p.text);

const P1 = '今年以来，区委坚持以习近平新时代中国特色社会主义思想为指导，全面贯彻落实党的十九大精神，推动全面从严治党不断向纵深拓展。';
const P2 = '区委牢固树立抓好从严治党是本职的观念，紧紧扭住责任制这个牛鼻子，强化统筹谋划推动，增强管党治党使命感和紧迫感。';

describe('layoutToParagraphs', () => {
  it('rejoins lines the page width broke, and starts a paragraph at each indented line', () => {
    expect(texts([page([...paragraph(P1, 100), ...paragraph(P2, 200)])])).toEqual([P1, P2]);
  });

  it('keeps a heading on its own line and joins a heading the width wrapped', () => {
    const long = '一、以上率下抓谋划、强统筹，带动形成一级抓一级、层层抓落实的工作格局';
    const items = [line('二、工作思路', 100, { indent: 2 }), ...paragraph(P2, 129), ...paragraph(long, 250)];
    expect(texts([page(items)])).toEqual(['二、工作思路', P2, long]);
  });

  it('joins a title broken as a trapezoid into one, and keeps two separate title lines apart', () => {
    const title = [line('X区委2020年落实全面从严治党主体责任', 80, { size: 22, x: 78 }), line('情况报告', 115, { size: 22, x: 256 })];
    expect(texts([page([...title, ...paragraph(P1, 200)])])).toEqual(['X区委2020年落实全面从严治党主体责任情况报告', P1]);
    const two = [line('扛稳责任 固强补弱 砥砺奋进', 80, { size: 22, x: 150 }), line('着力绘好高质量发展的时代工笔画', 115, { size: 22, x: 130 })];
    expect(texts([page([...two, ...paragraph(P1, 200)])])).toEqual(['扛稳责任 固强补弱 砥砺奋进', '着力绘好高质量发展的时代工笔画', P1]);
  });

  it('drops page numbers, running heads and footers, and rule lines; continues a paragraph over the page break', () => {
    const long = P1 + P2;
    const lines = paragraph(long, 600);
    const pages = [0, 1, 2].map((n) =>
      page([
        line('XX区委办公室文件', 40, { x: 230 }),
        ...(n === 0 ? lines.slice(0, 4) : n === 1 ? lines.slice(4) : paragraph(P2, 100)),
        ...(n === 2 ? [line('——————————————————', 700)] : []),
        line(['— 1 —', '-2-', '第3页'][n]!, 800, { x: 470, size: 14 }),
      ]),
    );
    expect(texts(pages)).toEqual([long, P2]);
  });

  it('goes by the punctuation where paragraphs are flush left', () => {
    const flush = [...paragraph(P1, 100, 0), ...paragraph(P2, 200, 0)];
    expect(texts([page(flush)])).toEqual([P1, P2]);
  });

  it('tells page numbers from text', () => {
    for (const n of ['— 3 —', '-3-', '- 12 -', '第3页', '第 3 页 共 10 页', '3/10', '7']) expect(isPageNumber(n), n).toBe(true);
    for (const n of ['一、总体要求', '2020年', '3．强化督查考核']) expect(isPageNumber(n), n).toBe(false);
  });

  it('reads a page of 300,000 one-character lines (a crafted file) without running out of stack', () => {
    const items = Array.from({ length: 300_000 }, (_, i) => line('字', 10 + i * 0.01 * SIZE * 2));
    expect(layoutToParagraphs([page(items)]).length).toBeGreaterThan(0);
  });
});
