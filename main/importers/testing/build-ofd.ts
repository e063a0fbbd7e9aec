/**
 * OFD packages for tests, written to the structure of GB/T 33190 with jszip: OFD.xml → Doc_0/Document.xml
 * (page area, a template page, the page list, annotations) → Doc_0/Pages/Page_N/Content.xml with one
 * TextObject per run (Boundary, Size, TextCode X/Y/DeltaX in millimetres). A template page and an
 * annotation with text of their own check that the reader leaves both out.
 */
import JSZip from 'jszip';
import { splitTitleLines } from '../../../shared/text/title-lines';

export interface OfdRun {
  text: string;
  /** Left edge and baseline of the first glyph, in mm from the page's top left. */
  x: number;
  y: number;
  /** Font size in mm. */
  size: number;
  /** Advance of every glyph but the last, in mm. */
  advance: number;
  /** Per-glyph advances, when they differ (written out in DeltaX). */
  advances?: number[];
}

export interface BuildOfdOptions {
  width?: number;
  height?: number;
  /** Text on the template page every page uses (must not be read). */
  templateText?: string;
  /** Text of an annotation on the first page (must not be read). */
  annotationText?: string;
  /** Leave the text out of every TextCode (an image-only scan has none). */
  noText?: boolean;
}

const NS = 'http://www.ofdspec.org/2016';
const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
const mm = (v: number) => Number(v.toFixed(3));

function textObject(id: number, run: OfdRun, noText: boolean): string {
  const n = [...run.text].length;
  const width = run.advances ? run.advances.reduce((a, b) => a + b, 0) : run.advance * Math.max(n - 1, 0) + run.size;
  // The box starts at the glyphs' top left; the TextCode's Y is the baseline inside it.
  const top = run.y - run.size;
  const delta = n < 2 ? '' : run.advances ? ` DeltaX="${run.advances.slice(0, -1).map(mm).join(' ')}"` : ` DeltaX="g ${n - 1} ${mm(run.advance)}"`;
  return (
    `<ofd:TextObject ID="${id}" Boundary="${mm(run.x)} ${mm(top)} ${mm(width)} ${mm(run.size * 1.2)}" Font="3" Size="${mm(run.size)}">` +
    `<ofd:FillColor Value="0 0 0"/><ofd:TextCode X="0" Y="${mm(run.size)}"${delta}>${noText ? '' : esc(run.text)}</ofd:TextCode></ofd:TextObject>`
  );
}

export async function buildOfd(pages: OfdRun[][], options: BuildOfdOptions = {}): Promise<Uint8Array> {
  const { width = 210, height = 297 } = options;
  const zip = new JSZip();
  zip.file(
    'OFD.xml',
    `<?xml version="1.0" encoding="UTF-8"?><ofd:OFD xmlns:ofd="${NS}" Version="1.1" DocType="OFD"><ofd:DocBody>` +
      `<ofd:DocInfo><ofd:DocID>0f0a</ofd:DocID><ofd:Title>测试</ofd:Title><ofd:Creator>gongwen tests</ofd:Creator></ofd:DocInfo>` +
      `<ofd:DocRoot>Doc_0/Document.xml</ofd:DocRoot></ofd:DocBody></ofd:OFD>`,
  );
  let id = 100;
  const pageRefs = pages.map((_, i) => `<ofd:Page ID="${10 + i}" BaseLoc="Pages/Page_${i}/Content.xml"/>`).join('');
  zip.file(
    'Doc_0/Document.xml',
    `<?xml version="1.0" encoding="UTF-8"?><ofd:Document xmlns:ofd="${NS}"><ofd:CommonData><ofd:MaxUnitID>99999</ofd:MaxUnitID>` +
      `<ofd:PageArea><ofd:PhysicalBox>0 0 ${width} ${height}</ofd:PhysicalBox></ofd:PageArea><ofd:PublicRes>PublicRes.xml</ofd:PublicRes>` +
      `<ofd:TemplatePage ID="2" BaseLoc="Tpls/Tpl_0/Content.xml"/></ofd:CommonData><ofd:Pages>${pageRefs}</ofd:Pages>` +
      `<ofd:Annotations>Annots/Annotations.xml</ofd:Annotations></ofd:Document>`,
  );
  zip.file(
    'Doc_0/PublicRes.xml',
    `<?xml version="1.0" encoding="UTF-8"?><ofd:Res xmlns:ofd="${NS}" BaseLoc="Res"><ofd:Fonts><ofd:Font ID="3" FontName="仿宋_GB2312" FamilyName="仿宋"/></ofd:Fonts></ofd:Res>`,
  );
  const template = options.templateText ? textObject(id++, { text: options.templateText, x: 30, y: 20, size: 5, advance: 5 }, false) : '';
  zip.file(
    'Doc_0/Tpls/Tpl_0/Content.xml',
    `<?xml version="1.0" encoding="UTF-8"?><ofd:Page xmlns:ofd="${NS}"><ofd:Content><ofd:Layer ID="3">${template}</ofd:Layer></ofd:Content></ofd:Page>`,
  );
  pages.forEach((runs, i) => {
    const objects = runs.map((run) => textObject(id++, run, options.noText ?? false)).join('');
    zip.file(
      `Doc_0/Pages/Page_${i}/Content.xml`,
      `<?xml version="1.0" encoding="UTF-8"?><ofd:Page xmlns:ofd="${NS}"><ofd:Template TemplateID="2" ZOrder="Background"/>` +
        `<ofd:Content><ofd:Layer ID="${id++}">${objects}</ofd:Layer></ofd:Content></ofd:Page>`,
    );
  });
  const annotation = options.annotationText ? textObject(id++, { text: options.annotationText, x: 120, y: 250, size: 6, advance: 6 }, false) : '';
  zip.file(
    'Doc_0/Annots/Annotations.xml',
    `<?xml version="1.0" encoding="UTF-8"?><ofd:Annotations xmlns:ofd="${NS}"><ofd:Page PageID="10"><ofd:FileLoc>Page_0/Annotation.xml</ofd:FileLoc></ofd:Page></ofd:Annotations>`,
  );
  zip.file(
    'Doc_0/Annots/Page_0/Annotation.xml',
    `<?xml version="1.0" encoding="UTF-8"?><ofd:PageAnnot xmlns:ofd="${NS}"><ofd:Annot ID="${id++}" Type="Stamp"><ofd:Appearance Boundary="0 0 210 297">${annotation}</ofd:Appearance></ofd:Annot></ofd:PageAnnot>`,
  );
  return zip.generateAsync({ type: 'uint8array', compression: 'DEFLATE' });
}

