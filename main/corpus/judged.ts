/**
 * The verdicts on the checker's error and warning findings over the real-document corpus
 * (fixtures/real/judged-findings.json): each finding read in its text and judged a true problem or a
 * false alarm, with a one-line reason. The judged-findings test holds the checker to them.
 */
import fs from 'node:fs';
import path from 'node:path';
import { z } from 'zod';
import { CORPUS_DIR, findingKey } from './corpus';

export const JUDGED_FILE = path.join(CORPUS_DIR, 'judged-findings.json');

const judgedSchema = z.object({
  file: z.string(),
  rule: z.string(),
  severity: z.enum(['error', 'warning']),
  context: z.string(),
  /** true: a real problem in the published text; false: a false alarm. */
  verdict: z.boolean(),
  why: z.string().min(4),
});
export type JudgedFinding = z.infer<typeof judgedSchema>;

const judgedFileSchema = z.object({ findings: z.array(judgedSchema) });

export function loadJudged(file = JUDGED_FILE): Map<string, JudgedFinding> {
  const parsed = judgedFileSchema.parse(JSON.parse(fs.readFileSync(file, 'utf8')));
  return new Map(parsed.findings.map((j) => [findingKey(j.file, j.rule, j.context), j]));
}

/** One finding a line, so a review diff shows each verdict on its own. */
export function formatJudged(findings: readonly JudgedFinding[]): string {
  const sorted = [...findings].sort((a, b) => a.file.localeCompare(b.file) || a.rule.localeCompare(b.rule) || a.context.localeCompare(b.context));
  return `{"findings": [\n${sorted.map((f) => `  ${JSON.stringify(f)}`).join(',\n')}\n]}\n`;
}
