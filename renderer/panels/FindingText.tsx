import type { Finding } from '../../shared/checks/types';
import { findingContext } from '../../shared/checks/context';

/** The flagged text in bold with a few characters either side, so rows of the same “X” differ. */
export function FindingText({ finding, paragraph }: { finding: Finding; paragraph: string }) {
  const c = findingContext(paragraph, finding);
  const text = c.text.length > 16 ? `${c.text.slice(0, 16)}…` : c.text;
  return (
    <span className="problem-text">
      {c.before}
      <strong>{text}</strong>
      {c.after}
    </span>
  );
}