/** GB/T 9704 on A4, in mm: a 156 × 225 text block 37 mm from the top and 28 mm from the left. */
const PAGE = { left: 28, top: 37, width: 156, lines: 22, pitch: 225 / 22 };
const BODY = 16 * (25.4 / 72); // 三号
const TITLE = 22 * (25.4 / 72); // 二号
const FOLIO = 14 * (25.4 / 72); // 四号 page numbers
/** 28 full-width characters to a line; half-width characters take half. */
const FULL = PAGE.width / 28;
const advance = (ch: string, full: number) => (/[\x20-\x7e]/.test(ch) ? full / 2 : full);

/**
 * Sets paragraphs on A4 pages as a 公文 is set, without any PDF in between: the title centred in
 * 二号, broken as a trapezoid (splitTitleLines), body text in 三号, 28 characters a line, every
 * paragraph's first line indented two characters, 22 lines a page, the page number (— N —) below the
 * block. Each line is one run (one TextObject), as OFD writers emit them.
 */
export function typesetOfd(paragraphs: ReadonlyArray<{ role: string; text: string }>): OfdRun[][] {
  const pages: OfdRun[][] = [[]];
  let row = 0;
  const place = (text: string, x: number, size: number, full: number, rows = 1) => {
    if (row + rows > PAGE.lines) {
      pages.push([]);
      row = 0;
    }
    pages.at(-1)!.push({ text, x, y: PAGE.top + (row + rows) * PAGE.pitch - (rows * PAGE.pitch - size) / 2, size, advance: 0, advances: [...text].map((c) => advance(c, full)) });
    row += rows;
  };
  for (const p of paragraphs) {
    if (p.role === 'title') {
      for (const line of splitTitleLines(p.text)) {
        const width = [...line].reduce((w, c) => w + advance(c, TITLE), 0);
        place(line, PAGE.left + (PAGE.width - width) / 2, TITLE, TITLE, 2);
      }
      row++; // a blank line under the title
      continue;
    }
    let line = '';
    let width = 2 * FULL;
    let first = true;
    for (const ch of p.text) {
      const w = advance(ch, FULL);
      if (width + w > PAGE.width + 0.01) {
        place(line, PAGE.left + (first ? 2 * FULL : 0), BODY, FULL);
        [line, width, first] = ['', 0, false];
      }
      line += ch;
      width += w;
    }
    place(line, PAGE.left + (first ? 2 * FULL : 0), BODY, FULL);
  }
  return pages.map((runs, i) => [...runs, { text: `— ${i + 1} —`, x: i % 2 ? PAGE.left + FULL : PAGE.left + PAGE.width - 5 * FOLIO, y: 297 - 20, size: FOLIO, advance: FOLIO / 2 }]);
}
