import type { Finding } from './types';

export interface FindingContext {
  before: string;
  text: string;
  after: string;
}

/**
 * A few characters either side of a finding, for lists where 159 rows of “X” would all look alike:
 * "……召开专题会议X次，覆盖……". Cut at the paragraph's edges; "…" marks a cut inside it.
 */
export function findingContext(paragraphText: string, finding: Pick<Finding, 'start' | 'end' | 'text'>, chars = 8): FindingContext {
  const from = Math.max(0, finding.start - chars);
  const to = Math.min(paragraphText.length, finding.end + chars);
  return {
    before: (from > 0 ? '…' : '') + paragraphText.slice(from, finding.start),
    text: finding.text,
    after: paragraphText.slice(finding.end, to) + (to < paragraphText.length ? '…' : ''),
  };
}
