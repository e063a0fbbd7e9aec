import fs from 'node:fs';
import path from 'node:path';

const samplesDir = path.resolve(import.meta.dirname, '../fixtures/samples');

/** The sample reports' paragraphs (raw lines, blank ones dropped). */
export function sampleParagraphs(): string[] {
  return fs
    .readdirSync(samplesDir)
    .filter((f) => f.endsWith('.txt'))
    .sort()
    .flatMap((f) => fs.readFileSync(path.join(samplesDir, f), 'utf8').split('\n'))
    .map((l) => l.trim())
    .filter(Boolean);
}

/** A report of about `chars` characters made of real sample paragraphs, repeated as needed. */
export function reportOfLength(chars: number): string[] {
  const source = sampleParagraphs();
  const out: string[] = [];
  let total = 0;
  for (let i = 0; total < chars; i++) {
    const p = source[i % source.length]!;
    const piece = p.slice(0, chars - total);
    out.push(piece);
    total += piece.length;
  }
  return out;
}

/** Lexical's serialized form for plain paragraphs, as the editor saves it. */
export function lexicalJsonFor(paragraphs: string[]): string {
  return JSON.stringify({
    root: {
      type: 'root',
      version: 1,
      direction: 'ltr',
      format: '',
      indent: 0,
      children: paragraphs.map((text) => ({
        type: 'paragraph',
        version: 1,
        direction: 'ltr',
        format: '',
        indent: 0,
        textFormat: 0,
        textStyle: '',
        children: [{ type: 'text', version: 1, detail: 0, format: 0, mode: 'normal', style: '', text }],
      })),
    },
  });
}
