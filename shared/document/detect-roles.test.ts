import { describe, expect, it } from 'vitest';
import { detectRole, detectRoles, headingLevelOfText } from './detect-roles';
import type { DocParagraph, ParagraphRole } from './roles';

const roles = (texts: string[], options?: Parameters<typeof detectRoles>[1]) => detectRoles(texts, options).map((p) => p.role);

const BODY = '今年以来，区委坚持以习近平新时代中国特色社会主义思想为指导，全面贯彻落实党的十九大精神。';

describe('detectRoles', () => {
  it('returns one paragraph per text, texts unchanged, blanks as empty body', () => {
    const texts = ['区2020年工作要点', '', '  一、紧扣目标任务', BODY];
    const result = detectRoles(texts);
    expect(result.map((p) => p.text)).toEqual(texts);
    expect(result.map((p) => p.role)).toEqual(['title', 'body', 'heading1', 'body']);
  });

  it('gives headings their level from the marker, wrong forms included', () => {
    expect(roles([BODY, '一、加强学习', '（一）压实责任。街道党工委……', '1．强化统筹', '（1）完善制度', '一.加强学习', '(二)压实', '1、强化', '(1)完善'])).toEqual([
      'body',
      'heading1',
      'heading2',
      'heading3',
      'heading4',
      'heading1',
      'heading2',
      'heading3',
      'heading4',
    ]);
  });

  it('keeps 一是 enumerations and numbered sentences as body', () => {
    expect(roles([BODY, '一是精心打造城市新商圈。二是竭力助推经济转型升级。', `1、${'全区完成固定资产投资X亿元同比增长'.repeat(4)}。其中……`])).toEqual([
      'body',
      'body',
      'body',
    ]);
  });

  // 国务院办公厅关于清理整顿社会团体的通知（国办发〔1997〕11号）and 国务院工作规则（国发〔2004〕18号）:
  // items listed after a lead-in end with ；and the last with 。 (GB/T 15834 4.6.3.2); they are list
  // items, not headings.
  it('takes numbered items that end with ；, and the item that closes their list, as body', () => {
    expect(
      roles([
        '（三）对存在下列问题的社会团体要进行整改。',
        '1.未依照章程开展业务活动的；',
        '2.财务管理混乱、经费收支明显存在问题或经费不足以开展正常业务活动的；',
        '3.在规定的时间内未达到整改要求的。',
        '（四）对宗旨、业务范围相同相似的社会团体，予以合并。',
      ]),
    ).toEqual(['heading2', 'body', 'body', 'body', 'heading2']);
    expect(roles(['国务院全体会议的主要任务是：', '（一）讨论决定国务院工作中的重大事项；', '（二）部署国务院的重要工作；', '（三）通报国内外形势。'])).toEqual([
      'body',
      'body',
      'body',
      'body',
    ]);
  });

  it('finds the title, a two-line title and the addressee under it (sample 001)', () => {
    expect(roles(['扛稳责任  固强补弱  砥砺奋进', '着力绘好XX高质量发展的时代工笔画', '', '同志们：', '受区委常委会委托，我向全会报告过去一年的工作。'])).toEqual([
      'title',
      'title',
      'body',
      'addressee',
      'body',
    ]);
  });

  it('takes an addressee on the first line when there is no title (sample 000)', () => {
    expect(roles(['区委办：', `${BODY}现将有关情况报告如下：`, '一、加强学习'])).toEqual(['addressee', 'body', 'heading1']);
  });

  it('takes a title followed directly by body text (sample 004)', () => {
    expect(roles(['贯彻落实党的十九届四中全会精神情况报告', BODY])).toEqual(['title', 'body']);
  });

  it('marks subtitles: a —— line or a parenthesised line under the title', () => {
    expect(roles(['在全区经济工作会议上的讲话', '——区委书记  XXX', '（2026年4月8日）', '同志们：', BODY])).toEqual([
      'title',
      'subtitle',
      'subtitle',
      'addressee',
      'body',
    ]);
  });

  it('does not take a body line or a short line after body text as title', () => {
    expect(roles([BODY, '扛稳责任  固强补弱'])).toEqual(['body', 'body']);
    expect(roles(['区委办：', '扛稳责任  固强补弱'])).toEqual(['addressee', 'body']);
    // A title line after a blank line is not a second title line.
    expect(roles(['X区2026年工作要点', '', '扛稳责任  固强补弱'])).toEqual(['title', 'body', 'body']);
    // At most three title lines.
    expect(roles(['第一行标题', '第二行标题', '第三行标题', '第四行短句'])).toEqual(['title', 'title', 'title', 'body']);
  });

  it('does not take a lead-in ending with 如下： as the addressee', () => {
    expect(roles(['现将有关情况报告如下：', '一、主要工作'])).toEqual(['body', 'heading1']);
  });

  it('marks attachment notes and the attachment names under them', () => {
    expect(roles([BODY, '附件：1．XX工作情况统计表', '2．XX名单', '3．XX汇总表'])).toEqual(['body', 'attachment', 'attachment', 'attachment']);
    // Without the 附件 line, "2．XX名单" is a level-3 heading.
    expect(roles([BODY, '2．XX名单'])).toEqual(['body', 'heading3']);
  });

  it('marks the signature and the date at the end', () => {
    expect(roles(['X区关于XX工作的报告', BODY, '中共X区委办公室', '2026年4月8日'])).toEqual(['title', 'body', 'signature', 'date']);
    expect(roles([BODY, 'X区人民政府', '中共X区委', '二〇二〇年十二月三十日', '', ''])).toEqual(['body', 'signature', 'signature', 'date', 'body', 'body']);
    expect(roles([BODY, '2026年04月08日'])).toEqual(['body', 'date']);
  });

  it('does not take the last sentence for a signature', () => {
    expect(roles([BODY, '特此报告', '2026年4月8日'])).toEqual(['body', 'body', 'date']);
    expect(roles([BODY, '以上报告，请审阅。', '2026年4月8日'])).toEqual(['body', 'body', 'date']);
    // Without a date at the end nothing is a signature.
    expect(roles([BODY, '中共X区委办公室'])).toEqual(['body', 'body']);
  });

  it('in a fragment (a paste) finds no title, and an addressee only on the first line', () => {
    expect(roles(['扛稳责任  固强补弱', '一、加强学习', BODY], { isFragment: true })).toEqual(['body', 'heading1', 'body']);
    expect(roles(['同志们：', BODY], { isFragment: true })).toEqual(['addressee', 'body']);
    expect(roles([BODY, '同志们：'], { isFragment: true })).toEqual(['body', 'body']);
  });

  it('uses roles the source states, but a marker in the text wins', () => {
    const sourceRoles: Array<ParagraphRole | null> = ['title', 'heading1', 'heading1', null, 'heading2'];
    expect(roles(['工作报告', '加强学习', '（一）压实责任', BODY, '具体做法'], { sourceRoles })).toEqual([
      'title',
      'heading1',
      'heading2',
      'body',
      'heading2',
    ]);
  });

  it('handles an empty document and a document of blanks', () => {
    expect(detectRoles([])).toEqual([]);
    expect(roles(['', '  ', '\u3000'])).toEqual(['body', 'body', 'body']);
  });

  it('is fast enough for a 50,000-character report', () => {
    const texts = Array.from({ length: 2000 }, (_, i) => (i % 10 === 0 ? `（${'一二三四五六七八九'[i % 9]}）压实责任。${BODY}` : BODY));
    const t = performance.now();
    detectRoles(texts);
    expect(performance.now() - t).toBeLessThan(200);
  });
});

