import { describe, expect, it } from 'vitest';
import { PARAGRAPH_ROLE_LABELS, PARAGRAPH_ROLES, headingLevel, headingRole, isHeadingRole, isParagraphRole } from './roles';

describe('paragraph roles', () => {
  it('has a Chinese label for every role', () => {
    expect(Object.keys(PARAGRAPH_ROLE_LABELS).sort()).toEqual([...PARAGRAPH_ROLES].sort());
    expect(PARAGRAPH_ROLES.map((r) => PARAGRAPH_ROLE_LABELS[r])).toEqual([
      '标题',
      '副标题',
      '发文字号',
      '主送机关',
      '正文',
      '一级标题',
      '二级标题',
      '三级标题',
      '四级标题',
      '署名',
      '成文日期',
      '附件说明',
    ]);
  });

  it('maps heading roles to levels and back', () => {
    expect(PARAGRAPH_ROLES.map(headingLevel)).toEqual([null, null, null, null, null, 1, 2, 3, 4, null, null, null]);
    for (const level of [1, 2, 3, 4] as const) expect(headingLevel(headingRole(level))).toBe(level);
    expect(isHeadingRole('heading3')).toBe(true);
    expect(isHeadingRole('title')).toBe(false);
  });

  it('recognises role names', () => {
    expect(isParagraphRole('addressee')).toBe(true);
    expect(isParagraphRole('heading5')).toBe(false);
    expect(isParagraphRole(3)).toBe(false);
  });
});
