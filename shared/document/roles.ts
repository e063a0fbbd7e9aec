/**
 * Paragraph roles of a 公文 report: what each paragraph is (title, addressee, heading level, …), which
 * decides its font and layout on export (GB/T 9704) and what the checks expect of it.
 */

export const PARAGRAPH_ROLES = [
  'title',
  'subtitle',
  'docNumber',
  'addressee',
  'body',
  'heading1',
  'heading2',
  'heading3',
  'heading4',
  'signature',
  'date',
  'attachment',
] as const;

export type ParagraphRole = (typeof PARAGRAPH_ROLES)[number];

export type HeadingLevel = 1 | 2 | 3 | 4;

export interface DocParagraph {
  role: ParagraphRole;
  text: string;
}

/** The Chinese names writers know the roles by. */
export const PARAGRAPH_ROLE_LABELS: Readonly<Record<ParagraphRole, string>> = {
  title: '标题',
  subtitle: '副标题',
  docNumber: '发文字号',
  addressee: '主送机关',
  body: '正文',
  heading1: '一级标题',
  heading2: '二级标题',
  heading3: '三级标题',
  heading4: '四级标题',
  signature: '署名',
  date: '成文日期',
  attachment: '附件说明',
};

const HEADING_ROLES = ['heading1', 'heading2', 'heading3', 'heading4'] as const satisfies readonly ParagraphRole[];

export function isParagraphRole(value: unknown): value is ParagraphRole {
  return typeof value === 'string' && (PARAGRAPH_ROLES as readonly string[]).includes(value);
}

/** 1 for 一、 headings … 4 for （1） headings; null for every role that is not a heading. */
export function headingLevel(role: ParagraphRole): HeadingLevel | null {
  switch (role) {
    case 'heading1':
      return 1;
    case 'heading2':
      return 2;
    case 'heading3':
      return 3;
    case 'heading4':
      return 4;
    default:
      return null;
  }
}

export function headingRole(level: HeadingLevel): ParagraphRole {
  return HEADING_ROLES[level - 1];
}

export function isHeadingRole(role: ParagraphRole): boolean {
  return headingLevel(role) !== null;
}
