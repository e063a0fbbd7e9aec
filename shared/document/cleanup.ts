/**
 * Removes site watermarks and ads from imported paragraphs (patterns in cleanup-patterns.ts) and
 * keeps an exact record of every removal, so the writer sees what went (已清除 N 处) and can put
 * any or all of it back. Text that no pattern matches is passed through untouched, character for
 * character; blank paragraphs are dropped (they are layout, not content, and not reported).
 */
import { CLEANUP_PATTERNS, type CleanupKind, type CleanupPattern } from './cleanup-patterns';

export interface CleanupRemoval {
  /** The removed text exactly as it was (a whole paragraph for kind 'line'). */
  text: string;
  reason: string;
  patternId: string;
  /** Index of the paragraph in the input of cleanupParagraphs. */
  paragraphIndex: number;
  kind: CleanupKind;
  /** Inline removals: offset of the fragment in the original paragraph. */
  start?: number;
}

export interface CleanupResult {
  /** The paragraphs kept, cleaned, blank ones dropped. */
  paragraphs: string[];
  /** For each kept paragraph, its index in the input. */
  sourceIndex: number[];
  /** Every removal in input order (by paragraph, then offset). */
  removed: CleanupRemoval[];
}

interface Span {
  start: number;
  end: number;
  pattern: CleanupPattern;
}

function lineMatch(trimmed: string, patterns: readonly CleanupPattern[]): CleanupPattern | undefined {
  const length = [...trimmed].length;
  return patterns.find(
    (p) => p.kind === 'line' && (p.maxLength === undefined || length <= p.maxLength) && p.pattern.test(trimmed),
  );
}

/** Non-overlapping inline matches in text order; where two overlap, the earlier pattern wins. */
function inlineSpans(text: string, patterns: readonly CleanupPattern[]): Span[] {
  const spans: Span[] = [];
  for (const pattern of patterns) {
    if (pattern.kind !== 'inline') continue;
    for (const m of text.matchAll(pattern.pattern)) {
      const start = m.index;
      const end = start + m[0].length;
      if (end > start && !spans.some((s) => start < s.end && s.start < end)) spans.push({ start, end, pattern });
    }
  }
  return spans.sort((a, b) => a.start - b.start);
}

export function cleanupParagraphs(texts: readonly string[], patterns: readonly CleanupPattern[] = CLEANUP_PATTERNS): CleanupResult {
  const result: CleanupResult = { paragraphs: [], sourceIndex: [], removed: [] };
  texts.forEach((text, paragraphIndex) => {
    const trimmed = text.trim();
    if (!trimmed) return;
    const whole = lineMatch(trimmed, patterns);
    if (whole) {
      result.removed.push({ text, reason: whole.reason, patternId: whole.id, paragraphIndex, kind: 'line' });
      return;
    }
    const spans = inlineSpans(text, patterns);
    let kept = '';
    let cursor = 0;
    for (const span of spans) {
      kept += text.slice(cursor, span.start);
      cursor = span.end;
    }
    kept += text.slice(cursor);
    if (spans.length > 0 && !kept.trim()) {
      // Nothing but ad fragments: the paragraph goes as a whole, so restoring it is exact.
      const first = spans[0]!.pattern;
      result.removed.push({ text, reason: first.reason, patternId: first.id, paragraphIndex, kind: 'line' });
      return;
    }
    for (const span of spans) {
      result.removed.push({
        text: text.slice(span.start, span.end),
        reason: span.pattern.reason,
        patternId: span.pattern.id,
        paragraphIndex,
        kind: 'inline',
        start: span.start,
      });
    }
    result.paragraphs.push(kept);
    result.sourceIndex.push(paragraphIndex);
  });
  return result;
}

export interface RestoredParagraph {
  text: string;
  /** Index in the cleanup input. */
  sourceIndex: number;
  /** Index in result.paragraphs, or null for a paragraph that cleanup had removed whole. */
  cleanedIndex: number | null;
}

/**
 * The paragraphs with removals put back (一键恢复): all of them, or those `shouldRestore` picks.
 * Restoring everything gives back the non-blank input exactly.
 */
export function restoreRemoved(
  result: CleanupResult,
  shouldRestore: (removal: CleanupRemoval, index: number) => boolean = () => true,
): RestoredParagraph[] {
  const wholeLines = new Map<number, CleanupRemoval>();
  const inline = new Map<number, Array<{ removal: CleanupRemoval; restore: boolean }>>();
  result.removed.forEach((removal, index) => {
    const restore = shouldRestore(removal, index);
    if (removal.kind === 'line') {
      if (restore) wholeLines.set(removal.paragraphIndex, removal);
    } else {
      const list = inline.get(removal.paragraphIndex) ?? [];
      list.push({ removal, restore });
      inline.set(removal.paragraphIndex, list);
    }
  });

  const out: RestoredParagraph[] = [];
  const kept = new Map(result.sourceIndex.map((source, cleanedIndex) => [source, cleanedIndex]));
  const indices = [...new Set([...result.sourceIndex, ...wholeLines.keys()])].sort((a, b) => a - b);
  for (const sourceIndex of indices) {
    const cleanedIndex = kept.get(sourceIndex);
    if (cleanedIndex === undefined) {
      out.push({ text: wholeLines.get(sourceIndex)!.text, sourceIndex, cleanedIndex: null });
      continue;
    }
    out.push({ text: reinsert(result.paragraphs[cleanedIndex]!, inline.get(sourceIndex) ?? []), sourceIndex, cleanedIndex });
  }
  return out;
}

/** Puts chosen inline fragments back at their original offsets into a cleaned paragraph. */
function reinsert(cleaned: string, fragments: ReadonlyArray<{ removal: CleanupRemoval; restore: boolean }>): string {
  const sorted = [...fragments].sort((a, b) => a.removal.start! - b.removal.start!);
  let text = '';
  let cursor = 0; // position in `cleaned`
  let removedBefore = 0; // length of all fragments before the current one, restored or not
  for (const { removal, restore } of sorted) {
    const at = removal.start! - removedBefore;
    text += cleaned.slice(cursor, at);
    if (restore) text += removal.text;
    cursor = at;
    removedBefore += removal.text.length;
  }
  return text + cleaned.slice(cursor);
}
