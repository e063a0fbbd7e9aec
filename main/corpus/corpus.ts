/**
 * The real-document corpus (fixtures/real/, sources in SOURCES.md): published 公文 read through the
 * app's own importer, so roles, cleanup and checks see them exactly as a writer's opened file.
 */
import fs from 'node:fs';
import path from 'node:path';
import { checkDocument, type Finding } from '../../shared/checks';
import type { DocParagraph } from '../../shared/document/roles';
import { importFile } from '../importers/import-file';

export const CORPUS_DIR = path.resolve(import.meta.dirname, '../../fixtures/real');

export interface CorpusDocument {
  file: string;
  paragraphs: DocParagraph[];
  chars: number;
}

/** Every corpus text, in file-name order. */
export function corpusFiles(dir = CORPUS_DIR): string[] {
  return fs
    .readdirSync(dir)
    .filter((f) => f.endsWith('.txt'))
    .sort();
}

export async function loadCorpus(dir = CORPUS_DIR): Promise<CorpusDocument[]> {
  const docs: CorpusDocument[] = [];
  for (const file of corpusFiles(dir)) {
    const { paragraphs } = await importFile(path.join(dir, file));
    docs.push({ file, paragraphs, chars: paragraphs.reduce((n, p) => n + p.text.length, 0) });
  }
  return docs;
}

/** The findings a writer is asked to act on: errors and warnings (info is style advice). */
export function visibleFindings(paragraphs: readonly DocParagraph[]): Finding[] {
  return checkDocument(paragraphs).findings.filter((f) => f.severity === 'error' || f.severity === 'warning');
}

const CONTEXT_CHARS = 12;

/**
 * A finding's place in words, stable when offsets move: the text around it with the finding in 【】.
 * Judged findings are keyed by file, rule and this context, not by paragraph number or offset.
 */
export function findingContext(paragraphs: readonly DocParagraph[], f: Finding): string {
  const text = paragraphs[f.paragraph]?.text ?? '';
  const before = text.slice(Math.max(0, f.start - CONTEXT_CHARS), f.start);
  const after = text.slice(f.end, f.end + CONTEXT_CHARS);
  return `${before}【${f.text}】${after}`;
}

export function findingKey(file: string, rule: string, context: string): string {
  return `${file}\u0000${rule}\u0000${context}`;
}
