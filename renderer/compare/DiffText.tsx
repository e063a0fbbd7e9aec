import type { DiffPart } from '../../shared/api';

/** A character diff as one line of text: inserted parts underlined in green, deleted ones struck in red. */
export function DiffText({ parts }: { parts: readonly DiffPart[] }) {
  return (
    <span className="diff-text">
      {parts.map((part, i) =>
        part.op === 'equal' ? (
          <span key={i}>{part.text}</span>
        ) : part.op === 'insert' ? (
          <ins key={i} className="diff-insert">
            {part.text}
          </ins>
        ) : (
          <del key={i} className="diff-delete">
            {part.text}
          </del>
        ),
      )}
    </span>
  );
}
