import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { compareDocuments } from '../shared/compare';
import { cleanupParagraphs } from '../shared/document/cleanup';
import { detectRoles } from '../shared/document/detect-roles';
import { formatMarker } from '../shared/document/numbering';
import type { DocParagraph } from '../shared/document/roles';
import { stripMarker } from '../shared/compare/text';
import { mulberry32 } from '../main/testing/prng';
import { makeTempDir } from '../main/testing/temp-dir';
import { summarize, type BenchRow } from './stats';

const samplesDir = path.resolve(import.meta.dirname, '../fixtures/samples');

type Section = DocParagraph[];

/** The samples' 一、 sections (each heading with what follows it), imported as the app imports them. */
function sampleSections(): { preface: DocParagraph[]; sections: Section[] } {
  const sections: Section[] = [];
  let preface: DocParagraph[] = [];
  fs.readdirSync(samplesDir)
    .filter((f) => f.endsWith('.txt'))
    .sort()
    .forEach((f, k) => {
      const ps = detectRoles(cleanupParagraphs(fs.readFileSync(path.join(samplesDir, f), 'utf8').split('\n')).paragraphs).filter((p) => p.text.trim());
      const first = ps.findIndex((p) => p.role === 'heading1');
      if (first < 0) return;
      if (k === 0) preface = ps.slice(0, first);
      for (let i = first; i < ps.length; ) {
        let j = i + 1;
        while (j < ps.length && ps[j]!.role !== 'heading1') j++;
        sections.push(ps.slice(i, j));
        i = j;
      }
    });
  return { preface, sections };
}

const sentences = (text: string) => text.split(/(?<=[。；！？])/).filter(Boolean);

/** Every heading1 numbered in order (一、二、…), as a writer's renumbering leaves it. */
function renumber(sections: Section[]): Section[] {
  return sections.map((s, i) => [{ role: 'heading1', text: formatMarker(1, i + 1) + stripMarker(s[0]!.text) }, ...s.slice(1)]);
}

/**
 * Last year's report of about 50,000 characters: the samples' sections, and as many again made from
 * them with every third sentence swapped for one from elsewhere (similar wording, another section —
 * what makes section alignment work for its answer).
 */
function lastYear(rand: () => number): DocParagraph[] {
  const { preface, sections } = sampleSections();
  const pool = sections.flat().flatMap((p) => (p.role !== 'heading1' ? sentences(p.text) : []));
  const out: Section[] = [...sections];
  let total = out.flat().reduce((n, p) => n + p.text.length, 0);
  for (let k = 0; total < 50_000; k++) {
    const base = sections[k % sections.length]!;
    const copy = base.map((p, i) =>
      i === 0 || p.role === 'heading1' ? p : { ...p, text: sentences(p.text).map((s, j) => (j % 3 === 0 ? pool[Math.floor(rand() * pool.length)]! : s)).join('') },
    );
    out.push(copy);
    total += copy.reduce((n, p) => n + p.text.length, 0);
  }
  return [...preface, ...renumber(out).flat()];
}

/** This year's: section 4 moved to 9th place, sections 6 and 13 deleted, two new sections, ~10 % of
 *  sentences edited (a phrase replaced or a figure changed), headings renumbered. */
function thisYear(old: DocParagraph[], rand: () => number): DocParagraph[] {
  const first = old.findIndex((p) => p.role === 'heading1');
  const sections: Section[] = [];
  for (let i = first; i < old.length; ) {
    let j = i + 1;
    while (j < old.length && old[j]!.role !== 'heading1') j++;
    sections.push(old.slice(i, j));
    i = j;
  }
  const pool = sections.flat().flatMap((p) => (p.role !== 'heading1' ? sentences(p.text) : []));
  const edit = (s: string) => {
    if (rand() >= 0.1) return s;
    if (/[0-9]/.test(s)) return s.replace(/[0-9]+/, (d) => String(Number(d) + 7));
    const at = Math.floor(rand() * Math.max(1, s.length - 6));
    return s.slice(0, at) + '进一步压紧压实' + s.slice(at + 4);
  };
  const edited = sections.map((s) => s.map((p) => (p.role !== 'heading1' ? { ...p, text: sentences(p.text).map(edit).join('') } : p)));
  const moved = edited.splice(3, 1)[0]!;
  edited.splice(8, 0, moved);
  edited.splice(12, 1);
  edited.splice(5, 1);
  const fresh = (title: string): Section => [
    { role: 'heading1', text: title },
    ...[0, 1, 2].map((): DocParagraph => ({ role: 'body', text: Array.from({ length: 6 }, () => pool[Math.floor(rand() * pool.length)]!).join('') })),
  ];
  edited.splice(2, 0, fresh('一、统筹推进年度重点任务'));
  edited.push(fresh('一、抓好明年工作谋划'));
  return [...old.slice(0, first), ...renumber(edited).flat()];
}

/**
 * 对照 of two 50,000-character reports (sections aligned, paragraphs aligned, character diffs, 沿用率).
 * Baseline: the system `diff` of the same two texts, one paragraph a line, in a child process (its start
 * included) — the tool a writer would otherwise reach for, which aligns lines only.
 */
export function benchCompare(iterations = 20): BenchRow {
  const rand = mulberry32(2026);
  const old = lastYear(rand);
  const neu = thisYear(old, rand);
  const temp = makeTempDir('gongwen-bench-compare-');
  try {
    const oldFile = path.join(temp.dir, 'old.txt');
    const newFile = path.join(temp.dir, 'new.txt');
    fs.writeFileSync(oldFile, old.map((p) => p.text).join('\n'));
    fs.writeFileSync(newFile, neu.map((p) => p.text).join('\n'));
    const runDiff = () => {
      const r = spawnSync('diff', [oldFile, newFile], { maxBuffer: 64 << 20 });
      if (r.status !== 1) throw new Error(`diff: exit ${r.status}`);
    };
    let comparison = compareDocuments(old, neu); // warm-up: module loading, JIT
    runDiff();
    const figure: number[] = [];
    const baseline: number[] = [];
    for (let i = 0; i < iterations; i++) {
      let t = performance.now();
      comparison = compareDocuments(old, neu);
      figure.push(performance.now() - t);
      t = performance.now();
      runDiff();
      baseline.push(performance.now() - t);
    }
    const chars = (ps: DocParagraph[]) => ps.reduce((n, p) => n + p.text.length, 0);
    const tally = (st: string) => comparison.sections.filter((s) => s.status === st).length;
    return {
      name: '对照 of two 50,000-character reports (sections + paragraphs + character diffs + 沿用率)',
      figure: summarize(figure),
      baselineName: 'diff old.txt new.txt (one paragraph a line, a child process)',
      baseline: summarize(baseline),
      note:
        `${chars(old)} → ${chars(neu)} characters, ${old.length} → ${neu.length} paragraphs; ` +
        `sections: ${tally('unchanged')} unchanged, ${tally('modified')} modified (${comparison.sections.filter((s) => s.moved).length} moved), ` +
        `${tally('added')} added, ${tally('deleted')} deleted; 沿用率 ${(comparison.reuse * 100).toFixed(1)}%; goal < 200 ms`,
    };
  } finally {
    temp.cleanup();
  }
}
