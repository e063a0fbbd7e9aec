// `node --import ./scripts/register-ts.mjs scripts/corpus-findings.ts [--all]`: the checker's error and
// warning findings over fixtures/real/ that have no verdict yet in judged-findings.json (or all of
// them with --all), one JSON object a line, with the finding's message and its whole paragraph, to
// be read and judged. Verdicts go into fixtures/real/judged-findings.json (see main/corpus/judged.ts).
import fs from 'node:fs';
import { findingContext, findingKey, loadCorpus, visibleFindings } from '../main/corpus/corpus';
import { JUDGED_FILE, loadJudged } from '../main/corpus/judged';

const all = process.argv.includes('--all');
const judged = fs.existsSync(JUDGED_FILE) ? loadJudged() : new Map();
for (const doc of await loadCorpus()) {
  for (const f of visibleFindings(doc.paragraphs)) {
    const context = findingContext(doc.paragraphs, f);
    const verdict = judged.get(findingKey(doc.file, f.rule, context));
    if (verdict && !all) continue;
    const paragraph = doc.paragraphs[f.paragraph]!;
    console.log(
      JSON.stringify({
        file: doc.file,
        rule: f.rule,
        severity: f.severity,
        context,
        message: f.message,
        paragraphIndex: f.paragraph,
        role: paragraph.role,
        paragraph: paragraph.text.length > 400 ? `${paragraph.text.slice(Math.max(0, f.start - 180), f.end + 180)}` : paragraph.text,
        ...(verdict ? { verdict: verdict.verdict, why: verdict.why } : {}),
      }),
    );
  }
}
