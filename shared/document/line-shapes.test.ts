import { describe, expect, it } from 'vitest';
import {
  isAddresseeLike,
  isSalutation,
  isAttachmentContinuation,
  isAttachmentLine,
  isDateLine,
  isDocNumberLine,
  isSignatureLike,
  isSubtitleLike,
  isTitleContinuation,
  isTitleLike,
} from './line-shapes';

describe('line shapes', () => {
  it.each(['2026年4月8日', '2026年04月08日', '二〇二〇年十二月三十日', '二○二六年四月八日', '（2026年4月8日）', '2026 年 4 月 8 日'])(
    'date line: %s',
    (text) => expect(isDateLine(text)).toBe(true),
  );
  it.each(['2026年4月8日，区委召开会议', '2026年', '4月8日', '今天是2026年4月8日'])('not a date line: %s', (text) =>
    expect(isDateLine(text)).toBe(false),
  );

  it.each(['附件：1．XX统计表', '附件1：XX名单', '附件：', '附件 2：XX', '附件1'])('attachment: %s', (text) =>
    expect(isAttachmentLine(text)).toBe(true),
  );
  it.each(['附件材料已报送区委办。', '附加说明：'])('not an attachment: %s', (text) => expect(isAttachmentLine(text)).toBe(false));
  it('attachment continuation', () => {
    expect(isAttachmentContinuation('2．XX工作情况统计表')).toBe(true);
    expect(isAttachmentContinuation('2．强化问题导向。把查摆问题……')).toBe(false);
  });

  it.each(['区委办：', '区委、区政府：', '同志们：', '各街道党工委、办事处，区直各单位：', '各位代表:'])('addressee: %s', (text) =>
    expect(isAddresseeLike(text)).toBe(true),
  );
  it.each([
    '现将我办贯彻落实区委X次全会情况报告如下：',
    '会议要求：一是充分认识全会召开的重大意义。',
    '主要表现为：学习不够深入；落实不够到位：',
    '区委办',
  ])('not an addressee: %s', (text) => expect(isAddresseeLike(text)).toBe(false));

  it('title-like lines', () => {
    expect(isTitleLike('X区委2020年落实全面从严治党主体责任情况报告')).toBe(true);
    expect(isTitleLike('扛稳责任  固强补弱  砥砺奋进')).toBe(true);
    expect(isTitleLike('受区委常委会委托，我向全会报告过去一年的工作。')).toBe(false);
    expect(isTitleLike('区委办：')).toBe(false);
    expect(isTitleLike('X府发〔2026〕3号')).toBe(false);
    expect(isTitleLike('——在全区工作会议上的讲话')).toBe(false);
    expect(isTitleLike('2026年4月8日')).toBe(false);
    expect(isTitleContinuation('着力绘好XX高质量发展的时代工笔画')).toBe(true);
    expect(isTitleContinuation('着力绘好XX高质量发展的时代工笔画'.repeat(3))).toBe(false);
  });

  it('subtitle-like lines', () => {
    expect(isSubtitleLike('——在全区工作会议上的讲话')).toBe(true);
    expect(isSubtitleLike('（2026年4月8日）')).toBe(true);
    expect(isSubtitleLike('（征求意见稿）')).toBe(true);
    expect(isSubtitleLike('2026年4月8日')).toBe(true);
    expect(isSubtitleLike('着力绘好XX高质量发展的时代工笔画')).toBe(false);
  });

  it('document numbers and signatures', () => {
    expect(isDocNumberLine('X府发〔2026〕3号')).toBe(true);
    expect(isDocNumberLine('X府发[2026]3号')).toBe(true);
    expect(isDocNumberLine('全年共发文〔2026〕3号等X件，进一步规范了公文处理工作的各个环节')).toBe(false);
    expect(isSignatureLike('中共X区委办公室')).toBe(true);
    expect(isSignatureLike('X区人民政府  X区委员会')).toBe(true);
    expect(isSignatureLike('以上报告，请审阅。')).toBe(false);
  });
});

describe('isSalutation', () => {
  it('takes the salutation of a speech, over one or two lines', () => {
    // 习近平 2026 WAIC speech; 政府工作报告; a meeting speech.
    for (const t of ['尊敬的各位同事、各位来宾，', '女士们，先生们，朋友们：', '各位代表：', '同志们：']) expect(isSalutation(t), t).toBe(true);
  });
  it('leaves sentences, lead-ins and mid-speech exclamations that are sentences alone', () => {
    for (const t of ['主要做法如下：', '同志们，今年以来，我们坚持稳中求进。', '各位代表在会上提出了许多意见和建议。', '区委办：'])
      expect(isSalutation(t), t).toBe(false);
  });
});
