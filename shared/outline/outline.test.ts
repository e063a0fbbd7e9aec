import { describe, expect, it } from 'vitest';
import { detectRoles } from '../document/detect-roles';
import type { DocParagraph } from '../document/roles';
import { countWords } from '../text/word-count';
import { buildOutline, flattenOutline, sectionPath } from './outline';
import { renumberAll } from './renumber';
import { validateNumbering } from './validate';

const doc = (...texts: string[]): DocParagraph[] => detectRoles(texts);

function applyEdits(paragraphs: DocParagraph[], edits: ReturnType<typeof renumberAll>): string[] {
  const texts = paragraphs.map((p) => p.text);
  for (const e of [...edits].sort((a, b) => b.start - a.start)) {
    const t = texts[e.paragraph]!;
    texts[e.paragraph] = t.slice(0, e.start) + e.replacement + t.slice(e.end);
  }
  return texts;
}

describe('buildOutline', () => {
  const paragraphs = doc(
    '区2026年工作要点',
    '区委、区政府：',
    '今年以来，我们做了大量工作。',
    '一、总体要求',
    '坚持稳中求进。',
    '（一）压实安全生产责任。街道党工委召开专题会议，部署安全生产工作。',
    '1．开展隐患排查',
    '排查隐患十二处。',
    '（二）加快项目建设',
    '二、主要任务',
    '全年完成投资。',
  );

  it('builds the heading tree with titles, markers and paragraph ranges', () => {
    const tree = buildOutline(paragraphs);
    expect(tree.map((n) => [n.level, n.marker, n.title, n.paragraph, n.endParagraph])).toEqual([
      [1, '一、', '总体要求', 3, 9],
      [1, '二、', '主要任务', 9, 11],
    ]);
    const first = tree[0]!;
    expect(first.children.map((n) => [n.marker, n.title])).toEqual([
      ['（一）', '压实安全生产责任'],
      ['（二）', '加快项目建设'],
    ]);
    expect(first.children[0]!.children.map((n) => [n.level, n.marker, n.title])).toEqual([[3, '1．', '开展隐患排查']]);
    expect(flattenOutline(tree).map((n) => n.paragraph)).toEqual([3, 5, 6, 8, 9]);
  });

  it('counts 字数 per section, subsections included', () => {
    const tree = buildOutline(paragraphs);
    const sub = tree[0]!.children[0]!.children[0]!; // "1．开展隐患排查" + "排查隐患十二处。"
    expect(sub.words).toBe(2 + 6 + 8);
    expect(tree[1]!.words).toBe(6 + 7); // 二、主要任务 (6) + 全年完成投资。(7)
    expect(tree[0]!.words).toBe(paragraphs.slice(3, 9).reduce((n, p) => n + countWords(p.text), 0));
  });

  it('keeps unnumbered headings (Word heading styles) in the tree with an empty marker', () => {
    const tree = buildOutline([
      { role: 'heading1', text: '总体要求' },
      { role: 'heading2', text: '（一）指导思想' },
    ]);
    expect(tree.map((n) => [n.marker, n.title, n.children.length])).toEqual([['', '总体要求', 1]]);
  });

  it('drops closing punctuation from an own-line heading title', () => {
    const tree = buildOutline([{ role: 'heading2', text: '（九）在坚持和完善党和国家监督体系方面。' }]);
    expect(tree[0]!.title).toBe('在坚持和完善党和国家监督体系方面');
  });
});

