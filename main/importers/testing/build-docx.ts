/**
 * Minimal .docx files for tests, written part by part with jszip: exactly the OOXML a test needs
 * (paragraph styles, line breaks, a missing part, a different main-part path) and nothing else.
 */
import JSZip from 'jszip';

export interface DocxParagraphSpec {
  /** "\n" in the text becomes a <w:br/> line break inside the paragraph. */
  text: string;
  /** A w:pStyle id. */
  style?: string;
}

export interface DocxStyleSpec {
  id: string;
  name: string;
}

export interface BuildDocxOptions {
  /** Paragraph styles defined in word/styles.xml (default: Normal, heading 1–4, Title, Subtitle). */
  styles?: DocxStyleSpec[];
  /** The <w:body> content as raw XML, instead of paragraphs (for tables, text boxes). */
  bodyXml?: string;
  /** Where the main document part lives (word/document.xml by default). */
  mainPath?: string;
  /** Parts to leave out, e.g. "word/document.xml". */
  omit?: string[];
  extraFiles?: Record<string, string | Uint8Array>;
  compression?: 'DEFLATE' | 'STORE';
}

const W = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main';
const REL = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';

export const DEFAULT_STYLES: DocxStyleSpec[] = [
  { id: 'Normal', name: 'Normal' },
  { id: 'Heading1', name: 'heading 1' },
  { id: 'Heading2', name: 'heading 2' },
  { id: 'Heading3', name: 'heading 3' },
  { id: 'Heading4', name: 'heading 4' },
  { id: 'Title', name: 'Title' },
  { id: 'Subtitle', name: 'Subtitle' },
];

export function escapeXml(text: string): string {
  return text.replace(/[&<>"]/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[c]!);
}

export function paragraphXml(spec: DocxParagraphSpec | string): string {
  const { text, style } = typeof spec === 'string' ? { text: spec, style: undefined } : spec;
  const props = style ? `<w:pPr><w:pStyle w:val="${escapeXml(style)}"/></w:pPr>` : '';
  const runs = text
    .split('\n')
    .map((part, i) => `<w:r>${i > 0 ? '<w:br/>' : ''}<w:t xml:space="preserve">${escapeXml(part)}</w:t></w:r>`)
    .join('');
  return `<w:p>${props}${runs}</w:p>`;
}

export async function buildDocx(paragraphs: Array<DocxParagraphSpec | string>, options: BuildDocxOptions = {}): Promise<Uint8Array> {
  const mainPath = options.mainPath ?? 'word/document.xml';
  const mainDir = mainPath.includes('/') ? mainPath.slice(0, mainPath.lastIndexOf('/')) : '';
  const mainName = mainPath.slice(mainDir ? mainDir.length + 1 : 0);
  const body = options.bodyXml ?? paragraphs.map(paragraphXml).join('');
  const styles = (options.styles ?? DEFAULT_STYLES)
    .map((s) => `<w:style w:type="paragraph" w:styleId="${escapeXml(s.id)}"><w:name w:val="${escapeXml(s.name)}"/></w:style>`)
    .join('');
  const parts: Record<string, string | Uint8Array> = {
    '[Content_Types].xml':
      '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>' +
      '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">' +
      '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>' +
      '<Default Extension="xml" ContentType="application/xml"/>' +
      `<Override PartName="/${mainPath}" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>` +
      `<Override PartName="/${mainDir ? `${mainDir}/` : ''}styles.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml"/>` +
      '</Types>',
    '_rels/.rels':
      '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>' +
      '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">' +
      `<Relationship Id="rId1" Type="${REL}/officeDocument" Target="${mainPath}"/>` +
      '</Relationships>',
    [`${mainDir ? `${mainDir}/` : ''}_rels/${mainName}.rels`]:
      '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>' +
      '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">' +
      `<Relationship Id="rId1" Type="${REL}/styles" Target="styles.xml"/>` +
      '</Relationships>',
    [mainPath]: `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:document xmlns:w="${W}"><w:body>${body}</w:body></w:document>`,
    [`${mainDir ? `${mainDir}/` : ''}styles.xml`]: `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:styles xmlns:w="${W}">${styles}</w:styles>`,
    ...options.extraFiles,
  };
  const zip = new JSZip();
  for (const [name, content] of Object.entries(parts)) {
    if (!options.omit?.includes(name)) zip.file(name, content);
  }
  return zip.generateAsync({ type: 'uint8array', compression: options.compression ?? 'DEFLATE' });
}
