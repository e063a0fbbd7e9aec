/**
 * The character diff of a modified paragraph, made to read well in Chinese: diff-match-patch's diff
 * with its semantic cleanup (which merges the scattered one-character matches a raw diff finds in CJK
 * text into whole changed phrases), then every change widened to whole numbers and Latin words, so
 * 2025 → 2026 shows as one changed figure, not 202 + 5 → 6.
 *
 * Measured on the samples' long paragraphs (23 pairs of ~310 characters with a phrase replaced, a
 * clause cut and the figures changed): diff-match-patch + semantic cleanup 2 ms for all 23; jsdiff
 * diffChars 14 ms with single-character fragments; jsdiff diffWords over Intl.Segmenter words reads
 * best but takes 45 ms (the segmenter alone 24 ms), too slow for a 50,000-character report in 200 ms.
 */
import DiffMatchPatch from 'diff-match-patch';
import type { DiffPart } from './types';

const dmp = new DiffMatchPatch();
// No time limit: a paragraph pair is small, and a limit would make the result depend on machine load.
dmp.Diff_Timeout = 0;

/** Characters that belong to one token: digits with their decimal point, Latin letters. */
const TOKEN = /[0-9０-９A-Za-zＡ-Ｚａ-ｚ.．%％]/;

export function charDiff(oldText: string, newText: string): DiffPart[] {
  const raw = dmp.diff_main(oldText, newText);
  dmp.diff_cleanupSemantic(raw);
  const parts: DiffPart[] = raw.map(([op, text]) => ({ op: op === 0 ? 'equal' : op === 1 ? 'insert' : 'delete', text }));
  return merge(snapToTokens(parts));
}

/**
 * Moves the token characters that an equal part shares with an adjacent change into the change, on both
 * sides (deleted and inserted), so a change never starts or ends in the middle of a number or word.
 */
function snapToTokens(parts: DiffPart[]): DiffPart[] {
  const out: DiffPart[] = [];
  let i = 0;
  while (i < parts.length) {
    if (parts[i]!.op === 'equal') {
      out.push({ ...parts[i]! });
      i++;
      continue;
    }
    // A run of changes between two equal parts.
    let del = '';
    let ins = '';
    while (i < parts.length && parts[i]!.op !== 'equal') {
      if (parts[i]!.op === 'delete') del += parts[i]!.text;
      else ins += parts[i]!.text;
      i++;
    }
    const before = out.at(-1);
    const firstChanged = (del[0] ?? '') + (ins[0] ?? '');
    if (before && [...firstChanged].some((c) => TOKEN.test(c))) {
      let k = before.text.length;
      while (k > 0 && TOKEN.test(before.text[k - 1]!)) k--;
      const tail = before.text.slice(k);
      before.text = before.text.slice(0, k);
      del = tail + del;
      ins = tail + ins;
    }
    const after = parts[i];
    const lastChanged = (del.at(-1) ?? '') + (ins.at(-1) ?? '');
    if (after && [...lastChanged].some((c) => TOKEN.test(c))) {
      let k = 0;
      while (k < after.text.length && TOKEN.test(after.text[k]!)) k++;
      const head = after.text.slice(0, k);
      parts[i] = { op: 'equal', text: after.text.slice(k) };
      del += head;
      ins += head;
    }
    if (del) out.push({ op: 'delete', text: del });
    if (ins) out.push({ op: 'insert', text: ins });
  }
  return out;
}

/** Drops empty parts and joins neighbours of the same kind. */
function merge(parts: DiffPart[]): DiffPart[] {
  const out: DiffPart[] = [];
  for (const p of parts) {
    if (!p.text) continue;
    const last = out.at(-1);
    if (last && last.op === p.op) last.text += p.text;
    else out.push({ ...p });
  }
  return out;
}
