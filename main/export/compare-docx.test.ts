/**
 * The tracked-changes Word file of sample 000 against "this year's" copy, read back by LibreOffice
 * (a real consumer of revisions): its <text:tracked-changes> list the insertions and deletions of the
 * engine's comparison, with their text, and the text with every revision accepted is the new document.
 */
import fs from 'node:fs';
import path from 'node:path';
import JSZip from 'jszip';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { compareDocuments, type Comparison } from '../../shared/compare';
import { thisYearFromSample000 } from '../../shared/compare/sample-edits';
import { isHeadingRole } from '../../shared/document/roles';
import { splitRunInHeading } from '../../shared/document/run-in';
import { importFile } from '../importers/import-file';
import { docxToFlatOdt } from '../testing/render-pdf';
import { makeTempDir } from '../testing/temp-dir';
import { PROJECT_ROOT } from '../testing/run-cli';
import { buildCompareDocx, REVISION_AUTHOR } from './compare-docx';
import { exportableParagraphs } from './export-document';

type Change = { kind: 'insertion' | 'deletion'; text: string };

const squeeze = (s: string) => s.replace(/\s+/g, '');

/**
 * The changes the engine found, in reading order, merged as Word and LibreOffice merge revisions: one
 * change directly followed by another of the same kind (with only paragraph ends between) is one region.
 */
function expectedChanges(c: Comparison): Change[] {
  const out: Change[] = [];
  let lastWasChange = false;
  const push = (kind: Change['kind'] | null, text: string) => {
    if (!text) return;
    if (kind === null) {
      lastWasChange = false;
      return;
    }
    const last = out.at(-1);
    if (lastWasChange && last?.kind === kind) last.text += text;
    else out.push({ kind, text });
    lastWasChange = true;
  };
  for (const s of c.sections) {
    for (const p of s.paragraphs) {
      if (p.status === 'added') push('insertion', p.new!);
      else if (p.status === 'deleted') push('deletion', p.old!);
      else if (p.status === 'unchanged') push(null, p.new!);
      else for (const d of p.diff!) push(d.op === 'insert' ? 'insertion' : d.op === 'delete' ? 'deletion' : null, d.text);
    }
  }
  return out.map((ch) => ({ kind: ch.kind, text: squeeze(ch.text) }));
}

const unescape = (s: string) => s.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&apos;/g, "'").replace(/&amp;/g, '&');

/** The changed regions of a flat ODT, in document order, with the text each one spans. */
function trackedChanges(fodt: string): { changes: Change[]; accepted: string } {
  const kinds = new Map([...fodt.matchAll(/<text:changed-region[^>]*text:id="([^"]+)"[^>]*>\s*<text:(insertion|deletion)/g)].map((m) => [m[1]!, m[2] as Change['kind']]));
  const body = fodt.slice(fodt.indexOf('</text:tracked-changes>'), fodt.indexOf('</office:text>'));
  const changes: Change[] = [];
  let accepted = '';
  // Walk the body: text between change-start and change-end belongs to that change.
  let open: string | null = null;
  for (const m of body.matchAll(/<text:change-(start|end) text:change-id="([^"]+)"\/>|<[^>]+>|([^<]+)/g)) {
    if (m[1] === 'start') {
      open = m[2]!;
      changes.push({ kind: kinds.get(open)!, text: '' });
    } else if (m[1] === 'end') open = null;
    else if (m[3]) {
      const text = squeeze(unescape(m[3]));
      if (open) changes.at(-1)!.text += text;
      if (!open || kinds.get(open) === 'insertion') accepted += text;
    }
  }
  return { changes, accepted };
}

let temp: ReturnType<typeof makeTempDir>;
beforeAll(() => (temp = makeTempDir()));
afterAll(() => temp.cleanup());

describe('compare-docx: tracked changes read back by LibreOffice', () => {
  it('lists the engine’s insertions and deletions, and accepting them gives the new document', async () => {
    const old = exportableParagraphs((await importFile(path.join(PROJECT_ROOT, 'fixtures/samples/000_d58627854540f769.txt'))).paragraphs);
    const neu = thisYearFromSample000(old);
    const comparison = compareDocuments(old, neu);
    const file = path.join(temp.dir, '对照.docx');
    fs.writeFileSync(file, await buildCompareDocx(comparison, old, neu, { fonts: 'standard' }, new Date('2026-03-01T08:00:00Z')));

    // In the Word XML itself: one w:ins / w:del per inserted / deleted piece and paragraph mark, by us.
    const xml = await (await JSZip.loadAsync(fs.readFileSync(file))).file('word/document.xml')!.async('string');
    const pieces = comparison.sections.flatMap((s) => s.paragraphs.flatMap((p) => (p.diff ?? []).map((d) => d.op)));
    // An added or deleted paragraph has its runs (two for a run-in heading: heading face, body face)
    // and its paragraph mark marked.
    const marked = (status: 'added' | 'deleted') =>
      comparison.sections
        .flatMap((s) => s.paragraphs)
        .filter((p) => p.status === status)
        .reduce((n, p) => {
          const src = status === 'added' ? neu[p.newIndex!]! : old[p.oldIndex!]!;
          const { headingPart, rest } = splitRunInHeading(src.text);
          return n + 1 + (isHeadingRole(src.role) && headingPart && rest.trim() ? 2 : 1);
        }, 0);
    expect(xml.match(/<w:ins /g)).toHaveLength(pieces.filter((o) => o === 'insert').length + marked('added'));
    expect(xml.match(/<w:del /g)).toHaveLength(pieces.filter((o) => o === 'delete').length + marked('deleted'));
    expect(xml).toContain(`w:author="${REVISION_AUTHOR}"`);
    expect(xml).toContain('w:date="2026-03-01T08:00:00Z"');

    const { changes, accepted } = trackedChanges(docxToFlatOdt(file));
    const expected = expectedChanges(comparison);
    // 聚 / 集, the added sentence, 专题 / 班子, the new section 三 (heading and text), the old 三 (11 paragraphs).
    expect(expected.map((c) => c.kind)).toEqual(['deletion', 'insertion', 'insertion', 'deletion', 'insertion', 'insertion', 'deletion']);
    expect(changes).toEqual(expected);
    expect(accepted).toBe(squeeze(neu.map((p) => p.text).join('')));
  }, 120_000);
});
