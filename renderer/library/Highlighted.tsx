import type { TextRange } from '../../shared/library/query';

/** The snippet's text with the matched ranges marked. */
export function Highlighted({ text, ranges, max }: { text: string; ranges: readonly TextRange[]; max?: number }) {
  const limit = max ?? text.length;
  const parts: React.ReactNode[] = [];
  let at = 0;
  for (const r of ranges) {
    if (r.start >= limit) break;
    if (r.start > at) parts.push(text.slice(at, r.start));
    parts.push(<mark key={r.start}>{text.slice(r.start, Math.min(r.end, limit))}</mark>);
    at = Math.min(r.end, limit);
  }
  if (at < limit) parts.push(text.slice(at, limit));
  if (limit < text.length) parts.push('…');
  return <>{parts}</>;
}
