/**
 * Numbering problems of the heading sequence, as plain issues (the checks wrap them into findings with
 * category and severity). Each issue points at the marker, or at the heading text when it has none.
 */
import { PARAGRAPH_ROLE_LABELS, headingRole, type DocParagraph, type HeadingLevel } from '../document/roles';
import { numberingSequence, type NumberedParagraph } from './sequence';

export type NumberingIssueKind = 'skip' | 'repeat' | 'restart' | 'backward' | 'scheme' | 'form' | 'level-mismatch' | 'reversed';

export interface NumberingIssue {
  kind: NumberingIssueKind;
  paragraph: number;
  start: number;
  end: number;
  /** Exactly paragraphs[paragraph].text.slice(start, end). */
  text: string;
  message: string;
  suggestion?: string;
}

const LEVEL_NAME = (level: HeadingLevel) => PARAGRAPH_ROLE_LABELS[headingRole(level)];

function sequenceMessage(item: NumberedParagraph, written: string, expected: string): string {
  switch (item.sequenceProblem) {
    case 'skip':
      return `编号不连续：“${written}”前缺少“${expected}”，此处应为“${expected}”`;
    case 'repeat':
      return `编号重复：与前一个同级编号相同，应为“${expected}”`;
    case 'restart':
      return `编号重新从头开始，但上级标题没有变化，应为“${expected}”`;
    case 'backward':
      return `编号顺序倒退，应为“${expected}”`;
    case 'scheme':
      return item.scheme === 'continuous'
        ? `本文的${LEVEL_NAME(item.level)}跨章节连续编号，此处应接上文为“${expected}”`
        : `本文的${LEVEL_NAME(item.level)}在每个上级标题下从头编号，此处应为“${expected}”`;
    default:
      return '';
  }
}

function issueFor(item: NumberedParagraph, text: string): NumberingIssue[] {
  const issues: NumberingIssue[] = [];
  const marker = item.marker;

  if (item.reversedAfter !== null) {
    const start = marker ? marker.offset : text.length - text.trimStart().length;
    const end = marker ? marker.offset + marker.marker.length : text.trimEnd().length;
    issues.push({
      kind: 'reversed',
      paragraph: item.paragraph,
      start,
      end,
      text: text.slice(start, end),
      message: `标题层级颠倒：${LEVEL_NAME(item.level)}出现在同一上级标题下的${LEVEL_NAME(item.reversedAfter)}之后（层级只能逐级向下）`,
    });
  }
  // A marker broken over two lines (offset -1) is counted, never rewritten: the pairing check reports the break.
  if (!marker || item.expectedMarker === null || marker.offset < 0) return issues;

  const start = marker.offset;
  const end = marker.offset + marker.marker.length;
  const base = { paragraph: item.paragraph, start, end, text: marker.marker, suggestion: item.expectedMarker };
  // A number that follows the one written before it is out of sequence only through an earlier
  // mistake, which has its finding; 重新编号 still rewrites it (renumber.ts reads the sequence).
  if (item.sequenceProblem && !item.followsWritten) {
    issues.push({ ...base, kind: item.sequenceProblem, message: sequenceMessage(item, marker.marker, item.expectedMarker) });
  } else if (item.sequenceProblem) {
    return issues;
  } else if (item.levelMismatch) {
    issues.push({
      ...base,
      kind: 'level-mismatch',
      message: `${LEVEL_NAME(item.level)}应使用“${item.expectedMarker}”式编号，“${marker.marker}”是${LEVEL_NAME(marker.level)}的编号`,
    });
  } else if (marker.marker !== item.expectedMarker) {
    issues.push({
      ...base,
      kind: 'form',
      message: `编号格式不规范：${LEVEL_NAME(item.level)}应写作“${item.expectedMarker}”`,
    });
  }
  return issues;
}

export function validateNumbering(paragraphs: readonly DocParagraph[]): NumberingIssue[] {
  return numberingSequence(paragraphs).flatMap((item) => issueFor(item, paragraphs[item.paragraph]!.text));
}
