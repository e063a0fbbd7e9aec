import type { LibrarySearchResult } from '../../shared/library/types';

/**
 * The note under a 1–2 character search (the LIKE path): how it searched, and that the list was cut
 * only when it really was: fewer shown than matched, or the scan stopped at its cap of recent matches.
 */
export function likeSearchNote(result: Pick<LibrarySearchResult, 'total' | 'totalIsLowerBound' | 'results'>): string {
  const shown = result.results.length;
  const parts = ['一两个字的词按逐条匹配查找'];
  if (result.totalIsLowerBound) parts.push(`只比对了最近的 ${result.total} 条匹配`);
  if (shown < result.total) parts.push(`只列出前 ${shown} 条`);
  return `${parts.join('，')}；输入三个字以上可全文检索。`;
}
