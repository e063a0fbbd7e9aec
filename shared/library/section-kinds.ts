/**
 * Section kinds of a report paragraph (what part of a 公文 report it belongs to), for filtering the
 * snippet library. The values are the Chinese names the writer sees. No zod here, so the renderer can
 * import the list as a value.
 */
export const SECTION_KINDS = [
  '开头',
  '学习贯彻',
  '经济发展',
  '生态环保',
  '民生',
  '社会治理',
  '民主法治',
  '文化宣传',
  '党建',
  '作风纪律',
  '存在问题',
  '下步打算',
  '结尾',
  '其他',
] as const;

export type SectionKind = (typeof SECTION_KINDS)[number];

export function isSectionKind(value: unknown): value is SectionKind {
  return typeof value === 'string' && (SECTION_KINDS as readonly string[]).includes(value);
}
