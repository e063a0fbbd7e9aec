import { describe, expect, it } from 'vitest';
import { cleanupParagraphs } from './cleanup';
import { findGuidance, GUIDANCE_PATTERN, hasGuidance, removeGuidance, scanBrackets, stripGuidance } from './guidance';
import type { DocParagraph } from './roles';

const guidance = (text: string) => findGuidance(text).map((s) => s.text);
const kinds = (text: string) => scanBrackets(text).map((s) => [s.kind, s.text]);

describe('findGuidance', () => {
  it('finds template prompts in 【】', () => {
    expect(guidance('会议召开后，街道第一时间传达学习。【简述本单位学习传达情况，包括会议次数、覆盖范围】')).toEqual([
      '【简述本单位学习传达情况，包括会议次数、覆盖范围】',
    ]);
    expect(guidance('一是壮大实体经济。【写明举措】二是抓好项目建设。【写明项目数量】')).toEqual(['【写明举措】', '【写明项目数量】']);
    expect(guidance('【此处填写主要成绩】')).toEqual(['【此处填写主要成绩】']);
    expect(guidance('【主要做法】')).toEqual(['【主要做法】']);
    expect(hasGuidance('（一）强化组织领导。【写明成立专班的情况】')).toBe(true);
  });

  it('gives offsets that slice to the span, brackets included', () => {
    const text = '今年以来，{{单位名称}}认真落实部署，【概括总体思路】，各项工作取得积极进展。【列举主要指标】';
    const spans = findGuidance(text);
    expect(spans).toHaveLength(2);
    for (const s of spans) {
      expect(text.slice(s.start, s.end)).toBe(s.text);
      expect(s.text).toBe(`【${s.inner}】`);
    }
    expect(spans[0]!.start).toBe(text.indexOf('【概括'));
    expect(spans[1]!.end).toBe(text.length);
  });

  it('leaves alone what is not a prompt: fill-in marks, site ads, 发文字号 years, unbalanced brackets', () => {
    expect(guidance('全年完成【待补充】项，【XX】同志，【】，【……】，【待核实】')).toEqual([]);
    expect(kinds('全年完成【待补充】项，【XX】同志')).toEqual([
      ['fill-in', '【待补充】'],
      ['fill-in', '【XX】'],
    ]);
    expect(kinds('方面【更多公文素材，微信：d adawk01】')).toEqual([['site-ad', '【更多公文素材，微信：d adawk01】']]);
    expect(kinds('X府发【2026】3号')).toEqual([['doc-number', '【2026】']]);
    expect(guidance('【2026】年度目标')).toEqual(['【2026】']); // a year not followed by 号 is no 发文字号
    expect(guidance('只有左括号【没有右括号')).toEqual([]);
    expect(guidance('普通正文，没有方括号。')).toEqual([]);
    expect(guidance(`【${'长'.repeat(201)}】`)).toEqual([]);
  });

  it('is a global pattern for matchAll', () => {
    expect(GUIDANCE_PATTERN.global).toBe(true);
    expect([...'【甲】【乙】'.matchAll(GUIDANCE_PATTERN)].map((m) => m[1])).toEqual(['甲', '乙']);
  });

  it('agrees with import cleanup: the ads the importer removes leave no bracket behind', () => {
    const lines = ['（六）在坚持和完善繁荣发展社会主义先进文化制度方面【更多公文素材，微信：d adawk01】', '【打击倒卖活动】'];
    const cleaned = cleanupParagraphs(lines).paragraphs;
    expect(cleaned.flatMap((t) => scanBrackets(t))).toEqual([]);
  });
});

describe('stripGuidance', () => {
  it('removes prompts, keeps the writer’s text and drops paragraphs left empty', () => {
    const paragraphs: DocParagraph[] = [
      { role: 'title', text: '和平街道关于贯彻落实区委全会精神情况的报告' },
      { role: 'body', text: '会议召开后，街道第一时间传达学习。【简述学习传达情况】' },
      { role: 'heading2', text: '（一）强化组织领导。【写明成立专班的情况】' },
      { role: 'body', text: '【如实列举问题】' },
      { role: 'body', text: '一是【写明第一项】；二是【写明第二项】。' },
      { role: 'heading1', text: '二、【概括第二部分】' },
      { role: 'body', text: '全年完成【待补充】项。' },
      { role: 'body', text: '' },
    ];
    expect(stripGuidance(paragraphs)).toEqual([
      { role: 'title', text: '和平街道关于贯彻落实区委全会精神情况的报告' },
      { role: 'body', text: '会议召开后，街道第一时间传达学习。' },
      { role: 'heading2', text: '（一）强化组织领导' }, // now a heading on its own line: no closing 。
      { role: 'body', text: '全年完成【待补充】项。' }, // a fill-in mark is a blank, not a prompt
      { role: 'body', text: '' }, // blank paragraphs are the layout's business
    ]);
  });

  it('returns untouched paragraphs as they were', () => {
    const p: DocParagraph = { role: 'body', text: '没有提示的段落。' };
    expect(stripGuidance([p])[0]).toBe(p);
    expect(removeGuidance('正文【提示】正文')).toBe('正文正文');
  });
});

describe('stripGuidance on run-in headings', () => {
  it('drops the closing 。 of a heading whose body was only a prompt, and keeps it when body text remains', () => {
    expect(
      stripGuidance([
        { role: 'heading3', text: '1．强化责任落实。【写明专题研究全面从严治党工作的次数】' },
        { role: 'heading3', text: '2．强化问题整改。全年整改问题12个。【补充整改成效】' },
        { role: 'body', text: '上半年召开会议5次。【补充会议内容】' },
      ]),
    ).toEqual([
      { role: 'heading3', text: '1．强化责任落实' },
      { role: 'heading3', text: '2．强化问题整改。全年整改问题12个。' },
      { role: 'body', text: '上半年召开会议5次。' },
    ]);
  });
});

describe('removeGuidance at the seam', () => {
  it('leaves no doubled punctuation where a prompt sat between two marks', () => {
    expect(removeGuidance('主要是：【如实列举问题】。对这些问题高度重视。')).toBe('主要是。对这些问题高度重视。');
    expect(removeGuidance('深入贯彻【上级精神】，认真落实')).toBe('深入贯彻，认真落实');
    expect(removeGuidance('目标任务，【概括成效】。现将')).toBe('目标任务。现将');
    expect(removeGuidance('2026年是【概括年度特点】。做好')).toBe('2026年是。做好');
  });
});
