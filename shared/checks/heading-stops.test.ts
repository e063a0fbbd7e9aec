import { describe, expect, it } from 'vitest';
import { detectRoles } from '../document/detect-roles';
import { checkHeadingStops } from './heading-stops';
import { DEFAULT_HOUSE_STYLE, findHouseStyle } from './house-style';

const rows = (lines: string[], style = DEFAULT_HOUSE_STYLE) =>
  checkHeadingStops(detectRoles(lines), style).map((p) => [p.paragraph, p.finding.rule, p.finding.severity, p.finding.text, p.finding.suggestion]);

// Sentence-style second-level headings, as in State Council implementation opinions
// (“（一）指导思想。”“（二）基本原则。” each on its own line).
const SENTENCE_STYLE = [
  '一、总体要求',
  '（一）指导思想。',
  '以习近平新时代中国特色社会主义思想为指导，全面贯彻党的二十大精神。',
  '（二）基本原则。',
  '坚持问题导向，坚持系统观念。',
  '（三）主要目标。',
  '到2025年，基本建成统一规范的工作体系。',
];

describe('heading stops (单位规范)', () => {
  it('accepts sentence-style headings that all end in 。 (default style)', () => {
    expect(rows(SENTENCE_STYLE)).toEqual([]);
  });

  it('flags the one heading whose 。 differs from its level (sample 004: （九）……方面。 among eight without)', () => {
    const lines = ['一、总体要求', '（一）在坚持和完善党的领导制度体系方面', '正文。', '（二）在坚持和完善人民当家作主制度体系方面', '正文。', '（三）在坚持和完善党和国家监督体系方面。', '正文。'];
    expect(rows(lines)).toEqual([[5, 'punctuation/heading-end', 'warning', '。', '']]);
  });

  it('flags a missing 。 when the level otherwise has one', () => {
    const lines = [...SENTENCE_STYLE, '（四）组织保障', '加强组织领导。'];
    expect(rows(lines)).toEqual([[7, 'punctuation/heading-end', 'warning', '障', '障。']]);
  });

  // 云南省2026年政府工作报告: the review's （一）…（七） are sentences with 。, the 2026 tasks'
  // （一）…（九） are bare. Each section is consistent in itself.
  it('judges each section on its own: headings under different parents may differ', () => {
    const lines = [
      '一、“十四五”时期和2025年工作回顾',
      '（一）经济运行顶住压力、稳中有进。',
      '正文。',
      '（二）产业发展提质增效、转型加快。',
      '正文。',
      '三、2026年重点工作',
      '（一）巩固壮大实体经济根基，纵深推进产业强省建设',
      '正文。',
      '（二）促进消费和投资良性互动，有效释放内需潜力',
      '正文。',
      '（三）统筹发展和安全，保持社会和谐稳定',
      '正文。',
    ];
    expect(rows(lines)).toEqual([]);
  });

  // 广东省2026年政府工作报告: its own headings are bare, the list attached as 附件1 ends each item with 。.
  it('judges an attached document apart from the report above it', () => {
    const lines = ['一、2025年和“十四五”时期工作回顾', '正文。', '二、“十五五”时期的主要目标和重点任务', '正文。', '附件1', '一、提高低保、特困人员基本生活补贴水平。', '正文。', '二、加快建立长期护理保险制度。', '正文。', '三、提升普通高中办学条件。', '正文。'];
    expect(rows(lines)).toEqual([]);
  });

  // 国务院工作规则（国发〔2004〕18号）: chapters (第一章 总则) and one-sentence articles (一、……。) are both
  // first-level; a chapter heading is judged among chapters only.
  it('judges headings of different forms apart (chapters and numbered articles)', () => {
    const lines = ['第一章　总　则', '一、国务院工作以邓小平理论为指导。', '二、国务院组成人员要履行宪法和法律赋予的职责。', '第二章　组成人员职责', '三、国务院实行总理负责制。', '四、副总理、国务委员按分工负责处理分管工作。', '第三章　全面履行政府职能', '五、国务院要全面正确履行政府职能。'];
    expect(rows(lines)).toEqual([]);
  });

  it('says nothing on a tie, and nothing for run-in headings', () => {
    expect(rows(['（一）指导思想。', '正文。', '（二）基本原则', '正文。'])).toEqual([]);
    expect(rows(['（一）指导思想。以习近平新时代中国特色社会主义思想为指导。', '（二）基本原则。坚持问题导向。', '（三）主要目标'])).toEqual([]);
  });

  it('under 国标从严, every own-line heading 。 is a style note', () => {
    expect(rows(SENTENCE_STYLE, findHouseStyle('strict')!)).toEqual([
      [1, 'punctuation/heading-stop-style', 'info', '。', ''],
      [3, 'punctuation/heading-stop-style', 'info', '。', ''],
      [5, 'punctuation/heading-stop-style', 'info', '。', ''],
    ]);
  });

  it('under 标题带句号, an own-line heading without 。 is a style note', () => {
    expect(rows(['一、总体要求', '正文。', '（一）指导思想。', '正文。'], findHouseStyle('标题带句号')!)).toEqual([
      [0, 'punctuation/heading-stop-style', 'info', '求', '求。'],
    ]);
  });
});
