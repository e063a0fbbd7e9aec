/**
 * The rules that put a library paragraph into a section kind, as data. classify.ts applies them in
 * this order, and the first that fires decides (its reason is stored with the snippet and shown):
 *
 *   1. LEAD_RULES on the paragraph's first sentence: wording that names the part of the report
 *      (…还存在一些差距和不足 → 存在问题; 接下来，区委将… → 下步打算; 以上是……请同志们提出意见 → 结尾).
 *   2. Position: a body paragraph above the first heading is the 开头 (lead paragraph).
 *   3. Continuation: a paragraph that follows a 存在问题 / 下步打算 paragraph with no heading in
 *      between belongs to it (the 一是……二是…… list under "接下来，区委将……").
 *   4. The last paragraph of a document with CLOSING_WORDS is the 结尾 (reports put no heading over
 *      their closing, so it would otherwise fall under the last section).
 *   5. Headings: the paragraph's own run-in heading, then the headings above it from the nearest
 *      out; in the first heading that names a topic, the term that comes first decides
 *      (五、全面加强党的建设，以党建高质量推进经济社会发展 → 党建).
 *   6. Text: the kind whose TOPIC_TERMS occur most often in the paragraph, at least TEXT_MIN_HITS times.
 *   7. Otherwise 其他.
 */
import type { SectionKind } from './section-kinds';

export interface LeadRule {
  id: string;
  kind: SectionKind;
  /** Tested against the first sentence (up to the first 。！？ or ：). */
  pattern: RegExp;
}

export const LEAD_RULES: readonly LeadRule[] = [
  {
    id: 'lead/problems',
    kind: '存在问题',
    pattern:
      /(?:还|仍|也|依然|仍然)?存在(?:的|着)?(?:一些|不少|诸多|某些|许多)?(?:问题|不足|差距|短板|薄弱环节)|(?:问题|差距|短板)(?:和|与|及)不足|不足之处/,
  },
  { id: 'lead/plans', kind: '下步打算', pattern: /^(?:下一步|下步|接下来|今后|下一阶段|新的一年|展望)/ },
  { id: 'lead/closing', kind: '结尾', pattern: /^(?:以上是|以上报告|特此报告)|请(?:同志们|各位)?(?:审议|提出意见)/ },
];

/** Words that mark the last paragraph of a report as its closing (rule 4). */
export const CLOSING_WORDS = /我们(?:一定|将|要|必须)|让我们|奋力谱写|新篇章|新的更大贡献|不懈奋斗|努力奋斗|团结一心/;

/** Terms that only headings use to name a part (存在的问题, 下步打算, 学习 as a section title). */
export const HEADING_TERMS: Readonly<Partial<Record<SectionKind, readonly string[]>>> = {
  存在问题: ['存在的问题', '存在问题', '问题和不足', '差距和不足', '不足之处'],
  下步打算: ['下步打算', '下一步', '下步工作', '工作打算', '工作思路', '工作安排', '今后工作', '努力方向'],
  学习贯彻: ['学习'],
};

/** Terms that name a topic, in headings and in body text. */
export const TOPIC_TERMS: Readonly<Partial<Record<SectionKind, readonly string[]>>> = {
  学习贯彻: ['学习贯彻', '传达学习', '学习传达', '全会精神', '会议精神', '理论学习', '中心组', '主题教育', '学懂弄通', '理论武装', '思想武装', '宣讲', '学习教育', '领会'],
  经济发展: ['经济', '产业', '项目', '招商', '投资', '营商环境', '企业', '生产总值', '制造业', '商圈', '财政', '消费', '改革', '放管服', '审批', '乡村振兴', '市场主体', '民营'],
  生态环保: ['生态', '环保', '环境整治', '污染', '大气', '水环境', '绿水青山', '河长', '饮用水', '节能', '减排'],
  民生: ['民生', '就业', '教育', '医疗', '养老', '社会保障', '社保', '住房', '惠民', '群众急盼', '以人民为中心', '公共服务', '民心工程', '救助', '宜居'],
  社会治理: ['社会治理', '社会管理', '社会稳定', '和谐稳定', '维稳', '矛盾', '信访', '安全生产', '综治', '平安', '网格', '疫情', '风险', '隐患', '应急', '治理'],
  民主法治: ['人大', '政协', '法治', '依法', '统一战线', '统战', '民主', '人民代表大会', '协商'],
  文化宣传: ['宣传', '文化', '意识形态', '精神文明', '文明创建', '舆论', '新闻'],
  党建: ['党建', '党的建设', '基层党组织', '党组织', '党支部', '党员', '组织建设', '干部队伍', '党的领导', '政治建设', '从严治党', '主体责任', '人才队伍', '组织路线', '战斗堡垒', '管党治党'],
  作风纪律: ['作风', '纪律', '四风', '廉政', '反腐', '纪检', '执纪', '形式主义', '官僚主义', '问责', '监察', '监督体系', '八项规定', '巡察', '廉洁'],
};

/** Rule 6 needs at least this many topic-term occurrences in the text. */
export const TEXT_MIN_HITS = 2;
