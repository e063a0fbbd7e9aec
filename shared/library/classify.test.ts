import { describe, expect, it } from 'vitest';
import { detectRoles } from '../document/detect-roles';
import { classifyParagraph, firstSentence, headingTopic, textTopic } from './classify';
import { splitForLibrary } from './split';

describe('classifyParagraph', () => {
  it('reads the part of the report from the first sentence (存在问题, 下步打算, 结尾)', () => {
    const problems = classifyParagraph({
      text: '在总结成绩的同时，我们也清醒地认识到工作中还存在一些差距和不足。主要是：学习不够深入。',
      headingPath: ['五、全面加强党的建设'],
    });
    expect(problems).toMatchObject({ kind: '存在问题', rule: 'lead/problems' });
    expect(problems.reason).toBe('首句含“还存在一些差距”（存在问题）');
    expect(classifyParagraph({ text: '接下来，区委将持续学懂弄通做实。', headingPath: ['五、作风建设'] })).toMatchObject({ kind: '下步打算' });
    expect(classifyParagraph({ text: '以上是区委常委会X年工作开展情况，请同志们提出意见和建议。', headingPath: [] })).toMatchObject({
      kind: '结尾',
      rule: 'lead/closing',
    });
  });

  it('does not read problems into a sentence about solving them later in the paragraph', () => {
    const c = classifyParagraph({ text: '坚持问题导向，扎实推进整改。对存在的问题逐项销号。', headingPath: ['四、强化作风建设'] });
    expect(c.kind).toBe('作风纪律');
  });

  it('puts a body paragraph above the first heading into 开头', () => {
    expect(classifyParagraph({ text: '今年以来，区委坚持以习近平新时代中国特色社会主义思想为指导。', headingPath: [], beforeFirstHeading: true })).toEqual({
      kind: '开头',
      rule: 'position/opening',
      reason: '位于第一个标题之前（开头）',
    });
  });

  it('continues 存在问题 and 下步打算 to the paragraphs after them until a heading', () => {
    const c = classifyParagraph({ text: '一是思想引领、理论武装，深入学习贯彻全会精神。', headingPath: ['五、作风'], previousKind: '下步打算' });
    expect(c).toMatchObject({ kind: '下步打算', rule: 'continuation' });
    const notContinued = classifyParagraph({ text: '一是思想引领、理论武装，深入学习贯彻全会精神。', headingPath: ['五、作风'], previousKind: '党建' });
    expect(notContinued.rule).toBe('heading');
  });

  it('takes the topic from the own run-in heading first, then the nearest heading outwards', () => {
    const own = classifyParagraph({
      text: '（四）强化执纪监督问责。整合全区派驻纪检机构。',
      ownHeading: '（四）强化执纪监督问责。',
      headingPath: ['五、全面加强党的建设，以党建高质量推进经济社会发展高质量'],
    });
    expect(own).toMatchObject({ kind: '作风纪律', rule: 'heading' });
    expect(own.reason).toBe('标题“（四）强化执纪监督问责。”含“执纪”（作风纪律）');
    const parent = classifyParagraph({
      text: '累计安排财政资金，保障抗疫物资稳定储备供应。',
      headingPath: ['二、在坚决打好疫情防控阻击战中践行初心使命', '4．保证生产生活平稳有序'],
    });
    expect(parent).toMatchObject({ kind: '社会治理', rule: 'heading' });
    expect(parent.reason).toBe('标题“二、在坚决打好疫情防控阻击战中践行初心使命”含“疫情”（社会治理）');
  });

  it('in a heading that names several topics, the one named first wins', () => {
    expect(headingTopic('五、全面加强党的建设，以党建高质量推进经济社会发展高质量')).toMatchObject({ kind: '党建', term: '党的建设' });
    expect(headingTopic('三、紧扣民生福祉，创新社会治理')).toMatchObject({ kind: '民生', term: '民生' });
    expect(headingTopic('二、突出重点关键，推动高质量发展各项任务全面落实')).toBeNull();
  });

  it('closes with the last paragraph in closing words, but not with an 一是 item', () => {
    expect(
      classifyParagraph({ text: '全会为我们指明了方向。我们一定将思想统一到党中央决策部署上来。', headingPath: ['二、抓好落实', '（九）监督体系'], isLast: true }),
    ).toMatchObject({ kind: '结尾', rule: 'closing' });
    expect(
      classifyParagraph({ text: '一是强化主题教育结果运用，我们将继续加强学习。', headingPath: ['四、做实基层党建'], isLast: true }),
    ).toMatchObject({ kind: '党建' });
  });

  it('falls back to the topic terms of the text, then 其他', () => {
    const c = classifyParagraph({ text: '完善就业服务体系，推进医疗和养老服务，落实就业帮扶。', headingPath: ['二、突出重点关键'] });
    expect(c).toMatchObject({ kind: '民生', rule: 'text' });
    expect(c.reason).toBe('正文含“就业”“医疗”“养老”等4处（民生）');
    expect(textTopic('完善就业服务')).toMatchObject({ kind: '民生', hits: 1 });
    expect(classifyParagraph({ text: '牢牢把握正确工作方向，增强“四个自信”。', headingPath: [] })).toMatchObject({ kind: '其他', rule: 'none' });
  });

  it('takes the first sentence up to 。 or a colon', () => {
    expect(firstSentence('今年以来，取得了一定成绩，但仍存在一些问题和不足，主要表现为：一是……')).toBe('今年以来，取得了一定成绩，但仍存在一些问题和不足，主要表现为：');
  });
});

describe('splitForLibrary', () => {
  const doc = detectRoles([
    '区2026年工作要点',
    '区委办：',
    '今年是“十五五”规划开局之年。做好今年工作意义重大。',
    '一、紧扣目标任务，助推经济发展',
    '（一）加大项目推进力度。全年实施重大项目12个，总投资35亿元。',
    '（二）优化营商环境',
    '深化“放管服”改革，压缩审批时限。',
    '短句。',
    '二、紧扣群众利益，做实基层党建',
    '一是强化理论武装。二是夯实基层基础。',
    'X区人民政府',
    '2026年1月8日',
  ]);

  it('keeps body and run-in heading paragraphs, never titles, addressees, own-line headings, signatures or dates', () => {
    const out = splitForLibrary(doc);
    expect(out.map((p) => p.text)).toEqual([
      '今年是“十五五”规划开局之年。做好今年工作意义重大。',
      '（一）加大项目推进力度。全年实施重大项目12个，总投资35亿元。',
      '深化“放管服”改革，压缩审批时限。',
      '一是强化理论武装。二是夯实基层基础。',
    ]);
  });

  it('gives each paragraph the headings above it and a kind with its reason', () => {
    const out = splitForLibrary(doc);
    expect(out.map((p) => [p.headingPath, p.kind])).toEqual([
      [[], '开头'],
      [['一、紧扣目标任务，助推经济发展'], '经济发展'],
      [['一、紧扣目标任务，助推经济发展', '（二）优化营商环境'], '经济发展'],
      [['二、紧扣群众利益，做实基层党建'], '党建'],
    ]);
    expect(out[1]!.kindReason).toBe('标题“（一）加大项目推进力度。”含“项目”（经济发展）');
    expect(out[3]!.paragraph).toBe(9);
  });
});
