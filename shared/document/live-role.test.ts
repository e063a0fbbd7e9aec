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

  // 国办发〔1997〕11号: "2.有规范的名称。" is an item of a list, body text on import.
  it('keeps a numbered paragraph that is body text as body while its marker stays, and follows a typed marker', () => {
    expect(liveRoleFor('body', '2.有规范的名称和标识。', '2.有规范的名称。')).toBe('body');
    expect(liveRoleFor('body', '（三）', '')).toBe('heading2');
    expect(liveRoleFor('body', '三、', '三')).toBe('heading1');
    // A marker changed by hand is a new decision.
    expect(liveRoleFor('body', '（二）有规范的名称。', '2.有规范的名称。')).toBe('heading2');
    // Without the previous text (a paragraph just made) the marker decides, as before.
    expect(liveRoleFor('body', '2.有规范的名称。')).toBe('heading3');
  });
});

describe('liveRoleFor: title and addressee typed at the top of a draft', () => {
  const FIRST = { first: true, afterTitleBlock: false };
  const AFTER_TITLE = { first: false, afterTitleBlock: true };
  const IN_BODY = { first: false, afterTitleBlock: false };

  it('makes a first line that reads as a title the title', () => {
    for (const title of [
      '关于2026年第一季度安全生产工作情况的报告',
      '关于加强和改进基层党建工作的意见',
      '关于做好2026年防汛工作的通知',
      '和平区人民政府2025年工作报告',
      '和平街道2025年上半年工作总结',
      '和平区2026年工作要点',
      '中共和平区委2025年落实全面从严治党主体责任情况报告',
    ]) {
      expect(liveRoleFor('body', title, undefined, FIRST), title).toBe('title');
    }
  });

  it('leaves a first line that is a sentence, or a title-like line further down, as body', () => {
    for (const text of [
      '今年以来，我街道认真贯彻落实区委区政府的部署要求。',
      '我们要认真总结经验',
      '现将有关情况报告如下：',
      '关于这项工作，我们的意见',
      '年度总结',
    ]) {
      expect(liveRoleFor('body', text, undefined, FIRST), text).toBe('body');
    }
    expect(liveRoleFor('body', '和平区2026年工作要点', undefined, IN_BODY)).toBe('body');
  });

  it('a live title that turns into a sentence goes back to body', () => {
    expect(liveRoleFor('title', '关于做好2026年防汛工作的通知精神，', undefined, FIRST)).toBe('body');
    expect(liveRoleFor('title', '关于做好2026年防汛工作的通知', undefined, FIRST)).toBe('title');
  });

  it('makes a short organ name with a colon under the title the addressee', () => {
    for (const to of ['市委：', '区委办公室：', '区委、区政府：', '各镇（街道）、区直各部门：', '同志们：', '市纪委监委：', '区安委会：']) {
      expect(liveRoleFor('body', to, undefined, AFTER_TITLE), to).toBe('addressee');
    }
  });

  it('never makes a body sentence ending in a colon an addressee (precision first)', () => {
    for (const text of ['主要做法如下：', '存在的主要问题：', '一年来的主要工作：', '存在的不足之处：', '会议指出：', '经研究，现将有关事项通知如下：', '总体要求：']) {
      expect(liveRoleFor('body', text, undefined, AFTER_TITLE), text).toBe('body');
    }
    // An organ name in the body (not under the title) is body.
    expect(liveRoleFor('body', '市委：', undefined, IN_BODY)).toBe('body');
    // An addressee line that grows into a sentence goes back to body.
    expect(liveRoleFor('addressee', '市委：现将有关情况报告如下', undefined, AFTER_TITLE)).toBe('body');
  });
});
