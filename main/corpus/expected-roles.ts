/**
 * Hand-made role annotations of the real-document corpus (fixtures/real/roles/<file>.tsv): each line
 * `LINE<TAB>ROLE<TAB>TEXT` names a line of the source .txt (1-based) that is not body text, its role
 * as a reader of the published document sees it, and the start of its text (a check that the line
 * numbers still fit). Every line not listed is body text.
 *
 * Conventions (as a careful 公文 clerk reads a published text, written down where documents differ):
 * - A paragraph that starts with 一、/（一）/1./（1） is a heading of that level when it heads a section
 *   (text under it, or a run-in heading phrase: "（一）压实安全生产责任。……").
 * - Enumerated items are body: a list whose items are whole sentences with no heading phrase and nothing
 *   under them (conditions, problems, notes, a rule's articles, a 通报's list of 130 practices), and
 *   items ending with ；(GB/T 15834 4.6.3.2).
 * - The entries of a 目录 are body (the sections come later); the label 目录, 注释, 资料来源 is heading1.
 * - A decimal-numbered clause that is a sentence ("7.2 本预案由国务院办公厅负责解释。") is body; a decimal
 *   section title ("4.1 应急响应程序") is a heading by its depth.
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