describe('detectRole (one paragraph, live)', () => {
  const para = (role: ParagraphRole, text: string): DocParagraph => ({ role, text });

  it('turns a typed marker into a heading', () => {
    const previous = [para('title', '工作报告'), para('body', BODY)];
    expect(detectRole('一、', { previous })).toBe('heading1');
    expect(detectRole('（二）', { previous })).toBe('heading2');
    expect(detectRole('一是', { previous })).toBe('body');
  });

  it('agrees with detectRoles on the forward rules', () => {
    expect(detectRole('X区工作报告', { previous: [] })).toBe('title');
    expect(detectRole('同志们：', { previous: [para('title', 'X区工作报告')] })).toBe('addressee');
    expect(detectRole('同志们：', { previous: [para('body', BODY)] })).toBe('body');
    expect(detectRole('2．XX名单', { previous: [para('attachment', '附件：1．XX表'), para('body', '')] })).toBe('attachment');
    expect(detectRole('加强学习', { previous: [para('body', BODY)], sourceRole: 'heading1' })).toBe('heading1');
  });
});

describe('headingLevelOfText', () => {
  it('gives the level for headings and null for body text', () => {
    expect(headingLevelOfText('三、围绕重点')).toBe(1);
    expect(headingLevelOfText('（1）完善')).toBe(4);
    expect(headingLevelOfText('一是加强')).toBeNull();
    expect(headingLevelOfText(`1、${'全区完成投资'.repeat(20)}。`)).toBeNull();
  });
});
