import { PARAGRAPH_ROLE_LABELS, type ParagraphRole } from '../../shared/document/roles';

const MARKER_HINTS: Partial<Record<ParagraphRole, string>> = {
  heading1: '一、',
  heading2: '（一）',
  heading3: '1．',
  heading4: '（1）',
};

/** Labels of the toolbar's role menu: the role's name, with the numbering form of heading levels. */
export const ROLE_LABELS = Object.fromEntries(
  Object.entries(PARAGRAPH_ROLE_LABELS).map(([role, label]) => {
    const hint = MARKER_HINTS[role as ParagraphRole];
    return [role, hint ? `${label} ${hint}` : label];
  }),
) as Record<ParagraphRole, string>;

export const ROLE_SHORTCUTS: Partial<Record<ParagraphRole, string>> = {
  title: 'Ctrl+T',
  body: 'Ctrl+5',
  heading1: 'Ctrl+1',
  heading2: 'Ctrl+2',
  heading3: 'Ctrl+3',
  heading4: 'Ctrl+4',
};

/** Margin labels of the plain view (body paragraphs carry none, to keep the margin quiet). */
export const ROLE_MARGIN_LABELS: Record<ParagraphRole, string> = { ...PARAGRAPH_ROLE_LABELS, body: '' };
