/**
 * Hand-made role annotations of the real-document corpus (fixtures/real/roles/<file>.tsv): each line
 * `LINE<TAB>ROLE<TAB>TEXT` names a line of the source .txt (1-based) that is not body text, its role
 * as a reader of the published document sees it, and the start of its text (a check that the line
 * numbers still fit). Every line not listed is body text.
 */
import fs from 'node:fs';
import path from 'node:path';
import type { DocParagraph } from '../../shared/document/roles';
import { CORPUS_DIR } from './corpus';

export const ROLES_DIR = path.join(CORPUS_DIR, 'roles');

export interface ExpectedRole {
  line: number;
  role: string;
  text: string;
}

export function loadExpectedRoles(file: string): ExpectedRole[] | null {
  const tsv = path.join(ROLES_DIR, file.replace(/\.txt$/, '.tsv'));
  if (!fs.existsSync(tsv)) return null;
  return fs
    .readFileSync(tsv, 'utf8')
    .split('\n')
    .filter((l) => l.trim() && !l.startsWith('#'))
    .map((l) => {
      const [line, role, text] = l.split('\t');
      return { line: Number(line), role: role!.trim(), text: (text ?? '').trim() };
    });
}

const squash = (s: string) => s.replace(/[\s\u3000]+/g, '');

/**
 * Each source line's expected role, matched to the imported paragraph that carries its text (the
 * importer may drop blank lines and page furniture, so lines and paragraphs are aligned by text).
 * Returns [paragraph index, expected role] for every paragraph, body where nothing was annotated,
 * and the annotations that matched no paragraph.
 */
export function alignExpected(
  sourceLines: readonly string[],
  paragraphs: readonly DocParagraph[],
  expected: readonly ExpectedRole[],
): { roles: string[]; unmatched: ExpectedRole[]; mismatchedText: ExpectedRole[] } {
  const byLine = new Map(expected.map((e) => [e.line, e]));
  const roles = paragraphs.map(() => 'body');
  const unmatched: ExpectedRole[] = [];
  const mismatchedText = expected.filter((e) => !squash(sourceLines[e.line - 1] ?? '').startsWith(squash(e.text).slice(0, 20)));
  let p = 0;
  sourceLines.forEach((line, i) => {
    const want = squash(line);
    if (!want) return;
    let j = p;
    while (j < paragraphs.length && squash(paragraphs[j]!.text) !== want) j++;
    const annotation = byLine.get(i + 1);
    if (j >= paragraphs.length) {
      if (annotation) unmatched.push(annotation);
      return;
    }
    if (annotation) roles[j] = annotation.role;
    p = j + 1;
  });
  return { roles, unmatched, mismatchedText };
}