describe('validateNumbering', () => {
  // 国务院关于推动内蒙古高质量发展奋力书写中国式现代化新篇章的意见（国发〔2023〕16号）: the second
  // level runs on across the first-level sections, 一、总体要求 （一）（二）（三） 二、…… （四） ….
  const CONTINUOUS = ['一、总体要求', '（一）指导思想', '正文。', '（二）工作原则', '正文。', '（三）主要目标', '正文。', '二、筑牢我国北方重要生态安全屏障', '（四）加强生态保护修复', '正文。', '（五）推进“三北”工程建设', '正文。', '三、建设国家重要能源和战略资源基地', '（六）推进能源结构调整', '正文。'];

  it('accepts second-level numbers that run on across first-level sections (State Council opinions)', () => {
    expect(validateNumbering(doc(...CONTINUOUS))).toEqual([]);
  });

  it('flags a section that restarts when the document numbers continuously', () => {
    const texts = [...CONTINUOUS, '四、保障措施', '（一）加强组织领导', '正文。'];
    const issues = validateNumbering(doc(...texts));
    expect(issues.map((i) => [i.kind, i.paragraph, i.text, i.suggestion])).toEqual([['scheme', 16, '（一）', '（七）']]);
    expect(issues[0]!.message).toContain('连续编号');
  });

  it('flags a section that runs on when the document restarts per section', () => {
    const texts = ['一、甲', '（一）乙', '（二）丙', '二、丁', '（一）戊', '（二）己', '三、庚', '（三）辛'];
    const issues = validateNumbering(doc(...texts));
    expect(issues.map((i) => [i.kind, i.paragraph, i.text, i.suggestion])).toEqual([['scheme', 7, '（三）', '（一）']]);
    expect(issues[0]!.message).toContain('从头编号');
  });

  // 云南省2026年政府工作报告 as published: "（" and "三）改革开放持续深化、互促共进。" broken over two
  // lines, so （三） is missing. One finding, not one for every heading after it.
  it('reports a skipped number once, not again for each number that runs on from it', () => {
    const issues = validateNumbering(doc('一、工作回顾', '（一）经济运行顶住压力、稳中有进。', '正文。', '（二）产业发展提质增效、转型加快。', '正文。', '（四）城乡发展齐头并进、更趋协调。', '正文。', '（五）绿色本底不断夯实、愈加丰厚。', '正文。', '（六）民生保障稳步增进、可感可及。'));
    expect(issues.map((i) => [i.kind, i.paragraph, i.text, i.suggestion])).toEqual([['skip', 5, '（四）', '（三）']]);
  });

  // Mixed heading forms of regulations and contingency plans: articles (第二十二条) and decimal section
  // numbers (2.1.1 followed by an ideographic space) each open their own （一）/（1） lists.
  it('restarts lists under each article and each decimal-numbered section', () => {
    // 个人所得税专项附加扣除暂行办法（国发〔2018〕41号）
    const articles = ['第七章　赡养老人', '第二十二条　纳税人赡养一位及以上被赡养人的赡养支出，统一按照以下标准定额扣除：', '（一）纳税人为独生子女的，按照每月2000元的标准定额扣除；', '（二）纳税人为非独生子女的，由其与兄弟姐妹分摊每月2000元的扣除额度。', '第八章　保障措施', '第二十六条　有关部门和单位有责任和义务向税务部门提供以下信息：', '（一）公安部门有关户籍人口基本信息；', '（二）卫生健康部门有关出生医学证明信息；', '第二十七条　扣缴义务人应当及时按照以下规定办理：', '（一）按月预扣预缴税款；', '（二）按规定报送信息。'];
    expect(validateNumbering(doc(...articles))).toEqual([]);
    // 国家粮食应急预案（国办函〔2005〕57号）
    const plan = ['2.1.1　国家粮食应急工作指挥部职责', '（1）掌握粮食市场形势，向国务院提出启动或终止实施应急措施的建议。', '（2）对省级人民政府和有关部门开展粮食应急工作进行督查和指导。', '2.1.2　国家粮食应急工作指挥部办公室及其职责', '国家粮食应急工作指挥部下设办公室，负责日常工作。', '（1）根据应急状态下全国粮食市场动态，提出相应的行动建议。', '（2）综合有关情况，起草有关文件和简报。'];
    expect(validateNumbering(doc(...plan))).toEqual([]);
    const clauses = ['4.2.2　国务院批准启动本预案后，国家粮食应急工作指挥部立即进入应急工作状态，各成员单位主要负责人要按照职责迅速落实以下措施：', '（1）国家粮食应急工作指挥部要随时掌握粮食应急状态发展情况。', '（2）根据国家粮食应急工作指挥部的安排落实动用计划。', '4.2.3　省级粮食应急工作指挥部接到国家粮食应急工作指挥部通知后，要立即组织有关人员按照职责迅速落实以下措施：', '（1）进入国家级应急状态后，24小时监测本地区粮食市场动态。', '（2）省级人民政府有关部门按照职能分工，及时采取应急措施。'];
    expect(validateNumbering(doc(...clauses))).toEqual([]);
  });

  // 崇明区建筑高度计算方法（沪崇府办发〔2017〕39号 附件2）: two lists, each after its own lead-in.
  it('starts a new list after a lead-in that ends with ：', () => {
    const texts = ['建筑高度的计算应符合下列规定：', '1.建筑屋面为坡屋面时，建筑高度应为建筑室外设计地面至其檐口与屋脊的平均高度；', '2.同一座建筑有多种形式的屋面时，建筑高度应按上述方法分别计算后，取其中最大值。', '建筑层数应按建筑的自然层数计算，下列空间可不计入建筑层数：', '1.室内顶板面高出室外设计地面的高度不大于1.5m的地下或半地下室；', '2.设置在建筑底部且室内高度不大于2.2m的自行车库、储藏室、敞开空间。'];
    expect(validateNumbering(doc(...texts))).toEqual([]);
    // Without a lead-in, starting again is still a restart.
    expect(validateNumbering(doc('一、甲', '1．乙', '2．丙', '正文。', '1．丁')).map((i) => i.kind)).toEqual(['restart']);
  });

  // 云南省2026年政府工作报告 as published: "（" alone, then "三）改革开放持续深化、互促共进。". The break is
  // the pairing check's finding; the number itself is there.
  it('counts a marker broken over two lines, and reports nothing for the numbers after it', () => {
    const texts = ['一、工作回顾', '（一）经济运行顶住压力、稳中有进。', '正文。', '（二）产业发展提质增效、转型加快。', '正文。', '（', '三）改革开放持续深化、互促共进。', '正文。', '（四）城乡发展齐头并进、更趋协调。', '正文。'];
    expect(validateNumbering(doc(...texts))).toEqual([]);
  });

  it('accepts a correct sequence, and a level skipped downward (一、 then 1．)', () => {
    expect(validateNumbering(doc('一、甲', '（一）乙', '（二）丙', '二、丁', '1．戊', '2．己', '三、庚'))).toEqual([]);
  });

  it('restarts numbering under each new parent', () => {
    expect(validateNumbering(doc('一、甲', '（一）乙', '（二）丙', '二、丁', '（一）戊', '（二）己'))).toEqual([]);
  });

  it('flags a skip with the number it should be', () => {
    const issues = validateNumbering(doc('一、甲', '内容。', '三、乙', '内容。'));
    expect(issues).toEqual([
      { kind: 'skip', paragraph: 2, start: 0, end: 2, text: '三、', suggestion: '二、', message: expect.stringContaining('应为“二、”') },
    ]);
  });

  it('flags a repeat: （一）（二）（二） → the second （二） should be （三）', () => {
    const issues = validateNumbering(doc('一、甲', '（一）乙', '（二）丙', '（二）丁'));
    expect(issues.map((i) => [i.kind, i.paragraph, i.text, i.suggestion])).toEqual([['repeat', 3, '（二）', '（三）']]);
  });

  it('flags a restart without a new parent', () => {
    const issues = validateNumbering(doc('一、甲', '1．乙', '2．丙', '1．丁'));
    expect(issues.map((i) => [i.kind, i.paragraph, i.suggestion])).toEqual([['restart', 3, '3．']]);
  });

  it('flags wrong forms for the level with the canonical form', () => {
    const issues = validateNumbering(doc('一.甲', '（一）、乙', '(二)丙', '1、丁', '二、戊'));
    expect(issues.map((i) => [i.kind, i.text, i.suggestion])).toEqual([
      ['form', '一.', '一、'],
      ['form', '（一）、', '（一）'],
      ['form', '(二)', '（二）'],
      ['form', '1、', '1．'],
    ]);
  });

  it('flags a level reversed under the same parent (1． then （一）) but not at the document start', () => {
    const issues = validateNumbering(doc('一、甲', '1．乙', '（一）丙'));
    expect(issues.map((i) => [i.kind, i.paragraph, i.text])).toEqual([['reversed', 2, '（一）']]);
    expect(validateNumbering(doc('（一）甲', '（二）乙', '一、丙', '（一）丁'))).toEqual([]);
  });

  it('flags a marker of another level than the heading role the writer chose', () => {
    const paragraphs: DocParagraph[] = [
      { role: 'heading1', text: '一、甲' },
      { role: 'heading2', text: '1．乙' },
    ];
    expect(validateNumbering(paragraphs).map((i) => [i.kind, i.text, i.suggestion])).toEqual([['level-mismatch', '1．', '（一）']]);
  });

  it('keeps an appended document (附件) on its own numbering', () => {
    expect(validateNumbering(doc('一、甲', '二、乙', '附件1', '一、丙', '二、丁'))).toEqual([]);
  });

  it('counts a long numbered body paragraph in the sequence', () => {
    const long = `（二）${'全区完成固定资产投资'.repeat(8)}。`;
    const paragraphs = doc('一、甲', '（一）乙', long, '（三）丙');
    expect(paragraphs[2]!.role).toBe('body');
    expect(validateNumbering(paragraphs)).toEqual([]);
  });

  // 国办发〔2018〕108号's list of 130 practices: items 100–103 are about 四川省, and "100.四川" had been
  // read as the number 100.4, so 104. looked like a skip from 99.
  it('counts numbered body items whose text starts with a numeral word (四川省), not a number (三、四月份)', () => {
    const items = ['99.重庆市忠县推进公立医院改革。', '100.四川省成都市实施“创业天府”行动计划。', '101.贵州省贵阳市推进政务服务“一网通办”。'];
    const paragraphs = items.map((text) => ({ role: 'body' as const, text }));
    expect(validateNumbering([{ role: 'body', text: '1.某市推进改革。' }, ...paragraphs])).toEqual([
      expect.objectContaining({ kind: 'skip', text: '99.', suggestion: '2.' }),
    ]);
    // A number after the marker is not an item: nothing is counted, so nothing is reported.
    expect(validateNumbering([{ role: 'body', text: '1.某市推进改革。' }, { role: 'body', text: '三、四月份降水偏多。' }, { role: 'body', text: '3.某市推进改革。' }])).toEqual([
      expect.objectContaining({ kind: 'skip', text: '3.' }),
    ]);
  });

  it('reports offsets that slice to the flagged text', () => {
    const paragraphs = doc('  一、甲', '  三、乙');
    for (const issue of validateNumbering(paragraphs)) {
      expect(paragraphs[issue.paragraph]!.text.slice(issue.start, issue.end)).toBe(issue.text);
    }
  });
});

