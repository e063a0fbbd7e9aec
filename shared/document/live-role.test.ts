import { describe, expect, it } from 'vitest';
import { liveRoleFor } from './live-role';

describe('liveRoleFor', () => {
  it('makes a paragraph a heading as soon as its marker is typed', () => {
    expect(liveRoleFor('body', '一、')).toBe('heading1');
    expect(liveRoleFor('body', '一、加强学习')).toBe('heading1');
    expect(liveRoleFor('body', '（一）')).toBe('heading2');
    expect(liveRoleFor('body', '1．')).toBe('heading3');
    expect(liveRoleFor('body', '（1）')).toBe('heading4');
    expect(liveRoleFor('heading1', '（一）压实责任')).toBe('heading2');
  });

  it('keeps a run-in heading a heading while its body text grows', () => {
    expect(liveRoleFor('heading2', `（一）压实安全生产责任。${'街道党工委高度重视安全生产工作。'.repeat(20)}`)).toBe('heading2');
  });

  it('drops to body when the marker goes', () => {
    expect(liveRoleFor('heading1', '加强学习')).toBe('body');
    expect(liveRoleFor('heading1', '')).toBe('body');
    expect(liveRoleFor('heading2', '一是加强学习')).toBe('body');
  });

  it('leaves other roles alone', () => {
    expect(liveRoleFor('title', 'X区2026年工作要点')).toBe('title');
    expect(liveRoleFor('addressee', '区委办：')).toBe('addressee');
    expect(liveRoleFor('body', '一是加强学习')).toBe('body');
  });

  it('keeps attachment names under 附件 as attachment', () => {
    expect(liveRoleFor('attachment', '2．XX名单')).toBe('attachment');
    expect(liveRoleFor('attachment', '附件：1．XX表')).toBe('attachment');
  });

  it('keeps a heading that never had a marker (a Word heading style) when the previous text is known', () => {
    expect(liveRoleFor('heading1', '加强学习统一思想', '加强学习')).toBe('heading1');
    expect(liveRoleFor('heading1', '加强学习', '一、加强学习')).toBe('body');
  });
});
