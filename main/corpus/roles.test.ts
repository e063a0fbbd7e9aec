import fs from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { CORPUS_DIR, corpusFiles, loadCorpus, type CorpusDocument } from './corpus';
import { alignExpected, loadExpectedRoles } from './expected-roles';

// Issue 11: structure detection on real layouts. Every corpus document has hand-made role
// annotations (fixtures/real/roles/); over all of them the share of structural paragraphs (those that
// are not body text in the annotation or in the detection) given the annotated role is held here at the
// issue's goal of 97 % (97.3 %, 989 of 1016, when this was written). What is left: published texts
// broken mid-line (a marker split over two lines, a date over two), 预案 clauses whose run-in heading
// only a reader can tell, and lists of measures whose first sentence passes for a heading.
const STRUCTURAL_FLOOR = 0.97;

/**
 * Title block, addressee, signature and date are never wrong, except in these published texts whose
 * own layout breaks them (listed so a fix shows up as a failure to update, and nothing new slips in).
 */
const KNOWN_FRAMING_MISSES: Readonly<Record<string, readonly string[]>> = {
  // The source page left an "&sp;" entity after the signature.
  '034-tongzhi-guobanfa-1996-32.txt': ['¶4 expected signature, detected body: 国务院办公厅 &sp;'],
  // The date is broken over two lines ("2014" / "年8月26日") between the signature and the attached plan's title.
  '037-fangan-jiadingqu-2014-43.txt': [
    '¶3 expected signature, detected body: 上海市嘉定区人民政府',
    '¶4 expected date, detected body: 2014',
    '¶5 expected date, detected body: 年8月26日',
    '¶6 expected title, detected body: 嘉定区2014年违法用地专项治理行动实施方案',
  ],
  // A statistical bulletin signed by its bureau in brackets at the foot, with no date.
  '038-gongbao-wanzaixian-tjgb-2015.txt': ['¶84 expected signature, detected body: （万载县统计局）'],
};

describe('roles of real documents', () => {
  let docs: CorpusDocument[];
  const tally = { right: 0, total: 0 };
  const wrong: string[] = [];
  beforeAll(async () => {
    docs = await loadCorpus();
  }, 120_000);

  it('every corpus document is annotated', () => {
    expect(corpusFiles().filter((f) => !loadExpectedRoles(f))).toEqual([]);
  });

  for (const file of corpusFiles()) {
    it(`${file}: roles of title, 发文字号, addressee, headings, signature, date, attachment`, () => {
      const doc = docs.find((d) => d.file === file)!;
      const expected = loadExpectedRoles(file) ?? [];
      const lines = fs.readFileSync(path.join(CORPUS_DIR, file), 'utf8').split('\n');
      const { roles, unmatched, mismatchedText } = alignExpected(lines, doc.paragraphs, expected);
      expect(mismatchedText, 'annotations whose text does not match their line').toEqual([]);
      expect(unmatched, 'annotated lines the importer dropped').toEqual([]);
      const rows: string[] = [];
      doc.paragraphs.forEach((p, i) => {
        const want = roles[i]!;
        if (want === 'body' && p.role === 'body') return;
        tally.total++;
        if (want === p.role) tally.right++;
        else rows.push(`¶${i} expected ${want}, detected ${p.role}: ${p.text.slice(0, 30)}`);
      });
      wrong.push(...rows.map((r) => `${file} ${r}`));
      // Per document: the title, 发文字号, addressee, signature and date are never wrong.
      const framing = rows.filter((r) => /(title|docNumber|addressee|signature|date)/.test(r.split(':')[0]!));
      expect(framing.map((r) => r.slice(0, r.indexOf(':') + 1 + 40).trimEnd())).toEqual(
        (KNOWN_FRAMING_MISSES[file] ?? []).map((r) => r.slice(0, r.indexOf(':') + 1 + 40).trimEnd()),
      );
    });
  }

  it(`≥ ${STRUCTURAL_FLOOR * 100} % of structural paragraphs right over the corpus (the issue's goal: 97 %)`, () => {
    expect(tally.total).toBeGreaterThan(1000);
    expect(tally.right / tally.total, wrong.join('\n')).toBeGreaterThanOrEqual(STRUCTURAL_FLOOR);
  });
});