describe('renumberAll', () => {
  it('rewrites every marker to its sequence and canonical form', () => {
    const paragraphs = doc('一、甲', '三、乙', '（一）丙', '（一）丁', '1、己', '(3)戊', '1.庚', '五、辛');
    const texts = applyEdits(paragraphs, renumberAll(paragraphs));
    expect(texts).toEqual(['一、甲', '二、乙', '（一）丙', '（二）丁', '1．己', '（1）戊', '2.庚', '三、辛']);
    // Renumbered text validates clean.
    expect(validateNumbering(doc(...texts))).toEqual([]);
  });

  it('changes nothing in a correct document', () => {
    expect(renumberAll(doc('一、甲', '（一）乙', '1．丙', '（1）丁', '二、戊'))).toEqual([]);
  });
});

describe('sectionPath', () => {
  it('gives the sections around a paragraph, outermost first', () => {
    const outline = buildOutline([
      { role: 'body', text: '导语。' },
      { role: 'heading1', text: '一、总体情况' },
      { role: 'heading2', text: '（一）主要做法' },
      { role: 'body', text: '正文。' },
      { role: 'heading1', text: '二、下步打算' },
    ]);
    expect(sectionPath(outline, 3).map((n) => n.marker)).toEqual(['一、', '（一）']);
    expect(sectionPath(outline, 4).map((n) => n.marker)).toEqual(['二、']);
    expect(sectionPath(outline, 0)).toEqual([]);
  });
});
